using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>
/// The outreach commands (<c>call back</c>, <c>emailed</c>, <c>wrote to</c>, <c>messaged</c>) typed with a name and a
/// time, at the menu and part-way through a flow, with the real sentence model loaded: they reach their commands and
/// are never turned into a coaching answer or a "did you mean".
/// </summary>
public sealed class TypedOutreachCommandTests : IClassFixture<IntentRecognizerModelTests.LoadedRecognizer>
{
    private const string DidYouMean = "Did you mean";

    private readonly IntentRecognizerModelTests.LoadedRecognizer _loaded;

    public TypedOutreachCommandTests(IntentRecognizerModelTests.LoadedRecognizer loaded) => _loaded = loaded;

    [Theory]
    [InlineData("emailed Maria", "Noted: you asked Maria Lopez (email)")]
    [InlineData("Emailed Maria Lopez", "Noted: you asked Maria Lopez (email)")]
    [InlineData("I emailed Maria", "Noted: you asked Maria Lopez (email)")]
    [InlineData("i sent the email to maria today", "Noted: you asked Maria Lopez (email)")]
    [InlineData("wrote to Maria", "Noted: you asked Maria Lopez")]
    [InlineData("messaged Maria", "Noted: you asked Maria Lopez")]
    [InlineData("call back Maria Thu 3 pm", "Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**?")]
    public async Task AtTheMenuTheyReachTheirCommands(string text, string expected)
    {
        (CoachHarness coach, _) = await StartAsync();

        await coach.Client.Send(text).AssertReplyContains(expected).AssertNoReplyContains(DidYouMean);
    }

    [Fact]
    public async Task CallBackWithOnlyATimeAsksWhoRatherThanGuessing()
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("call back Thu 3 pm").AssertReply("Who should you call back?").AssertNoReplyContains(DidYouMean);
        await coach.Client.Press(maria.Id).AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**?");
    }

    [Theory]
    [InlineData("emailed Maria", "Noted: you asked Maria Lopez (email)")]
    [InlineData("messaged Maria", "Noted: you asked Maria Lopez")]
    [InlineData("call back Maria Thu 3 pm", "Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**?")]
    public async Task PartWayThroughAFlowTheyLeaveItForTheirCommands(string text, string expected)
    {
        (CoachHarness coach, _) = await StartAsync();
        await coach.Client.Send("progress").AssertReply("Your progress");
        await coach.Client.Send("questions").AssertReply("Who are these questions for?");

        await coach.Client.Send(text).AssertReplyContains(expected).AssertNoReplyContains(DidYouMean);
    }

    [Fact]
    public async Task AQuestionAboutEmailingIsStillAnsweredAsOne()
    {
        (CoachHarness coach, _) = await StartAsync();

        await coach.Client.Send("is it better to email or phone?").AssertNoReplyContains(DidYouMean).AssertNoReplyContains("Noted: you asked");
        Assert.Equal("ask.how-to-reach-out", _loaded.Recognizer.Recognize("is it better to email or phone?").Intent);
    }

    private async Task<(CoachHarness Coach, Contact Maria)> StartAsync()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders, embedder: _loaded.Embedder);

        // Examples embedded up front, as the host does at start-up, so every turn here has the model's answer.
        coach.Services.PrepareUnderstanding();
        await coach.SaveProfileAsync(Samples.Profile());
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.ToContact };
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(Samples.ColdContact());
        await coach.Client.Send("hi");
        return (coach, maria);
    }
}
