using Azure.Data.Tables;
using Azure.Core;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Diagnostics;
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
}
