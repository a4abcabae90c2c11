using InterviewCoach.Load.Hosting;
using InterviewCoach.Load.Load;

namespace InterviewCoach.Load.Tests;

public sealed class FiguresTests
{
    [Fact]
    public void PercentilesAreNearestRank()
    {
        List<double> hundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

        Assert.Equal((50d, 95d, 99d), (Percentiles.Of(hundred, 50), Percentiles.Of(hundred, 95), Percentiles.Of(hundred, 99)));
        Assert.Equal(100d, Percentiles.Of(hundred, 100));
        Assert.Equal(7d, Percentiles.Of([7d], 99));
        Assert.Equal(2d, Percentiles.Of([1d, 2d, 3d, 4d], 50));
        Assert.Equal(4d, Percentiles.Of([1d, 2d, 3d, 4d], 95));
        Assert.True(double.IsNaN(Percentiles.Of([], 50)));
    }

    [Fact]
    public void TheSummarySortsItsSample()
    {
        LatencySummary summary = LatencySummary.From([30d, 10d, 20d, 40d, 1000d]);

        Assert.Equal(new LatencySummary(5, 30d, 1000d, 1000d, 1000d), summary);
    }

    [Fact]
    public void ProcStatusLinesAreReadInBytes()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 3000000 kB\nVmHWM:\t  153600 kB\nVmRSS:\t  102400 kB\n";

        Assert.Equal(153600L * 1024, ProcessMemory.Parse(status, "VmHWM:"));
        Assert.Equal(102400L * 1024, ProcessMemory.Parse(status, "VmRSS:"));
        Assert.Null(ProcessMemory.Parse(status, "VmSwap:"));
        Assert.NotNull(ProcessMemory.PeakResidentBytes(Environment.ProcessId));
    }

    [Fact]
    public void StatsDeltasCoverTheWindowOnly()
    {
        HostStats before = HostStats.Parse("""{"mode":"table","turns":10,"turnErrors":0,"storage":{"requests":40,"conditionalWrites":10,"unconditionalWrites":5,"failures":0},"tableOps":{"GetEntity":20,"UpsertEntity":20}}""")!;
        HostStats after = HostStats.Parse("""{"mode":"table","turns":30,"turnErrors":1,"storage":{"requests":100,"conditionalWrites":30,"unconditionalWrites":9,"failures":2},"tableOps":{"GetEntity":50,"UpsertEntity":40,"Query":10}}""")!;

        HostStats window = before.Until(after);

        Assert.Equal((20L, 1L, 60L, 20L, 4L, 2L), (window.Turns, window.TurnErrors, window.Requests, window.ConditionalWrites, window.UnconditionalWrites, window.Failures));
        Assert.Equal(new Dictionary<string, long> { ["GetEntity"] = 30, ["UpsertEntity"] = 20, ["Query"] = 10 }, window.TableOps);
        Assert.Null(HostStats.Parse("not json"));
    }
}
