using Azure.Core;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Conversations;

[Collection(SharedAzurite.Name)]
public sealed class ConversationReferenceStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly UserAddress s_user = new("msteams", "tenant/1", "29:bob");
    private ConversationReferenceStore _store = null!;

    public async Task InitializeAsync()
    {
        var tables = new CoachTables(azurite.Service, Options.Create(new StorageOptions { TablePrefix = "r" + Guid.NewGuid().ToString("N")[..8] }));
        await tables.ConversationReferences.CreateIfNotExistsAsync();
        _store = new ConversationReferenceStore(tables, TimeProvider.System);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARefreshWritesOnlyWhenTheReferenceChanged()
    {
        Assert.True(await _store.RefreshAsync(s_user, "{\"serviceUrl\":\"https://a/\"}", "Europe/Paris"));
        Assert.False(await _store.RefreshAsync(s_user, "{\"serviceUrl\":\"https://a/\"}", "Europe/Paris"));
        Assert.True(await _store.RefreshAsync(s_user, "{\"serviceUrl\":\"https://b/\"}", "Europe/Paris"));

        ConversationReference? stored = await _store.GetAsync(s_user.Key);
        Assert.Equal("{\"serviceUrl\":\"https://b/\"}", stored?.Payload);
        Assert.Equal(s_user, stored?.User);
        Assert.True(stored?.Active);
    }

    [Fact]
    public async Task MarkingInactiveIsRememberedAndTheNextInboundTurnReactivates()
    {
        await _store.RefreshAsync(s_user, "{}", null);

        Assert.True(await _store.MarkInactiveAsync(s_user.Key));
        Assert.False((await _store.GetAsync(s_user.Key))?.Active);

        await _store.RefreshAsync(s_user, "{}", null);
        Assert.True((await _store.GetAsync(s_user.Key))?.Active);
    }

    [Fact]
    public async Task DeleteRemovesTheReference()
    {
        await _store.RefreshAsync(s_user, "{}", null);

        await _store.DeleteAsync(s_user.Key);

        Assert.Null(await _store.GetAsync(s_user.Key));
        Assert.False(await _store.MarkInactiveAsync(s_user.Key));
    }

    [Fact]
    public async Task TwoInstancesRefreshingOneUserNeverWriteBlindlyAndTheNewestReferenceWins()
    {
        var meter = new TableRequestMeter();
        var options = new TableClientOptions();
        options.AddPolicy(meter, HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(azurite.Azurite.ConnectionString, options);
        var storage = Options.Create(new StorageOptions { TablePrefix = "r" + Guid.NewGuid().ToString("N")[..8] });
        var tables = new CoachTables(service, storage);
        await tables.ConversationReferences.CreateIfNotExistsAsync();
        var first = new ConversationReferenceStore(tables, TimeProvider.System);
        var second = new ConversationReferenceStore(new CoachTables(service, storage), TimeProvider.System);

        await first.RefreshAsync(s_user, "{\"serviceUrl\":\"https://a/\"}", null);
        await second.RefreshAsync(s_user, "{\"serviceUrl\":\"https://b/\"}", null);
        await first.RefreshAsync(s_user, "{\"serviceUrl\":\"https://c/\"}", null);

        TableRequestCounts counts = meter.Snapshot();
        Assert.Equal("{\"serviceUrl\":\"https://c/\"}", (await first.GetAsync(s_user.Key))?.Payload);
        Assert.Equal(0, counts.UnconditionalWrites);
        // The second instance's insert is refused (409) and the first's stale replace too (412): each costs one read
        // and one more conditional write.
        Assert.Equal(2, counts.Operations.GetValueOrDefault("insert"));
        Assert.Equal(2, counts.Operations.GetValueOrDefault("get"));
        Assert.Equal(3, counts.Operations.GetValueOrDefault("update"));
    }

    [Fact]
    public async Task ANewUsersReferenceCostsOneInsertAndNoReadOfTheReminderSettings()
    {
        (CoachTables tables, TableRequestMeter meter) = await MeteredTablesAsync();
        var availability = new RecordingAvailability();
        UserSeenRecorder seen = Recorder(new ConversationReferenceStore(tables, TimeProvider.System), tables, availability);

        await seen.RecordAsync(s_user, "{}", null, default);

        TableRequestCounts counts = meter.Snapshot();
        Assert.Equal(1, counts.Requests);
        Assert.Equal(1, counts.Operations.GetValueOrDefault("insert"));
        Assert.Empty(availability.Resumed);
    }

    [Fact]
    public async Task ANewUsersTimeZoneIsTakenWithOneInsertAndNoRead()
    {
        (CoachTables tables, TableRequestMeter meter) = await MeteredTablesAsync(withReminderUsers: true);
        UserSeenRecorder seen = Recorder(new ConversationReferenceStore(tables, TimeProvider.System), tables, new RecordingAvailability());

        await seen.RecordAsync(s_user, "{}", "Europe/Paris", default);

        TableRequestCounts counts = meter.Snapshot();
        Assert.Equal((2, 2, 0), (counts.Requests, counts.Operations.GetValueOrDefault("insert"), counts.UnconditionalWrites));
        Assert.Equal("Europe/Paris", (await new TableReminderScheduler(new ReminderStore(tables, TimeProvider.System)).GetSettingsAsync(s_user.Key)).TimeZoneId);
    }

    [Fact]
    public async Task AUserTakenForNewKeepsTheTimeZoneTheyPickedThemselves()
    {
        (CoachTables tables, TableRequestMeter meter) = await MeteredTablesAsync(withReminderUsers: true);
        var scheduler = new TableReminderScheduler(new ReminderStore(tables, TimeProvider.System));
        await scheduler.SetSettingsAsync(s_user.Key, "Asia/Tokyo", Coaching.Reminders.QuietHours.Default);
        UserSeenRecorder seen = Recorder(new ConversationReferenceStore(tables, TimeProvider.System), tables, new RecordingAvailability());
        TableRequestCounts before = meter.Snapshot();

        // No reference row yet (say the user picked a zone in a group chat), so the turn takes them for new.
        await seen.RecordAsync(s_user, "{}", "Europe/Paris", default);

        TableRequestCounts counts = meter.Snapshot();
        Assert.Equal("Asia/Tokyo", (await scheduler.GetSettingsAsync(s_user.Key)).TimeZoneId);
        Assert.Equal(2 + before.Operations.GetValueOrDefault("insert"), counts.Operations.GetValueOrDefault("insert"));   // the reference, and the refused settings insert
        Assert.Equal(before.Operations.GetValueOrDefault("update"), counts.Operations.GetValueOrDefault("update"));
        Assert.Equal(0, counts.UnconditionalWrites);
    }

    [Fact]
    public async Task TheTurnLearnsAtTheFirstWriteWhetherTheReferenceRowWasCreated()
    {
        (CoachTables tables, _) = await MeteredTablesAsync();
        var first = new ConversationReferenceStore(tables, TimeProvider.System);
        var second = new ConversationReferenceStore(tables, TimeProvider.System);

        Assert.True(await CreatedAsync(first, "{\"serviceUrl\":\"https://a/\"}"));
        Assert.False(await CreatedAsync(first, "{\"serviceUrl\":\"https://a/\"}"));     // nothing to write
        Assert.False(await CreatedAsync(first, "{\"serviceUrl\":\"https://b/\"}"));     // a replace of its own row
        Assert.False(await CreatedAsync(second, "{\"serviceUrl\":\"https://c/\"}"));    // another instance: its insert is refused

        await first.DeleteAsync(s_user.Key);
        Assert.True(await CreatedAsync(first, "{\"serviceUrl\":\"https://d/\"}"));      // after "delete my data", new again

        static async Task<bool> CreatedAsync(ConversationReferenceStore store, string payload)
        {
            var created = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            ReferenceRefresh refresh = await store.RefreshFromTurnAsync(s_user, payload, null, created);
            Assert.True(created.Task.IsCompleted);
            Assert.Equal(refresh.Created, await created.Task);
            return refresh.Created;
        }
    }

    [Fact]
    public async Task APauseNotedOnTheReferenceIsResumedByTheNextRefreshOnAnyInstanceAndOnlyOnce()
    {
        (CoachTables tables, _) = await MeteredTablesAsync();
        var availability = new RecordingAvailability();
        var firstStore = new ConversationReferenceStore(tables, TimeProvider.System);
        var secondStore = new ConversationReferenceStore(tables, TimeProvider.System);
        UserSeenRecorder first = Recorder(firstStore, tables, availability);
        UserSeenRecorder second = Recorder(secondStore, tables, availability);
        await first.RecordAsync(s_user, "{\"serviceUrl\":\"https://a/\"}", null, default);

        await secondStore.MarkAwayAsync(s_user.Key);
        await first.RecordAsync(s_user, "{\"serviceUrl\":\"https://b/\"}", null, default);
        await second.RecordAsync(s_user, "{\"serviceUrl\":\"https://c/\"}", null, default);

        Assert.Equal([s_user.Key], availability.Resumed);
        ConversationReferenceEntity? row = await tables.ConversationReferences.FindEntityAsync<ConversationReferenceEntity>(TableKey.Encode(s_user.Key), "reference");
        Assert.False(row!.RemindersPaused);
        Assert.True(row.Active);
    }

    [Fact]
    public async Task APauseForAUserWithNoReferenceIsKeptUntilTheirFirstTurnWithoutLookingLikeAReference()
    {
        (CoachTables tables, _) = await MeteredTablesAsync();
        var availability = new RecordingAvailability();
        var store = new ConversationReferenceStore(tables, TimeProvider.System);

        await store.MarkAwayAsync(s_user.Key);

        Assert.Null(await store.GetAsync(s_user.Key));
        Assert.False(await store.MarkInactiveAsync(s_user.Key));
        await Recorder(store, tables, availability).RecordAsync(s_user, "{}", null, default);
        Assert.Equal([s_user.Key], availability.Resumed);
        Assert.True((await store.GetAsync(s_user.Key))?.Active);
    }

    [Fact]
    public async Task ARefreshFromAProactiveSendKeepsTheAwayMarkForTheUsersNextTurn()
    {
        (CoachTables tables, _) = await MeteredTablesAsync();
        var availability = new RecordingAvailability();
        var store = new ConversationReferenceStore(tables, TimeProvider.System);
        await store.RefreshAsync(s_user, "{\"serviceUrl\":\"https://a/\"}", null);
        await store.MarkAwayAsync(s_user.Key);

        Assert.True(await store.RefreshAsync(s_user, "{\"serviceUrl\":\"https://b/\"}", null));
        Assert.Empty(availability.Resumed);

        await Recorder(store, tables, availability).RecordAsync(s_user, "{\"serviceUrl\":\"https://c/\"}", null, default);
        Assert.Equal([s_user.Key], availability.Resumed);
    }

    [Fact]
    public async Task ATurnsTimeZoneIsAdoptedForRemindersUntilTheUserPicksOne()
    {
        (CoachTables tables, _) = await MeteredTablesAsync();
        await tables.ReminderUsers.CreateIfNotExistsAsync();
        var scheduler = new TableReminderScheduler(new ReminderStore(tables, TimeProvider.System));
        UserSeenRecorder seen = Recorder(new ConversationReferenceStore(tables, TimeProvider.System), tables, new RecordingAvailability());

        await seen.RecordAsync(s_user, "{\"serviceUrl\":\"https://a/\"}", "Europe/Paris", default);
        Assert.Equal("Europe/Paris", (await scheduler.GetSettingsAsync(s_user.Key)).TimeZoneId);

        await scheduler.SetSettingsAsync(s_user.Key, "Asia/Tokyo", Coaching.Reminders.QuietHours.Default);
        await seen.RecordAsync(s_user, "{\"serviceUrl\":\"https://b/\"}", "Europe/Paris", default);
        Assert.Equal("Asia/Tokyo", (await scheduler.GetSettingsAsync(s_user.Key)).TimeZoneId);
    }

    /// <summary>A user's turn as the channel adapters record it, with the reminders' handler (time zones from the real scheduler).</summary>
    private static UserSeenRecorder Recorder(ConversationReferenceStore store, CoachTables tables, IReminderAvailability availability) =>
        new(store, [new ReminderUserSeenHandler(availability, new TableReminderScheduler(new ReminderStore(tables, TimeProvider.System)))]);

    /// <summary>A fresh reference table (created unmetered) and a client that counts every request after that.</summary>
    private async Task<(CoachTables Tables, TableRequestMeter Meter)> MeteredTablesAsync(bool withReminderUsers = false)
    {
        var storage = Options.Create(new StorageOptions { TablePrefix = "r" + Guid.NewGuid().ToString("N")[..8] });
        var unmetered = new CoachTables(azurite.Service, storage);
        await unmetered.ConversationReferences.CreateIfNotExistsAsync();
        if (withReminderUsers)
        {
            await unmetered.ReminderUsers.CreateIfNotExistsAsync();
        }

        var meter = new TableRequestMeter();
        var options = new TableClientOptions();
        options.AddPolicy(meter, HttpPipelinePosition.PerRetry);
        return (new CoachTables(new TableServiceClient(azurite.Azurite.ConnectionString, options), storage), meter);
    }

    private sealed class RecordingAvailability : IReminderAvailability
    {
        public List<string> Resumed { get; } = [];

        public Task PauseUserAsync(string userKey, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task ResumeUserAsync(string userKey, CancellationToken cancellationToken = default)
        {
            lock (Resumed)
            {
                Resumed.Add(userKey);
            }

            return Task.CompletedTask;
        }
    }
}
