using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>Counts the requests a table client actually sends.</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
