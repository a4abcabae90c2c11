using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Drains <see cref="SlackWorkQueue"/>: one loop per lane, each catching, logging and continuing per item. On a
/// graceful shutdown it stops taking new work and finishes what was already acknowledged, until the host's shutdown
/// timeout; only then is the remaining work abandoned (and logged).
/// </summary>
internal sealed partial class SlackWorkerService(
    SlackWorkQueue queue,
    SlackTurnProcessor processor,
    SlackBotIdentity identity,
    IOptions<SlackOptions> options,
    ILogger<SlackWorkerService> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using CancellationTokenRegistration abortOnTimeout = cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _abort);
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutdown timeout reached: the lanes were told to abandon their work.
            }
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Work is cancelled by the shutdown timeout (_abort), not by the stop signal, so acknowledged work can finish.
        CancellationToken abort = _abort.Token;
        if (options.Value.IsConfigured)
        {
            _ = await identity.EnsureAsync(abort).ConfigureAwait(false);
        }
        else
        {
            Log.NotConfigured(logger);
        }

        var lanes = new Task[queue.Lanes];
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = DrainAsync(i, abort);
        }

        await Task.WhenAll(lanes).ConfigureAwait(false);
    }

    private async Task DrainAsync(int lane, CancellationToken abort)
    {
        await Task.Yield();
        try
        {
            await foreach (SlackWorkItem item in queue.Reader(lane).ReadAllAsync(abort).ConfigureAwait(false))
            {
                try
                {
                    await processor.ProcessAsync(item, abort).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (abort.IsCancellationRequested)
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
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Shutdown timeout reached.
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Slack {Kind} work failed unexpectedly ({ExceptionType}); continuing")]
        public static partial void ItemFailed(ILogger logger, SlackWorkKind kind, string exceptionType, Exception exception);

        [LoggerMessage(2, LogLevel.Warning, "Slack {Kind} work abandoned: the host's shutdown timeout passed before it finished")]
        public static partial void Abandoned(ILogger logger, SlackWorkKind kind);

        [LoggerMessage(3, LogLevel.Information, "Slack is not configured (Slack:SigningSecret and Slack:BotToken): every Slack request will be refused")]
        public static partial void NotConfigured(ILogger logger);
    }
}
