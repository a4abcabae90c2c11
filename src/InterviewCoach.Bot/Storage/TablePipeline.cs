using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Storage;

/// <summary>Sends through the pipeline so that every failure to reach the service surfaces as one exception type.</summary>
internal static class TablePipeline
{
    /// <summary>
    /// Azure.Core's retry policy throws an <see cref="AggregateException"/> once every attempt failed at the transport
    /// (connection refused, say); callers handle outages as <see cref="RequestFailedException"/>, so it is unwrapped here.
    /// </summary>
    public static async ValueTask SendAsync(HttpPipeline pipeline, HttpMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException or HttpRequestException or IOException or TaskCanceledException))
        {
            throw new RequestFailedException(0, "The Table service could not be reached: " + ex.InnerExceptions[^1].Message, "ServiceUnreachable", ex);
        }
    }
}
