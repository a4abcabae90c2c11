using System.Text.Json.Serialization;
using InterviewCoach.Coaching.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Diagnostics;

/// <summary>Registers the turn and table request meters and, when enabled, maps <c>GET /api/stats</c>.</summary>
internal static class DiagnosticsExtensions
{
    public static WebApplicationBuilder AddDiagnostics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DiagnosticsOptions>().BindConfiguration(DiagnosticsOptions.SectionName);
        builder.Services.TryAddSingleton<TurnMeter>();
        builder.Services.TryAddSingleton<TableRequestMeter>();
        builder.Services.TryAddSingleton<HostStatsReader>();
        builder.AddTelemetry();
        return builder;
    }

    /// <summary>
    /// The counters in the shape the Bot Framework peer's load driver reads (<c>turns</c>, <c>storage</c>,
    /// <c>tableOps</c>), so one driver reports table requests per turn for both bots, read from the host's meter like
    /// any exporter. Loopback callers only.
    /// </summary>
    public static IEndpointRouteBuilder MapDiagnosticsEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.Stats)
        {
            return app;
        }

        app.MapGet("/api/stats", (HttpContext context, HostStatsReader stats) =>
        {
            if (context.Connection.RemoteIpAddress is { } remote && !System.Net.IPAddress.IsLoopback(remote))
            {
                return Results.NotFound();
            }

            SentenceModelMeter? model = context.RequestServices.GetService<SentenceModelMeter>();
            return Results.Json(stats.Read(model), DiagnosticsJsonContext.Default.HostStats);
        });
        return app;
    }
}

// The model fields (null when the host has no model): its state (loading: exact words only; ready: the model and the
// coach's examples; failed), ms from process start until ready, model runs, texts run, ms spent in runs (summed), and
// texts answered from the cache of recent texts without a run. The process's CPU time and bytes allocated since it
// started let a bench divide them by turns (a load run's own cost per turn, without a profiler attached).
internal sealed record HostStats(
    string Mode,
    long Turns,
    long TurnErrors,
    StorageCounts Storage,
    IReadOnlyDictionary<string, long> TableOps,
    string? ModelState,
    double? ModelReadyAfterMs,
    long? ModelCalls,
    long? ModelTexts,
    double? ModelMs,
    long? ModelCacheHits,
    double ProcessCpuMs,
    long AllocatedBytes);

internal sealed record StorageCounts(long Requests, long ConditionalWrites, long UnconditionalWrites, long Failures);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HostStats))]
internal sealed partial class DiagnosticsJsonContext : JsonSerializerContext;
