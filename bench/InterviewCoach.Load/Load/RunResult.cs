using System.Globalization;
using System.Text;

namespace InterviewCoach.Load.Load;

/// <summary>The figures of one run, as printed and as written to <c>--json</c>.</summary>
public sealed record RunResult(
    string Channel,
    string Mode,
    int Concurrency,
    double DurationSeconds,
    int Turns,
    double TurnsPerSecond,
    LatencySummary Latency,
    LatencySummary HttpLatency,
    int Timeouts,
    int HttpErrors,
    int FlowMismatches,
    int CompletedConversations,
    HostStats? Storage,
    double? TableRequestsPerTurn,
    double? PeakRssMegabytes,
    double? MaxSampledRssMegabytes)
{
    public int Errors => Timeouts + HttpErrors + FlowMismatches;

    public static string Table(IEnumerable<RunResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.AppendLine("| channel | mode | C | s | turns | turns/s | p50 | p95 | p99 | max ms | http p99 | errors (t/h/m) | conv done | table req/turn | uncond writes | peak RSS MB |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (RunResult r in results)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Channel} | {r.Mode} | {r.Concurrency} | {r.DurationSeconds:0.0} | {r.Turns} | {r.TurnsPerSecond:0.0} | {r.Latency.P50:0.0} | {r.Latency.P95:0.0} | {r.Latency.P99:0.0} | {r.Latency.Max:0.0} | {r.HttpLatency.P99:0.0} | {r.Errors} ({r.Timeouts}/{r.HttpErrors}/{r.FlowMismatches}) | {r.CompletedConversations} | {Optional(r.TableRequestsPerTurn, "0.00")} | {Optional(r.Storage?.UnconditionalWrites, "0")} | {Optional(r.PeakRssMegabytes, "0")} |"));
        }

        return text.ToString();
    }

    private static string Optional(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";

    private static string Optional(long? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
