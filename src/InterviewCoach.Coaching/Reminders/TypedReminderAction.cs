using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// Reads what people type at the list of reminders when it is not a button title: "snooze the second one till
/// tomorrow", "2 is done", "I sent the thank-you, tick it off" (with one reminder listed), "get rid of number 3",
/// "push the tom reyes one to friday" (by the words of a reminder's title, carried as <see cref="Choice.About"/>).
/// The answer is one of the list's own choices, found by the titles <see cref="RemindersDialog"/> gives them
/// ("Mark 2 done", "Snooze 2", "Snooze 2 Tomorrow", "Cancel 2"), so nothing here knows a reminder's id.
/// </summary>
internal static partial class TypedReminderAction
{
    public const string RetryHint =
        "Say which reminder and what to do with it, e.g. **snooze 1 till tomorrow**, **mark 2 done** or **cancel 1**.";

    private static readonly HashSet<string> s_notSubjectWords = new(
        [
            "the", "an", "one", "ones", "it", "its", "that", "this", "these", "to", "till", "until", "for", "of", "on", "in", "at", "by",
            "me", "my", "you", "your", "is", "was", "be", "and", "or", "with", "about", "please", "can", "could", "would", "will",
            "just", "now", "later", "tomorrow", "today", "tonight", "next", "week", "hour", "hours", "day", "days", "minutes", "mins",
            "morning", "afternoon", "evening", "am", "pm", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "reminder", "reminders", "done", "mark", "snooze", "cancel", "delete", "remove", "drop", "push", "move", "back", "off",
            "tick", "did", "do", "don", "dont", "need", "not", "no", "yes", "ok", "again", "remind", "send", "sent", "already",
            "he", "she", "him", "her", "they", "them", "has", "have", "had", "all", "thing", "bit", "get", "rid", "bin", "forget",
        ],
        StringComparer.Ordinal);

    private static readonly string[] s_ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>The choice <paramref name="text"/> asks for, or null when the verb or the reminder is unclear.</summary>
    public static Choice? Read(string text, IReadOnlyList<Choice> choices)
    {
        string said = text.ToLowerInvariant().Replace('’', '\'');
        string?[] about = [.. choices.Where(c => c.Title.StartsWith("Cancel ", StringComparison.Ordinal)).Select(c => c.About)];
        int listed = about.Length;

        // Cancel before done: "I don't need the first one any more, it's done with" is a cancel.
        string? verb = Cancel().IsMatch(said) ? "Cancel" : Snooze().IsMatch(said) ? "Snooze" : Done().IsMatch(said) ? "Done" : null;

        // "only weekdays 6pm to 9pm", "not before 10": hours for every reminder, not an action on one of them.
        if (verb is null && TypedHours.NamesHours(said))
        {
            return choices.FirstOrDefault(c => string.Equals(c.Title, "Quiet hours", StringComparison.Ordinal));
        }

        if (listed == 0)
        {
            return null;
        }
        if (verb is null || Which(said, about) is not { } number)
        {
            return null;
        }

        string title = verb switch
        {
            "Done" => $"Mark {number} done",
            "Snooze" when SnoozeFor(said) is { } choice => $"Snooze {number} {choice}",
            _ => $"{verb} {number}",
        };
        return choices.FirstOrDefault(c => string.Equals(c.Title, title, StringComparison.Ordinal));
    }

    /// <summary>
    /// Which listed reminder: a number or an ordinal, "the last one", the only one there is, or the one whose title
    /// shares the most words with what was said ("the tom reyes one", "the linkedin one") when no other does as well.
    /// </summary>
    private static int? Which(string said, string?[] about)
    {
        int listed = about.Length;
        var numbers = new List<int>();
        foreach (Match match in Number().Matches(said))
        {
            numbers.Add(int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture));
        }

        for (int i = 0; i < s_ordinals.Length; i++)
        {
            if (Regex.IsMatch(said, $@"\b{s_ordinals[i]}\b", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout))
            {
                numbers.Add(i + 1);
            }
        }

        if (LastOne().IsMatch(said))
        {
            numbers.Add(listed);
        }

        List<int> distinct = numbers.Distinct().ToList();
        return distinct switch
        {
            [int one] when one >= 1 && one <= listed => one,
            [] when listed == 1 => 1,
            [] => BySubject(said, about),
            _ => null,
        };
    }

    private static int? BySubject(string said, string?[] about)
    {
        HashSet<string> saidWords = Words(said);
        int best = 0, bestScore = 0, tied = 0;
        for (int i = 0; i < about.Length; i++)
        {
            int score = about[i] is { } title ? Words(title.ToLowerInvariant()).Count(saidWords.Contains) : 0;
            if (score > bestScore)
            {
                (best, bestScore, tied) = (i + 1, score, 0);
            }
            else if (score == bestScore && score > 0)
            {
                tied++;
            }
        }

        return bestScore > 0 && tied == 0 ? best : null;
    }

    /// <summary>The words that can name a reminder: not the verbs, times and small words of the action itself.</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(text))
        {
            if (match.Value.Length > 1 && !s_notSubjectWords.Contains(match.Value))
            {
                words.Add(match.Value);
            }
        }

        return words;
    }

    private static SnoozeChoice? SnoozeFor(string said) =>
        Hour().IsMatch(said) ? SnoozeChoice.OneHour
        : said.Contains("tomorrow", StringComparison.Ordinal) ? SnoozeChoice.Tomorrow
        : Week().IsMatch(said) ? SnoozeChoice.NextWeek
        : null;

    [GeneratedRegex(@"\b(cancel\w*|delete|remove|drop|get rid of|bin|scrap|don'?t need|no longer need|not needed|forget (about )?(it|that|the|number))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"\b(snooze\w*|postpone\w*|(push|move|bump|shift)\w*\b[^.?!]{0,24}\b(back|later|till|until|to (tomorrow|next|(mon|tue|wed|thu|fri|sat|sun)\w*|the \d\w*|\d\w*))|put\b[^.?!]{0,24}\boff|delay\w*|later|remind me\b[^.?!]*\b(in an?|in \d+|tomorrow|next|later|again)|not (now|yet|today))\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Snooze();

    [GeneratedRegex(@"\b(done|did( it)?|finished|complete\w*|sent( it)?|tick\w*( it)? off|check\w* (it )?off|handled|sorted|taken care of)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Done();

    // "#2", "2", "number 2", "no. 2", "2nd"; not a clock time ("at 2pm", "2:30") or a count of hours or days.
    [GeneratedRegex(@"(?<![\d:])#?(?<n>\d{1,2})(st|nd|rd|th)?\b(?!\s*(:|am|pm|a\.m|p\.m|hours?|hrs?|days?|weeks?|minutes?|mins?|o'?clock))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(the )?last( one)?\b(?! (week|month|time|night))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LastOne();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(an|one|1) ?h(ou)?r\b|\bhour\b|\bin a bit\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Hour();

    [GeneratedRegex(@"\b(next week|a week|one week|1 week|week)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Week();
}
