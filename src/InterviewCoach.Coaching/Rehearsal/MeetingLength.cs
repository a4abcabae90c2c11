using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Reads the meeting length a draft asks for: "20 minutes", "15 to 20 minutes", "a 30-minute call", "half an
/// hour", "a quarter of an hour". Lengths of something else ("in 20 minutes", "after 15 years") are not asks.
/// </summary>
internal static class MeetingLength
{
    /// <summary>Shortest and longest length a stranger says yes to easily.</summary>
    public const int ShortestMinutes = 15;
    public const int LongestMinutes = 30;

    private static readonly (string Words, string Digits)[] s_numberWords =
    [
        ("a quarter of an hour", "15 minutes"), ("quarter of an hour", "15 minutes"), ("a quarter hour", "15 minutes"), ("quarter hour", "15 minutes"),
        ("half an hour", "30 minutes"), ("a half hour", "30 minutes"), ("half hour", "30 minutes"), ("half-hour", "30 minutes"),
        ("three quarters of an hour", "45 minutes"), ("an hour and a half", "90 minutes"), ("an hour", "60 minutes"), ("one hour", "60 minutes"),
        ("twenty five", "25"), ("twenty-five", "25"), ("forty five", "45"), ("forty-five", "45"), ("thirty five", "35"),
        ("five", "5"), ("ten", "10"), ("fifteen", "15"), ("twenty", "20"), ("thirty", "30"), ("forty", "40"), ("sixty", "60"), ("ninety", "90"),
    ];

    private static readonly Regex s_length = new(
        @"(?<before>\b\w+\s+)?(?<low>\d{1,3})(?:\s*(?:-|to|or|and|/)\s*(?<high>\d{1,3}))?\s*-?\s*(?<unit>minutes?|mins?|hours?|hrs?)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A length after these is when something happens, not how long to meet.
    private static readonly HashSet<string> s_notAMeeting = ["in", "within", "after", "every", "ago", "last", "past"];

    /// <summary>The lengths asked for, in minutes, as (shortest, longest) of each mention.</summary>
    public static IReadOnlyList<(int Low, int High)> Find(string? text)
    {
        var found = new List<(int, int)>();
        string folded = " " + TextFolding.Fold(text).Replace('\n', ' ') + " ";
        if (folded.Length > 20_000)
        {
            folded = folded[..20_000];
        }

        foreach ((string words, string digits) in s_numberWords)
        {
            folded = Regex.Replace(folded, $@"\b{Regex.Escape(words)}\b", digits, RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);
        }

        try
        {
            foreach (Match match in s_length.Matches(folded))
            {
                string before = match.Groups["before"].Value.Trim();
                if (s_notAMeeting.Contains(before))
                {
                    continue;
                }

                int low = int.Parse(match.Groups["low"].Value, CultureInfo.InvariantCulture);
                int high = match.Groups["high"].Success ? int.Parse(match.Groups["high"].Value, CultureInfo.InvariantCulture) : low;
                int scale = match.Groups["unit"].Value.StartsWith('h') ? 60 : 1;
                found.Add((Math.Min(low, high) * scale, Math.Max(low, high) * scale));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // An unreadable paste asks for no particular length.
        }

        return found;
    }

    /// <summary>
    /// Reads a length typed as an answer: "45 mins", "an hour", "half an hour", "twenty", or a bare "20" (minutes).
    /// A range ("20-30 minutes") counts as its upper end, the most the user would be agreeing to.
    /// </summary>
    public static bool TryReadAnswer(string? text, out int minutes)
    {
        minutes = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return false;
        }

        // A bare number or number word is minutes: that is what the question asked for.
        IReadOnlyList<(int Low, int High)> found = Find(text);
        if (found.Count == 0)
        {
            found = Find(text.Trim() + " minutes");
        }

        if (found.Count == 0 || found[0].High <= 0)
        {
            return false;
        }

        minutes = found[0].High;
        return true;
    }

    /// <summary>True when some length asked for lies wholly within 15-30 minutes.</summary>
    public static bool AsksShortSpecific(IReadOnlyList<(int Low, int High)> lengths) =>
        lengths.Any(l => l.Low >= ShortestMinutes && l.High <= LongestMinutes);
}
