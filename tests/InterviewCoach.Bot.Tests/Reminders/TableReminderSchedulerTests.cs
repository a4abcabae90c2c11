using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Tests.Reminders;

[Collection(SharedAzurite.Name)]
public sealed class TableReminderSchedulerTests(AzuriteFixture azurite)
{
    private static readonly ReminderPolicy s_policy = new(new ReminderPolicyOptions());

    [Fact]
    public async Task SchedulingTheSameEventAgainReplacesTheReminderInsteadOfAddingOne()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        var ana = new ReminderContact("c-ana", "Ana", "Contoso");

        await rig.Scheduler.ApplyAsync("u", s_policy.Plan(new TouchLogged(ana, ReminderRig.Tuesday), TimeZoneInfo.Utc));
        await rig.Scheduler.ApplyAsync("u", s_policy.Plan(new TouchLogged(ana, ReminderRig.Tuesday.AddDays(10)), TimeZoneInfo.Utc));

        ScheduledReminder keepInTouch = Assert.Single(await rig.Scheduler.ListUpcomingAsync("u"));
        Assert.Equal(ReminderRig.Tuesday.AddDays(100), keepInTouch.DueUtc);
        Assert.Equal(1, await rig.CountIndexRowsAsync());
    }

    [Fact]
    public async Task MarkingTheFirstThankYouDoneEndsTheSecondNudge()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        IReadOnlyList<ScheduledReminder> scheduled = await rig.Scheduler.ApplyAsync("u", s_policy.Plan(new DebriefCompleted(new ReminderContact("c-ana", "Ana"), ReminderRig.Tuesday, ReminderRig.Tuesday, [], []), TimeZoneInfo.Utc));
        ScheduledReminder first = scheduled.First(r => r.Kind == ReminderKind.ThankYouNote);

        bool done = await rig.Scheduler.MarkDoneAsync("u", first.Id);

        Assert.True(done);
        Assert.Empty(await rig.Scheduler.ListUpcomingAsync("u"));
        Assert.False(await rig.Scheduler.MarkDoneAsync("u", "r-unknown"));
        Assert.False(await rig.Scheduler.SnoozeAsync("u", first.Id, ReminderRig.Tuesday.AddDays(3)));
    }

    [Fact]
    public async Task AReplyCancelsThePending3B7RemindersForThatOrganisationOnly()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        const string User = "slack/T1/U3b7";
        await rig.Scheduler.SetSettingsAsync(User, "Europe/London", QuietHours.Default);
        TimeZoneInfo zone = (await rig.Scheduler.GetSettingsAsync(User)).TimeZone;
        foreach (ReminderContact contact in new[] { new ReminderContact("c-ana", "Ana", "Contoso"), new ReminderContact("c-chen", "Chen", "Contoso Ltd"), new ReminderContact("c-ben", "Ben", "Fabrikam") })
        {
            await rig.Scheduler.ApplyAsync(User, s_policy.Plan(new OutreachSent(contact, ReminderRig.Tuesday), zone));
        }

        ReminderPlan reply = s_policy.Plan(new ReplyReceived("contoso", ReminderRig.Tuesday.AddDays(1)), zone);
        await rig.Scheduler.ApplyAsync(User, reply);
        IReadOnlyList<ScheduledReminder> left = await rig.Scheduler.ListUpcomingAsync(User);
        var delivery = new RecordingDelivery();
        rig.Clock.Set(new DateTimeOffset(2026, 3, 19, 16, 0, 0, TimeSpan.Zero)); // Thursday 16:00 GMT, 7 business days on
        await rig.CreateDispatcher(delivery).RunOnceAsync();

        // The reply was Contoso's, logged without naming who: the calls stay, the 3B7 steps of Contoso (typed
        // "Contoso" for Ana and "Contoso Ltd" for Chen: one organisation) go, Fabrikam's stay.
        Assert.Equal(["Fabrikam", "Fabrikam"], left.Where(r => r.Kind != ReminderKind.OutreachCall).Select(r => r.Organisation).Order(StringComparer.Ordinal));
        Assert.Equal(3, left.Count(r => r.Kind == ReminderKind.OutreachCall));
        Assert.Equal(5, Assert.Single(delivery.Digests).Items.Count);
        Assert.DoesNotContain(delivery.Digests.SelectMany(d => d.Items), i => i.ContactId is "c-ana" or "c-chen" && i.Kind != ReminderKind.OutreachCall);
    }

    [Fact]
    public async Task SettingsRoundTripAndAnUnknownTimeZoneIsRefused()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        var quiet = new QuietHours(new TimeOnly(8, 30), new TimeOnly(17, 45), AllowedDays.Weekdays | AllowedDays.Saturday);

        ReminderSettings before = await rig.Scheduler.GetSettingsAsync("teams/u");
        await rig.Scheduler.SetSettingsAsync("teams/u", "America/New_York", quiet);
        ReminderSettings after = await rig.Scheduler.GetSettingsAsync("teams/u");

        Assert.Equal(ReminderSettings.Default, before);
        Assert.Equal(new ReminderSettings("America/New_York", quiet), after);
        Assert.Equal("America/New_York", after.TimeZone.Id);
        await Assert.ThrowsAsync<ArgumentException>(() => rig.Scheduler.SetSettingsAsync("teams/u", "Mars/Olympus_Mons", quiet));
    }

    [Fact]
    public async Task TheListShowsPendingAndFailedRemindersSoonestFirst()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        await rig.Scheduler.ScheduleAsync("u", [ReminderRig.Request("late", ReminderRig.Tuesday.AddDays(2)), ReminderRig.Request("soon", ReminderRig.Tuesday.AddHours(1)), ReminderRig.Request("gone", ReminderRig.Tuesday)]);
        await rig.Scheduler.CancelAsync("u", ReminderCancellation.ByDedupeKey("gone"));

        IReadOnlyList<ScheduledReminder> list = await rig.Scheduler.ListUpcomingAsync("u");

        Assert.Equal(["soon", "late"], list.Select(r => r.DedupeKey));
        Assert.All(list, r => Assert.Equal(ReminderStatus.Pending, r.Status));
    }

    [Fact]
    public async Task UserKeysWithCharactersTablesForbidAreKeptApart()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);

        await rig.Scheduler.ScheduleAsync("msteams/tenant#1/29:a?b", [ReminderRig.Request("k", ReminderRig.Tuesday)]);
        await rig.Scheduler.ScheduleAsync("msteams/tenant%231/29:a?b", [ReminderRig.Request("k", ReminderRig.Tuesday)]);

        Assert.Single(await rig.Scheduler.ListUpcomingAsync("msteams/tenant#1/29:a?b"));
        Assert.Single(await rig.Scheduler.ListUpcomingAsync("msteams/tenant%231/29:a?b"));
    }
}
