using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// The organisations in a line typed at "employers worth looking into?": "she mentioned Guy's and the digital team at
/// Evelina" gives "Guy's" and "Evelina (digital team)", so the offer reads "Add someone at Evelina (digital team)"
/// instead of repeating the sentence. A name with "and" in it ("Marks and Spencer") stays whole: a line is split at
/// commas, at the last "and" of a list with commas, and at other "and"s only before "the", "a" or "an".
/// </summary>
internal static partial class EmployerNames
{
    public static IEnumerable<string> Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string said = Phrasing.Fragment(line);
        string[] parts = Joiner().Split(said);
        // "NHS England, Epic and Cerner": in a list with commas, the last "and" joins two names too.
        if (parts.Length > 1 && AndJoiner().Split(parts[^1]) is { Length: 2 } last)
        {
            parts = [.. parts[..^1], .. last];
        }

        // Each part is read on its own: "monzo obviously, he mentioned starling and the FCA has a research team".
        foreach (string part in parts.Select(p => Aside().Replace(LeadIn().Replace(p.Trim(' ', '.', ';'), string.Empty), string.Empty).Trim(' ', '.', ';')).Where(p => p.Length > 0))
        {
            Match unit = UnitAt().Match(part);
            Match has = HasUnit().Match(part);
            string name = unit.Success ? $"{unit.Groups["org"].Value.Trim()} ({unit.Groups["unit"].Value.Trim()})"
                : has.Success ? $"{has.Groups["org"].Value.Trim()} ({has.Groups["unit"].Value.Trim()})"
                : part;
            // "starling" typed in lower case is a name: capitalised as one, as a contact's organisation is.
            yield return name.Any(char.IsUpper) ? name : PersonNameCasing.Organisation(name);
        }
    }

    // Words about the mention, not in the name: "monzo obviously", "Starling too", "Wise as well".
    [GeneratedRegex(@"\s+(?:obviously|too|also|as\s+well|i\s+think|probably|maybe|perhaps|of\s+course|again)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Aside();

    // "the FCA has a research team", "Wise have their own UX lab": a unit said as something the organisation has.
    [GeneratedRegex(@"^(?:the\s+)?(?<org>\p{L}[\p{L}\d&'’.-]*(?:\s+\p{L}[\p{L}\d&'’.-]*){0,3}?)\s+(?:has|have|runs|run)\s+(?:a|an|its|their)(?:\s+own)?\s+(?<unit>[\p{L}\s&-]{2,40}?(?:team|unit|department|group|division|office|lab|hub))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HasUnit();

    [GeneratedRegex(@"^(?:(?:she|he|they|\p{Lu}\p{Ll}+)\s+(?:mentioned|said|suggested|recommended|talked\s+about|brought\s+up|pointed\s+me\s+to)\s+|(?:maybe|perhaps|try|look\s+into|check\s+out)\s+)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=(?:the|a|an)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AndJoiner();

    // "the digital team at Evelina", "their data unit in NHS England": a unit at a named organisation.
    [GeneratedRegex(@"^(?:the|their|her|his)\s+(?<unit>[\p{L}\s&-]{2,40}?(?:team|unit|department|group|division|office|lab|hub))\s+(?:at|in|of)\s+(?<org>\p{Lu}.{1,60})$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex UnitAt();
}
