namespace InterviewCoach.Load.Load;

/// <summary>Nearest-rank percentiles over a sample (the value at rank ⌈p/100·n⌉ of the sorted sample).</summary>
public static class Percentiles
{
    /// <remarks><c>sorted</c>: Ascending.</remarks>
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        int rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
