namespace InterviewCoach.Coaching.Menu;

/// <summary>Marks that the user has seen the welcome, so it is shown on first contact only.</summary>
public sealed record WelcomeRecord
{
    /// <summary>The record kind (stored data uses it: never rename).</summary>
    public const string Kind = "welcome";

    public const string RecordId = "main";

    public DateTimeOffset WelcomedAt { get; init; }
}
