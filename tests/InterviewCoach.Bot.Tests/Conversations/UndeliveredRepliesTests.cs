using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Conversations;

/// <summary>Replies kept for the next turn, on real Azurite: order, bound, taken once across instances, and no cost when none are kept.</summary>
[Collection(SharedAzurite.Name)]
public sealed class UndeliveredRepliesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string User = "msteams/tenant-1/29:kept";
    private readonly TableRequestMeter _meter = new();
    private CoachTables _tables = null!;

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_meter, Azure.Core.HttpPipelinePosition.PerRetry);
        _tables = new CoachTables(azurite.CreateServiceClient(options), Options.Create(new StorageOptions { TablePrefix = "u" + Guid.NewGuid().ToString("N")[..8] }));
        foreach (TableClient table in _tables.All)
        {
            await table.CreateIfNotExistsAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // One instance of the host: its own memory over the shared tables.
    private UndeliveredReplies Instance() => new(_tables, TimeProvider.System, NullLogger<UndeliveredReplies>.Instance);

    private static IEnumerable<Reply> Texts(string stem, int count) => Enumerable.Range(0, count).Select(i => (Reply)new TextReply($"{stem} {i:D2}"));

    [Fact]
    public async Task KeptRepliesComeBackOnceInOrderMarkedLateAndOnlyTheNewestTwentyAreKept()
    {
        UndeliveredReplies replies = Instance();
        await replies.KeepAsync(User, Texts("first", 15));
        await replies.KeepAsync(User, Texts("second", 10));

        IReadOnlyList<Reply> taken = await replies.TakeAsync(User);

        string[] expected = [.. Enumerable.Range(5, 10).Select(i => $"first {i:D2}"), .. Enumerable.Range(0, 10).Select(i => $"second {i:D2}")];
        Assert.Equal(expected.Select(t => UndeliveredReplies.Prefix + t), taken.Select(r => r.ToPlainText()));
        Assert.All(taken, r => Assert.IsType<TextReply>(r));
        Assert.Empty(await replies.TakeAsync(User));
        Assert.Equal(0, _meter.Snapshot().UnconditionalWrites);
    }

    [Fact]
    public async Task TwoInstancesTakingAtOnceDeliverEachReplyExactlyOnce()
    {
        for (int round = 0; round < 8; round++)
        {
            string user = User + round;
            UndeliveredReplies first = Instance();
            UndeliveredReplies second = Instance();
            await first.KeepAsync(user, Texts("round " + round, 6));
            second.Notice(user);

            IReadOnlyList<Reply>[] both = await Task.WhenAll(first.TakeAsync(user), second.TakeAsync(user));

            string[] delivered = [.. both.SelectMany(r => r).Select(r => r.ToPlainText())];
            Assert.Equal(6, delivered.Length);
            Assert.Equal(6, delivered.Distinct(StringComparer.Ordinal).Count());
            Assert.Contains(both, r => r.Count == 0);
        }

        Assert.Equal(0, _meter.Snapshot().UnconditionalWrites);
    }

    [Fact]
    public async Task ATurnWithNothingKeptCostsNoTableRequest()
    {
        UndeliveredReplies replies = Instance();
        long before = _meter.Snapshot().Requests;

        Assert.Empty(await replies.TakeAsync(User + "-none"));

        Assert.Equal(before, _meter.Snapshot().Requests);
    }

    [Fact]
    public async Task KeepingMarksTheConversationStateSoAnotherInstanceLearnsOfThemFromItsNextStateRead()
    {
        const string Key = User + "-marked";
        var keeperStore = new TableDialogStateStore(_tables);
        string etag = await keeperStore.WriteAsync(Key, "{\"step\":1}", null);
        UndeliveredReplies keeper = Instance();
        UndeliveredReplies other = Instance();

        await keeper.KeepAsync(Key, Texts("late", 2));

        // The mark changed the state's version: a turn holding the old one conflicts, and re-reads.
        var otherStore = new TableDialogStateStore(_tables, other);
        await Assert.ThrowsAsync<DialogStateConflictException>(async () => await otherStore.WriteAsync(Key, "{\"step\":2}", etag));
        StoredDialogState? reread = await otherStore.ReadAsync(Key);
        Assert.Equal("{\"step\":1}", reread?.StateJson);
        Assert.Equal([UndeliveredReplies.Prefix + "late 00", UndeliveredReplies.Prefix + "late 01"], (await other.TakeAsync(Key)).Select(r => r.ToPlainText()));

        // The turn's own write clears the mark: later reads cost nothing extra.
        await otherStore.WriteAsync(Key, "{\"step\":2}", reread!.ETag);
        await otherStore.ReadAsync(Key);
        long before = _meter.Snapshot().Requests;
        Assert.Empty(await other.TakeAsync(Key));
        Assert.Equal(before, _meter.Snapshot().Requests);

        // The keeper remembered the user itself; it finds them already taken.
        Assert.Empty(await keeper.TakeAsync(Key));
        Assert.Equal(0, _meter.Snapshot().UnconditionalWrites);
    }

    [Fact]
    public async Task ExportShowsWhatIsKeptAndForgetRemovesIt()
    {
        const string Key = User + "-privacy";
        UndeliveredReplies replies = Instance();
        await replies.KeepAsync(Key, [new TextReply("Your goal is saved: three conversations by June.")]);

        var exported = Assert.Single(await replies.ExportAsync(Key));
        Assert.Equal(UndeliveredReplies.ExportKind, exported.Kind);
        Assert.Contains("three conversations by June", exported.Json, StringComparison.Ordinal);

        Assert.Equal(1, await replies.ForgetAsync(Key));
        Assert.Empty(await replies.ExportAsync(Key));
        Assert.Empty(await replies.TakeAsync(Key));
    }
}
