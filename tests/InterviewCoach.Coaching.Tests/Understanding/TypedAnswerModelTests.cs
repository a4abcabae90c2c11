using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>Typed answers the step can't read, with the real model: they are asked again, never taken as a wish to restart.</summary>
public sealed class TypedAnswerModelTests
{
    [Fact]
    public async Task AnUnreadableAnswerThatSoundsLikeTheCurrentFlowIsAskedAgainNotOfferedAsALeave()
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        Assert.True(model.Load(), model.LoadFailure?.ToString());
        var coach = new CoachHarness(embedder: model);
        coach.Services.PrepareUnderstanding();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");

        await coach.Client.Send("career changer")
            .AssertReply<ChoiceReply>(r => !r.Markdown.StartsWith("Leave", StringComparison.Ordinal) && r.Markdown.Contains("Where are you right now", StringComparison.Ordinal));
    }
}
