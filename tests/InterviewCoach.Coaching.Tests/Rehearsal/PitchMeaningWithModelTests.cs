using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Tests.Understanding;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// What the pitch check decides with the real sentence model where the rules hand a sentence to it: a job advert
/// named only as the place the contact's name came from, and a check on this moment that names no time to choose.
/// </summary>
public sealed class PitchMeaningWithModelTests(MeaningCheckerTests.LoadedModel model) : IClassFixture<MeaningCheckerTests.LoadedModel>
{
    private readonly ISentenceEmbedder _model = model.Embedder;

    [Theory]
    [InlineData("The vacancy advert is how I first saw your name, but really I'm calling to learn how estates surveying works.", false)]
    [InlineData("I saw your name on the vacancy advert and I'd love to be considered for it.", true)]
    public void AJobAdvertNamedAsWhereTheNameCameFromIsNoJobAsk(string sentence, bool asks) =>
        Assert.Equal(asks, PitchChecker.Label("Hi Ms Grant, I'm Sam Lee. " + sentence, _model).AsksForJob);

    [Theory]
    [InlineData("Are you free for a quick word, or should I try you this evening?", false)]
    [InlineData("Would twenty minutes one evening next week work, whichever evening suits you?", true)]
    public void AQuickWordNowLeavesNoTimeToChoose(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hi Mr Fischer, I'm Sam Lee. I'd like to know what working on grid projects involves. " + sentence, _model).LeavesChoiceToContact);
}
