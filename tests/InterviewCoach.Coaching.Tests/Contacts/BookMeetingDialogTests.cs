using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

/// <summary>Booking a meeting by typing, from "meeting with maria next tuesday at 2pm" to a saved meeting and its question list.</summary>
public sealed class BookMeetingDialogTests
{
    private static async Task<(CoachHarness Coach, Contact Maria)> StartAsync()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Asked };
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(Samples.ColdContact());
        await coach.Client.Send("hi");
        return (coach, maria);
    }

    [Fact]
    public async Task AMeetingTypedWithNameAndTimeIsBookedByTypingAlone()
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm")
            .AssertReply("Great news")
            .AssertReply("Meeting Maria Lopez on **Tuesday")
            .AssertReply("Where is it, and how do you get there?");
        await coach.Client.Send("their office in shoreditch").AssertReply("What do you want from this meeting with Maria Lopez");
        await coach.Client.Send("learn how she got into nursing")
            .AssertReply("Saved: Maria Lopez, Tuesday")
            .AssertReplyContains("What would you like to do next?");

        Contact saved = Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id);
        Assert.Equal(ContactStage.MeetingSet, saved.Stage);
        Assert.Equal((DayOfWeek.Tuesday, 14, "their office in shoreditch", false), (saved.Meeting!.StartsAt.DayOfWeek, saved.Meeting.StartsAt.Hour, saved.Meeting.Place, saved.Meeting.ByCall));

        // The question list then takes the format from the meeting.
        await coach.Client.Send("questions");
        await coach.Client.Send("maria").AssertReply("Your meeting with Maria Lopez is in person");
    }

    [Theory]
    [InlineData("call back")]
    [InlineData("she asked me to call back later")]
    [InlineData("ring her back next week")]
    public async Task ACallBackTypedWhereThePlaceIsAskedBooksNoMeetingAndPlansTheCall(string said)
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm").AssertReply("Great news").AssertReply("Meeting Maria Lopez").AssertReply("Where is it");
        await coach.Client.Send(said)
            .AssertReply("That sounds like a call-back rather than a place to meet, so I haven't booked a meeting with Maria Lopez")
            .AssertReply("When should you call Maria Lopez?");

        Contact kept = Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id);
        Assert.Equal((ContactStage.Asked, (MeetingDetails?)null), (kept.Stage, kept.Meeting));

        await coach.Client.Send("thursday at 11am").AssertReply("Call Maria Lopez on **Thursday");
        await coach.Client.Send("yes").AssertReply("Set. I'll remind you");
        Assert.Equal(ContactStage.Asked, Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Stage);
    }

    [Fact]
    public async Task ACallBackWithATimeGoesStraightToCheckingThatTime()
    {
        (CoachHarness coach, _) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm").AssertReply("Great news");
        await coach.Client.Send("she said call her back on thursday at 11am")
            .AssertReply("That sounds like a call-back")
            .AssertReply("Call Maria Lopez on **Thursday");
    }

    [Fact]
    public async Task TheContactCallingBackBooksNothingAndSaysHowToBookLater()
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm").AssertReply("Great news");
        await coach.Client.Send("she'll call me back to fix a time").AssertReply("Then Maria Lopez will be in touch first, so there's no meeting to book yet").AssertReplyContains("What would you like to do next?");

        Contact kept = Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id);
        Assert.Equal((ContactStage.Asked, (MeetingDetails?)null), (kept.Stage, kept.Meeting));
    }

    [Theory]
    [InlineData("phone: she'll call me", true)]
    [InlineData("call at reception, 2nd floor", false)]
    public async Task APlaceThatMentionsCallingIsStillAPlace(string said, bool byCall)
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm").AssertReply("Great news");
        await coach.Client.Send(said).AssertReply("What do you want from this meeting with Maria Lopez");
        await coach.Client.Send("hear how she moved into nursing").AssertReply("Saved: Maria Lopez, Tuesday");

        MeetingDetails meeting = Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Meeting!;
        Assert.Equal((said, byCall), (meeting.Place, meeting.ByCall));
    }

    [Fact]
    public async Task WithoutANameItAsksWhoThenWhen()
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("booked a meeting").AssertReply<ChoiceReply>(r => r.Markdown == "Who are you meeting?" && r.Buttons.Any(b => b.Value == maria.Id));
        await coach.Client.Send("maria lopez").AssertReply("Great news").AssertReply("When are you meeting Maria Lopez?");
        await coach.Client.Send("thursday at 10am").AssertReply("Where is it");
        await coach.Client.Send("zoom, she'll send a link").AssertReply("What do you want from this meeting");
        await coach.Client.Send("not sure").AssertReply("Every meeting needs its own goal");
        Assert.Null(Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Meeting);
        await coach.Client.Send("hear what a typical shift is like").AssertReply("Saved: Maria Lopez, Thursday");

        Assert.True(Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Meeting!.ByCall);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("ok sure")]
    [InlineData("not sure yet")]
    [InlineData("idk tbh")]
    public async Task AYesOrNotSureYetToWhatYouWantFromTheMeetingIsNotSavedAsTheGoal(string reflex)
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm").AssertReply("Great news");
        await coach.Client.Send("video call").AssertReply("What do you want from this meeting with Maria Lopez");
        await coach.Client.Send(reflex).AssertReply("Every meeting needs its own goal").AssertNoMoreReplies();
        Assert.Null(Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Meeting);

        await coach.Client.Send("hear how she moved into nursing").AssertReply("Saved: Maria Lopez, Tuesday");
        Assert.Equal("hear how she moved into nursing", Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Meeting!.Goal);
    }
    [Theory]
    [InlineData("actually, make that friday at 3pm", DayOfWeek.Friday, 15)]
    [InlineData("sorry, make it wednesday", DayOfWeek.Wednesday, 14)]
    [InlineData("oh wait it's 4pm", DayOfWeek.Tuesday, 16)]
    public async Task ATimeChangeTypedWhereThePlaceIsAskedMovesTheMeetingAndAsksThePlaceAgain(string change, DayOfWeek day, int hour)
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm").AssertReply("Great news").AssertReply("Meeting Maria Lopez on **Tuesday");
        await coach.Client.Send(change)
            .AssertReply($"Meeting Maria Lopez on **{day}")
            .AssertReply("Where is it, and how do you get there?");
        await coach.Client.Send("their office in shoreditch").AssertReply("What do you want from this meeting");
        await coach.Client.Send("learn how she got into nursing").AssertReply($"Saved: Maria Lopez, {day}");

        MeetingDetails meeting = Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Meeting!;
        Assert.Equal((day, hour, "their office in shoreditch"), (meeting.StartsAt.DayOfWeek, meeting.StartsAt.Hour, meeting.Place));
    }

    [Fact]
    public async Task APlaceThatMentionsATimeIsStillThePlace()
    {
        (CoachHarness coach, Contact maria) = await StartAsync();

        await coach.Client.Send("meeting with maria next tuesday at 2pm").AssertReply("Great news");
        await coach.Client.Send("the cafe on mill road, she's free till 3").AssertReply("What do you want from this meeting");
    }
}
