namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Names, the field and the promised call-again day picked out of the user's own draft, so a rewrite keeps their details.</summary>
internal sealed record ExtractedDetails(string? UserName, string? Referrer, string? Field)
{
    public static ExtractedDetails None { get; } = new(null, null, null);

    /// <summary>The day the caller said they would try again, if they named one.</summary>
    public DayOfWeek? CallAgainDay { get; init; }
}
