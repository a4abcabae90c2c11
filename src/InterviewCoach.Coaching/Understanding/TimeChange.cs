using System.Collections.Frozen;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// A change of mind about a day or time typed where the next question was asked ("actually, make that Friday at 3",
/// "sorry, it's 4pm"): nothing but correction words before words that read as a day or a time. A line that names
/// anything else first ("the café on Mill Road at 3") is an answer to the question, not a change.
/// </summary>
internal static class TimeChange
{
    private static readonly FrozenSet<string> s_leadIns = FrozenSet.ToFrozenSet(
        ["actually", "sorry", "no", "nope", "wait", "oops", "oh", "hang", "on", "correction", "make", "it", "it's", "its", "that",
         "change", "move", "moved", "to", "the", "meeting", "is", "now", "so", "ah", "er", "um", "hmm", "instead", "i", "mean"],
        StringComparer.Ordinal);

    /// <summary>
    /// The meeting time <paramref name="text"/> changes <paramref name="current"/> to: a day alone keeps the time, a time
    /// alone keeps the day. Null when the text is not a change of day or time.
    /// </summary>
    public static DateTimeOffset? Read(string text, DateTimeOffset current, DateTimeOffset now, TimeZoneInfo zone)
    {
        string[] words = text.ToLowerInvariant().Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && words[^1].Trim(',', '.', '!') == "instead")
        {
            words = words[..^1];
        }

        for (int start = 0; start < words.Length && words.Length - start <= 8; start++)
        {
            if (start > 0 && !s_leadIns.Contains(words[start - 1].Trim(',', '.', '!', '-', ':')))
            {
                return null;
            }

            string ending = string.Join(' ', words[start..]).TrimEnd('.', '!');
            if (!DateTimeRecognizer.TryRecognize(ending, now, zone, out DateTimeResolution? when))
            {
                continue;
            }

            if (!when.HasTime)
            {
                return DateTimeRecognizer.ToZoned(when.Date.ToDateTime(TimeOnly.FromDateTime(current.DateTime)), zone);
            }

            // A time alone lands on whichever day it is read from; a day named with it does not.
            return IsTimeAlone(ending, current, zone)
                ? DateTimeRecognizer.ToZoned(DateOnly.FromDateTime(current.DateTime).ToDateTime(when.Time!.Value), zone)
                : when.Value;
        }

        return null;
    }

    private static bool IsTimeAlone(string ending, DateTimeOffset current, TimeZoneInfo zone)
    {
        DateOnly day = DateOnly.FromDateTime(current.DateTime);
        DateTimeOffset dayStart = DateTimeRecognizer.ToZoned(day.ToDateTime(TimeOnly.MinValue), zone);
        return DateTimeRecognizer.TryRecognize(ending, dayStart, zone, out DateTimeResolution? onDay) && onDay.Date == day
            && DateTimeRecognizer.TryRecognize(ending, dayStart.AddDays(1), zone, out DateTimeResolution? onNext) && onNext.Date == day.AddDays(1);
    }
}
