using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Storage;

[Collection(SharedAzurite.Name)]
public sealed class TableDialogStateStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TableDialogStateStore _store = null!;

    public async Task InitializeAsync()
    {
        var tables = new CoachTables(azurite.Service, Options.Create(new StorageOptions { TablePrefix = "s" + Guid.NewGuid().ToString("N")[..8] }));
        await tables.DialogState.CreateIfNotExistsAsync();
        _store = new TableDialogStateStore(tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AConversationWithNoStateReadsAsNull()
    {
        Assert.Null(await _store.ReadAsync("msteams/t1/29:new"));
    }

    [Fact]
    public async Task WritesAreConditionalOnTheETagThatWasRead()
    {
        const string Key = "msteams/tenant#1/29:user?x";
        string first = await _store.WriteAsync(Key, "{\"v\":1}", expectedETag: null);
        await Assert.ThrowsAsync<DialogStateConflictException>(async () => await _store.WriteAsync(Key, "{\"v\":2}", expectedETag: null));

        string second = await _store.WriteAsync(Key, "{\"v\":2}", first);
        await Assert.ThrowsAsync<DialogStateConflictException>(async () => await _store.WriteAsync(Key, "{\"v\":3}", first));

        StoredDialogState? stored = await _store.ReadAsync(Key);
        Assert.Equal("{\"v\":2}", stored?.StateJson);
        Assert.Equal(second, stored?.ETag);
    }

    [Fact]
    public async Task StateLongerThanOneStringPropertyRoundTrips()
    {
        string json = "\"" + string.Concat(Enumerable.Repeat("é😀abcdefghij", 10_000)) + "\"";

        await _store.WriteAsync("slack/T1/U1", json, null);

        Assert.Equal(json, (await _store.ReadAsync("slack/T1/U1"))?.StateJson);
    }

    [Fact]
    public async Task DeleteRemovesTheState()
    {
        await _store.WriteAsync("slack/T1/U2", "{}", null);

        await _store.DeleteAsync("slack/T1/U2");

        Assert.Null(await _store.ReadAsync("slack/T1/U2"));
    }
}
