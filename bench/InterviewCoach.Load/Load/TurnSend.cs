using System.Diagnostics;
using System.Net;

namespace InterviewCoach.Load.Load;

/// <summary>The part of a turn every channel shares: waiting for the channel's POST to be accepted.</summary>
public static class TurnSend
{
    /// <summary>
    /// Awaits the POST that carries a turn. A transport failure, a timeout or a non-2xx answer is recorded in the
    /// window and returned; otherwise the failure is null and the HTTP latency is returned.
    /// </summary>
    public static async Task<(TurnOutcome? Failure, TimeSpan Http)> AwaitAcceptedAsync(Task<HttpStatusCode> send, LoadWindow window, long started)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(window);
        HttpStatusCode status;
        try
        {
            status = await send.ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            window.Record(started, TurnOutcome.HttpError, null, null);
            return (TurnOutcome.HttpError, default);
        }
        catch (OperationCanceledException)
        {
            window.Record(started, TurnOutcome.Timeout, null, null);
            return (TurnOutcome.Timeout, default);
        }

        TimeSpan http = Stopwatch.GetElapsedTime(started);
        if ((int)status is < 200 or > 299)
        {
            window.Record(started, TurnOutcome.HttpError, null, http);
            return (TurnOutcome.HttpError, http);
        }

        return (null, http);
    }
}
