using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Azure.Core's retry policy throws an <see cref="AggregateException"/> once every attempt failed without an answer
/// (connection refused, a network timeout); every caller handles an outage as <see cref="RequestFailedException"/>
/// (the turn's apology, a logged and skipped background step), so this turns it into one with status 0.
/// </summary>
/// <remarks>Added per call, so it wraps the retry policy and sees only what is left after the retries.</remarks>
internal sealed class StorageUnreachablePolicy : HttpPipelinePolicy
{
    public const string ErrorCode = "ServiceUnreachable";

    public static StorageUnreachablePolicy Instance { get; } = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (AggregateException ex) when (IsUnreachable(ex))
        {
            throw Unreachable(ex);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (AggregateException ex) when (IsUnreachable(ex))
        {
            throw Unreachable(ex);
        }
    }

    private static bool IsUnreachable(AggregateException ex) =>
        ex.InnerExceptions.Count > 0 && ex.InnerExceptions.All(e => e is RequestFailedException or HttpRequestException or IOException or OperationCanceledException);

    private static RequestFailedException Unreachable(AggregateException ex) =>
        new(0, $"The Table service could not be reached after {ex.InnerExceptions.Count} attempt(s): {ex.InnerExceptions[^1].Message}", ErrorCode, ex);
}
