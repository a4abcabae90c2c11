using Azure.Data.Tables;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>File offers in Table Storage, on real Azurite: exact content back once, only for its user, never after an hour.</summary>
[Collection(SharedAzurite.Name)]
public sealed class PendingFileUploadsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string User = "msteams/tenant-1/29:offer";
    private readonly TableRequestMeter _meter = new();
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private CoachTables _tables = null!;

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_meter, Azure.Core.HttpPipelinePosition.PerRetry);
        _tables = new CoachTables(azurite.CreateServiceClient(options), Options.Create(new StorageOptions { TablePrefix = "f" + Guid.NewGuid().ToString("N")[..8] }));
        foreach (TableClient table in _tables.All)
        {
            await table.CreateIfNotExistsAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private PendingFileUploads Instance() => new(_tables, _clock);

    // Longer than one string property, with characters outside the BMP across chunk boundaries.
    private static FileReply BigFile() => new(
        "interview-coach-data.json", "application/json", "{\"notes\":\"" + string.Concat(Enumerable.Repeat("Zoë 😀 Café Ñandú ", 9_000)) + "\"}", "Here is everything I keep about you.");

    [Fact]
    public async Task AnOfferMadeOnOneInstanceIsTakenOnAnotherWithTheExactContentAndOnlyOnce()
    {
        FileReply file = BigFile();
        string id = await Instance().AddAsync(User, file);

        FileReply? taken = await Instance().TakeAsync(User, id);

        Assert.Equal(file, taken);
        Assert.Null(await Instance().TakeAsync(User, id));
        Assert.Equal(0, _meter.Snapshot().UnconditionalWrites);
    }

    [Fact]
    public async Task TwoAnswersRacingOnTwoInstancesGetTheFileOnce()
    {
        for (int round = 0; round < 6; round++)
        {
            string id = await Instance().AddAsync(User, BigFile());

            FileReply?[] both = await Task.WhenAll(Instance().TakeAsync(User, id), Instance().TakeAsync(User, id));

            Assert.Single(both, f => f is not null);
        }
    }

    [Fact]
    public async Task AnotherUsersOfferOrAnExpiredOneOrAMadeUpIdFindsNothing()
    {
        string id = await Instance().AddAsync(User, BigFile());
        Assert.Null(await Instance().TakeAsync("msteams/tenant-1/29:someone-else", id));
        Assert.Null(await Instance().TakeAsync(User, "../" + id));
        Assert.Null(await Instance().TakeAsync(User, Guid.NewGuid().ToString("N")));

        _clock.Advance(PendingFileUploads.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(await Instance().TakeAsync(User, id));
        Assert.Empty(await Instance().ExportAsync(User));
    }

    [Fact]
    public async Task ANewOfferSweepsTheUsersExpiredOnesAndForgetRemovesTheRest()
    {
        await Instance().AddAsync(User + "-sweep", BigFile());
        _clock.Advance(TimeSpan.FromHours(2));
        string fresh = await Instance().AddAsync(User + "-sweep", BigFile());

        var exported = Assert.Single(await Instance().ExportAsync(User + "-sweep"));
        Assert.Equal(fresh, exported.Id);
        Assert.Contains("interview-coach-data.json", exported.Json, StringComparison.Ordinal);

        Assert.Equal(1, await Instance().ForgetAsync(User + "-sweep"));
        Assert.Null(await Instance().TakeAsync(User + "-sweep", fresh));
    }

    [Fact]
    public void AFileTooLargeForOneEntityIsNotKept()
    {
        Assert.False(PendingFileUploads.CanKeep(new FileReply("big.json", "application/json", new string('x', FileOfferEntity.MaxContentLength), "big")));
        Assert.True(PendingFileUploads.CanKeep(BigFile()));
    }
}
