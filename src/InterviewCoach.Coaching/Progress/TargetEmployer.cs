namespace InterviewCoach.Coaching.Progress;

/// <summary>An employer (and, if given, an opening there) the user is aiming for; kind <c>target</c>, one per organisation.</summary>
public sealed record TargetEmployer
{
    /// <summary>Stable per organisation, so naming it again updates it (see <see cref="TargetRecords.IdFor"/>).</summary>
    public required string Id { get; init; }

    public required string Organisation { get; init; }

    /// <summary>The job or opening, when the user named one ("data analyst").</summary>
    public string? Role { get; init; }

    public required DateTimeOffset AddedAt { get; init; }
}
