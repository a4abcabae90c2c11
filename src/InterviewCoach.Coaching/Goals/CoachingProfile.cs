namespace InterviewCoach.Coaching.Goals;

/// <summary>The user's goals and the details scripts need: who they are, what they are exploring and why.</summary>
public sealed record CoachingProfile
{
    public const int MaxFieldsOfInterest = 3;
    public const int MinWeeklyTarget = 1;
    public const int MaxWeeklyTarget = 20;

    public CareerStage Stage { get; init; }

    /// <summary>Up to <see cref="MaxFieldsOfInterest"/> fields; the first is the one scripts name.</summary>
    public IReadOnlyList<FieldOfInterest> FieldsOfInterest { get; init; } = [];

    public InterviewPurposes Purposes { get; init; }

    /// <summary>Purposes in the user's own words that none of the listed ones cover.</summary>
    public IReadOnlyList<string> OtherPurposes { get; init; } = [];

    /// <summary>Conversations the user means to hold each week, from <see cref="MinWeeklyTarget"/> to <see cref="MaxWeeklyTarget"/>.</summary>
    public int WeeklyTarget { get; init; } = 2;

    public string DisplayName { get; init; } = string.Empty;

    /// <summary>The number the user leaves in voicemails.</summary>
    public string? Phone { get; init; }

    /// <summary>The address the thank-you note's sign-off gives, so the contact can reply.</summary>
    public string? Email { get; init; }

    public BackgroundSketch? Sketch { get; init; }

    /// <summary>The answer to "is your LinkedIn profile up to date?", asked once before the first ask; null until asked.</summary>
    public bool? LinkedInCurrent { get; init; }

    /// <summary>Asked when the first question list is built; it picks the résumé question that fits (S068).</summary>
    public ExperienceLevel Experience { get; init; }

    /// <summary>When a student graduates, in their words ("May 2026"); the meeting opener mentions it (S081).</summary>
    public string? Graduation { get; init; }

    /// <summary>A student researching internships in the field rather than the field itself; changes the opener's purpose (S081).</summary>
    public bool InternshipResearch { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Problems with the profile, in the coach's words; empty when it is ready to use.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            problems.Add("Tell me the name you'd like to introduce yourself with.");
        }

        if (FieldsOfInterest.Count > MaxFieldsOfInterest)
        {
            problems.Add($"Pick at most {MaxFieldsOfInterest} fields for now; a narrower search gets better conversations.");
        }

        if (FieldsOfInterest.Any(f => string.IsNullOrWhiteSpace(f.Name)))
        {
            problems.Add("One of your fields has no name yet.");
        }

        if (WeeklyTarget is < MinWeeklyTarget or > MaxWeeklyTarget)
        {
            problems.Add($"Choose a weekly target between {MinWeeklyTarget} and {MaxWeeklyTarget} conversations.");
        }

        return problems;
    }
}
