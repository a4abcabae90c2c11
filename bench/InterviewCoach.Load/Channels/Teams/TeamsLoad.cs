using System.Diagnostics;
using System.Net;
using InterviewCoach.Load.Load;

namespace InterviewCoach.Load.Channels.Teams;

/// <summary>
/// C simulated Teams users, each walking <see cref="Script"/> in a fresh conversation, again and again until the
/// window closes. A turn: POST the activity, wait for the HTTP answer and the first reply at the connector;
/// latency = send → first reply. The turn's replies must contain the step's expected text.
/// </summary>
public sealed class TeamsLoad(TeamsClient client, FakeBotConnector connector, LoadWindow window, IReadOnlyList<ScriptStep> script, string tenantId = "load-tenant")
{
    private readonly string _runId = Guid.NewGuid().ToString("N")[..8];
    private int _conversations;

    public IReadOnlyList<ScriptStep> Script { get; } = script;

    /// <summary>Receives the transcript of the first conversation (user lines and raw bot activities), when set.</summary>
    public Action<string>? Trace { get; init; }

    public Task RunUsersAsync(int concurrency) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(UserLoopAsync)));

    private async Task UserLoopAsync()
    {
        while (!window.Stopping.IsCancellationRequested)
        {
            int number = Interlocked.Increment(ref _conversations);
            var conversation = new TeamsConversation(_runId, number, tenantId);
            try
            {
                if (await WalkAsync(conversation, number == 1 ? Trace : null).ConfigureAwait(false))
                {
                    window.ConversationCompleted();
                }
            }
            finally
            {
                connector.Forget(conversation.ConversationId);
            }
        }
    }

    /// <summary>True when the conversation reached the script's end.</summary>
    private async Task<bool> WalkAsync(TeamsConversation conversation, Action<string>? trace)
    {
        ConversationLog log = connector.Conversation(conversation.ConversationId);
        foreach (ScriptStep step in Script)
        {
            if (window.Stopping.IsCancellationRequested)
            {
                return false;
            }

            TurnOutcome outcome = await TurnAsync(conversation, log, step, trace).ConfigureAwait(false);
            if (outcome != TurnOutcome.Ok)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<TurnOutcome> TurnAsync(TeamsConversation conversation, ConversationLog log, ScriptStep step, Action<string>? trace)
    {
        int before = log.Count;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(window.HardStop);
        timeout.CancelAfter(window.TurnTimeout);
        long started = Stopwatch.GetTimestamp();
        trace?.Invoke("> " + (step.Text ?? step.ValueJson));
        Task<HttpStatusCode> send = client.SendAsync(conversation, step.Text, step.ValueJson, timeout.Token);
        ReceivedMessage? first = await log.WaitBeyondAsync(before, timeout.Token).ConfigureAwait(false);
        (TurnOutcome? failure, TimeSpan http) = await TurnSend.AwaitAcceptedAsync(send, window, started).ConfigureAwait(false);
        if (failure is { } failed)
        {
            return failed;
        }

        if (first is null)
        {
            window.Record(started, TurnOutcome.Timeout, null, http);
            return TurnOutcome.Timeout;
        }

        TimeSpan reply = Stopwatch.GetElapsedTime(started, first.ArrivedAt);
        IReadOnlyList<ReceivedMessage> replies = log.Since(before);
        if (trace is not null)
        {
            foreach (ReceivedMessage message in replies)
            {
                trace("< " + message.Readable());
            }
        }

        bool matched = replies.Any(m => m.Contains(step.ExpectUtf8));
        TurnOutcome outcome = matched ? TurnOutcome.Ok : TurnOutcome.FlowMismatch;
        if (!matched)
        {
            trace?.Invoke($"!! expected \"{step.Expect}\"");
        }

        window.Record(started, outcome, reply, http);
        return outcome;
    }
}
