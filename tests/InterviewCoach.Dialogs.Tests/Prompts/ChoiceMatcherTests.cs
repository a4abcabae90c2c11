using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

/// <summary>The set's <see cref="IChoiceMatcher"/> reads typed answers no exact rule matched: sure guesses are taken, others offered back.</summary>
public sealed class ChoiceMatcherTests
{
    private static readonly PromptOptions s_options = new()
    {
        Prompt = "How are you connected?",
        Choices = [new Choice("alumni", "Same school"), new Choice("event", "Met at an event")],
    };

    [Fact]
    public async Task ASureGuessIsTakenAsTheAnswer()
    {
        var handler = new RecordingHandler();
        DialogTestClient client = Create(new FixedMatcher("we went to the same uni", "alumni", confident: true), handler);
        await client.Send("hi").AssertReply("How are you connected");

        await client.Send("we went to the same uni").AssertReply("Picked: alumni");
        Assert.Empty(handler.Seen);
    }

    [Fact]
    public async Task AnUnsureGuessIsOfferedBackAndNotHandedToTheUnmatchedInputHandler()
    {
        var handler = new RecordingHandler();
        DialogTestClient client = Create(new FixedMatcher("bumped into her once", "event", confident: false), handler);
        await client.Send("hi");

        await client.Send("bumped into her once")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("Did you mean **Met at an event**?", StringComparison.Ordinal) && r.Buttons.Count == 2)
            .AssertNoMoreReplies();
        Assert.Empty(handler.Seen);
        await client.Press("event").AssertReply("Picked: event");
    }

    [Fact]
    public async Task YesToTheOfferedGuessPicksItAndAYesWithNoGuessIsNoAnswer()
    {
        var handler = new RecordingHandler();
        DialogTestClient client = Create(new FixedMatcher("bumped into her once", "event", confident: false), handler);
        await client.Send("hi");
        await client.Send("bumped into her once").AssertReply("Did you mean **Met at an event**?");

        await client.Send("yes please").AssertReply("Picked: event");

        // A yes with no guess offered on the turn before is not an answer.
        DialogTestClient other = Create(new FixedMatcher("bumped into her once", "event", confident: false), new RecordingHandler());
        await other.Send("hi");
        await other.Send("yes").AssertReply("Please pick one of the options");
    }

    [Theory]
    [InlineData("no, same school", "alumni")]
    [InlineData("nope - Same school", "alumni")]
    public async Task NoWithACorrectionToTheOfferedGuessPicksTheCorrection(string typed, string picked)
    {
        DialogTestClient client = Create(new FixedMatcher("bumped into her once", "event", confident: false), new RecordingHandler());
        await client.Send("hi");
        await client.Send("bumped into her once").AssertReply("Did you mean **Met at an event**?");

        await client.Send(typed).AssertReply($"Picked: {picked}");
    }

    [Fact]
    public async Task NoWithACorrectionReadByMeaningIsTakenOrOfferedInstead()
    {
        var matcher = new FixedMatcher("we studied together", "alumni", confident: false);
        DialogTestClient client = Create(new ChainMatcher(new FixedMatcher("bumped into her once", "event", confident: false), matcher), new RecordingHandler());
        await client.Send("hi");
        await client.Send("bumped into her once").AssertReply("Did you mean **Met at an event**?");

        await client.Send("no, we studied together").AssertReply("Did you mean **Same school**?");
        await client.Send("yes").AssertReply("Picked: alumni");
    }

    [Fact]
    public async Task TextWithNoGuessStillReachesTheUnmatchedInputHandlerAndButtonsNeverReachTheMatcher()
    {
        var handler = new RecordingHandler();
        var matcher = new FixedMatcher("nothing like this", "alumni", confident: true);
        DialogTestClient client = Create(matcher, handler);
        await client.Send("hi");

        await client.Send("show my reminders").AssertReply("Please pick one of the options");
        Assert.Equal(["show my reminders"], handler.Seen);
        await client.Press("stale-button").AssertReply("Please pick one of the options");
        Assert.Equal(["show my reminders"], matcher.Seen);
    }

    private static DialogTestClient Create(IChoiceMatcher matcher, IUnmatchedInputHandler handler)
    {
        return new DialogTestClient((store, clock) =>
        {
            var set = new DialogSet()
                .Add(new WaterfallDialog("root",
                [
                    (step, token) => step.PromptAsync("choice", s_options, token),
                    async (step, token) =>
                    {
                        step.Send($"Picked: {((PromptResult<Choice>)step.Result!).Value!.Value}");
                        return await step.EndDialogAsync(null, token);
                    },
                ]))
                .Add(new ChoicePrompt("choice"));
            set.ChoiceMatcher = matcher;
            set.UnmatchedInput = handler;
            return new DialogRunner(set, store, clock, new DialogRunnerOptions { RootDialogId = "root" });
        });
    }

    /// <summary>Guesses <paramref name="value"/> for exactly <paramref name="text"/>, nothing otherwise.</summary>
    private sealed class FixedMatcher(string text, string value, bool confident) : IChoiceMatcher
    {
        public List<string> Seen { get; } = [];

        public ChoiceGuess? Guess(string typed, IReadOnlyList<Choice> choices)
        {
            Seen.Add(typed);
            return typed == text ? new ChoiceGuess(choices.Single(c => c.Value == value), confident) : null;
        }
    }

    private sealed class ChainMatcher(IChoiceMatcher first, IChoiceMatcher second) : IChoiceMatcher
    {
        public ChoiceGuess? Guess(string typed, IReadOnlyList<Choice> choices) => first.Guess(typed, choices) ?? second.Guess(typed, choices);
    }

    private sealed class RecordingHandler : IUnmatchedInputHandler
    {
        public List<string> Seen { get; } = [];

        public ValueTask<DialogTurnResult?> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            Seen.Add(dc.Input.Text!);
            return ValueTask.FromResult<DialogTurnResult?>(null);
        }
    }
}
