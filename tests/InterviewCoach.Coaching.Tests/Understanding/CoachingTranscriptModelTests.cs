using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Tests.MeetingFlows;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>
/// The rehearsal and question flows with the real sentence model, as a user meets them: the feedback card after a
/// practice attempt and the question builder's reply to a typed question.
/// </summary>
public sealed class CoachingTranscriptModelTests(MeaningCheckerTests.LoadedModel model) : IClassFixture<MeaningCheckerTests.LoadedModel>
{
    private readonly ISentenceEmbedder _model = model.Embedder;

    [Fact]
    public async Task AVoicemailOfferingToCallAgainIsCredited()
    {
        CardReply card = await PractiseAsync(
            "voicemail",
            "Hello, this is Sam Lee. Priya Shah gave me your name. I'm exploring a move into pediatric nursing and would value your advice. " +
            "My number is 07700 900123. I'll try you again on Thursday morning.");

        Assert.Contains(Items(card, "What worked"), i => i.Contains("You say when you'll try again", StringComparison.Ordinal));
        Assert.DoesNotContain(Items(card, "What's missing"), i => i.Contains("call you back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskingTheContactToCallBackIsFlaggedAndNotCountedAsCheckingTheMoment()
    {
        CardReply card = await PractiseAsync(
            "phone call",
            "Hi, it's Sam Lee. Priya Shah suggested I ring. I'm researching pediatric nursing. Could you call me back when you're free?");

        Assert.Contains(Items(card, "What's missing"), i => i.Contains("Don't ask them to call you back", StringComparison.Ordinal));
        Assert.Contains(Items(card, "What's missing"), i => i.Contains("Ask whether now is a good time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheBusyAndBriefLineIsCheckedInAnyWording()
    {
        const string Ask = "Hello, my name is Sam Lee, and Priya Shah suggested I call. Is now a good time? I'm learning about pediatric nursing. " +
            "Could we meet for 20 minutes whenever suits you?";

        CardReply without = await PractiseAsync("phone call", Ask);
        Assert.Contains(Items(without, "What's missing"), i => i.Contains("Acknowledge that they're busy", StringComparison.Ordinal));

        CardReply with = await PractiseAsync("phone call", Ask + " I realise your diary is packed, so I won't keep you long.");
        Assert.Contains(Items(with, "What worked"), i => i.Contains("You recognise they're busy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskingHowToPresentAResumeForTheFieldIsNotAJobAsk()
    {
        const string Start = "Hello, my name is Sam Lee, and Priya Shah suggested I call. Is now a good time? I'm learning about pediatric nursing. ";

        CardReply advice = await PractiseAsync("phone call", Start + "I'd also value your thoughts on how best to present my résumé for this field.");
        Assert.Contains(Items(advice, "What worked"), i => i.Contains("You stay clear of asking about jobs", StringComparison.Ordinal));

        CardReply ask = await PractiseAsync("phone call", Start + "Could you pass my résumé on to whoever does the hiring on your ward?");
        Assert.Contains(Items(ask, "What's missing"), i => i.Contains("Drop any ask about jobs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AskingWhatIfTheySayNoAfterTheScriptIsAnsweredAndTheScriptsNextStepsComeBack()
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: _model);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("phone call");

        TestTurn turn = await coach.Client.Send("what if they say no?");
        turn.AssertReply("If someone does say no");
        Assert.Contains(((ChoiceReply)turn.LastReply).Buttons, b => b.Title == "Practise it now");
    }

    [Theory]
    [InlineData("what if they say no?")]
    [InlineData("how long should the call be?")]
    [InlineData("should I send my CV?")]
    public async Task AQuestionForTheCoachAtTheListIsAnsweredAndNotAddedToIt(string asked)
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: _model);
        await coach.Client.Send("questions");
        await coach.Client.Press(nameof(MeetingFormat.InPerson));
        TestTurn listed = await coach.Client.Press(nameof(InterviewCoach.Coaching.Goals.ExperienceLevel.Limited));
        string list = ((ChoiceReply)listed.LastReply).Markdown;
        Assert.Contains("What next?", list, StringComparison.Ordinal);

        TestTurn turn = await coach.Client.Send(asked);
        turn.AssertNoReplyContains("Added").AssertNoReplyContains("yes or no");
        Assert.Equal(list, ((ChoiceReply)turn.LastReply).Markdown);
        Assert.IsType<TextReply>(turn.Replies[0]);

        // A question put to the contact is still theirs to keep.
        await coach.Client.Send("Which tools does your team rely on most?").AssertReply("Added.").AssertReplyContains("Which tools does your team rely on most?");
    }

    [Fact]
    public async Task AQuestionRepeatingAnEarlierOneInOtherWordsIsFlaggedByNumber()
    {
        var harness = new MeetingFlowsHarness(embedder: _model);
        DialogTestClient client = harness.Client;
        await client.Send("questions");
        await client.Press(nameof(MeetingFormat.InPerson));

        // Question 1 asks how the contact first found their way into the field: no content word shared.
        await client.Press(QuestionEditDialog.WriteOwn);
        await client.Send("What path brought you into this line of work?")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("very close to question 1", StringComparison.Ordinal)
                && r.Markdown.Contains("How did you first find your way into", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AClosedQuestionGetsAnOpenRewriteOnTheSameTopic()
    {
        var harness = new MeetingFlowsHarness(embedder: _model);
        DialogTestClient client = harness.Client;
        await client.Send("questions");
        await client.Press(nameof(MeetingFormat.InPerson));

        await client.Press(QuestionEditDialog.WriteOwn);
        TestTurn turn = await client.Send("Is the work stressful?");
        turn.AssertReply<ChoiceReply>(r => r.Markdown.Contains("yes or no", StringComparison.Ordinal)
            && r.Markdown.Contains("How stressful is the work, and what makes it so?", StringComparison.Ordinal));
        Assert.False(QuestionChecker.IsClosed("How stressful is the work, and what makes it so?", _model));
    }

    [Theory]
    [MemberData(nameof(Coaching.Tests.Rehearsal.CheckerBadInputTests.Inputs), MemberType = typeof(Coaching.Tests.Rehearsal.CheckerBadInputTests))]
    public void EveryCheckerAnswersBadInputWithTheRealModel(string name, string input)
    {
        PitchReport pitch = PitchChecker.Check(input, embedder: _model);
        EmailReport email = OutreachEmailChecker.Check(input, embedder: _model);
        QuestionCheck question = QuestionChecker.Check(input, ["What does a typical day look like?"], embedder: _model);
        IReadOnlyList<(int, int)> pairs = QuestionChecker.DuplicatePairs([input, input + "?", "How did you start?"], _model);

        Assert.False(string.IsNullOrWhiteSpace(pitch.Rewrite), name);
        Assert.All(pitch.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        Assert.All(email.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        Assert.All(question.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        Assert.All(pairs, p => Assert.True(p.Item1 < p.Item2));
    }

    private async Task<CardReply> PractiseAsync(string kind, string attempt)
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: _model);
        await coach.Client.Send("practise");
        await coach.Client.Send(kind);
        TestTurn turn = await coach.Client.Send(attempt);
        return Assert.IsType<CardReply>(turn.Replies[0]);
    }

    private static IReadOnlyList<string> Items(CardReply card, string heading) =>
        card.Sections.FirstOrDefault(s => s.Heading == heading)?.Items ?? [];
}
