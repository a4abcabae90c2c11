using Azure.Monitor.OpenTelemetry.Exporter;
using InterviewCoach.Coaching.Understanding;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InterviewCoach.Bot.Diagnostics;

/// <summary>
/// OpenTelemetry traces and metrics, exported with OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Azure
/// Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (both may be). With neither, the SDK is not
/// registered at all: no listener exists, so spans are never created and instruments are never enabled.
/// </summary>
internal static class TelemetryExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The service name resources carry unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "interview-coach";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        string? otlp = builder.Configuration[OtlpEndpointKey];
        string? azureMonitor = builder.Configuration[AzureMonitorKey];
        bool useOtlp = !string.IsNullOrWhiteSpace(otlp);
        bool useAzureMonitor = !string.IsNullOrWhiteSpace(azureMonitor);
        if (!useOtlp && !useAzureMonitor)
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddCoachInstrumentation();
                if (useOtlp)
                {
                    // The exporter reads the endpoint (and OTEL_EXPORTER_OTLP_PROTOCOL, _HEADERS) itself.
                    tracing.AddOtlpExporter();
                }

                if (useAzureMonitor)
                {
                    tracing.AddAzureMonitorTraceExporter(options => options.ConnectionString = azureMonitor);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddCoachInstrumentation();
                if (useOtlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (useAzureMonitor)
                {
                    metrics.AddAzureMonitorMetricExporter(options => options.ConnectionString = azureMonitor);
                }
            });
        return builder;
    }

    /// <summary>
    /// The bot's spans: the inbound request (its route, never a path with ids in it), each channel's turn, the
    /// engine, every Table Storage request, and the Bot Connector and Slack calls (host, method and status: the URLs
    /// name conversations and tenants, so the raw HttpClient spans are not collected).
    /// </summary>
    public static TracerProviderBuilder AddCoachInstrumentation(this TracerProviderBuilder tracing)
    {
        ArgumentNullException.ThrowIfNull(tracing);
        return tracing
            .AddSource(CoachTelemetry.Name, UnderstandingTelemetry.Name)
            .AddAspNetCoreInstrumentation(options =>
            {
                options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal);
                options.EnrichWithHttpResponse = (activity, response) =>
                {
                    // The dev chat's routes carry a conversation id: report the template, as http.route does.
                    if (response.HttpContext.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } route })
                    {
                        activity.SetTag("url.path", route);
                    }
                };
            });
    }

    /// <summary>
    /// The bot's instruments (turns, turn duration, table requests, reminders, Slack queue depth, model inference
    /// time), ASP.NET Core's request duration, HttpClient's (host and status only) and the resilience pipelines' events.
    /// </summary>
    public static MeterProviderBuilder AddCoachInstrumentation(this MeterProviderBuilder metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics
            .AddMeter(CoachTelemetry.Name, UnderstandingTelemetry.Name, "Polly", "System.Net.Http")
            .AddAspNetCoreInstrumentation();
    }
}
