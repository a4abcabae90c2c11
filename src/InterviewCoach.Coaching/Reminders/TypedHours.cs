using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// When reminders may arrive, as people type it: "6pm to 9pm", "18-21", "between 7 and 10 in the evening", "after
/// 6pm", "before 9am", "9 to 5", "evenings", "weekdays after 6", "every day 8am-8pm". Hours are whole: a start is
/// rounded down and an end up ("until 8:30" allows 08:00-09:00), because reminders go out on the hour.
/// </summary>
internal static partial class TypedHours
{
    /// <summary>A window read from text: either end may be missing, and the days only when they were named.</summary>
    public sealed record Window(int? Start, int? End, AllowedDays? Days)
    {
        public bool IsEmpty => Start is null && End is null && Days is null;
    }

    private static readonly Dictionary<string, string> s_numberWords = new(StringComparer.Ordinal)
    {
        ["one"] = "1", ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7",
        ["eight"] = "8", ["nine"] = "9", ["ten"] = "10", ["eleven"] = "11", ["twelve"] = "12",
        ["noon"] = "12pm", ["midday"] = "12pm",
    };

    /// <summary>Reads a window; <see cref="Window.IsEmpty"/> when the text names no time and no days.</summary>
    public static Window Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return new Window(null, null, null);
        }

        string said = Words().Replace(text.ToLowerInvariant().Replace('’', '\''), m => s_numberWords[m.Value]);
        AllowedDays? days = Everyday().IsMatch(said) ? AllowedDays.Everyday
            : Weekends().IsMatch(said) ? AllowedDays.Saturday | AllowedDays.Sunday
            : Weekdays().IsMatch(said) ? AllowedDays.Weekdays
            : null;

        said = DayNames().Replace(said, " ");
        List<Match> times = Time().Matches(said).ToList();
        bool evening = Evening().IsMatch(said);
        bool morning = Morning().IsMatch(said);
        if (times.Count == 0)
        {
            // A part of the day on its own: the hours most people mean by it.
            (int Start, int End)? part = evening ? (18, 21) : morning ? (8, 12) : Afternoon().IsMatch(said) ? (12, 17)
                : WorkingHours().IsMatch(said) ? (9, 17) : null;
            return new Window(part?.Start, part?.End, days);
        }

        string? firstMarker = times[0].Index > 0 ? Marker(said[..times[0].Index]) : null;
        if (times.Count == 1)
        {
            int hour = Hour(times[0], evening, morning, roundUp: firstMarker == "end");
            return firstMarker == "end" ? new Window(null, hour, days) : new Window(hour, null, days);
        }

        int start = Hour(times[0], evening, morning, roundUp: false);
        int end = Hour(times[1], evening || times[0].Groups["ap"].Value.StartsWith('p'), morning, roundUp: true);

        // "9 to 5": an end before the start without am/pm is the afternoon.
        if (end <= start && end < 12 && times[1].Groups["ap"].Length == 0)
        {
            end += 12;
        }

        return new Window(start, end, days);
    }

    /// <summary>
    /// The end hour an answer to "until when?" gives after <paramref name="start"/>: "9" after 18:00 is 21:00, as "9 to 5"
    /// ends at 17:00; with "am" it stays the morning (and is then refused as before the start).
    /// </summary>
    public static int? ReadEnd(string? text, int start)
    {
        Window window = Read(text);
        if ((window.End ?? window.Start) is not int end)
        {
            return null;
        }

        bool bare = !Meridiem().IsMatch(text!.ToLowerInvariant());
        return bare && end <= start && end < 12 && end + 12 > start ? end + 12 : end;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is about hours or days, not merely holding a number: "6pm", "after 7", "9 to 5",
    /// "weekdays", "evenings" are; "number 3" or "the 2nd" are not.
    /// </summary>
    public static bool NamesHours(string? text) =>
        !string.IsNullOrWhiteSpace(text) && HoursCue().IsMatch(text.ToLowerInvariant()) && !Read(text).IsEmpty;

    /// <summary>
    /// Whether <paramref name="text"/> asks when reminders may come ("only remind me on weekdays after 6pm", "no
    /// notifications before 9 please"), as opposed to asking for one ("remind me to call Sam at 3pm").
    /// </summary>
    public static bool IsWhenToRemind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        string said = text.ToLowerInvariant().Replace('’', '\'');
        return ReminderWord().IsMatch(said) && !OneReminder().IsMatch(said) && NamesHours(said);
    }

    /// <summary>Whether the last words before a time say it starts ("after", "from") or ends ("before", "until") the window.</summary>
    private static string? Marker(string before)
    {
        Match marker = Boundary().Match(before);
        return !marker.Success ? null : marker.Groups["end"].Success ? "end" : "start";
    }

    private static int Hour(Match time, bool evening, bool morning, bool roundUp)
    {
        int hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minutes = time.Groups["m"].Success ? int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        string ap = time.Groups["ap"].Value;
        if (hour <= 12)
        {
            if (ap.StartsWith('p') || (ap.Length == 0 && evening && !morning && hour < 12))
            {
                hour = hour == 12 ? 12 : hour + 12;
            }
            else if (ap.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }
        }

        if (roundUp && minutes > 0)
        {
            hour++;
        }

        return Math.Clamp(hour, 0, 23);
    }

    [GeneratedRegex(@"\d\s*(?:a\.?m\b|p\.?m\b|o'?clock)|\d[:.][0-5]\d|\b(?:after|before|until|till|til|between|from|not before|no earlier than|no later than)\s+\w|\d\s*(?:-|–|to)\s*\d|\b(?:week ?days?|weekends?|every ?day|daily|evenings?|mornings?|afternoons?|at night|after work|working hours|office hours|business hours|noon|midday)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HoursCue();

    [GeneratedRegex(@"\b(?:remind(?:er|ers)?|notif(?:y|ication|ications)|nudges?|ping me|dm me|message me|messages from you|hear from you)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ReminderWord();

    // One reminder asked for: "remind me to call Sam", "remind me about the thank-you", "set a reminder for Maria".
    [GeneratedRegex(@"\bremind (?:me|us) (?:to|about|that|of|on \w+ to)\b|\b(?:set|add|make|create) (?:a|an|one) reminder\b|\breminder (?:to|about|for)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OneReminder();

    [GeneratedRegex(@"\d\s*[ap]\.?m\b|\b(?:morning|evening|afternoon|night|noon|midday)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Meridiem();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Words();

    // A clock time: "6", "6pm", "6 p.m.", "18:00", "6.30pm", "0900". Not a day of the month ("the 6th") or a count ("3 days").
    [GeneratedRegex(@"(?<![\d:])(?<h>[01]?\d|2[0-3])(?:[:.]?(?<m>[0-5]\d))?\s*(?<ap>a\.?m\.?|p\.?m\.?)?(?![\d:]|\s*(?:st|nd|rd|th|days?|weeks?|hours?|mins?|minutes?|times?|reminders?)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:(?<end>before|until|till|til|up to|up until|no later than|by|stop(?:ping)? at|end(?:ing)? at)|after|from|since|starting|start(?:ing)? at|not before|no earlier than|between)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)s?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DayNames();

    [GeneratedRegex(@"\b(?:every ?day|any ?day|all week|daily|7 days|seven days|weekends? (?:too|as well|included)|includ(?:e|ing) (?:the )?weekends?|weekdays and weekends|mon(?:day)?\w* to sun(?:day)?)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Everyday();

    [GeneratedRegex(@"\b(?:(?:only )?(?:at )?(?:the )?weekends? only|only (?:at |on )?(?:the )?weekends?|sat(?:urday)?s? and sun(?:day)?s?)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Weekends();

    [GeneratedRegex(@"\b(?:week ?days?|working days|work days|business days|mon(?:day)?\w* ?(?:to|-|–|through|thru) ?fri(?:day)?|not (?:at |on )?(?:the )?weekends?|no weekends?)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Weekdays();

    [GeneratedRegex(@"\b(?:evenings?|tonight|at night|after work)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Evening();

    [GeneratedRegex(@"\bmornings?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Morning();

    [GeneratedRegex(@"\bafternoons?\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Afternoon();

    [GeneratedRegex(@"\b(?:working|work|office|business) hours\b|\b9 ?(?:to|-) ?5\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WorkingHours();
}
