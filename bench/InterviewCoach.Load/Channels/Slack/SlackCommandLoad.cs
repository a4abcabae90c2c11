using System.Diagnostics;
using System.Globalization;
using System.Net;
using InterviewCoach.Load.Load;

namespace InterviewCoach.Load.Channels.Slack;

/// <summary>
/// C concurrent senders of signed <c>/coach</c> slash commands, each as its own Slack user; latency = send → the
/// HTTP acknowledgement (Slack gives up after 3 s). An ack that says the bot is busy counts as a flow mismatch.
/// </summary>
public sealed class SlackCommandLoad(SlackClient client, FakeSlackApi slack, LoadWindow window)
{
    private const string Acknowledged = "continue in our direct messages";

    public Task RunUsersAsync(int concurrency) =>
        Task.WhenAll(Enumerable.Range(1, concurrency).Select(n => Task.Run(() => SenderAsync(n))));

    private async Task SenderAsync(int number)
    {
        string user = string.Create(CultureInfo.InvariantCulture, $"UACK{number:D5}");
        var responseUrl = new Uri(slack.BaseUrl, string.Create(CultureInfo.InvariantCulture, $"hooks/commands/{SlackClient.TeamId}/{number}"));
        while (!window.Stopping.IsCancellationRequested)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(window.HardStop);
            timeout.CancelAfter(window.TurnTimeout);
            long started = Stopwatch.GetTimestamp();
            try
            {
                (HttpStatusCode status, string body) = await client.SendCommandAsync(user, "help", responseUrl, timeout.Token).ConfigureAwait(false);
                TimeSpan elapsed = Stopwatch.GetElapsedTime(started);
                TurnOutcome outcome = (int)status is < 200 or > 299 ? TurnOutcome.HttpError
                    : body.Contains(Acknowledged, StringComparison.Ordinal) ? TurnOutcome.Ok
                    : TurnOutcome.FlowMismatch;
                window.Record(started, outcome, elapsed, elapsed);
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
