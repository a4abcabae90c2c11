using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Creates the tables at start-up, then tells <see cref="StorageReadiness"/>. If storage is down the host still starts
/// (health reports 503) and creation is retried with backoff until it succeeds. A table that already exists is the
/// normal case after the first start: <see cref="TableClient.CreateIfNotExistsAsync"/> takes its 409 quietly.
/// </summary>
internal sealed partial class StorageInitializer(CoachTables tables, StorageReadiness readiness, ILogger<StorageInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        TimeSpan delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int created = 0;
                foreach (TableClient table in tables.All)
                {
                    created += Existed(await table.CreateIfNotExistsAsync(stoppingToken).ConfigureAwait(false)) ? 0 : 1;
                }

                readiness.MarkReady();
                Log.TablesReady(logger, tables.All.Count, created);
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

    /// <summary>The package answers an existing table with its 409 response rather than an exception.</summary>
    internal static bool Existed(Response<Azure.Data.Tables.Models.TableItem>? response) =>
        response is null || response.GetRawResponse().Status == 409;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Storage ready: {TableCount} tables exist ({Created} created now)")]
        public static partial void TablesReady(ILogger logger, int tableCount, int created);

        [LoggerMessage(2, LogLevel.Warning, "Storage is not reachable (status {Status}, code {ErrorCode}); creating tables again in {Delay}")]
        public static partial void TablesNotReady(ILogger logger, int status, string? errorCode, TimeSpan delay);
    }
}
