using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bench.Reminders;

/// <summary>Counts the table requests sent.</summary>
internal sealed class CountingPolicy : HttpPipelineSynchronousPolicy
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
