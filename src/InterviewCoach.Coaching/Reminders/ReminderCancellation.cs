namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// Which pending reminders to cancel: by dedupe key, or every reminder matching the given organisation and/or contact
/// and/or kinds (an empty or null <see cref="Kinds"/> means every kind). At least one criterion must be set.
/// </summary>
public sealed record ReminderCancellation
{
    private ReminderCancellation(string? dedupeKey, string? organisation, string? contactId, IReadOnlyList<ReminderKind>? kinds)
    {
        DedupeKey = dedupeKey;
        Organisation = organisation;
        ContactId = contactId;
        Kinds = kinds ?? [];
    }

    public string? DedupeKey { get; }

    public string? Organisation { get; }

    public string? ContactId { get; }

    public IReadOnlyList<ReminderKind> Kinds { get; }

    public static ReminderCancellation ByDedupeKey(string dedupeKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupeKey);
        return new(dedupeKey, null, null, null);
    }

    public static ReminderCancellation ByOrganisation(string organisation, params ReminderKind[] kinds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        return new(null, organisation, null, kinds);
    }

    public static ReminderCancellation ByContact(string contactId, params ReminderKind[] kinds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        return new(null, null, contactId, kinds);
    }

    public static ReminderCancellation ByKinds(params ReminderKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("Name at least one kind.", nameof(kinds));
        }

        return new(null, null, null, kinds);
    }

    /// <summary>Whether a reminder with these attributes is one this cancellation means.</summary>
    public bool Matches(ReminderKind kind, string dedupeKey, string? organisation, string? contactId)
    {
        if (DedupeKey is not null)
        {
            return string.Equals(DedupeKey, dedupeKey, StringComparison.Ordinal);
        }

        return (Organisation is null || Organisations.Same(Organisation, organisation))
            && (ContactId is null || string.Equals(ContactId, contactId, StringComparison.Ordinal))
            && (Kinds.Count == 0 || Kinds.Contains(kind));
    }
}
