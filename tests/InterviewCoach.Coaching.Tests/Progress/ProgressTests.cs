using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Progress;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.MeetingFlows;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Progress;

public sealed class ProgressTests
{
    [Fact]
    public async Task ProgressCountsStagesWeekMeetingsReferralsThankYousAndDrawsTheTree()
    {
        var harness = new MeetingFlowsHarness();
        DateTimeOffset now = harness.Now; // Monday 5 January 2026, 09:00 UTC
        await harness.SaveProfileAsync(Samples.Profile()); // weekly target 3
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Thanked, CreatedAt = now.AddDays(-30) });
        Contact ana = await harness.AddContactAsync(Referred("Ana Ruiz", maria, now.AddDays(-10)) with { Stage = ContactStage.Met });
        await harness.AddContactAsync(Referred("Ben Cho", maria, now.AddDays(-9)));
        Contact carl = await harness.AddContactAsync(Referred("Carl Diaz", ana, now.AddDays(-2)) with { Stage = ContactStage.Asked });
        await harness.AddContactAsync(Samples.ColdContact() with { Stage = ContactStage.Declined, CreatedAt = now.AddDays(-40) });
        await SaveDebriefAsync(harness, maria, new DateOnly(2026, 1, 5), thanked: now.AddHours(5));
        await SaveDebriefAsync(harness, ana, new DateOnly(2026, 1, 1), thanked: new DateTimeOffset(2026, 1, 4, 12, 0, 0, TimeSpan.Zero));
        Assert.NotNull(carl);

        CardReply card = (CardReply)(await harness.Client.Send("how am i doing")).Replies[0];

        Assert.Equal("5 contacts", card.Subtitle);
        Assert.Equal(
            [
                new CardFact("This week", "1 of 3 conversations"),
                new CardFact("Conversations held", "2"),
                new CardFact("Referrals gained", "3"),
                new CardFact("Thank-yous within 24 hours", "1 of 2"),
            ],
            card.Facts);
        Assert.Equal(["Not asked yet: 1", "Asked, waiting to hear: 1", "Talked: 1", "Thank-you sent: 1", "Said no: 1"], card.Sections[0].Items);
        Assert.Equal(["Priya Shah → Maria Lopez", "  ↳ Maria Lopez → Ana Ruiz, Ben Cho", "    ↳ Ana Ruiz → Carl Diaz"], card.Sections[1].Items);
        Assert.Contains("2 more to reach this week's target", card.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(TestRootDialog.Resumed, harness.LastText);
    }

    [Fact]
    public void AContactMarkedTalkedWithoutADebriefStillCountsOnTheirMeetingDay()
    {
        DateTimeOffset now = new(2026, 1, 7, 18, 0, 0, TimeSpan.Zero);
        Contact met = Contact.Create("Lee", now.AddDays(-20)) with
        {
            Stage = ContactStage.Met,
            Meeting = new MeetingDetails { StartsAt = now.AddDays(-1), TimeZoneId = "UTC" },
        };
        Contact lastWeek = Contact.Create("Kim", now.AddDays(-20)) with
        {
            Stage = ContactStage.KeepingInTouch,
            Meeting = new MeetingDetails { StartsAt = now.AddDays(-8), TimeZoneId = "UTC" },
        };

        ProgressReport report = ProgressCalculator.Calculate(null, [met, lastWeek], [], now);

        Assert.Equal((1, 2, 2, 0), (report.ConversationsThisWeek, report.WeeklyTarget, report.MeetingsHeld, report.ThankYousDue));
    }

    [Fact]
    public void ContactsWhoAgreedToStayInTouchAreListedAndFlaggedWhenNoUpdateCameWithinTheInterval()
    {
        DateTimeOffset now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
        Contact maria = Contact.Create("Maria Lopez", now.AddDays(-200)) with { Stage = ContactStage.Thanked, UpdatedAt = now.AddDays(-120) };
        Contact ana = Contact.Create("Ana Ruiz", now.AddDays(-50)) with { Stage = ContactStage.Thanked, UpdatedAt = now.AddDays(-20) };
        Contact ben = Contact.Create("Ben Cho", now.AddDays(-50)) with { Stage = ContactStage.Thanked };
        DebriefRecord[] debriefs =
        [
            Debriefed(maria, new DateOnly(2026, 2, 1), stayInTouch: true),
            Debriefed(ana, new DateOnly(2026, 5, 1), stayInTouch: true),
            Debriefed(ben, new DateOnly(2026, 5, 2), stayInTouch: false),
        ];

        ProgressReport report = ProgressCalculator.Calculate(null, [maria, ana, ben], debriefs, now, TimeSpan.FromDays(90));
        CardReply card = ProgressView.Card(report);

        Assert.Equal(
            [new StayInTouchStatus("Maria Lopez", new DateOnly(2026, 5, 2), true), new StayInTouchStatus("Ana Ruiz", new DateOnly(2026, 7, 30), false)],
            report.StayingInTouch);
        Assert.Equal(
            ["Maria Lopez: no update yet, one was due by Sat 2 May 2026", "Ana Ruiz: next update by Thu 30 Jul 2026"],
            card.Sections.Single(s => s.Heading == "Agreed to stay in touch").Items);
    }

    [Fact]
    public void TheProgressCardSaysWhatTheConversationsHeldAreWorth()
    {
        DateTimeOffset now = new(2026, 1, 7, 18, 0, 0, TimeSpan.Zero);
        Contact met = Contact.Create("Lee", now.AddDays(-20)) with { Stage = ContactStage.Met };

        CardReply card = ProgressView.Card(ProgressCalculator.Calculate(null, [met], [Debriefed(met, new DateOnly(2026, 1, 6), stayInTouch: false)], now));

        string why = card.Sections.Single(s => s.Heading == "Why the count matters").Markdown!;
        Assert.StartsWith("1 conversation held: each one is practice for real job interviews.", why, StringComparison.Ordinal);
        Assert.Contains("confidence", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNextUpdateDateIsTheDayTheKeepInTouchReminderComes()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Thanked });
        await harness.Records.SaveAsync(harness.User, UserRecordKinds.Debrief, "d1", Debriefed(maria, new DateOnly(2026, 1, 2), stayInTouch: true), CoachingJsonContext.Default.DebriefRecord, null);

        // Ninety days after the meeting would be Thu 2 Apr; a touch logged since moved the reminder to Mon 6 Apr.
        harness.Reminders!.Add(harness.User, "Send Maria Lopez an update", new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.Zero), contactId: maria.Id, kind: ReminderKind.KeepInTouch);

        CardReply card = (CardReply)(await harness.Client.Send("progress")).Replies[0];
        Assert.Equal(["Maria Lopez: next update by Mon 6 Apr 2026"], card.Sections.Single(s => s.Heading == "Agreed to stay in touch").Items);
    }

    [Fact]
    public async Task WithNoContactsProgressSaysWhereToStart()
    {
        var harness = new MeetingFlowsHarness();

        await harness.Client.Send("progress").AssertReply<CardReply>(card => card.Subtitle == "Nothing to count yet");
    }

    private static DebriefRecord Debriefed(Contact contact, DateOnly metOn, bool stayInTouch) => new()
    {
        Id = DebriefRecord.NewId(metOn, Samples.Now, contact.Id),
        ContactId = contact.Id,
        ContactName = contact.Name,
        MetOn = metOn,
        StayInTouch = stayInTouch,
        CreatedAt = Samples.Now,
    };

    private static Contact Referred(string name, Contact by, DateTimeOffset createdAt) => Contact.Create(name, createdAt) with
    {
        Connection = ConnectionKind.ReferredBy,
        ReferredByName = by.Name,
        ReferredByContactId = by.Id,
    };

    private static async Task SaveDebriefAsync(MeetingFlowsHarness harness, Contact contact, DateOnly metOn, DateTimeOffset thanked)
    {
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(metOn, harness.Now, contact.Id),
            ContactId = contact.Id,
            ContactName = contact.Name,
            MetOn = metOn,
            ThankYouSentAt = thanked,
            CreatedAt = harness.Now,
        };
        await harness.Records.SaveAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null);
    }
}
