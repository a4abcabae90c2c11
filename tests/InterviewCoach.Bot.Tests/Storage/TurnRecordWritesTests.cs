using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Core;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Storage;

/// <summary>A turn's record saves held back and sent with its dialog state, against a real Azurite.</summary>
[Collection(SharedAzurite.Name)]
public sealed class TurnRecordWritesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string User = "msteams|tenant/1|29:alice";
    private static readonly JsonTypeInfo<string> s_text = (JsonTypeInfo<string>)JsonSerializerOptions.Default.GetTypeInfo(typeof(string));
    private readonly RequestCounter _requests = new();
    private CoachTables _tables = null!;
    private TableDialogStateStore _states = null!;
    private TableUserRecordStore _records = null!;

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_requests, HttpPipelinePosition.PerRetry);
        _tables = new CoachTables(azurite.CreateServiceClient(options), Options.Create(new StorageOptions { TablePrefix = "w" + Guid.NewGuid().ToString("N")[..8] }));
        await _tables.UserRecords.CreateIfNotExistsAsync();
        await _tables.OldDialogState.CreateIfNotExistsAsync();
        _states = new TableDialogStateStore(_tables);
        _records = new TableUserRecordStore(_tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARecordSavedInATurnIsSentWithTheStateInOneRequest()
    {
        _states.BeginTurnAttempt(User);
        int before = _requests.Count;

        await _records.SaveAsync(User, UserRecordKinds.Profile, "me", "goal: nursing", s_text, expectedETag: null);
        StoredRecord<string>? seenInTurn = await _records.GetAsync(User, UserRecordKinds.Profile, "me", s_text);
        int beforeStateWrite = _requests.Count;
        bool pending = _states.HasPendingWrites(User);
        await _states.WriteAsync(User, "{\"v\":1}", expectedETag: null);

        Assert.Equal("goal: nursing", seenInTurn?.Value);
        Assert.True(pending);
        Assert.Equal(before, beforeStateWrite);          // nothing sent until the state goes
        Assert.Equal(before + 1, _requests.Count);       // one transaction for both
        Assert.False(_states.HasPendingWrites(User));
        var fresh = new TableUserRecordStore(_tables);
        Assert.Equal("goal: nursing", (await ReadOutsideTheTurnAsync(() => fresh.GetAsync(User, UserRecordKinds.Profile, "me", s_text)))?.Value);
        Assert.Equal("{\"v\":1}", (await _states.ReadAsync(User))?.StateJson);
    }

    [Fact]
    public async Task ARecordChangedBeforeTheTurnEndedLosesTheWholeWriteSoTheTurnRunsAgain()
    {
        string first = await _records.SaveAsync(User, UserRecordKinds.Contact, "c1", "v1", s_text, null);
        string stateTag = await _states.WriteAsync(User, "{\"v\":1}", null);
        _states.BeginTurnAttempt(User);
        StoredRecord<string>? read = await _records.GetAsync(User, UserRecordKinds.Contact, "c1", s_text);
        await ReadOutsideTheTurnAsync(() => new TableUserRecordStore(_tables).SaveAsync(User, UserRecordKinds.Contact, "c1", "changed elsewhere", s_text, first).AsTask());
        await _records.SaveAsync(User, UserRecordKinds.Contact, "c1", read!.Value + " and this turn", s_text, read.ETag);

        await Assert.ThrowsAsync<DialogStateConflictException>(async () => await _states.WriteAsync(User, "{\"v\":2}", stateTag));

        StoredDialogState? state = await _states.ReadAsync(User);
        Assert.Equal("{\"v\":1}", state?.StateJson);     // the state did not move on without the record
        Assert.Equal("changed elsewhere", (await _records.GetAsync(User, UserRecordKinds.Contact, "c1", s_text))?.Value);
        Assert.False(_states.HasPendingWrites(User));
    }

    [Fact]
    public async Task ATurnSeesItsOwnSavesAndTheirTagsFollowTheStoreRules()
    {
        await _records.SaveAsync(User, UserRecordKinds.Contact, "a", "stored a", s_text, null);
        await _records.SaveAsync(User, UserRecordKinds.Contact, "c", "stored c", s_text, null);
        _states.BeginTurnAttempt(User);

        string tag = await _records.SaveAsync(User, UserRecordKinds.Contact, "b", "held b", s_text, null);
        await Assert.ThrowsAsync<UserRecordConflictException>(async () => await _records.SaveAsync(User, UserRecordKinds.Contact, "b", "again", s_text, null));
        string next = await _records.SaveAsync(User, UserRecordKinds.Contact, "b", "held b, edited", s_text, tag);
        await Assert.ThrowsAsync<UserRecordConflictException>(async () => await _records.SaveAsync(User, UserRecordKinds.Contact, "b", "stale", s_text, tag));
        StoredRecord<string> c = (await _records.GetAsync(User, UserRecordKinds.Contact, "c", s_text))!;
        await _records.SaveAsync(User, UserRecordKinds.Contact, "c", "held c", s_text, c.ETag);
        IReadOnlyList<StoredRecord<string>> listed = await _records.ListAsync(User, UserRecordKinds.Contact, s_text);
        await _states.WriteAsync(User, "{}", null);

        Assert.NotEqual(tag, next);
        Assert.Equal(["a: stored a", "b: held b, edited", "c: held c"], listed.Select(r => $"{r.Id}: {r.Value}"));
        IReadOnlyList<StoredRecord<string>> stored = await _records.ListAsync(User, UserRecordKinds.Contact, s_text);
        Assert.Equal(["a: stored a", "b: held b, edited", "c: held c"], stored.Select(r => $"{r.Id}: {r.Value}"));
    }

    [Fact]
    public async Task ATurnThatChangesOnlyARecordStillWritesItsStateWithIt()
    {
        string stateTag = await _states.WriteAsync(User, "{\"v\":1}", null);
        _states.BeginTurnAttempt(User);
        await _records.SaveAsync(User, UserRecordKinds.Debrief, "d1", "notes", s_text, null);

        // What the runner does when the state is unchanged but records wait: the same state, on the ETag read.
        string after = await _states.WriteAsync(User, "{\"v\":1}", stateTag);

        Assert.NotEqual(stateTag, after);
        Assert.Equal("notes", (await _records.GetAsync(User, UserRecordKinds.Debrief, "d1", s_text))?.Value);
    }

    [Fact]
    public async Task ExportAndErasureOfRecordsLeaveTheStateRowToItsOwnStore()
    {
        await _states.WriteAsync(User, "{\"v\":1}", null);
        await _records.SaveAsync(User, UserRecordKinds.Contact, "c1", "v1", s_text, null);
        await _records.SaveAsync(User, UserRecordKinds.Debrief, "d1", "v1", s_text, null);

        IReadOnlyList<ExportedRecord> exported = await _records.ExportAllAsync(User);
        int erased = await _records.DeleteAllAsync(User);
        StoredDialogState? stateAfterErasure = await _states.ReadAsync(User);
        await _states.DeleteAsync(User);

        Assert.Equal(["contact/c1", "debrief/d1"], exported.Select(r => $"{r.Kind}/{r.Id}").Order(StringComparer.Ordinal));
        Assert.Equal(2, erased);
        Assert.Equal("{\"v\":1}", stateAfterErasure?.StateJson);
        Assert.Null(await _states.ReadAsync(User));
        Assert.Empty(await _records.ExportAllAsync(User));
    }

    [Fact]
    public async Task StateKeptInTheOldTableIsReadThenWrittenBesideTheRecords()
    {
        string partition = TableKey.Encode(User);
        await _tables.OldDialogState.AddEntityAsync(JsonDocumentEntity.Split(partition, TableDialogStateStore.RowKey, "{\"old\":true}").ToWrite());

        StoredDialogState? old = await _states.ReadAsync(User);
        string written = await _states.WriteAsync(User, "{\"old\":false}", old!.ETag);
        StoredDialogState? now = await _states.ReadAsync(User);
        JsonDocumentEntity? moved = await _tables.UserRecords.FindEntityAsync<JsonDocumentEntity>(partition, TableDialogStateStore.RowKey);
        await _states.DeleteAsync(User);

        Assert.Equal("{\"old\":true}", old.StateJson);
        Assert.Equal("{\"old\":false}", now?.StateJson);
        Assert.Equal(written, now?.ETag);
        Assert.Equal("{\"old\":false}", moved?.Join());
        Assert.Null(await _states.ReadAsync(User));      // erasure removes both copies
        Assert.Null(await _tables.OldDialogState.FindEntityAsync<JsonDocumentEntity>(partition, TableDialogStateStore.RowKey));
    }

    /// <summary>Runs <paramref name="read"/> in a flow where the test's turn is not current (another instance, say).</summary>
    private static Task<T> ReadOutsideTheTurnAsync<T>(Func<Task<T>> read)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(read);
        }
    }

    private static Task<T> ReadOutsideTheTurnAsync<T>(Func<ValueTask<T>> read) => ReadOutsideTheTurnAsync(() => read().AsTask());
}
