namespace InterviewCoach.Load.Load;

/// <summary>p50/p95/p99/max of a set of latencies in milliseconds (NaN when there were none).</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary From(IEnumerable<double> milliseconds)
    {
        List<double> sorted = [.. milliseconds];
        sorted.Sort();
        return new LatencySummary(
            sorted.Count,
            Percentiles.Of(sorted, 50),
            Percentiles.Of(sorted, 95),
            Percentiles.Of(sorted, 99),
            sorted.Count == 0 ? double.NaN : sorted[^1]);
    }
}
