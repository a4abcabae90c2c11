using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Drains <see cref="SlackWorkQueue"/>: one drain per user with work, taking that user's items one at a time, so a
/// user's turns run and their replies are posted in order. Running a turn needs one of <see cref="SlackOptions.Workers"/>
/// slots; posting its replies does not, because that waits on the DM's pacing (about one message per second) and on
/// Slack's retries, and a user being paced must not stop other users' turns. Each item is caught, logged and passed.
/// On a graceful shutdown it stops taking new work and finishes what was already acknowledged, until the host's
/// shutdown timeout; only then is the remaining work abandoned (and logged).
/// </summary>
internal sealed partial class SlackWorkerService : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();
    private readonly ConcurrentDictionary<Task, byte> _drains = new();
    private readonly SemaphoreSlim _slots;
    private readonly SlackWorkQueue _queue;
    private readonly SlackTurnProcessor _processor;
    private readonly SlackBotIdentity _identity;
    private readonly SlackWorkspaces _workspaces;
    private readonly TimeProvider _time;
    private readonly IOptions<SlackOptions> _options;
    private readonly ILogger<SlackWorkerService> _logger;

    public SlackWorkerService(
        SlackWorkQueue queue,
        SlackTurnProcessor processor,
        SlackBotIdentity identity,
        SlackWorkspaces workspaces,
        TimeProvider time,
        IOptions<SlackOptions> options,
        ILogger<SlackWorkerService> logger)
    {
        _queue = queue;
        _processor = processor;
        _identity = identity;
        _workspaces = workspaces;
        _time = time;
        _options = options;
        _logger = logger;
        _slots = new SemaphoreSlim(options.Value.Workers, options.Value.Workers);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Complete();
        using CancellationTokenRegistration abortOnTimeout = cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), _abort);
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutdown timeout reached: the drains were told to abandon their work.
            }
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Work is cancelled by the shutdown timeout (_abort), not by the stop signal, so acknowledged work can finish.
        CancellationToken abort = _abort.Token;
        if (_options.Value.IsConfigured)
        {
            DateTimeOffset checkedAt = _time.GetUtcNow();
            if (await _identity.EnsureAsync(abort).ConfigureAwait(false) is { TeamId.Length: > 0 } me)
            {
                await ReactivateAsync(me.TeamId, checkedAt, abort).ConfigureAwait(false);
            }
        }
        else
        {
            Log.NotConfigured(_logger);
        }

        try
        {
            await foreach (string user in _queue.ReadyUsers.ReadAllAsync(abort).ConfigureAwait(false))
            {
                Task drain = DrainAsync(user, abort);
                _drains.TryAdd(drain, 0);
                _ = drain.ContinueWith(
                    static (done, state) => ((ConcurrentDictionary<Task, byte>)state!).TryRemove(done, out _),
                    _drains,
                    CancellationToken.None,
                    TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Shutdown timeout reached.
        }

        // The queue was completed: let every user's drain finish what it has.
        await Task.WhenAll(_drains.Keys).ConfigureAwait(false);
    }

    /// <summary>The token works: a workspace marked gone before this start-up (reinstalled since) is reachable again.</summary>
    private async Task ReactivateAsync(string team, DateTimeOffset checkedAt, CancellationToken abort)
    {
        try
        {
            await _workspaces.ReactivateAsync(team, checkedAt, abort).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex)
        {
            Log.ReactivationFailed(_logger, ex.Status);
        }
    }

    private async Task DrainAsync(string user, CancellationToken abort)
    {
        await Task.Yield();
        while (true)
        {
            // The item stays in the queue (and counts against its capacity) until a worker is free to run it.
            try
            {
                await _slots.WaitAsync(abort).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                return;
            }

            SlackDelivery? delivery;
            SlackWorkItem? item = null;
            try
            {
                if (!_queue.TryTake(user, out item))
                {
                    return;
                }

                delivery = await _processor.RunAsync(item, abort).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // a hosted loop logs and continues per item; one bad item must not stop the user's later work
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (Stopped(ex, item, abort))
                {
                    return;
                }

                continue;
            }
            finally
            {
                _slots.Release();
            }

            if (delivery is not null)
            {
                try
                {
                    await _processor.DeliverAsync(delivery, abort).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // as above
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    if (Stopped(ex, item, abort))
                    {
                        return;
                    }
                }
            }
        }
    }

    /// <summary>Logs a failed item; true when it failed because the shutdown timeout passed (the drain stops).</summary>
    private bool Stopped(Exception exception, SlackWorkItem? item, CancellationToken abort)
    {
        SlackWorkKind kind = item?.Kind ?? SlackWorkKind.Turn;
        if (exception is OperationCanceledException && abort.IsCancellationRequested)
        {
            Log.Abandoned(_logger, kind);
            return true;
        }

        Log.ItemFailed(_logger, kind, exception.GetType().Name, exception);
        return false;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Slack {Kind} work failed unexpectedly ({ExceptionType}); continuing")]
        public static partial void ItemFailed(ILogger logger, SlackWorkKind kind, string exceptionType, Exception exception);

        [LoggerMessage(2, LogLevel.Warning, "Slack {Kind} work abandoned: the host's shutdown timeout passed before it finished")]
        public static partial void Abandoned(ILogger logger, SlackWorkKind kind);

        [LoggerMessage(3, LogLevel.Information, "Slack is not configured (Slack:SigningSecret and Slack:BotToken): every Slack request will be refused")]
        public static partial void NotConfigured(ILogger logger);

        [LoggerMessage(4, LogLevel.Warning, "Slack workspace status not checked at start-up (storage status {Status})")]
        public static partial void ReactivationFailed(ILogger logger, int status);
    }
}
