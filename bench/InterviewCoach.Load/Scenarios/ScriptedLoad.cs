using System.Collections.Concurrent;
using System.Diagnostics;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// One turn a user sent and its outcome, with when it was answered (UTC) and where in the script it was.
/// <paramref name="AsExpected"/>: a normal reply that is the one the reference walk got for this turn.
/// </summary>
internal sealed record TurnRecord(int User, int Turn, DateTimeOffset AnsweredAt, ChaosTurn Outcome, bool AsExpected)
{
    /// <summary>The user was told this turn's answer was kept.</summary>
    public bool Acknowledged => Outcome.Acknowledged && AsExpected;
}

/// <summary>
/// C workers, each walking fresh users through <see cref="GoalScript"/> until told to stop. An apology or a failed
/// request is retried after a pause (a user sending again); a normal reply that is not the one the reference walk got
/// means the conversation is not where the user left it, and that user stops (counted as diverged).
/// </summary>
internal sealed class ScriptedLoad(TeamsTurns turns, string run, Func<int, int, Uri> hostFor, IReadOnlyList<string> reference)
{
    private readonly ConcurrentQueue<TurnRecord> _records = new();
    private readonly ConcurrentDictionary<int, string> _diverged = new();
    private int _nextUser;

    /// <summary>Called when a request got no answer at all; returns when it is worth trying again (the scenario knows).</summary>
    public Func<int, int, CancellationToken, Task<int>>? OnNoAnswer { get; init; }

    public TimeSpan RetryPause { get; init; } = TimeSpan.FromMilliseconds(250);

    public IReadOnlyCollection<TurnRecord> Records => _records;

    public IReadOnlyDictionary<int, string> Diverged => _diverged;

    /// <summary>Users that finished the whole script.</summary>
    public ConcurrentBag<int> Completed { get; } = [];

    public int UsersStarted => Volatile.Read(ref _nextUser);

    public Task RunAsync(int concurrency, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkerAsync(stop), CancellationToken.None)));

    /// <summary>The reply text a turn should get, with the user's own answers taken out so all users compare alike.</summary>
    public static string Normalise(string reply, int user) =>
        reply.Replace(GoalScript.Name(user), "{name}", StringComparison.Ordinal).Replace(GoalScript.Field(user), "{field}", StringComparison.OrdinalIgnoreCase);

    private async Task WorkerAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            int user = Interlocked.Increment(ref _nextUser);
            int turn = 0;
            while (turn < GoalScript.Turns && !stop.IsCancellationRequested)
            {
                ChaosTurn outcome;
                try
                {
                    outcome = await turns.SendAsync(hostFor(user, turn), run, user, GoalScript.Utterance(user, turn), stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                bool expected = outcome.Acknowledged && string.Equals(Normalise(outcome.LastText, user), reference[turn], StringComparison.Ordinal);
                _records.Enqueue(new TurnRecord(user, turn, DateTimeOffset.UtcNow, outcome, expected));
                if (outcome.Acknowledged)
                {
                    if (!expected)
                    {
                        _diverged[user] = $"turn {turn}: got \"{Shorten(outcome.LastText)}\"";
                        break;
                    }

                    turn++;
                    if (turn == GoalScript.Turns)
                    {
                        Completed.Add(user);
                    }

                    continue;
                }

                try
                {
                    if (outcome.Status == 0 && OnNoAnswer is not null)
                    {
                        turn = await OnNoAnswer(user, turn, stop).ConfigureAwait(false);
                    }
                    else
                    {
                        await Task.Delay(RetryPause, stop).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";

    /// <summary>Walks one user through the script on a quiet host; returns the normalised last reply of each turn.</summary>
    public static async Task<IReadOnlyList<string>> ReferenceAsync(TeamsTurns turns, Uri host, string run, int user, StorageProbe probe, List<string> positions, CancellationToken cancellationToken)
    {
        var replies = new List<string>();
        for (int turn = 0; turn < GoalScript.Turns; turn++)
        {
            ChaosTurn outcome = await turns.SendAsync(host, run, user, GoalScript.Utterance(user, turn), cancellationToken).ConfigureAwait(false);
            if (!outcome.Acknowledged)
            {
                throw new InvalidOperationException($"The reference walk failed at turn {turn} with status {outcome.Status}.");
            }

            replies.Add(Normalise(outcome.LastText, user));
            positions.Add(StorageProbe.Position(await probe.DialogStateAsync(TeamsTurns.UserKey(run, user), cancellationToken).ConfigureAwait(false)));
        }

        return replies;
    }

    public static long Elapsed(long start) => (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}
