using Azure;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Creates the tables at start-up. If storage is down the host still starts (health reports 503) and creation is
/// retried with backoff until it succeeds.
/// </summary>
internal sealed partial class StorageInitializer(CoachTables tables, ILogger<StorageInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (TableClient table in tables.All)
                {
                    await table.CreateIfNotExistsAsync(stoppingToken).ConfigureAwait(false);
                }

                Log.TablesReady(logger, tables.All.Count);
                return;
            }
            catch (RequestFailedException ex)
            {
                Log.TablesNotReady(logger, ex.Status, ex.ErrorCode, delay);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever else goes wrong, keep the host up and try again: health reports 503 meanwhile.
                Log.TablesNotReady(logger, 0, ex.GetType().Name, delay);
            }

            await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_maxDelay.Ticks));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Storage ready: {TableCount} tables exist")]
        public static partial void TablesReady(ILogger logger, int tableCount);

        [LoggerMessage(2, LogLevel.Warning, "Storage is not reachable (status {Status}, code {ErrorCode}); creating tables again in {Delay}")]
        public static partial void TablesNotReady(ILogger logger, int status, string? errorCode, TimeSpan delay);
    }
}
