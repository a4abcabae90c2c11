using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

/// <summary>Every sentence of the contact flows that promises a reminder, checked against the reminders stored.</summary>
public sealed class ContactRemindersTests
{
    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders, Contact Maria)> StartAsync(ContactStage stage, string zone = "America/New_York")
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await reminders.SetSettingsAsync(coach.User, zone, QuietHours.Default);
        coach.Client.TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone);
        Contact maria = Samples.ReferredContact() with { Stage = stage };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("hi");
        return (coach, reminders, maria);
    }

    private static async Task<TestTurn> BookAsync(CoachHarness coach, Contact contact, string when, string place = "Ward 4, St Anne's")
    {
        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{contact.Id}");
        await coach.Client.Press(nameof(ContactStage.MeetingSet));
        await coach.Client.Send(when);
        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = place, ["directions"] = "Lift to floor 4", ["timeZone"] = "America/New_York", ["minutes"] = "30" });
        return await coach.Client.Send("learn what the first year on a ward is like");
    }

    [Fact]
    public async Task BookingAMeetingSchedulesPrepNudgeAndDidYouMeetAndSaysWhen()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.Asked);

        TestTurn booked = await BookAsync(coach, maria, "Thursday at 10am");

        // Thursday 8 January 2026, 10:00 in New York (15:00 UTC): prep Wednesday 10:00, nudge 09:00, "did you meet?" 11:30.
        booked.AssertReplyContains("For this meeting I'll remind you:")
            .AssertReplyContains("- Tomorrow: Maria Lopez, Thursday 8 January at 10:00: **Wed 7 Jan, 10:00 (America/New_York)**")
            .AssertReplyContains("- Maria Lopez in an hour: **Thu 8 Jan, 09:00 (America/New_York)**")
            .AssertReplyContains("- Did you meet Maria Lopez?: **Thu 8 Jan, 11:30 (America/New_York)**");
        IReadOnlyList<ScheduledReminder> pending = reminders.Pending(coach.User);
        Assert.Equal(
            [(ReminderKind.MeetingPrepDayBefore, "2026-01-07T15:00:00Z"), (ReminderKind.MeetingPrepHourBefore, "2026-01-08T14:00:00Z"), (ReminderKind.DebriefPrompt, "2026-01-08T16:30:00Z")],
            pending.Select(r => (r.Kind, r.DueUtc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.All(pending, r => Assert.Equal(maria.Id, r.ContactId));
        Assert.Contains("Be there by **09:50**", pending[0].Body, StringComparison.Ordinal);
        Assert.Contains("Lift to floor 4", pending[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDayOfNoteSaysTheUserLeadsAndTheListMarksTheOpeningQuestion()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.Asked);
        await BookAsync(coach, maria, "Thursday at 10am");

        IReadOnlyList<ScheduledReminder> pending = reminders.Pending(coach.User);
        var dayOf = (CardReply)Assert.Single(ReminderPresenter.Render(ReminderPresenter.Digest(coach.User, [pending.Single(r => r.Kind == ReminderKind.MeetingPrepHourBefore)]), TimeZoneInfo.Utc));
        Assert.Contains("You lead this meeting", dayOf.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("open with your first question", dayOf.ToPlainText(), StringComparison.Ordinal);

        // The day-before note's "My questions" button opens the list, whose first question is marked as the opener.
        ReminderDigestItem dayBefore = ReminderPresenter.DigestItem(pending.Single(r => r.Kind == ReminderKind.MeetingPrepDayBefore));
        // The booked meeting already says it is in person, so the list doesn't ask.
        await coach.Client.Send(dayBefore.Actions.Single(a => a.Label == "My questions").Command)
            .AssertReply("Your meeting with Maria Lopez is in person").AssertReply("How much experience");
        await coach.Client.Send("skip").AssertReplyContains("**1.** ").AssertReplyContains("_(your opener)_");
    }

    [Fact]
    public async Task MovingTheMeetingMovesItsRemindersAndCallingItOffRemovesThem()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.Asked);
        await BookAsync(coach, maria, "Thursday at 10am");

        await coach.Client.Send("contacts");
        await coach.Client.Press($"edit:{maria.Id}");
        await coach.Client.Send("meeting details");
        await coach.Client.Send("Friday at 2pm");
        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Café Mila", ["timeZone"] = "America/New_York", ["minutes"] = "30" });
        (await coach.Client.Send("learn what the first year on a ward is like"))
            .AssertReplyContains("- Maria Lopez in an hour: **Fri 9 Jan, 13:00 (America/New_York)**");
        IReadOnlyList<ScheduledReminder> moved = reminders.Pending(coach.User);
        Assert.Equal(3, moved.Count);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 18, 0, 0, TimeSpan.Zero), moved.Single(r => r.Kind == ReminderKind.MeetingPrepHourBefore).DueUtc);

        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{maria.Id}");
        (await coach.Client.Press(nameof(ContactStage.NoAnswer))).AssertReplyContains("I've cancelled the 3 pending reminders for that meeting.");
        Assert.Empty(reminders.Pending(coach.User));
    }

    [Fact]
    public async Task AnEmailedAskStarts3B7AndThePromisedCallAndAReplyCancelsThem()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.ToContact);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{maria.Id}");
        await coach.Client.Press(nameof(ContactStage.Asked)).AssertReply("How did you ask Maria Lopez?");

        // Monday 5 January 04:00 in New York: 3B is Thursday, the call Monday 12th, 7B Wednesday 14th, all at 04:00 local, so they arrive at 09:00.
        (await coach.Client.Send("emailed"))
            .AssertReplyContains("- Ask a second person at St Anne's Children's Hospital: **Thu 8 Jan, 09:00 (America/New_York)**")
            .AssertReplyContains("- Phone Maria Lopez about your email: **Mon 12 Jan, 09:00 (America/New_York)**")
            .AssertReplyContains("- Follow up once with Maria Lopez: **Wed 14 Jan, 09:00 (America/New_York)**");
        Assert.Equal([ReminderKind.OutreachSecondContact, ReminderKind.OutreachCall, ReminderKind.OutreachFollowUp], reminders.Pending(coach.User).Select(r => r.Kind));

        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{maria.Id}");
        (await coach.Client.Press(nameof(ContactStage.Declined))).AssertReplyContains("I've cancelled the 3 pending reminders chasing Maria Lopez: that counts as their reply.");
        Assert.Empty(reminders.Pending(coach.User));
    }

    [Fact]
    public async Task StayingInTouchSchedulesAnUpdateInNinetyDaysAndDoneSchedulesTheNext()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.Thanked, "UTC");
        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{maria.Id}");

        (await coach.Client.Press(nameof(ContactStage.KeepingInTouch)))
            .AssertReplyContains("I'll remind you to send Maria Lopez an update (and again each time you mark it done):\n- Send Maria Lopez a progress update: **Mon 6 Apr, 09:00 (UTC)**");
        ScheduledReminder first = Assert.Single(reminders.Pending(coach.User));

        coach.Clock.Advance(TimeSpan.FromDays(91));
        await coach.Client.Send("menu");
        (await coach.Client.Send($"reminders done {first.Id}")).AssertReplyContains("Next update:\n- Send Maria Lopez a progress update: **Mon 6 Jul, 09:00 (UTC)**");
        ScheduledReminder next = Assert.Single(reminders.Pending(coach.User));
        Assert.Equal(coach.Clock.GetUtcNow().AddDays(90), next.DueUtc);
    }

    [Fact]
    public async Task DeletingAContactCancelsItsRemindersAndSaysSo()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.Asked);
        await BookAsync(coach, maria, "Thursday at 10am");
        await reminders.ScheduleAsync(coach.User, [new ReminderRequest(ReminderKind.KeepInTouch, "other", coach.Clock.GetUtcNow().AddDays(5), "Someone else", "b", ReminderFlows.Progress, "c-other")]);

        await coach.Client.Send("contacts");
        await coach.Client.Press($"delete:{maria.Id}");
        (await coach.Client.Send("yes")).AssertReplyContains("Deleted Maria Lopez.").AssertReplyContains("I've cancelled the 3 pending reminders about Maria Lopez.");

        Assert.Equal(["c-other"], reminders.Pending(coach.User).Select(r => r.ContactId));
    }

    [Fact]
    public async Task TheRemindersListShowsWhenEachReallyArrivesAfterQuietHours()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, _) = await StartAsync(ContactStage.Asked, "Europe/London");

        // Due Saturday 10 January 12:00: with weekday-only reminders it arrives Monday at 09:00.
        await reminders.ScheduleAsync(coach.User, [new ReminderRequest(ReminderKind.CallBack, "k", new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero), "Call Maria Lopez now", "b", ReminderFlows.Contacts)]);

        (await coach.Client.Send("reminders")).AssertReply("Your next reminder").AssertReply<CardReply>(card => card.Facts.Any(f => f.Label == "Due" && f.Value == "Mon 12 Jan, 09:00 (Europe/London)"));
    }

    [Fact]
    public async Task DidntHappenOnTheDidYouMeetReminderPutsTheContactBackAndRemovesTheMeetingsReminders()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.Asked);
        await BookAsync(coach, maria, "Thursday at 10am");
        await coach.Client.Send("menu");

        (await coach.Client.Send($"reminders missed {maria.Id}"))
            .AssertReplyContains("Noted: the meeting with Maria Lopez didn't happen; their stage is _Asked, waiting to hear_. I've cancelled the reminders for it.");

        Assert.Empty(reminders.Pending(coach.User));
        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((ContactStage.Asked, (MeetingDetails?)null), (saved.Stage, saved.Meeting));
    }

    [Fact]
    public async Task EmailedSamTypedMarksTheAskAndSchedules3B7AndTheCall()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.ToContact);

        (await coach.Client.Send("emailed Maria"))
            .AssertReply("Noted: you asked Maria Lopez (email); stage _Asked, waiting to hear_.")
            .AssertReplyContains("- Phone Maria Lopez about your email: **Mon 12 Jan, 09:00 (America/New_York)**");

        Assert.Equal([ReminderKind.OutreachSecondContact, ReminderKind.OutreachCall, ReminderKind.OutreachFollowUp], reminders.Pending(coach.User).Select(r => r.Kind));
        Assert.Equal(ContactStage.Asked, Assert.Single(await coach.ContactsAsync()).Stage);
    }

    [Fact]
    public async Task WroteToAloneAsksWhoAndSchedulesTheLetterFollowUps()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync(ContactStage.ToContact);

        await coach.Client.Send("wrote to").AssertReply("Who did you write to?");
        (await coach.Client.Press(maria.Id)).AssertReplyContains("- Phone Maria Lopez about your letter:");

        Assert.Equal(3, reminders.Pending(coach.User).Count);
    }
}
