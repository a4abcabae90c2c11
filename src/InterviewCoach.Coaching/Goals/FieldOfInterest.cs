namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// A field the user wants to learn about, named narrowly, with the broader area it belongs to when known
/// ("pediatric nursing" within "healthcare"). Outreach reads better when it names both.
/// </summary>
public sealed record FieldOfInterest
{
    public required string Name { get; init; }

    public string? BroaderArea { get; init; }

    /// <summary>The user marked the field as unfamiliar: the coach asks for a few key terms before drafting an ask.</summary>
    public bool NewToMe { get; init; }

    /// <summary>The field's basic vocabulary and job facts the user noted, in their own words.</summary>
    public string? KeyTerms { get; init; }
}
