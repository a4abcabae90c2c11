using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Diagnostics;

/// <summary>
/// Counts every request the Table client sends (retries included) by operation, and whether each write was
/// conditional: an insert (fails if the entity exists) or an If-Match on a real ETag. An upsert or If-Match <c>*</c>
/// is unconditional, a racing turn could overwrite it. Interlocked counters only, so it stays on in production.
/// The counts are published as the <see cref="CoachTelemetry.TableRequests"/> counter (tags <c>operation</c> and
/// <c>condition</c>) and <see cref="CoachTelemetry.TableFailures"/>, which <c>/api/stats</c> reads too; while a trace
/// exporter listens each request is also a span (operation, table name and status: never keys or values).
/// </summary>
internal sealed class TableRequestMeter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _operations = new(StringComparer.Ordinal);
    private long _requests;
    private long _conditionalWrites;
    private long _unconditionalWrites;
    private long _failures;

    /// <summary>Counts only, with no instruments (a store built outside a host).</summary>
    public TableRequestMeter()
    {
    }

    public TableRequestMeter(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter meter = meters.Create(CoachTelemetry.MeterOptions);
        meter.CreateObservableCounter(
            CoachTelemetry.TableRequests,
            ObserveOperations,
            unit: "{request}",
            description: "Table Storage requests sent, retries included, by operation and by whether a write was conditional.");
        meter.CreateObservableCounter(
            CoachTelemetry.TableFailures,
            () => Interlocked.Read(ref _failures),
            unit: "{request}",
            description: "Table Storage requests that failed to get an answer or were answered 5xx.");
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        using Activity? span = Count(message);
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failures);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }

        CountFailure(message, span);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        using Activity? span = Count(message);
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failures);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }

        CountFailure(message, span);
    }

    public TableRequestCounts Snapshot() => new(
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _conditionalWrites),
        Interlocked.Read(ref _unconditionalWrites),
        Interlocked.Read(ref _failures),
        _operations.ToDictionary(pair => pair.Key, pair => Interlocked.Read(ref pair.Value.Value), StringComparer.Ordinal));

    /// <summary>The write condition an operation name stands for: the <c>condition</c> tag.</summary>
    internal static string Condition(string operation) => operation switch
    {
        "insert" or "update" or "mergeUpdate" or "conditionalDelete" => "conditional",
        "upsert" or "mergeUpsert" or "delete" => "unconditional",
        _ => "none",
    };

    private IEnumerable<Measurement<long>> ObserveOperations()
    {
        foreach (KeyValuePair<string, StrongBox<long>> pair in _operations)
        {
            yield return new Measurement<long>(
                Interlocked.Read(ref pair.Value.Value),
                new KeyValuePair<string, object?>("operation", pair.Key),
                new KeyValuePair<string, object?>("condition", Condition(pair.Key)));
        }
    }

    private Activity? Count(HttpMessage message)
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
        string condition = Condition(operation);
        switch (condition)
        {
            case "conditional":
                Interlocked.Increment(ref _conditionalWrites);
                break;
            case "unconditional":
                Interlocked.Increment(ref _unconditionalWrites);
                break;
        }

        // Checked first so the span's name is not built while nothing listens.
        Activity? span = CoachTelemetry.Source.HasListeners() ? CoachTelemetry.Source.StartActivity("table " + operation, ActivityKind.Client) : null;
        if (span is not null)
        {
            // The table name only: the rest of the path holds partition and row keys, which carry user ids.
            span.SetTag("db.system.name", "azure.tables");
            span.SetTag("db.operation.name", operation);
            span.SetTag("db.collection.name", TableName(path));
            span.SetTag("coach.table.condition", condition);
        }

        return span;
    }

    private void CountFailure(HttpMessage message, Activity? span)
    {
        if (!message.HasResponse)
        {
            return;
        }

        int status = message.Response.Status;
        if (status >= 500)
        {
            Interlocked.Increment(ref _failures);
        }

        if (span is not null)
        {
            span.SetTag("http.response.status_code", status);
            if (status >= 400)
            {
                // 404 and 409/412 are answers the stores act on (not found, lost a race), so only 5xx is an error.
                span.SetStatus(status >= 500 ? ActivityStatusCode.Error : ActivityStatusCode.Unset);
            }
        }
    }

    /// <summary>
    /// <c>/[account/]Table(PartitionKey='…',RowKey='…')</c> → <c>Table</c>; <c>/$batch</c> → <c>$batch</c> (path-style
    /// endpoints such as Azurite put the account first; keys never contain '/').
    /// </summary>
    internal static string TableName(string path)
    {
        ReadOnlySpan<char> name = path.AsSpan();
        int open = name.IndexOf('(');
        if (open >= 0)
        {
            name = name[..open];
        }

        return name[(name.LastIndexOf('/') + 1)..].ToString();
    }
}

/// <summary>Table requests so far: totals and by operation.</summary>
internal sealed record TableRequestCounts(
    long Requests,
    long ConditionalWrites,
    long UnconditionalWrites,
    long Failures,
    IReadOnlyDictionary<string, long> Operations);
