using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// A student's answer to "when do you graduate?", read from typed text: "May 2026", "graduating summer 2027",
/// "internships, graduating 2026" (S081). Either part may be missing.
/// </summary>
/// <param name="Graduation">"May 2026" or "2026"; null when no date was given.</param>
/// <param name="Internships">True when the user is researching internships rather than the field itself.</param>
public sealed partial record StudentPlans(string? Graduation, bool Internships)
{
    private static readonly string[] s_months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Spring", "Summer", "Autumn", "Fall", "Winter",
    ];

    /// <summary>True when the text held a date or the word internships.</summary>
    public bool IsEmpty => Graduation is null && !Internships;

    public static StudentPlans Read(string? typed)
    {
        string text = typed ?? string.Empty;
        if (text.Length > 200)
        {
            return new StudentPlans(null, false);
        }

        string? graduation = null;
        Match date = DatePattern().Match(text);
        if (date.Success)
        {
            string? month = date.Groups["month"].Success
                ? s_months.First(m => m.StartsWith(date.Groups["month"].Value[..3], StringComparison.OrdinalIgnoreCase))
                : null;
            graduation = month is null ? date.Groups["year"].Value : string.Create(CultureInfo.InvariantCulture, $"{month} {date.Groups["year"].Value}");
        }

        return new StudentPlans(graduation, InternshipPattern().IsMatch(text));
    }

    [GeneratedRegex(@"\b(?:(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)[a-z]*\.?,?\s+(?:of\s+)?)?(?<year>20\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\bintern(?:ship)?s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex InternshipPattern();
}
