using System.Diagnostics;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InterviewCoach.Bot.Tests.Diagnostics;

/// <summary>
/// What an operator's exporter receives for a Teams turn (through the same instrumentation the host registers, with an
/// in-memory exporter), that none of it names the user or repeats their words, and that with no exporter configured
/// the OpenTelemetry SDK is not there at all.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class TelemetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ATeamsTurnIsOneTraceFromTheRequestThroughTheEngineAndStorageToTheConnectorAndIsCounted()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel, services: s => s.AddOpenTelemetry()
            .WithTracing(t => t.AddCoachInstrumentation().AddInMemoryExporter(spans))
            .WithMetrics(m => m.AddCoachInstrumentation().AddInMemoryExporter(metrics)));
        const string text = "hello from the telemetry test, marker 83f1c";
        JsonObject activity = TeamsFixtures.LoadFor("teams-message-personal.json", channel.BaseUrl);
        activity["text"] = text;
        activity.Remove("attachments");
        activity["conversation"]!["id"] = "a:telemetry-" + Guid.NewGuid().ToString("N");
        var trace = ActivityTraceId.CreateRandom();
        var caller = ActivitySpanId.CreateRandom();

        using HttpResponseMessage response = await host.PostRawAsync(
            activity.ToJsonString(), channel.CreateToken(TeamsTestHost.AppId, activity["serviceUrl"]!.GetValue<string>()), $"00-{trace}-{caller}-01");
        await channel.WaitForCallsAsync(2);
        List<Activity> turn = await SpansOfAsync(spans, trace, s => s.DisplayName == "connector reply", 2);

        // (The fake Connector runs in this process, so its own server spans join the trace too.)
        Activity server = Assert.Single(turn, s => s.Kind == ActivityKind.Server && s.ParentSpanId == caller);
        Assert.Equal("/api/messages", server.GetTagItem("url.path"));
        Activity teams = Assert.Single(turn, s => s.DisplayName == "teams activity");
        Assert.Equal(server.SpanId, teams.ParentSpanId);
        Assert.Equal("message", teams.GetTagItem("coach.activity.type"));
        Activity engine = Assert.Single(turn, s => s.DisplayName == "coach turn");
        Assert.Equal(teams.SpanId, engine.ParentSpanId);
        Activity[] tables = [.. turn.Where(s => s.DisplayName.StartsWith("table ", StringComparison.Ordinal) && s.ParentSpanId == engine.SpanId)];
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.StartsWith(host.TablePrefix, (string)t.GetTagItem("db.collection.name")!, StringComparison.Ordinal));
        Assert.Contains(tables, t => (string?)t.GetTagItem("coach.table.condition") == "conditional");
        Activity outbox = Assert.Single(turn, s => s.DisplayName == "teams outbox send");
        Assert.Equal(teams.SpanId, outbox.ParentSpanId);
        Activity[] sends = [.. turn.Where(s => s.DisplayName == "connector reply")];
        Assert.Equal(2, sends.Length);
        Assert.All(sends, s => Assert.Equal((outbox.SpanId, ActivityKind.Client, 200), (s.ParentSpanId, s.Kind, (int)s.GetTagItem("http.response.status_code")!)));

        // Nothing in the trace names the user, their conversation or tenant, or repeats what they wrote.
        string[] secrets =
        [
            text, "marker 83f1c", activity["from"]!["id"]!.GetValue<string>(), activity["from"]!["aadObjectId"]!.GetValue<string>(),
            activity["from"]!["name"]!.GetValue<string>(), activity["conversation"]!["id"]!.GetValue<string>(),
            "72f988bf-86f1-41af-91ab-2d7cd011db47", "/amer/",
        ];
        foreach (Activity span in turn)
        {
            foreach (string value in Values(span))
            {
                Assert.DoesNotContain(secrets, secret => value.Contains(secret, StringComparison.OrdinalIgnoreCase));
            }
        }

        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        // Other tests' hosts in this process may add to the same instruments, so at least this turn is counted.
        Assert.True(Sum(metrics, CoachTelemetry.Turns, "outcome", "handled") >= 1);
        Assert.True(Count(metrics, CoachTelemetry.TurnDuration, "channel", "msteams") >= 1);
        Assert.True(Sum(metrics, CoachTelemetry.TableRequests, "condition", "conditional") >= 1);
        foreach (Metric metric in metrics)
        {
            foreach (MetricPoint point in metric.GetMetricPoints())
            {
                foreach (KeyValuePair<string, object?> tag in point.Tags)
                {
                    Assert.DoesNotContain(secrets, secret => (tag.Value?.ToString() ?? string.Empty).Contains(secret, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
    }

    [Fact]
    public async Task WithNeitherExporterSettingNoTelemetryIsRegistered()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task AnOtlpEndpointTurnsTracesAndMetricsOn()
    {
        // Nothing listens there: the exporter's failures stay inside the SDK.
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, extra: new Dictionary<string, string?>
        {
            [TelemetryExtensions.OtlpEndpointKey] = "http://127.0.0.1:9",
        });

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.NotNull(host.Services.GetService<MeterProvider>());
    }

    /// <summary>The trace's spans once <paramref name="count"/> of them match (the replies go out after the answer).</summary>
    private static async Task<List<Activity>> SpansOfAsync(List<Activity> spans, ActivityTraceId trace, Func<Activity, bool> awaited, int count)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            List<Activity> mine;
            lock (spans)
            {
                mine = [.. spans.Where(s => s.TraceId == trace)];
            }

            if (mine.Count(awaited) >= count || DateTime.UtcNow > deadline)
            {
                return mine;
            }

            await Task.Delay(50);
        }
    }

    private static IEnumerable<string> Values(Activity span)
    {
        yield return span.DisplayName;
        yield return span.StatusDescription ?? string.Empty;
        foreach (KeyValuePair<string, object?> tag in span.TagObjects)
        {
            yield return tag.Value?.ToString() ?? string.Empty;
        }

        foreach (ActivityEvent e in span.Events)
        {
            yield return e.Name;
            foreach (KeyValuePair<string, object?> tag in e.Tags)
            {
                yield return tag.Value?.ToString() ?? string.Empty;
            }
        }
    }

    private static IEnumerable<MetricPoint> Points(List<Metric> metrics, string name, string tag, string value)
    {
        foreach (Metric metric in metrics.Where(m => m.Name == name))
        {
            foreach (MetricPoint point in metric.GetMetricPoints())
            {
                foreach (KeyValuePair<string, object?> pair in point.Tags)
                {
                    if (pair.Key == tag && Equals(pair.Value, value))
                    {
                        yield return point;
                    }
                }
            }
        }
    }

    private static long Sum(List<Metric> metrics, string name, string tag, string value) =>
        Points(metrics, name, tag, value).Sum(p => p.GetSumLong());

    private static long Count(List<Metric> metrics, string name, string tag, string value) =>
        Points(metrics, name, tag, value).Sum(p => p.GetHistogramCount());
}
