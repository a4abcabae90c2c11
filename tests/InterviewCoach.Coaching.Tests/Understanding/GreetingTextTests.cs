using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>A message that only greets or thanks is read without the sentence model; one that also asks something is not.</summary>
public sealed class GreetingTextTests
{
    [Theory]
    [InlineData("hi")]
    [InlineData("Hello there")]
    [InlineData("thanks!")]
    [InlineData("Thank you so much 🙏")]
    [InlineData("hey coach :)")]
    [InlineData("Good morning!!")]
    [InlineData("hiii")]
    [InlineData("hi, thanks")]
    public void AGreetingOrThanksAloneIsAGreeting(string text) => Assert.True(GreetingText.IsGreetingOnly(text));

    [Theory]
    [InlineData("")]
    [InlineData("thank you note?")]
    [InlineData("thanks by email ok")]
    [InlineData("hi, my name is Ana")]
    [InlineData("hello, how long should the call be?")]
    [InlineData("history")]
    [InlineData("🙂")]
    [InlineData("Thierry")]
    public void AnythingMoreIsNot(string text) => Assert.False(GreetingText.IsGreetingOnly(text));

    [Fact]
    public async Task GreetingsButtonsAndCommandWordsNeverReachTheModelButAQuestionDoes()
    {
        var embedder = new WordHashEmbedder();
        var coach = new CoachHarness(embedder: embedder);
        coach.Services.PrepareUnderstanding();
        await coach.Client.Send("hi");
        int before = embedder.Calls;

        await coach.Client.Send("hello there");
        await coach.Client.Send("thanks!");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await coach.Client.Send("Ana Souza").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Send("hello").AssertReply("Where are you right now");
        await coach.Client.Press(nameof(CareerStage.ExploringOptions)).AssertReply("Which fields");
        Assert.Equal(before, embedder.Calls);

        await coach.Client.Send("how long should the meeting be?");
        Assert.True(embedder.Calls > before, "a typed question is read by the model");
    }
}
