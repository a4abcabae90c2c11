using System.Diagnostics;
using System.Globalization;
using InterviewCoach.Load.Load;

namespace InterviewCoach.Load.Channels.Slack;

/// <summary>
/// C simulated Slack users, each walking <see cref="Script"/> in direct messages (signed <c>message.im</c> event
/// callbacks) as a new user, again and again. The bot acknowledges at once and answers later through
/// <c>chat.postMessage</c>: latency = send → the first post into that DM; the turn ends when a post contains the
/// step's expected text.
/// </summary>
public sealed class SlackDmLoad(SlackClient client, FakeSlackApi slack, LoadWindow window, IReadOnlyList<ScriptStep> script)
{
    private readonly string _runId = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
    private int _users;

    public IReadOnlyList<ScriptStep> Script { get; } = script;

    public Action<string>? Trace { get; init; }

    public Task RunUsersAsync(int concurrency) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(UserLoopAsync)));

    private async Task UserLoopAsync()
    {
        while (!window.Stopping.IsCancellationRequested)
        {
            int number = Interlocked.Increment(ref _users);
            string user = string.Create(CultureInfo.InvariantCulture, $"U{_runId}{number:D5}");
            string channel = "D" + user;
            try
            {
                if (await WalkAsync(user, channel, number == 1 ? Trace : null).ConfigureAwait(false))
                {
                    window.ConversationCompleted();
                }
            }
            finally
            {
                slack.Forget(channel);
            }
        }
    }

    private async Task<bool> WalkAsync(string user, string channel, Action<string>? trace)
    {
        ConversationLog log = slack.Channel(channel);
        foreach (ScriptStep step in Script)
        {
            if (window.Stopping.IsCancellationRequested)
            {
                return false;
            }

            if (await TurnAsync(user, channel, log, step, trace).ConfigureAwait(false) != TurnOutcome.Ok)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<TurnOutcome> TurnAsync(string user, string channel, ConversationLog log, ScriptStep step, Action<string>? trace)
    {
        int before = log.Count;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(window.HardStop);
        timeout.CancelAfter(window.TurnTimeout);
        long started = Stopwatch.GetTimestamp();
        trace?.Invoke("> " + step.Text);
        (TurnOutcome? failure, TimeSpan http) = await TurnSend.AwaitAcceptedAsync(
            client.SendDirectMessageAsync(user, channel, step.Text ?? string.Empty, timeout.Token), window, started).ConfigureAwait(false);
        if (failure is { } failed)
        {
            return failed;
        }

        ReceivedMessage? first = await log.WaitBeyondAsync(before, timeout.Token).ConfigureAwait(false);
        if (first is null)
        {
            window.Record(started, TurnOutcome.Timeout, null, http);
            return TurnOutcome.Timeout;
        }

        bool matched = await log.WaitForMarkerAsync(before, step.ExpectUtf8, timeout.Token).ConfigureAwait(false);
        if (trace is not null)
        {
            foreach (ReceivedMessage message in log.Since(before))
            {
                trace("< " + message.Readable());
            }

            if (!matched)
            {
                trace($"!! expected \"{step.Expect}\"");
            }
        }

        TurnOutcome outcome = matched ? TurnOutcome.Ok : TurnOutcome.FlowMismatch;
        window.Record(started, outcome, Stopwatch.GetElapsedTime(started, first.ArrivedAt), http);
        return outcome;
    }
}
