using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InterviewCoach.Bot.Tests.Teams;

[Collection(SharedAzurite.Name)]
public sealed class ActivityDeduplicatorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AClaimHoldsAcrossInstancesAndAReleasedClaimCanBeTakenAgain()
    {
        await using TeamsTestHost first = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null);
        await using TeamsTestHost second = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, first.TablePrefix);
        ActivityDeduplicator one = first.Services.GetRequiredService<ActivityDeduplicator>();
        ActivityDeduplicator two = second.Services.GetRequiredService<ActivityDeduplicator>();

        Assert.True(await one.TryClaimAsync("msteams", "a:1", "act-1"));
        Assert.False(await two.TryClaimAsync("msteams", "a:1", "act-1"));
        Assert.False(await one.TryClaimAsync("msteams", "a:1", "act-1"));
        Assert.True(await two.TryClaimAsync("msteams", "a:2", "act-1"));

        await one.ReleaseAsync("msteams", "a:1", "act-1");
        Assert.True(await two.TryClaimAsync("msteams", "a:1", "act-1"));
    }

    [Fact]
    public async Task TheCleanupDeletesIdsOlderThanTheWindowOnly()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null);
        TableClient table = host.Services.GetRequiredService<CoachTables>().ActivityIds;
        await table.AddEntityAsync(new TableEntity("old", "a") { [ActivityDeduplicator.ReceivedAtProperty] = DateTimeOffset.UtcNow.AddDays(-2) });
        await table.AddEntityAsync(new TableEntity("fresh", "a") { [ActivityDeduplicator.ReceivedAtProperty] = DateTimeOffset.UtcNow.AddMinutes(-5) });
        ActivityIdCleanupService cleanup = host.Services.GetServices<IHostedService>().OfType<ActivityIdCleanupService>().Single();

        int deleted = await cleanup.CleanAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("old", "a"));
        Assert.NotNull(await table.GetEntityIfExistsAsync<TableEntity>("fresh", "a"));
    }
}
