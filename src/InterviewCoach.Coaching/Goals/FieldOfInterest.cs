namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// A field the user wants to learn about, named narrowly, with the broader area it belongs to when known
/// ("pediatric nursing" within "healthcare"). Outreach reads better when it names both.
/// </summary>
public sealed record FieldOfInterest
{
    public required string Name { get; init; }

    public string? BroaderArea { get; init; }
}
