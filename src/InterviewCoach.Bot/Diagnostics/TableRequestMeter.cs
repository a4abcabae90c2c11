using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Diagnostics;

/// <summary>
/// Counts every request the Table client sends (retries included) by operation, and whether each write was
/// conditional: an insert (fails if the entity exists) or an If-Match on a real ETag. An upsert or If-Match <c>*</c>
/// is unconditional, a racing turn could overwrite it. Interlocked counters only, so it stays on in production.
/// </summary>
public sealed class TableRequestMeter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _operations = new(StringComparer.Ordinal);
    private long _requests;
    private long _conditionalWrites;
    private long _unconditionalWrites;
    private long _failures;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        try
        {
            ProcessNext(message, pipeline);
        }
        catch
        {
            Interlocked.Increment(ref _failures);
            throw;
        }

        CountFailure(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Increment(ref _failures);
            throw;
        }

        CountFailure(message);
    }

    public TableRequestCounts Snapshot() => new(
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _conditionalWrites),
        Interlocked.Read(ref _unconditionalWrites),
        Interlocked.Read(ref _failures),
        _operations.ToDictionary(pair => pair.Key, pair => Interlocked.Read(ref pair.Value.Value), StringComparer.Ordinal));

    private void Count(HttpMessage message)
    {
        Interlocked.Increment(ref _requests);
        Request request = message.Request;
        string path = request.Uri.Path;
        bool hasIfMatch = request.Headers.TryGetValue("If-Match", out string? ifMatch);
        bool conditional = hasIfMatch && ifMatch != "*";
        string method = request.Method.Method;
        string operation = method switch
        {
            "GET" when path.EndsWith(')') && !path.EndsWith("()", StringComparison.Ordinal) => "get",
            "GET" => "query",
            "POST" when path.EndsWith("$batch", StringComparison.Ordinal) => "batch",
            "POST" when path.EndsWith("Tables", StringComparison.Ordinal) => "createTable",
            "POST" => "insert",
            "PUT" => conditional ? "update" : "upsert",
            "MERGE" => conditional ? "mergeUpdate" : "mergeUpsert",
            "DELETE" => conditional ? "conditionalDelete" : "delete",
            _ => method.ToLowerInvariant(),
        };
        Interlocked.Increment(ref _operations.GetOrAdd(operation, static _ => new StrongBox<long>()).Value);
        switch (operation)
        {
            case "insert" or "update" or "mergeUpdate" or "conditionalDelete":
                Interlocked.Increment(ref _conditionalWrites);
                break;
            case "upsert" or "mergeUpsert" or "delete":
                Interlocked.Increment(ref _unconditionalWrites);
                break;
        }
    }

    private void CountFailure(HttpMessage message)
    {
        if (message.HasResponse && message.Response.Status >= 500)
        {
            Interlocked.Increment(ref _failures);
        }
    }
}

/// <summary>Table requests so far: totals and by operation.</summary>
public sealed record TableRequestCounts(
    long Requests,
    long ConditionalWrites,
    long UnconditionalWrites,
    long Failures,
    IReadOnlyDictionary<string, long> Operations);
