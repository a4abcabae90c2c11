using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class AboutYourselfDialogTests
{
    private static readonly BackgroundSketch s_sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs
    {
        Education = "a degree in economics",
        Experience = "three years running a café",
        Strengths = ["analysis", "explaining things simply"],
        Evidence =
        [
            new StrengthEvidence("analysis", "built the sales forecast for the café"),
            new StrengthEvidence("explaining things simply", "I trained six new baristas on the till"),
        ],
        ConsideringNext = "moving into public health",
    });

    [Fact]
    public async Task ThePrepOffersToPractiseTellMeAboutYourselfAndTheAnswerIsTimedAgainstTheSketch()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Sketch = s_sketch });

        TestTurn prep = await coach.Client.Send("prep");
        prep.AssertReplyContains("Be ready to talk about yourself").AssertReplyContains("[Practise it]");
        await coach.Client.Send("practise it").AssertReply("size you up").AssertReply("tell me a bit about yourself");

        TestTurn short1 = await coach.Client.Send("I studied economics and I want a job in public health.");
        var card = (CardReply)short1.Replies[0];
        Assert.StartsWith("Talking about yourself: ", card.Title, StringComparison.Ordinal);
        string missing = string.Join('\n', card.Sections.Single(s => s.Heading == "What's missing").Items);
        Assert.Contains("it's over before they learn much", missing, StringComparison.Ordinal);
        Assert.Contains("built the sales forecast", missing, StringComparison.Ordinal);
        Assert.Contains("asking for a job", missing, StringComparison.Ordinal);
        short1.AssertReplyContains("Your sketch, for comparison");

        await coach.Client.Send("try again").AssertReply("tell me a bit about yourself");
        coach.Clock.Advance(TimeSpan.FromMinutes(1));
        TestTurn better = await coach.Client.Send(
            "I have a degree in economics and spent three years running a café. Analysis is a strength: I built the sales forecast for the café. " +
            "I'm also good at explaining things simply; I trained six new baristas on the till. Next I'm considering moving into public health, " +
            "and I'd really value your advice on how people get started.");
        better.AssertReplyContains("Up ");

        IReadOnlyList<PracticeAttempt> attempts = await coach.AttemptsAsync();
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(PracticeKind.AboutYourself, a.Kind));
        Assert.Equal(100, attempts.Max(a => a.Score));
        await coach.Client.Send("done").AssertReply("Say it aloud");
    }

    [Fact]
    public async Task WithoutASketchThePrepOffersToBuildOne()
    {
        var coach = await CoachHarness.WithProfileAsync();

        (await coach.Client.Send("prep")).AssertReplyContains("build your 30-second sketch first");
        await coach.Client.Send("my sketch").AssertReply("30-second version");
    }
    [Fact]
    public async Task PitchTypedAtThePractiseMenuOpensTellMeAboutYourselfAndNotSureIsNotScored()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Sketch = s_sketch });
        await coach.Client.Send("practise").AssertReply("What would you like to practise?");

        await coach.Client.Send("pitch").AssertReply("size you up").AssertReply("tell me a bit about yourself");
        await coach.Client.Send("not sure").AssertReply("Have a go, even a rough first try").AssertNoMoreReplies();
        Assert.Empty(await coach.AttemptsAsync());

        await coach.Client.Send("I ran a café for three years and I'm looking at public health.").AssertReply<CardReply>();
        await coach.Client.Send("nah").AssertReply("Say it aloud a few times");
        Assert.Single(await coach.AttemptsAsync());
    }
}
