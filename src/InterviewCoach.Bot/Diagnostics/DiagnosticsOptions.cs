namespace InterviewCoach.Bot.Diagnostics;

/// <summary>Diagnostics the host can expose to a load driver on the same machine.</summary>
internal sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>Maps <c>GET /api/stats</c> (turn and table request counters). Off by default: operators use metrics, not this.</summary>
    public bool Stats { get; set; }
}
