using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>Drains <see cref="SlackWorkQueue"/>: one loop per lane, each catching, logging and continuing per item.</summary>
internal sealed partial class SlackWorkerService(
    SlackWorkQueue queue,
    SlackTurnProcessor processor,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    ILogger<SlackWorkerService> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Graceful shutdown: refuse new work and let the lanes finish what was acknowledged, within the host's timeout.
        queue.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IsConfigured)
        {
            _ = await identity.EnsureAsync(stoppingToken).ConfigureAwait(false);
        }
        else
        {
            Log.NotConfigured(logger);
        }

        var lanes = new Task[queue.Lanes];
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = DrainAsync(i, stoppingToken);
        }

        await Task.WhenAll(lanes).ConfigureAwait(false);
    }

    private async Task DrainAsync(int lane, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await foreach (SlackWorkItem item in queue.Reader(lane).ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await processor.ProcessAsync(item, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    Log.Abandoned(logger, item.Kind);
                    return;
                }
#pragma warning disable CA1031 // a hosted loop logs and continues per item; one bad item must not stop the lane
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Log.ItemFailed(logger, item.Kind, ex.GetType().Name, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Slack {Kind} work failed unexpectedly ({ExceptionType}); continuing")]
        public static partial void ItemFailed(ILogger logger, SlackWorkKind kind, string exceptionType, Exception exception);

        [LoggerMessage(2, LogLevel.Warning, "Slack {Kind} work abandoned: the host stopped before it finished")]
        public static partial void Abandoned(ILogger logger, SlackWorkKind kind);

        [LoggerMessage(3, LogLevel.Information, "Slack is not configured (Slack:SigningSecret and Slack:BotToken): every Slack request will be refused")]
        public static partial void NotConfigured(ILogger logger);
    }
}
