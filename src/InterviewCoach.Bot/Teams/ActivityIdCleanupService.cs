using Azure;
using InterviewCoach.Bot.Storage;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Teams;

/// <summary>Hourly, deletes de-duplication entities older than the window. Any instance may run it; deletes are idempotent.</summary>
internal sealed partial class ActivityIdCleanupService(CoachTables tables, TimeProvider time, IOptions<TeamsOptions> options, ILogger<ActivityIdCleanupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                int deleted = await CleanAsync(stoppingToken).ConfigureAwait(false);
                Log.Cleaned(logger, deleted);
            }
            catch (RequestFailedException ex)
            {
                Log.CleanFailed(logger, ex.Status);
            }
        }
    }

    internal async Task<int> CleanAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset cutoff = time.GetUtcNow() - options.Value.DeduplicationWindow;
        string filter = TableClient.CreateQueryFilter($"ReceivedAt lt {cutoff}");
        int deleted = 0;
        await foreach (TableEntity entity in tables.ActivityIds.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await tables.ActivityIds.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Another instance cleaned it first.
            }
        }

        return deleted;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Deleted {Count} expired activity ids")]
        public static partial void Cleaned(ILogger logger, int count);

        [LoggerMessage(2, LogLevel.Warning, "Cleaning expired activity ids failed (status {Status}); next try in an hour")]
        public static partial void CleanFailed(ILogger logger, int status);
    }
}
