using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Tests.Reminders;

[Collection(SharedAzurite.Name)]
public sealed class ReminderDispatcherTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ThreeDispatchersOnOneStorageDeliverEachOf2000DueRemindersExactlyOnce()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        string[] users = [.. Enumerable.Range(0, 400).Select(i => $"msteams/tenant/29:user{i}")];
        List<string> ids = await DueReminders.SeedAsync(rig.Tables, users, perUser: 5, ReminderRig.Tuesday.AddMinutes(-1));
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        var delivery = new RecordingDelivery();
        ReminderDispatcher[] dispatchers = [rig.CreateDispatcher(delivery), rig.CreateDispatcher(delivery), rig.CreateDispatcher(delivery)];

        await Task.WhenAll(dispatchers.Select(d => Task.Run(() => ReminderRig.DrainAsync(d, maxPolls: 500))));

        IReadOnlyDictionary<string, int> counts = delivery.CountsById();
        Assert.Equal(2000, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts, pair => Assert.Equal(1, pair.Value));
        List<ReminderEntity> stored = await rig.AllRemindersAsync();
        Assert.All(stored, r => Assert.Equal(ReminderStatus.Sent, r.Status));
        Assert.Equal(0, await rig.CountIndexRowsAsync());
    }

    [Fact]
    public async Task SeveralRemindersDueTogetherArriveAsOneDigestWithButtons()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        await rig.Scheduler.ScheduleAsync("slack/T1/U1", [ReminderRig.Request("a", ReminderRig.Tuesday, contactId: "c-ana"), ReminderRig.Request("b", ReminderRig.Tuesday), ReminderRig.Request("c", ReminderRig.Tuesday.AddMinutes(-5))]);
        var delivery = new RecordingDelivery();

        DispatchPollResult result = await rig.CreateDispatcher(delivery).RunOnceAsync();

        ReminderDigest digest = Assert.Single(delivery.Digests);
        Assert.Equal(3, digest.Items.Count);
        Assert.Equal(3, result.Delivered);
        ReminderDigestItem item = digest.Items.Single(i => i.ContactId == "c-ana");
        Assert.Contains(item.Actions, a => a.Kind == ReminderActionKind.OpenFlow && a.Command == "thankyou c-ana" && a.Label == "Draft the thank-you note");
        Assert.Contains(item.Actions, a => a.Kind == ReminderActionKind.Done && a.Command == "reminders done " + item.ReminderId);
        Assert.Equal(3, item.Actions.Count(a => a.Kind == ReminderActionKind.Snooze));
    }

    [Fact]
    public async Task RemindersNotYetDueAreNotSent()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        await rig.Scheduler.ScheduleAsync("u", [ReminderRig.Request("later", ReminderRig.Tuesday.AddMinutes(10))]);
        var delivery = new RecordingDelivery();
        ReminderDispatcher dispatcher = rig.CreateDispatcher(delivery);

        DispatchPollResult before = await dispatcher.RunOnceAsync();
        rig.Clock.Advance(TimeSpan.FromMinutes(10));
        DispatchPollResult after = await dispatcher.RunOnceAsync();

        Assert.Equal(0, before.IndexRowsRead);
        Assert.Equal(1, after.Delivered);
    }

    [Fact]
    public async Task AReminderClaimedByAnInstanceThatDiedIsSentOnceAfterItsLeaseExpires()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        await rig.Scheduler.ScheduleAsync("u", [ReminderRig.Request("a", ReminderRig.Tuesday), ReminderRig.Request("b", ReminderRig.Tuesday)]);
        using var crash = new CancellationTokenSource();
        var hanging = new RecordingDelivery(async (_, _, ct) =>
        {
            await crash.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return ReminderDeliveryOutcome.Delivered;
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rig.CreateDispatcher(hanging).RunOnceAsync(crash.Token));

        var delivery = new RecordingDelivery();
        ReminderDispatcher survivor = rig.CreateDispatcher(delivery);
        rig.Clock.Advance(rig.Options.LeaseDuration - TimeSpan.FromSeconds(1));
        DispatchPollResult whileLeased = await survivor.RunOnceAsync();
        rig.Clock.Advance(TimeSpan.FromSeconds(2));
        DispatchPollResult afterExpiry = await survivor.RunOnceAsync();
        DispatchPollResult afterwards = await survivor.RunOnceAsync();

        Assert.Empty(hanging.Digests);
        Assert.Equal(0, whileLeased.IndexRowsRead); // claimed rows are invisible to other instances while leased
        Assert.Equal(0, whileLeased.Delivered);
        Assert.Equal(2, afterExpiry.Delivered);
        Assert.Equal(0, afterwards.IndexRowsRead);
        Assert.All(delivery.CountsById(), pair => Assert.Equal(1, pair.Value));
    }

    [Fact]
    public async Task AReminderDueInQuietHoursWaitsForTheNextAllowedSlotInTheUsersZone()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        const string User = "msteams/t/29:ny";
        await rig.Scheduler.SetSettingsAsync(User, "America/New_York", QuietHours.Default);
        var saturday = new DateTimeOffset(2026, 3, 7, 15, 0, 0, TimeSpan.Zero); // 10:00 EST, Saturday
        rig.Clock.Set(saturday);
        ScheduledReminder scheduled = Assert.Single(await rig.Scheduler.ScheduleAsync(User, [ReminderRig.Request("weekend", saturday)]));
        var delivery = new RecordingDelivery();
        ReminderDispatcher dispatcher = rig.CreateDispatcher(delivery);

        DispatchPollResult onSaturday = await dispatcher.RunOnceAsync();
        int sentOnSaturday = delivery.Digests.Count;
        ScheduledReminder waiting = Assert.Single(await rig.Scheduler.ListUpcomingAsync(User));
        rig.Clock.Set(new DateTimeOffset(2026, 3, 9, 12, 59, 0, TimeSpan.Zero));
        DispatchPollResult beforeNine = await dispatcher.RunOnceAsync();
        rig.Clock.Set(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero));
        DispatchPollResult atNine = await dispatcher.RunOnceAsync();

        Assert.Equal(1, onSaturday.Deferred);
        Assert.Equal(0, sentOnSaturday);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero), waiting.DueUtc); // Monday 09:00 EDT, after the clocks changed
        Assert.Equal(ReminderStatus.Pending, waiting.Status);
        Assert.Equal(0, beforeNine.Delivered);
        Assert.Equal(1, atNine.Delivered);
        Assert.Equal(scheduled.Id, Assert.Single(Assert.Single(delivery.Digests).Items).ReminderId);
    }

    [Fact]
    public async Task AnInactiveConversationPausesTheUsersRemindersUntilTheyAreBack()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        const string User = "slack/T1/U-gone";
        await rig.Scheduler.SetSettingsAsync(User, "UTC", ReminderRig.AlwaysAllowed);
        await rig.Scheduler.ScheduleAsync(User, [ReminderRig.Request("first", ReminderRig.Tuesday), ReminderRig.Request("second", ReminderRig.Tuesday.AddHours(1))]);
        bool reachable = false;
        var delivery = new RecordingDelivery((_, _, _) => Task.FromResult(reachable ? ReminderDeliveryOutcome.Delivered : ReminderDeliveryOutcome.Inactive));
        ReminderDispatcher dispatcher = rig.CreateDispatcher(delivery);

        DispatchPollResult gone = await dispatcher.RunOnceAsync();
        ReminderSettings paused = await rig.Scheduler.GetSettingsAsync(User);
        rig.Clock.Advance(TimeSpan.FromHours(2));
        reachable = true;
        DispatchPollResult stillPaused = await dispatcher.RunOnceAsync();
        DispatchPollResult nothingIndexed = await dispatcher.RunOnceAsync();

        await rig.Scheduler.ResumeUserAsync(User);
        DispatchPollResult back = await dispatcher.RunOnceAsync();

        Assert.Equal(1, gone.Paused);
        Assert.True(paused.Paused);
        Assert.Equal(0, stillPaused.Delivered);
        Assert.Equal(0, nothingIndexed.IndexRowsRead);
        Assert.False((await rig.Scheduler.GetSettingsAsync(User)).Paused);
        Assert.Equal(2, back.Delivered);
        Assert.Equal(2, Assert.Single(delivery.Digests).Items.Count);
    }

    [Fact]
    public async Task FailuresAreRetriedWithBackoffThenRecordedAsFailedAndStillListed()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite, new RemindersOptions { MaxAttempts = 3, RetryBaseDelay = TimeSpan.FromMinutes(1) });
        await rig.Scheduler.ScheduleAsync("u", [ReminderRig.Request("flaky", ReminderRig.Tuesday)]);
        int calls = 0;
        var delivery = new RecordingDelivery((_, _, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(ReminderDeliveryOutcome.Failed("HTTP 500"));
        });
        ReminderDispatcher dispatcher = rig.CreateDispatcher(delivery);

        DispatchPollResult first = await dispatcher.RunOnceAsync();
        ScheduledReminder afterFirst = Assert.Single(await rig.Scheduler.ListUpcomingAsync("u"));
        rig.Clock.Advance(TimeSpan.FromSeconds(59));
        DispatchPollResult tooEarly = await dispatcher.RunOnceAsync();
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        DispatchPollResult second = await dispatcher.RunOnceAsync();
        ScheduledReminder afterSecond = Assert.Single(await rig.Scheduler.ListUpcomingAsync("u"));
        rig.Clock.Advance(TimeSpan.FromMinutes(2));
        DispatchPollResult third = await dispatcher.RunOnceAsync();

        Assert.Equal((1, 0, 1, 1), (first.Retried, tooEarly.IndexRowsRead, second.Retried, third.Failed));
        Assert.Equal(ReminderRig.Tuesday.AddMinutes(1), afterFirst.DueUtc);
        Assert.Equal(ReminderRig.Tuesday.AddMinutes(3), afterSecond.DueUtc); // 1 min, then 2 min
        Assert.Equal(3, calls);
        ScheduledReminder failed = Assert.Single(await rig.Scheduler.ListUpcomingAsync("u"));
        Assert.Equal(ReminderStatus.Failed, failed.Status);
        Assert.Equal("HTTP 500", failed.LastError);
        Assert.Equal(3, failed.Attempts);
        Assert.Equal(0, await rig.CountIndexRowsAsync());
    }

    [Fact]
    public async Task ThrottlingWaitsTheRetryAfterWithoutSpendingAnAttempt()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite, new RemindersOptions { MaxAttempts = 1 });
        await rig.Scheduler.ScheduleAsync("u", [ReminderRig.Request("busy", ReminderRig.Tuesday)]);
        bool throttle = true;
        var delivery = new RecordingDelivery((_, _, _) => Task.FromResult(throttle ? ReminderDeliveryOutcome.Throttled(TimeSpan.FromSeconds(30)) : ReminderDeliveryOutcome.Delivered));
        ReminderDispatcher dispatcher = rig.CreateDispatcher(delivery);

        await dispatcher.RunOnceAsync();
        ScheduledReminder waiting = Assert.Single(await rig.Scheduler.ListUpcomingAsync("u"));
        throttle = false;
        rig.Clock.Advance(TimeSpan.FromSeconds(30));
        DispatchPollResult later = await dispatcher.RunOnceAsync();

        Assert.Equal(ReminderRig.Tuesday.AddSeconds(30), waiting.DueUtc);
        Assert.Equal(0, waiting.Attempts);
        Assert.Equal(1, later.Delivered);
    }

    [Fact]
    public async Task ADeliveryThatThrowsCountsAsAFailedAttempt()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        await rig.Scheduler.ScheduleAsync("u", [ReminderRig.Request("boom", ReminderRig.Tuesday)]);
        var delivery = new RecordingDelivery((_, _, _) => throw new HttpRequestException("connection reset"));

        DispatchPollResult result = await rig.CreateDispatcher(delivery).RunOnceAsync();

        Assert.Equal(1, result.Retried);
        ScheduledReminder retrying = Assert.Single(await rig.Scheduler.ListUpcomingAsync("u"));
        Assert.Equal(nameof(HttpRequestException), retrying.LastError);
        Assert.Equal(1, retrying.Attempts);
    }

    [Fact]
    public async Task SnoozeAndCancelDuringDeliveryWinAndTheReminderIsNotSentTwice()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        IReadOnlyList<ScheduledReminder> scheduled = await rig.Scheduler.ScheduleAsync("u", [ReminderRig.Request("snoozed", ReminderRig.Tuesday), ReminderRig.Request("cancelled", ReminderRig.Tuesday)]);
        string snoozedId = scheduled[0].Id;
        var delivery = new RecordingDelivery(async (user, digest, ct) =>
        {
            await rig.Scheduler.SnoozeAsync(user, snoozedId, ReminderRig.Tuesday.AddHours(1), ct);
            await rig.Scheduler.CancelAsync(user, ReminderCancellation.ByDedupeKey("cancelled"), ct);
            return ReminderDeliveryOutcome.Delivered;
        });
        ReminderDispatcher dispatcher = rig.CreateDispatcher(delivery);

        await dispatcher.RunOnceAsync();
        List<ReminderEntity> afterRace = await rig.AllRemindersAsync();
        DispatchPollResult soon = await dispatcher.RunOnceAsync();
        rig.Clock.Advance(TimeSpan.FromHours(1));
        DispatchPollResult afterSnooze = await dispatcher.RunOnceAsync();

        Assert.Equal(ReminderStatus.Pending, afterRace.Single(r => r.RowKey == snoozedId).Status);
        Assert.Equal(ReminderStatus.Cancelled, afterRace.Single(r => r.DedupeKey == "cancelled").Status);
        Assert.Equal(0, soon.Delivered);
        Assert.Equal(1, afterSnooze.Delivered);
        Assert.Equal(2, delivery.CountsById()[snoozedId]); // once now, once when the snooze ends: what the user asked for
        Assert.Equal(1, delivery.CountsById()[scheduled[1].Id]);
    }

    [Fact]
    public async Task CancelRacingDispatchNeverSendsTwiceNorLosesTheCancel()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        string[] users = [.. Enumerable.Range(0, 100).Select(i => "race" + i)];
        foreach (string user in users)
        {
            await rig.Scheduler.ScheduleAsync(user, [ReminderRig.Request("a", ReminderRig.Tuesday), ReminderRig.Request("b", ReminderRig.Tuesday)]);
        }

        var delivery = new RecordingDelivery(async (_, _, _) =>
        {
            await Task.Yield();
            return ReminderDeliveryOutcome.Delivered;
        });
        ReminderDispatcher[] dispatchers = [rig.CreateDispatcher(delivery), rig.CreateDispatcher(delivery)];

        var cancelled = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Task cancels = Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (user, ct) =>
            cancelled[user] = await rig.Scheduler.CancelAsync(user, ReminderCancellation.ByDedupeKey("a"), ct));
        await Task.WhenAll(cancels, Task.WhenAll(dispatchers.Select(d => Task.Run(() => ReminderRig.DrainAsync(d)))));
        await Task.WhenAll(dispatchers.Select(d => ReminderRig.DrainAsync(d)));

        IReadOnlyDictionary<string, int> counts = delivery.CountsById();
        List<ReminderEntity> stored = await rig.AllRemindersAsync();
        Assert.All(counts, pair => Assert.Equal(1, pair.Value));
        Assert.All(stored, r =>
        {
            // Either the cancel came first (never sent, or sent while the cancel landed) or the send did (cancel too late).
            bool cancelWon = cancelled[r.UserKey] == 1 && r.DedupeKey == "a";
            Assert.Equal(cancelWon ? ReminderStatus.Cancelled : ReminderStatus.Sent, r.Status);
            if (!cancelWon)
            {
                Assert.Equal(1, counts[r.RowKey]);
            }
        });
        Assert.Contains(cancelled.Values, c => c == 1);
        Assert.Equal(0, await rig.CountIndexRowsAsync());
    }

    [Fact]
    public async Task AnIndexRowLeftByAWriterThatDiedIsRemovedOnlyAfterTheGracePeriod()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        await rig.Tables.ReminderDue.AddEntityAsync(new ReminderDueEntity
        {
            PartitionKey = ReminderKeys.Shard("u"),
            RowKey = ReminderKeys.NewIndexKey(ReminderRig.Tuesday, "u"),
            UserKey = "u",
            ReminderId = "r-never-written",
            CreatedAt = ReminderRig.Tuesday,
        });
        var delivery = new RecordingDelivery();
        ReminderDispatcher dispatcher = rig.CreateDispatcher(delivery);

        DispatchPollResult young = await dispatcher.RunOnceAsync();
        rig.Clock.Advance(ReminderStore.StaleIndexGrace);
        DispatchPollResult old = await dispatcher.RunOnceAsync();

        Assert.Equal((1, 0), (young.IndexRowsRead, young.StaleRowsRemoved));
        Assert.Equal((1, 1), (old.IndexRowsRead, old.StaleRowsRemoved));
        Assert.Equal(0, await rig.CountIndexRowsAsync());
        Assert.Empty(delivery.Digests);
    }

    [Fact]
    public async Task APollCostsTheSameRequestsWhateverTheNumberOfFutureReminders()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite);
        ReminderDispatcher dispatcher = rig.CreateDispatcher(new RecordingDelivery());

        int before = rig.Requests.Count;
        await dispatcher.RunOnceAsync();
        int emptyPoll = rig.Requests.Count - before;

        await FutureIndexRows.AddAsync(rig.Tables.ReminderDue, 5_000, ReminderRig.Tuesday.AddDays(1));
        before = rig.Requests.Count;
        DispatchPollResult withFuture = await dispatcher.RunOnceAsync();
        int futurePoll = rig.Requests.Count - before;

        Assert.Equal(ReminderKeys.ShardCount, emptyPoll);
        Assert.Equal(emptyPoll, futurePoll);
        Assert.Equal(0, withFuture.IndexRowsRead);
    }
}
