using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>Typed answers to choice prompts read by meaning with the real model.</summary>
public sealed class ChoiceMeaningMatcherTests
{
    private static readonly Choice[] s_connections =
    [
        new("referred", "Someone referred me"), new("alumni", "Same school (alumni)"), new("group", "Same association or group"),
        new("linkedin", "LinkedIn"), new("event", "Met at an event"), new("none", "No connection yet"),
    ];

    private static readonly Choice[] s_stages =
    [
        new("MeetingSet", "Conversation booked"), new("Met", "Talked"), new("Thanked", "Thank-you sent"), new("KeepingInTouch", "Staying in touch"),
        new("NoAnswer", "No reply yet"), new("Declined", "Said no"), new("ToContact", "Not asked yet"),
    ];

    private readonly ChoiceMeaningMatcher _matcher;

    public ChoiceMeaningMatcherTests()
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        Assert.True(model.Load(), model.LoadFailure?.ToString());
        var intents = new IntentRecognizer(model, IntentCommands.ExactWords);
        intents.Prepare(CancellationToken.None);
        _matcher = new ChoiceMeaningMatcher(model, intents);
    }

    [Theory]
    [InlineData("we went to the same uni", "alumni")]
    [InlineData("we met at a conference", "event")]
    [InlineData("I found her on linkedin", "linkedin")]
    public void ClearParaphrasesOfAConnectionArePicked(string text, string value)
    {
        ChoiceGuess guess = Assert.NotNull(_matcher.Guess(text, s_connections));
        Assert.True(guess.Confident);
        Assert.Equal(value, guess.Choice.Value);
    }

    [Theory]
    [InlineData("she said no", "Declined")]
    public void ClearParaphrasesOfAStageArePicked(string text, string value)
    {
        ChoiceGuess guess = Assert.NotNull(_matcher.Guess(text, s_stages));
        Assert.True(guess.Confident);
        Assert.Equal(value, guess.Choice.Value);
    }

    [Theory]
    [InlineData("meeting set", "MeetingSet")]
    [InlineData("she said no, too busy", "Declined")]
    public void AWeakerMatchIsOnlyOffered(string text, string value)
    {
        ChoiceGuess guess = Assert.NotNull(_matcher.Guess(text, s_stages));
        Assert.False(guess.Confident);
        Assert.Equal(value, guess.Choice.Value);
    }

    [Theory]
    [InlineData("I have 8 years teaching but nothing in ID really", "Limited")]
    [InlineData("a decade in retail management, zero in tech", "Limited")]
    [InlineData("i'm in my final year at uni", "Student")]
    public void ExperienceDescribedInSentencesIsNotTakenForAStudent(string text, string value)
    {
        ChoiceGuess? guess = _matcher.Guess(text, InterviewCoach.Coaching.Goals.ExperienceQuestion.Choices);
        Assert.Equal(value, guess?.Choice.Value);
    }

    // Years in the same field: asked again at worst, never read as a student or a newcomer to it.
    [Theory]
    [InlineData("I've worked as a paralegal for six years and want to stay in law")]
    [InlineData("been a staff nurse 10 yrs, now looking at nurse education")]
    public void YearsInTheFieldAreNeverReadAsLittleExperience(string text) =>
        Assert.True(_matcher.Guess(text, InterviewCoach.Coaching.Goals.ExperienceQuestion.Choices) is null or { Choice.Value: "Experienced" });

    [Theory]
    [InlineData("what's the weather like")]
    [InlineData("show me my reminders")]
    [InlineData("what does alumni even mean?")]
    [InlineData("😀😀")]
    [InlineData("")]
    public void UnrelatedTextAndCommandsAreLeftAlone(string text) => Assert.Null(_matcher.Guess(text, s_connections));

    [Fact]
    public void WithoutTheModelNothingIsGuessed()
    {
        var notReady = new ChoiceMeaningMatcher(null, new IntentRecognizer(null, IntentCommands.ExactWords));
        Assert.Null(notReady.Guess("we went to the same uni", s_connections));
    }
}
