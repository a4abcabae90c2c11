namespace InterviewCoach.Coaching.Reminders;

/// <summary>Organisation names as typed by people: "Contoso " and "contoso" are the same organisation.</summary>
public static class Organisations
{
    public static string Normalize(string organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Trim().ToUpperInvariant();
    }

    public static bool Same(string? left, string? right) =>
        left is not null && right is not null && string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);
}
