using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    private static readonly PromptOptions s_options = new() { Prompt = "Shall I save it?" };

    [Fact]
    public async Task ShowsYesAndNoButtonsWithStableValues()
    {
        var client = PromptHarness.Create(new ConfirmPrompt("confirm"), s_options);
        await client.Send("hi").AssertReply<ChoiceReply>(r =>
            r.Markdown == "Shall I save it?" && r.Buttons.Select(b => b.Value).SequenceEqual(["yes", "no"]));
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("skip this one")]
    public async Task SkipSaysWhichAnswerLeavesItOut(string answer)
    {
        var client = PromptHarness.Create(new ConfirmPrompt("confirm"), s_options);
        await client.Send("hi");
        await client.Send(answer).AssertReply<ChoiceReply>(r => r.Markdown == "This one needs a yes or a no; **no** leaves it out. Shall I save it?");
        await client.Send("no").AssertReply("Got: False");
    }

    [Theory]
    [InlineData("yes", "True")]
    [InlineData("Yep!", "True")]
    [InlineData("of course", "True")]
    [InlineData("👍", "True")]
    [InlineData("nope", "False")]
    [InlineData("not now", "False")]
    [InlineData("👎", "False")]
    public async Task RecognizesCommonPhrasings(string answer, string expected)
    {
        var client = PromptHarness.Create(new ConfirmPrompt("confirm"), s_options);
        await client.Send("hi");
        await client.Send(answer).AssertReply($"Got: {expected}");
    }

    [Theory]
    [InlineData("yes", "True")]
    [InlineData("no", "False")]
    public async Task AcceptsButtonPresses(string value, string expected)
    {
        var client = PromptHarness.Create(new ConfirmPrompt("confirm"), s_options);
        await client.Send("hi");
        await client.Press(value).AssertReply($"Got: {expected}");
    }

    [Theory]
    [MemberData(nameof(PromptHarness.HostileInputs), MemberType = typeof(PromptHarness))]
    public async Task RefusesHostileInputAndShowsTheButtonsAgain(string answer)
    {
        var client = PromptHarness.Create(new ConfirmPrompt("confirm"), s_options);
        await client.Send("hi");
        await client.Send(answer).AssertReply<ChoiceReply>(r => r.Markdown.Contains("yes or no", StringComparison.Ordinal) && r.Buttons.Count == 2);
    }

    [Fact]
    public async Task GivesUpAfterThreeUnclearAnswers()
    {
        var client = PromptHarness.Create(new ConfirmPrompt("confirm"), s_options);
        await client.Send("hi");
        await client.Send("maybe");
        await client.Send("perhaps");
        await client.Send("dunno").AssertReply("leave it for now").AssertReply(PromptHarness.GaveUp);
    }
}
