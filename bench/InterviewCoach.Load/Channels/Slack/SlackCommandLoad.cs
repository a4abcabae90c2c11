using System.Diagnostics;
using System.Globalization;
using System.Net;
using InterviewCoach.Load.Load;

namespace InterviewCoach.Load.Channels.Slack;

/// <summary>
/// C concurrent Slack users, each typing signed <c>/coach help</c> commands in one of <see cref="Channels"/> public
/// channels (as people do: many users, many channels); the host acknowledges and answers in the user's own DM.
/// Latency = send → the HTTP acknowledgement (Slack gives up after 3 s). By default each user waits for that answer
/// in the DM before the next command (a person reads the reply; the DM is paced at about one message per second
/// anyway), and send → first DM post is recorded as the follow-up latency. With <see cref="WaitForReply"/> false each
/// user sends again as soon as the ack arrives: a flood far beyond what the DMs can carry, which shows the refusals.
/// An ack that says the bot is busy (the whole queue, or this user's own backlog, is full) counts as busy, not as an error.
/// </summary>
public sealed class SlackCommandLoad(SlackClient client, FakeSlackApi slack, LoadWindow window)
{
    public const int Channels = 50;
    private const string Acknowledged = "continue in our direct messages";
    private const string Busy = "I'm busy";
    private const string Backlog = "your earlier requests";

    public bool WaitForReply { get; init; } = true;

    public Task RunUsersAsync(int concurrency) =>
        Task.WhenAll(Enumerable.Range(1, concurrency).Select(n => Task.Run(() => SenderAsync(n))));

    private async Task SenderAsync(int number)
    {
        string user = string.Create(CultureInfo.InvariantCulture, $"UACK{number:D5}");
        string channel = string.Create(CultureInfo.InvariantCulture, $"CLOAD{number % Channels:D3}");
        ConversationLog dm = slack.Channel("D" + user);
        var responseUrl = new Uri(slack.BaseUrl, string.Create(CultureInfo.InvariantCulture, $"hooks/commands/{SlackClient.TeamId}/{number}"));
        while (!window.Stopping.IsCancellationRequested)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(window.HardStop);
            timeout.CancelAfter(window.TurnTimeout);
            int before = dm.Count;
            long started = Stopwatch.GetTimestamp();
            try
            {
                (HttpStatusCode status, string body) = await client.SendCommandAsync(user, channel, "help", responseUrl, timeout.Token).ConfigureAwait(false);
                TimeSpan ack = Stopwatch.GetElapsedTime(started);
                TurnOutcome outcome = (int)status is < 200 or > 299 ? TurnOutcome.HttpError
                    : body.Contains(Acknowledged, StringComparison.Ordinal) ? TurnOutcome.Ok
                    : body.Contains(Busy, StringComparison.Ordinal) || body.Contains(Backlog, StringComparison.Ordinal) ? TurnOutcome.Busy
                    : TurnOutcome.FlowMismatch;
                if (outcome == TurnOutcome.Ok && WaitForReply)
                {
                    ReceivedMessage? reply = await dm.WaitBeyondAsync(before, timeout.Token).ConfigureAwait(false);
                    if (reply is null)
                    {
                        outcome = TurnOutcome.Timeout;
                    }
                    else
                    {
                        window.RecordFollowUp(started, Stopwatch.GetElapsedTime(started, reply.ArrivedAt));
                    }
                }

                window.Record(started, outcome, ack, ack);
                if (outcome == TurnOutcome.Busy && WaitForReply)
                {
                    // A person told to wait does not retry at once.
                    await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(1), window.Stopping)).ConfigureAwait(false);
                }
            }
            catch (HttpRequestException)
            {
                window.Record(started, TurnOutcome.HttpError, null, null);
            }
            catch (OperationCanceledException)
            {
                window.Record(started, TurnOutcome.Timeout, null, null);
            }
        }
    }
}
