using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// S118: people the user has already talked to at an organisation. When a new contact or employer turns up there, they
/// are the first to ask: they know how it works inside and may put in a word.
/// </summary>
internal static class MetAtOrganisation
{
    private static readonly ContactStage[] s_talkedTo = [ContactStage.Met, ContactStage.Thanked, ContactStage.KeepingInTouch];

    /// <summary>Contacts at <paramref name="organisation"/> the user has met, by name, leaving out <paramref name="exceptId"/>.</summary>
    public static IReadOnlyList<Contact> Find(IReadOnlyList<Contact> contacts, string? organisation, string? exceptId = null)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return [];
        }

        return [.. contacts
            .Where(c => c.Id != exceptId && s_talkedTo.Contains(c.Stage) && Organisations.Same(c.Organisation, organisation))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>"You've already talked to Maria Lopez at Contoso: ..."; null when nobody there has been met.</summary>
    public static string? Describe(IReadOnlyList<Contact> contacts, string? organisation, string? exceptId = null)
    {
        IReadOnlyList<Contact> met = Find(contacts, organisation, exceptId);
        if (met.Count == 0)
        {
            return null;
        }

        string names = Phrasing.JoinWithAnd([.. met.Select(c => c.Name)]);
        string them = met.Count == 1 ? "them" : "one of them";
        return $"You've already talked to {names} at {organisation!.Trim().TrimEnd('.')}. Ask {them} about it first: they know how things work there, and may be glad to suggest who to approach or put in a word.";
    }
}
