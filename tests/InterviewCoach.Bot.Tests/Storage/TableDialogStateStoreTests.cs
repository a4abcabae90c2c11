using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Storage;

[Collection(SharedAzurite.Name)]
public sealed class TableDialogStateStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TableDialogStateStore _store = null!;
    private CoachTables _tables = null!;

    public async Task InitializeAsync()
    {
        var tables = new CoachTables(azurite.Service, Options.Create(new StorageOptions { TablePrefix = "s" + Guid.NewGuid().ToString("N")[..8] }));
        await tables.OldDialogState.CreateIfNotExistsAsync();
        await tables.UserRecords.CreateIfNotExistsAsync();
        _tables = tables;
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

    [Fact]
    public async Task AWriteSendsOnlyTheChunksInUse()
    {
        // Every write is a request Azurite or the service parses: unused chunks sent as nulls were bytes for nothing.
        var bodies = new BodyCapture();
        var options = new TableClientOptions();
        options.AddPolicy(bodies, HttpPipelinePosition.PerCall);
        var tables = new CoachTables(azurite.CreateServiceClient(options), Options.Create(new StorageOptions { TablePrefix = "n" + Guid.NewGuid().ToString("N")[..8] }));
        await tables.UserRecords.CreateIfNotExistsAsync();
        var store = new TableDialogStateStore(tables);
        bodies.Clear();

        string etag = await store.WriteAsync("msteams/t1/29:short", "{\"v\":1}", null);
        await store.WriteAsync("msteams/t1/29:short", "{\"v\":2}", etag);

        Assert.Equal(2, bodies.Sent.Count);
        foreach (string body in bodies.Sent)
        {
            using JsonDocument sent = JsonDocument.Parse(body);
            Assert.Equal(["PartitionKey", "RowKey", "Json"], sent.RootElement.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public async Task AShorterStateReplacesEveryChunkOfALongerOne()
    {
        string longJson = "\"" + new string('x', (JsonDocumentEntity.ChunkLength * 2) + 10) + "\"";
        string etag = await _store.WriteAsync("slack/T1/U3", longJson, null);

        await _store.WriteAsync("slack/T1/U3", "{\"v\":2}", etag);

        Assert.Equal("{\"v\":2}", (await _store.ReadAsync("slack/T1/U3"))?.StateJson);
    }

    private sealed class BodyCapture : HttpPipelineSynchronousPolicy
    {
        private readonly List<string> _sent = [];

        public IReadOnlyList<string> Sent
        {
            get
            {
                lock (_sent)
                {
                    return [.. _sent];
                }
            }
        }

        public void Clear()
        {
            lock (_sent)
            {
                _sent.Clear();
            }
        }

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Content is not { } content)
            {
                return;
            }

            using var buffer = new MemoryStream();
            content.WriteTo(buffer, CancellationToken.None);
            lock (_sent)
            {
                _sent.Add(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
        }
    }
}
