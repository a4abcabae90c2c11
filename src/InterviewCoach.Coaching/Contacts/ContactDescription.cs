using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// What the contact does, said where the coach asked something else ("she's a UX researcher at Spotify", "he works for
/// the council as a planner"): their role and organisation, never how the user knows them ("she's a friend of my
/// aunt", "he's my old manager" are connections).
/// </summary>
internal static partial class ContactDescription
{
    // Words that say how the user knows someone rather than what they do.
    private static readonly HashSet<string> s_relations = new(StringComparer.OrdinalIgnoreCase)
    {
        "friend", "relative", "cousin", "neighbour", "neighbor", "classmate", "alumnus", "alumna", "alum", "member",
        "colleague", "acquaintance", "contact", "connection", "referral", "mentor", "family", "coworker", "co-worker",
    };

    public static (string? Role, string? Organisation)? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 160 || text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        string said = text.Trim().TrimEnd('.', '!');
        Match match = IsA().Match(said);
        if (!match.Success)
        {
            match = WorksAt().Match(said);
        }

        if (!match.Success)
        {
            match = IsRoleAtOrganisation().Match(said);
        }

        if (!match.Success)
        {
            return null;
        }

        string? role = match.Groups["role"].Success ? match.Groups["role"].Value.Trim() : null;
        string? organisation = match.Groups["org"].Success ? match.Groups["org"].Value.Trim() : null;
        if (role is not null && role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(s_relations.Contains))
        {
            return null;
        }

        return role is null && organisation is null ? null : (role, organisation is null ? null : PersonNameCasing.Organisation(organisation));
    }

    // "she's a UX researcher at Spotify", "he is the head of design for Contoso", "they're an engineer".
    [GeneratedRegex(@"^(?:she|he|they)(?:\s+is|['’]s|\s+are|['’]re)\s+(?:a|an|the)\s+(?<role>[\p{L}][\p{L}\s&/-]{1,60}?)(?:\s+(?:at|for|with|in)\s+(?<org>\p{L}[\p{L}\d\s&'’.-]{0,60}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IsA();

    // "he is CMIO at Narayana Health", "she's head of nursing in Apollo": no article (as much English is spoken), so
    // only with a capitalised organisation after it ("she is happy to chat with anyone" says nothing of the sort).
    [GeneratedRegex(@"^(?:she|he|they)(?:\s+is|['’]s|\s+are|['’]re)\s+(?!(?:based|now|still|currently|working|also|always|usually|from|back|here|there|over|out|busy|happy|living|staying|friends|close|not|very|really|in|at|with|my|our|his|her|their|your|one|part|of)\b)(?<role>[\p{L}][\p{L}\s&/-]{1,60}?)\s+(?:at|in|with)\s+(?<org>(?-i:\p{Lu})[\p{L}\d\s&'’.-]{0,60})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IsRoleAtOrganisation();

    /// <summary>The person a work clause is about when it names them ("my ex colleague Javier works in BBVA"), else null.</summary>
    public static string? NamedSubject(string? text) =>
        text is { Length: <= 160 } && WorksAt().Match(text.Trim().TrimEnd('.', '!')) is { Success: true } match && match.Groups["who"].Success
            ? match.Groups["who"].Value
            : null;

    // "she works at Spotify", "he works for the council as a planner", "my ex colleague Javier now works in BBVA as ux
    // researcher" (a relation and a capitalised name as the subject; the article before the role is often left out).
    [GeneratedRegex(@"^(?:she|he|they|(?:my|our)\s+(?:[\p{Ll}'’-]+\s+){1,4}?(?<who>(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu})[\p{Ll}'’-]+)?))\s+(?:(?:now|currently|still|also)\s+)?(?:works?|worked|is\s+working)\s+(?:at|for|with|in)\s+(?<org>\p{L}[\p{L}\d\s&'’.-]{0,60}?)(?:\s+as\s+(?:(?:a|an|the)\s+)?(?<role>[\p{L}][\p{L}\s&/-]{1,60}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WorksAt();
}
