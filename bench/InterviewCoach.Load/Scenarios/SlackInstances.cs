using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using InterviewCoach.Load.Channels;
using InterviewCoach.Load.Channels.Slack;
using InterviewCoach.Load.Hosting;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// The Slack half of <c>instances</c>: Slack users walk the goal flow in DMs (signed <c>message.im</c> callbacks, answers
/// unique to each user) and every event is delivered to two or three hosts at once with the same <c>event_id</c>, the
/// copies carrying Slack's retry headers, as a timeout retry landing on another instance would. Counts the posts at
/// the fake Web API against a reference walk (one delivery per event): any extra post means an event was handled twice.
/// </summary>
internal sealed class SlackInstances(IReadOnlyList<HostProcess> hosts, SlackClient client, FakeSlackApi slack, StorageProbe probe)
{
    // Room for the last paced post of a step (about one message per second per DM) to arrive.
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(3);
    private readonly string _run = "S" + Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
    private readonly ConcurrentBag<int> _completed = [];
    private readonly ConcurrentBag<(int User, string Why)> _abandoned = [];
    private int _users;
    private int _deliveries;
    private int _failedDeliveries;

    public static IReadOnlyList<ScriptStep> Script => CoachScripts.Goal;

    public string UserId(int user) => string.Create(CultureInfo.InvariantCulture, $"U{_run}{user:D4}");

    public string UserKey(int user) => "slack|" + SlackClient.TeamId + "|" + UserId(user);

    public async Task RunAsync(ScenarioReport report, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);

        // References: users 0 and 1 (the answers differ by parity) on one host, one delivery per event.
        string?[] referenceWalks = await Task.WhenAll(WalkAsync(0, _ => 1, cancellationToken), WalkAsync(1, _ => 1, cancellationToken)).ConfigureAwait(false);
        if (referenceWalks.Any(w => w is not null))
        {
            report.Check("slack reference walks finished", false, string.Join("; ", referenceWalks), "both");
            return;
        }

        await Task.Delay(s_settle, cancellationToken).ConfigureAwait(false);
        int[] referencePosts = [slack.Channel("D" + UserId(0)).Count, slack.Channel("D" + UserId(1)).Count];
        _users = 1;

        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            stop.CancelAfter(duration);
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => UserLoopAsync(stop.Token), cancellationToken))).ConfigureAwait(false);
        }

        await Task.Delay(s_settle, cancellationToken).ConfigureAwait(false);
        int extra = 0;
        int missing = 0;
        int lost = 0;
        foreach (int user in _completed)
        {
            int posts = slack.Channel("D" + UserId(user)).Count;
            int expected = referencePosts[user % 2];
            extra += Math.Max(0, posts - expected);
            missing += Math.Max(0, expected - posts);
            if (posts != expected)
            {
                Console.WriteLine($"  slack user {user}: {posts} posts, reference {expected}");
            }

            if (GoalScript.Mismatch(user, await probe.ProfileAsync(UserKey(user), cancellationToken).ConfigureAwait(false)) is { } field)
            {
                lost++;
                Console.WriteLine($"  slack lost update: user {user}: {field}");
            }
        }

        foreach ((int user, string why) in _abandoned.Take(3))
        {
            Console.WriteLine($"  slack user {user} abandoned: {why}");
        }

        report.Figure("slack users started", _users - 1);
        report.Figure("slack events sent (each to 2 or 3 hosts)", _completed.Count * Script.Count + _abandoned.Count);
        report.Figure("slack deliveries (copies)", _deliveries);
        report.Figure("slack posts per finished conversation (reference, even/odd user)", $"{referencePosts[0]}/{referencePosts[1]}");
        report.CheckAtLeast("slack conversations finished", _completed.Count, 1);
        report.Check("slack conversations abandoned (a step's reply missing)", _abandoned.Count, 0);
        report.Check("slack deliveries answered other than 200", _failedDeliveries, 0);
        report.Check("slack posts beyond one answer per event", extra, 0);
        report.Check("slack posts missing", missing, 0);
        report.Check("slack finished conversations missing an answer", lost, 0);
    }

    private async Task UserLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            int user = Interlocked.Increment(ref _users);
            // Two copies or three, on hosts that change every turn.
            string? why = await WalkAsync(user, turn => 2 + ((user + turn) % 2), CancellationToken.None).ConfigureAwait(false);
            if (why is null)
            {
                _completed.Add(user);
            }
            else
            {
                _abandoned.Add((user, why));
            }
        }
    }

    /// <summary>Walks the goal flow; null when every step got its expected reply, else what went wrong.</summary>
    private async Task<string?> WalkAsync(int user, Func<int, int> copies, CancellationToken cancellationToken)
    {
        string userId = UserId(user);
        ConversationLog log = slack.Channel("D" + userId);
        for (int turn = 0; turn < Script.Count; turn++)
        {
            int before = log.Count;
            byte[] body = client.DirectMessageEvent(userId, "D" + userId, GoalScript.Utterance(user, turn));
            int count = copies(turn);
            HttpStatusCode[] statuses = await Task.WhenAll(Enumerable.Range(0, count)
                .Select(copy => client.SendEventAsync(hosts[(user + turn + copy) % hosts.Count].BaseUrl, body, copy, cancellationToken))).ConfigureAwait(false);
            Interlocked.Add(ref _deliveries, count);
            Interlocked.Add(ref _failedDeliveries, statuses.Count(s => s != HttpStatusCode.OK));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            if (!await log.WaitForMarkerAsync(before, Script[turn].ExpectUtf8, timeout.Token).ConfigureAwait(false))
            {
                return string.Create(CultureInfo.InvariantCulture, $"turn {turn}: no \"{Script[turn].Expect}\"");
            }
        }

        return null;
    }
}
