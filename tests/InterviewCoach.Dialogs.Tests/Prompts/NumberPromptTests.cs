using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.Tests.Prompts;

public sealed class NumberPromptTests
{
    private static readonly PromptOptions s_options = new() { Prompt = "How many years of experience?", Min = 0, Max = 50 };

    [Theory]
    [InlineData("7", "7")]
    [InlineData("about 12 years", "12")]
    [InlineData("twelve", "12")]
    [InlineData("2.5", "2.5")]
    [InlineData("0", "0")]
    [InlineData("50", "50")]
    public async Task AcceptsNumbersInRange(string answer, string expected)
    {
        var client = PromptHarness.Create(new NumberPrompt("number"), s_options);
        await client.Send("hi").AssertReply("How many years");
        await client.Send(answer).AssertReply($"Got: {expected} ");
    }

    [Theory]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("1000000")]
    public async Task RefusesNumbersOutOfRangeSayingTheRange(string answer)
    {
        var client = PromptHarness.Create(new NumberPrompt("number"), s_options);
        await client.Send("hi");
        await client.Send(answer).AssertReply("from 0 to 50").AssertStatus(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task RefusesFractionsWhenWholeNumbersAreRequired()
    {
        var client = PromptHarness.Create(new NumberPrompt("number"), s_options with { WholeNumber = true });
        await client.Send("hi");
        await client.Send("2.5").AssertReply("whole number");
        await client.Send("3").AssertReply("Got: 3");
    }

    [Theory]
    [MemberData(nameof(PromptHarness.HostileInputs), MemberType = typeof(PromptHarness))]
    public async Task RefusesHostileInputWithoutThrowing(string answer)
    {
        var client = PromptHarness.Create(new NumberPrompt("number"), s_options);
        await client.Send("hi");
        await client.Send(answer).AssertReply("from 0 to 50").AssertStatus(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task UsesTheRetryPromptWhenGiven()
    {
        var client = PromptHarness.Create(new NumberPrompt("number"), new PromptOptions { Prompt = "How many?", RetryPrompt = "Just the number, e.g. 3." });
        await client.Send("hi");
        await client.Send("lots").AssertReply("Just the number, e.g. 3.");
    }

    [Fact]
    public async Task GivesUpAfterThreeAttemptsAndTheStepSeesIt()
    {
        var client = PromptHarness.Create(new NumberPrompt("number"), s_options with { GiveUpMessage = "No worries, we'll skip it." });
        await client.Send("hi");
        await client.Send("lots");
        await client.Send("many");
        await client.Send("heaps").AssertReply("No worries, we'll skip it.").AssertReply($"{PromptHarness.GaveUp} after 3");
    }
}
