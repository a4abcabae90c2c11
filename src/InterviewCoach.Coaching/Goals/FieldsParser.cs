using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Goals;

/// <summary>Reads "pediatric nursing (healthcare), school counselling" as fields, each with an optional broader area.</summary>
internal static partial class FieldsParser
{
    private static readonly char[] s_separators = [',', ';', '\n'];

    public static IReadOnlyList<FieldOfInterest> Parse(string text) =>
        Split(text)
            .Select(ToField)
            .DistinctBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>
    /// Splits a list typed on one line: commas, semicolons or new lines, and a hedged joiner ("instructional design
    /// and maybe UX design"). A plain "and" stays inside a field ("health and safety"); the hedge ("maybe",
    /// "possibly") is no part of any field's name.
    /// </summary>
    public static IReadOnlyList<string> Split(string text) =>
        SplitOutsideBrackets(HedgedJoiner().Replace(text, ","))
            .Select(part => Hedge().Replace(part.Trim().TrimStart('-', '*', ' ').TrimEnd('.', ' '), string.Empty).Trim())
            .Where(part => part.Length > 0)
            .ToList();

    // "UX design (design, new to me), school counselling": a comma inside brackets belongs to its field.
    private static List<string> SplitOutsideBrackets(string text)
    {
        var parts = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            depth = c switch
            {
                '(' => depth + 1,
                ')' => Math.Max(0, depth - 1),
                _ => depth,
            };
            if ((depth == 0 || c == '\n') && Array.IndexOf(s_separators, c) >= 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
                depth = 0;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    public static string Describe(FieldOfInterest field)
    {
        string name = field.BroaderArea is { Length: > 0 } broader ? $"{field.Name} (within {broader})" : field.Name;
        return field.NewToMe ? name + ", new to you" : name;
    }

    private static FieldOfInterest ToField(string part)
    {
        // "UX design (new to me)" or "UX design (design, new to me)": the marker is a flag, not the broader area.
        Match marker = NewToMeMarker().Match(part);
        if (marker.Success)
        {
            string rest = part.Remove(marker.Index, marker.Length).Trim();
            rest = rest.Replace("()", string.Empty, StringComparison.Ordinal).Replace("(,", "(", StringComparison.Ordinal).Replace(",)", ")", StringComparison.Ordinal).Trim();
            return ToField(rest) with { NewToMe = true };
        }

        Match match = WithBroaderArea().Match(part);
        return match.Success
            ? new FieldOfInterest { Name = match.Groups["name"].Value.Trim(), BroaderArea = match.Groups["broad"].Value.Trim() }
            : new FieldOfInterest { Name = part };
    }

    // " and maybe ", " or possibly ", " and perhaps also ": a second field follows.
    [GeneratedRegex(@"\s+(?:and|or)\s+(?:maybe|possibly|perhaps|potentially|also|even)(?:\s+(?:also|even))?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HedgedJoiner();

    // "and maybe UX design", "possibly law too", "maybe clinical data analyst also" after a comma: the field is
    // "UX design", "law", "clinical data analyst".
    [GeneratedRegex(@"^(?:(?:and|or|also|maybe|possibly|perhaps|potentially)\s+)+|(?:\s+(?:too|also|as well|maybe|perhaps|possibly|if possible|i think|i guess))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?:within\s+|in\s+)?(?<broad>[^()]+)\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WithBroaderArea();

    [GeneratedRegex(@",?\s*\bnew to me\b\s*,?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NewToMeMarker();
}
