using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Goals;

/// <summary>The stage question answered in the user's own words, with the real sentence model behind the options.</summary>
public sealed class GoalStageModelTests
{
    [Theory]
    [InlineData("i kind of know, i want to move into product management", CareerStage.OnAClearPath)]
    [InlineData("i have no idea what i want to do", CareerStage.ExploringOptions)]
    [InlineData("I'm weighing up a couple of different fields", CareerStage.ExploringOptions)]
    [InlineData("I know which field I want to work in", CareerStage.OnAClearPath)]
    public async Task TheStageIsUnderstoodFromHowTheUserPutsIt(string said, CareerStage stage)
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        Assert.True(model.Load(), model.LoadFailure?.ToString());
        var coach = new CoachHarness(embedder: model);
        coach.Services.PrepareUnderstanding();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Send(said).AssertReply("learn about");
        await coach.Client.Send("product management");
        await coach.Client.Send("1");
        await coach.Client.Send("2");

        Assert.Equal(stage, (await coach.ProfileAsync())!.Stage);
    }
}

/// <summary>Where the user wants to go, said at the menu, starts goal setting; the same words inside a flow answer it.</summary>
public sealed class CareerAimAtTheMenuModelTests
{
    [Theory]
    [InlineData("im a teacher thinking of switching")]
    [InlineData("i want to get into UX but have no idea where to start")]
    [InlineData("hoping to move into environmental policy after my masters")]
    public async Task ACareerAimSaidAtTheMenuStartsGoalSetting(string said)
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        Assert.True(model.Load(), model.LoadFailure?.ToString());
        var coach = new CoachHarness(embedder: model);
        coach.Services.PrepareUnderstanding();
        await coach.Client.Send("hi");

        await coach.Client.Send(said).AssertReply("set your goals").AssertReply("what name do you give");
    }

    [Theory]
    [InlineData("what's the weather like today")]
    [InlineData("I've never done one of these")]
    [InlineData("how do I write the email to her")]
    [InlineData("i need help with my CV")]
    [InlineData("who do i talk to first")]
    public async Task OtherThingsSaidAtTheMenuDoNotStartGoalSetting(string said)
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        Assert.True(model.Load(), model.LoadFailure?.ToString());
        var coach = new CoachHarness(embedder: model);
        coach.Services.PrepareUnderstanding();
        await coach.Client.Send("hi");

        await coach.Client.Send(said).AssertNoReplyContains("set your goals");
    }
}
