using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Questions;

/// <summary>The details a question template is filled with; any of them may be unknown.</summary>
public sealed record QuestionContext(string? Field, string? Organisation, string? ContactName)
{
    public const string FieldFallback = "your field";
    public const string OrganisationFallback = "your organisation";

    private static readonly string[] s_titles = ["dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx."];

    public static QuestionContext Generic { get; } = new(null, null, null);

    /// <summary>The first field of the profile, the contact's organisation and name.</summary>
    public static QuestionContext From(CoachingProfile? profile, Contact? contact) => new(
        profile is { FieldsOfInterest.Count: > 0 } ? profile.FieldsOfInterest[0].Name : null,
        contact?.Organisation,
        contact is null ? null : Text.PersonNameCasing.Cased(contact.Name));

    /// <summary>The field as a question names it: the user's field, or "your field".</summary>
    public string FieldText => Clean(Field) ?? FieldFallback;

    public string OrganisationText => Clean(Organisation) ?? OrganisationFallback;

    /// <summary>How to address the contact: a first name, or a title and surname ("Dr Berg"); null when unknown.</summary>
    public string? AddressName
    {
        get
        {
            string[] parts = (ContactName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0)
            {
                return null;
            }

            if (parts.Length > 1 && s_titles.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
            {
                return string.Concat(parts[0].TrimEnd('.'), " ", parts[^1]);
            }

            return parts[0];
        }
    }

    /// <summary>Fills a template. A leading "{contact}, " is dropped (and the next letter capitalised) when no name is known.</summary>
    public string Fill(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        string text = template
            .Replace("{field}", FieldText, StringComparison.Ordinal)
            .Replace("{organisation}", OrganisationText, StringComparison.Ordinal);
        const string Vocative = "{contact}, ";
        if (text.StartsWith(Vocative, StringComparison.Ordinal))
        {
            string rest = text[Vocative.Length..];
            text = AddressName is { } name
                ? string.Concat(name, ", ", rest)
                : string.Concat(char.ToUpperInvariant(rest[0]).ToString(), rest[1..]);
        }

        return text.Replace("{contact}", AddressName ?? "them", StringComparison.Ordinal);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
