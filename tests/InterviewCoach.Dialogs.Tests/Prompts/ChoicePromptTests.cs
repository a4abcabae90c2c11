using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions s_options = new()
    {
        Prompt = "What shall we work on?",
        Choices =
        [
            new("goals", "Goals"),
            new("listen", "Écoute") { Synonyms = ["listening"] },
            new("pitch", "Elevator pitch"),
        ],
    };

    [Fact]
    public async Task ShowsOneButtonPerChoice()
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi").AssertReply<ChoiceReply>(r =>
            r.Buttons.SequenceEqual([new ChoiceButton("Goals", "goals"), new ChoiceButton("Écoute", "listen"), new ChoiceButton("Elevator pitch", "pitch")]));
    }

    [Fact]
    public async Task AChoiceKeepsAskingAfterItsRetriesWithItsHelpAndTheWayOutInsteadOfEndingTheFlow()
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options with { Help = "Goals are what you want from these talks." }, c => c.Value);
        await client.Send("hi");
        await client.Send("zzz").AssertReply("What shall we work on?");
        await client.Send("qqq").AssertReply("What shall we work on?");
        await client.Send("www")
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("Goals are what you want from these talks. You can also type **cancel** to stop here.", StringComparison.Ordinal) && r.Buttons.Count == 3)
            .AssertNoMoreReplies();
        await client.Send("vvv").AssertReply("type **cancel** to stop here");
        await client.Send("goals").AssertReply("Got: goals (attempt 5)");
    }

    [Theory]
    [InlineData("2", "listen")]
    [InlineData("goals", "goals")]
    [InlineData("ECOUTE", "listen")]
    [InlineData("écoute.", "listen")]
    [InlineData("listening", "listen")]
    [InlineData("elev", "pitch")]
    [InlineData("Elevator pitch", "pitch")]
    public async Task MatchesTypedAnswers(string answer, string expected)
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send(answer).AssertReply($"Got: {expected} ");
    }

    [Theory]
    [InlineData("three")]
    [InlineData("third")]
    [InlineData("the third one")]
    [InlineData("option 3")]
    [InlineData("#3")]
    public async Task AnOptionNumberTypedInWordsPicksThatOption(string answer)
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send(answer).AssertReply("Got: pitch ");
    }

    [Theory]
    [InlineData("3")]
    [InlineData("three")]
    [InlineData("option 7")]
    public async Task ANumberPastTheLastOptionSaysHowManyThereAreAndNamesThemInsteadOfGuessing(string answer)
    {
        var two = new PromptOptions { Prompt = "Phone or email?", Choices = [new("phone", "Phone"), new("email", "Email")] };
        var client = PromptHarness.Create(new ChoicePrompt("choice"), two, c => c.Value);
        await client.Send("hi");
        await client.Send(answer)
            .AssertReply<ChoiceReply>(r => r.Markdown == "There are 2 options here: **Phone** or **Email**. Pick one by its button, its number or its name. Phone or email?" && r.Buttons.Count == 2)
            .AssertNoMoreReplies();
        await client.Send("two").AssertReply("Got: email ");
    }

    [Fact]
    public async Task AnOptionNamedLikeAnInterruptionIsPickedWhenTypedButTheWordStillInterruptsElsewhere()
    {
        var options = new PromptOptions
        {
            Prompt = "Change one part, or start over?",
            Choices = [new("part", "Change one part"), new("redo", "Start over")],
        };
        var client = PromptHarness.Create(new ChoicePrompt("choice"), options, c => c.Value);
        await client.Send("hi");
        await client.Send("start over").AssertReply("Got: redo (attempt 1)");

        client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send("start over").AssertNoReplyContains("Got:");
    }

    [Fact]
    public async Task ATypoOfAnOptionIsOfferedBackAndAYesPicksIt()
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send("lstnening").AssertNoReplyContains("Did you mean");
        await client.Send("listning").AssertReply("Did you mean **Écoute**?");
        await client.Send("yes").AssertReply("Got: listen ");
    }

    [Fact]
    public async Task TypedTextTheFlowCanReadIsPickedAndAnOptionStillWinsWhenNamed()
    {
        // The flow reads "drop the third one" itself; text it can't read falls through to the usual retry.
        var prompt = new ChoicePrompt("choice", readTyped: (text, _) => text.StartsWith("drop", StringComparison.Ordinal) ? new Choice("edit", "edit") : null);
        var client = PromptHarness.Create(prompt, s_options, c => c.Value);
        await client.Send("hi");

        await client.Send("drop the third one").AssertReply("Got: edit (attempt 1)");
        client = PromptHarness.Create(prompt, s_options, c => c.Value);
        await client.Send("hi");
        await client.Send("goals").AssertReply("Got: goals (attempt 1)");
        client = PromptHarness.Create(prompt, s_options, c => c.Value);
        await client.Send("hi");
        await client.Send("zzz").AssertReply("What shall we work on?");
    }

    [Fact]
    public async Task AcceptsAButtonPressByValue()
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Press("pitch").AssertReply("Got: pitch");
    }

    [Theory]
    [MemberData(nameof(PromptHarness.HostileInputs), MemberType = typeof(PromptHarness))]
    public async Task RefusesHostileInputAndShowsTheButtonsAgain(string answer)
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send(answer).AssertReply<ChoiceReply>(r => r.Markdown.Contains("pick one", StringComparison.Ordinal) && r.Buttons.Count == 3);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("e")]
    [InlineData("something else")]
    public async Task RefusesOutOfRangeAmbiguousOrUnknownAnswers(string answer)
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send(answer).AssertReply("pick one").AssertStatus(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task AFlowsOwnReadingOfATypedSentencePicksTheOptionItMeansButNeverOverridesAButton()
    {
        // "I'd like to work on my pitch" is no option's words; the flow knows the sentence shape and says which it means.
        static ChoiceGuess? Read(string text, IReadOnlyList<Choice> choices) =>
            text.Contains("pitch", StringComparison.OrdinalIgnoreCase)
                ? new ChoiceGuess(choices.Single(c => c.Value == "pitch"), Confident: text.Contains("work on my", StringComparison.OrdinalIgnoreCase))
                : null;

        var client = PromptHarness.Create(new ChoicePrompt("choice", readText: Read), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send("I'd like to work on my elevator pitch please").AssertReply("Got: pitch");

        // A pressed button is never re-read, even by a reader that would take anything for the pitch.
        client = PromptHarness.Create(new ChoicePrompt("choice", readText: (_, choices) => new ChoiceGuess(choices.Single(c => c.Value == "pitch"), Confident: true)), s_options, c => c.Value);
        await client.Send("hi");
        await client.Press("goals").AssertReply("Got: goals");

        client = PromptHarness.Create(new ChoicePrompt("choice", readText: Read), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send("qqq").AssertReply("pick one");

        // A reading the flow is unsure of is offered back, and "yes" takes it.
        client = PromptHarness.Create(new ChoicePrompt("choice", readText: Read), s_options, c => c.Value);
        await client.Send("hi");
        await client.Send("maybe the pitch thing").AssertReply("Elevator pitch").AssertStatus(DialogTurnStatus.Waiting);
        await client.Send("yes").AssertReply("Got: pitch");
    }

    [Fact]
    public async Task AButtonValueThatIsNotAChoiceIsRefused()
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");
        await client.Press("delete-everything").AssertReply("pick one");
    }
    [Theory]
    [InlineData("none")]
    [InlineData("nah")]
    [InlineData("not sure")]
    public async Task PickingNothingWhereNoOptionSaysSoIsToldThereIsNoSuchOption(string answer)
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");

        await client.Send(answer).AssertReply<ChoiceReply>(r => r.Markdown == "There's no option for that here. Pick the one that fits best, or type **cancel** to stop. What shall we work on?"
            && r.Buttons.Count == 3);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("skip this one")]
    [InlineData("can I skip this?")]
    public async Task SkippingAQuestionWithNoWayOutSaysItCannotBeSkipped(string answer)
    {
        var client = PromptHarness.Create(new ChoicePrompt("choice"), s_options, c => c.Value);
        await client.Send("hi");

        await client.Send(answer).AssertReply<ChoiceReply>(r => r.Markdown == "This one can't be skipped. Pick the option closest to you, or type **cancel** to stop. What shall we work on?"
            && r.Buttons.Count == 3);
    }

    [Fact]
    public async Task AnOptionThatSaysNoneIsStillPickedByNone()
    {
        var options = s_options with { Choices = [new("goals", "Goals"), new("nothing", "None of these") { Synonyms = ["none"] }] };
        var client = PromptHarness.Create(new ChoicePrompt("choice"), options, c => c.Value);
        await client.Send("hi");

        await client.Send("none").AssertReply("Got: nothing");
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("nah")]
    public async Task PickingNothingTakesTheOptionThatIsTheWayOut(string answer)
    {
        var options = s_options with { Choices = [new("student", "Student"), new("lots", "Lots of experience"), new("skip", "Skip")] };
        var client = PromptHarness.Create(new ChoicePrompt("choice"), options, c => c.Value);
        await client.Send("hi");

        await client.Send(answer).AssertReply("Got: skip");
    }

    [Fact]
    public async Task NotSureIsNotTakenAsTheNoOfAYesNoPair()
    {
        var options = s_options with { Choices = [new("yes", "Yes, it's current"), new("no", "No, it needs work")] };
        var client = PromptHarness.Create(new ChoicePrompt("choice"), options, c => c.Value);
        await client.Send("hi");

        await client.Send("not sure").AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("There's no option for that here", StringComparison.Ordinal));
    }
}
