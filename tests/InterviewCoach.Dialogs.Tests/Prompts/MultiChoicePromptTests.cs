using System.Text.Json;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

public sealed class MultiChoicePromptTests
{
    private static readonly PromptOptions s_options = new()
    {
        Prompt = "Which topics?",
        Choices = [new("career", "Career path"), new("day", "A typical day"), new("skills", "Skills"), new("advice", "Advice")],
        Min = 1,
        Max = 3,
    };

    private static string Describe(IReadOnlyList<Choice> choices) => string.Join('+', choices.Select(c => c.Value));

    [Theory]
    [InlineData("yes and also what skills matter", "day+skills")]
    [InlineData("yeah, plus skills", "day+skills")]
    [InlineData("yes", "day")]
    [InlineData("yes and also something about the weather", "day")]
    public async Task AYesToDidYouMeanCanAddMoreOptionsAfterIt(string answer, string expected)
    {
        var matcher = new MapMatcher(new()
        {
            ["the daily routine stuff"] = ("day", false),
            ["what skills matter"] = ("skills", true),
        });
        var set = new DialogSet().Add(new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync("multi", s_options, ct),
            (step, ct) =>
            {
                step.Send($"Got: {Describe(((PromptResult<IReadOnlyList<Choice>>)step.Result!).Value!)} ");
                return step.EndDialogAsync(null, ct);
            },
        ])).Add(new MultiChoicePrompt("multi"));
        set.ChoiceMatcher = matcher;
        var client = new DialogTestClient(set, "root");
        await client.Send("hi");

        await client.Send("the daily routine stuff").AssertReply("Did you mean **A typical day**");
        await client.Send(answer).AssertReply($"Got: {expected} ");
    }

    private sealed class MapMatcher(Dictionary<string, (string Value, bool Confident)> guesses) : IChoiceMatcher
    {
        public ChoiceGuess? Guess(string text, IReadOnlyList<Choice> choices) =>
            guesses.TryGetValue(text, out var guess) ? new ChoiceGuess(choices.Single(c => c.Value == guess.Value), guess.Confident) : null;
    }

    [Fact]
    public async Task ShowsAMultiSelectReply()
    {
        var client = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options, Describe);
        await client.Send("hi").AssertReply<ChoiceReply>(r => r.MultiSelect && r.Buttons.Count == 4);
    }

    [Theory]
    [InlineData("1, 3", "career+skills")]
    [InlineData("1 and 3", "career+skills")]
    [InlineData("skills, advice", "skills+advice")]
    [InlineData("A typical day", "day")]
    public async Task AcceptsTypedSelections(string answer, string expected)
    {
        var client = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options, Describe);
        await client.Send("hi");
        await client.Send(answer).AssertReply($"Got: {expected} ");
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("nope")]
    public async Task SkipPicksTheOptionThatMeansNoneAndIsRefusedWhereThereIsNone(string answer)
    {
        var withNone = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options with { Choices = [.. s_options.Choices!, new("none", "None of these")] }, Describe);
        await withNone.Send("hi");
        await withNone.Send(answer).AssertReply("Got: none ");

        var withoutNone = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options, Describe);
        await withoutNone.Send("hi");
        await withoutNone.Send(answer).AssertNoReplyContains("Got:");
    }

    [Theory]
    [InlineData("all of them", "career+day+skills+advice")]
    [InlineData("all of them except advice", "career+day+skills")]
    [InlineData("everything but skills and advice", "career+day")]
    [InlineData("all except maybe skills, we ran out of time", "career+day+advice")]
    public async Task AllOfThemPicksEveryOptionButTheWayOutAndTheOnesExcepted(string answer, string expected)
    {
        var client = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options with { Max = null, Choices = [.. s_options.Choices!, new("none", "None of these")] }, Describe);
        await client.Send("hi");
        await client.Send(answer).AssertReply($"Got: {expected} ");
    }

    [Fact]
    public async Task AnExceptionThatIsNoOptionIsAskedAgain()
    {
        var client = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options with { Max = null }, Describe);
        await client.Send("hi");
        await client.Send("all of them except the weather").AssertNoReplyContains("Got:");
    }

    [Fact]
    public async Task AcceptsASubmittedArray()
    {
        var client = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options, Describe);
        await client.Send("hi");
        using var submit = JsonDocument.Parse("""{"choice":["day","advice"]}""");
        await client.SendValue(submit.RootElement.Clone()).AssertReply("Got: day+advice");
    }

    [Fact]
    public async Task RefusesTooManyPicks()
    {
        var client = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options, Describe);
        await client.Send("hi");
        await client.Send("1, 2, 3, 4").AssertReply("between 1 and 3");
    }

    [Theory]
    [MemberData(nameof(PromptHarness.HostileInputs), MemberType = typeof(PromptHarness))]
    public async Task RefusesHostileInputWithoutThrowing(string answer)
    {
        var client = PromptHarness.Create(new MultiChoicePrompt("multi"), s_options, Describe);
        await client.Send("hi");
        await client.Send(answer).AssertReply<ChoiceReply>().AssertStatus(DialogTurnStatus.Waiting);
    }
}
