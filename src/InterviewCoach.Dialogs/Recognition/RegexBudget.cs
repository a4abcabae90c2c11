namespace InterviewCoach.Dialogs.Recognition;

/// <summary>The one match time limit every pattern run on typed text uses.</summary>
/// <remarks>
/// The limit is there to stop a pattern that backtracks badly from holding a core, and every input is already capped
/// (a few thousand characters at most). It is not a speed target: the clock keeps running while the thread waits for
/// a core, and on a busy two-core host a 64-character match has been seen to pass 100 ms. A limit near ordinary match
/// times turned a slow machine into failed turns, so it sits far above any such stall.
/// </remarks>
public static class RegexBudget
{
    public const int MatchTimeoutMilliseconds = 2000;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);
}
