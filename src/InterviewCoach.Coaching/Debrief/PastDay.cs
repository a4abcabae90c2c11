using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// A recent day named at either end of a short answer ("at the careers fair yesterday", "last Thursday, in the lift",
/// "yesterday afternoon, it was a video call": the part of the day goes with it),
/// so a chat logged days later keeps the day it happened. Weekdays mean the latest one before today: a chat is logged
/// after it happened.
/// </summary>
internal static class PastDay
{
    // Full weekday names plus the common long abbreviations; "sat", "sun" or "wed" alone are too often other words.
    private const string Day = @"(?:on\s+)?(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|(?:last\s+|this\s+past\s+)?(?<weekday>monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday)|(?<n>\d{1,2}|a|one|two|three|four|five|six)\s+days?\s+ago)(?:\s+(?:morning|afternoon|evening|night|lunchtime|at\s+lunch))?";

    private static readonly Regex s_atEnd = new(@"(?:^|[\s,]+)(?<day>" + Day + @")\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);
    private static readonly Regex s_atStart = new(@"^\s*(?<day>" + Day + @")(?:[\s,]+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>The answer without its day, and the day (null when none is named).</summary>
    public static (string Remainder, DateOnly? Day) Split(string text, DateOnly today)
    {
        (string rest, string? said) = Detach(text);
        return said is not null && s_atStart.Match(said) is { Success: true } match && Resolve(match, today) is { } day ? (rest, day) : (text, null);
    }

    /// <summary>The answer without its day, and the words that named it ("yesterday", "last Thursday"), or null.</summary>
    public static (string Remainder, string? Day) Detach(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Regex pattern in new[] { s_atEnd, s_atStart })
        {
            Match match = pattern.Match(text);
            if (match.Success)
            {
                string rest = (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Trim().Trim(',').Trim();
                return (rest, match.Groups["day"].Value);
            }
        }

        return (text, null);
    }

    private static DateOnly? Resolve(Match match, DateOnly today)
    {
        string said = match.Groups["day"].Value.ToLowerInvariant();
        if (match.Groups["weekday"] is { Success: true } weekday)
        {
            DayOfWeek named = weekday.Value.ToLowerInvariant()[..2] switch
            {
                "mo" => DayOfWeek.Monday,
                "tu" => DayOfWeek.Tuesday,
                "we" => DayOfWeek.Wednesday,
                "th" => DayOfWeek.Thursday,
                "fr" => DayOfWeek.Friday,
                "sa" => DayOfWeek.Saturday,
                _ => DayOfWeek.Sunday,
            };
            int back = ((int)today.DayOfWeek - (int)named + 7) % 7;
            return today.AddDays(back == 0 ? -7 : -back);
        }

        if (match.Groups["n"] is { Success: true } n)
        {
            int days = n.Value switch
            {
                "a" or "one" => 1,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                _ => int.Parse(n.Value, CultureInfo.InvariantCulture),
            };
            return days is >= 0 and <= 31 ? today.AddDays(-days) : null;
        }

        return said.Contains("yesterday", StringComparison.Ordinal) || said.Contains("last night", StringComparison.Ordinal) ? today.AddDays(-1) : today;
    }
}
