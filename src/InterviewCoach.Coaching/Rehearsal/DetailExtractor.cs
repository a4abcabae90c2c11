using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Finds the speaker's name, the referrer and the field in a draft. Works on the tidied original so names keep
/// their capitals; "I'm Sam" counts only near the start and only when "Sam" is not an ordinary word.
/// </summary>
internal static class DetailExtractor
{
    // Self-introductions happen in the first breath; later "I'm ..." is almost never a name.
    private const int IntroductionWindow = 200;


    private static readonly Regex s_myNameIs = new(
        @"\bmy name(?: is|'s)\s+(?<name>\p{L}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_casualIntro = new(
        @"\b(?:i'm|i am|this is|it's)\s+(?<name>\p{L}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // "its Priya", "im Priya": typed without the apostrophe, a name only when it has its capital.
    private static readonly Regex s_introWithoutApostrophe = new(
        @"\b(?i:its|im)\s+(?<name>\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // "Tom Weller suggested", also with a short description between ("Tom Weller at the clinic gave me your name",
    // "Ana, my old manager, passed on your number").
    private static readonly Regex s_referrer = new(
        @"(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)(?:,\s+[^,.;:!?]{2,40},|\s+(?:at|from|in|of|with)\s+[^,.;:!?]{2,40}?)?\s+(?:suggested|recommended|referred|gave me|passed|mentioned|thought|shared|told me|put me)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The referrer after the fact: "referred by Tom Weller", "your name from Tom Weller", "on Tom Weller's advice".
    private static readonly Regex s_referredBy = new(
        @"\b(?i:(?:referred|recommended|introduced|pointed)(?:\s+to\s+you)?\s+by|(?:your|the)\s+(?:name|number|details|contact|email)\s+(?:came\s+)?(?:from|through|via)|(?:on|at)\s+the\s+(?:suggestion|advice|recommendation)\s+of)\s+(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)"
        + @"|\b(?i:on|at)\s+(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)(?:'s|\u2019s)\s+(?:suggestion|advice|recommendation)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // When the caller says they will ring again: "I'll try you again on Thursday", "I will call back Friday morning".
    private static readonly Regex s_callAgainDay = new(
        @"\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i\s+can|let\s+me)\s+(?:try|call|ring|phone|give\s+you\s+a\s+(?:call|ring)|follow\s+up|reach\s+out|get\s+back\s+to\s+you)\b[^.;!?]{0,30}?\b(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // What the caller researches, or moves into ("moving from teaching into occupational therapy", "a career in law").
    private static readonly Regex s_field = new(
        @"\b(?:researching|exploring|learning about|learning more about|interested in|curious about|looking into|(?:mov(?:e|ing)|switch(?:ing)?|chang(?:e|ing)|transition(?:ing)?|retrain(?:ing)?|pivot(?:ing)?|career\s+change)(?:\s+(?:careers|over)(?:\s+from\s+[\p{L} '&-]{2,40}?)?\s+(?:into|to)|\s+from\s+[\p{L} '&-]{2,40}?\s+(?:into|to)|\s+into)|a\s+career\s+in)\s+(?:the\s+)?(?<field>[\p{L}][\p{L} '&-]{1,40}?)(?=\s+(?:field|industry|sector|world|and|but|so|because|as)\b|[,.;:!?)]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly HashSet<string> s_notNames =
    [
        "a", "an", "the", "not", "calling", "ringing", "phoning", "writing", "looking", "hoping", "trying",
        "interested", "exploring", "researching", "currently", "just", "really", "very", "so", "sorry", "glad",
        "happy", "reaching", "getting", "in", "at", "on", "with", "about", "from", "here", "actually", "also",
        "still", "now", "considering", "thinking", "working", "studying", "going", "wondering", "curious", "new",
        "keen", "planning", "based", "doing", "sure", "my", "your", "it", "that", "what", "why", "how", "because",
        "asking", "learning", "gathering", "seeking", "well", "fine", "good", "great", "to", "up", "out", "after",
        "starting", "making", "following", "and", "or", "but", "basically", "kind", "sort", "like", "um", "uh",
        "okay", "ok", "only", "one", "someone", "more", "less", "quite", "fairly", "pretty", "definitely",
        "certainly", "excited", "grateful", "thankful", "available", "free", "busy", "hopeful", "wanting", "willing",
        "able", "told", "nervous", "aware", "afraid", "open", "part", "all", "no", "never", "moving", "changing",
        "switching", "retraining", "training", "graduating", "finishing", "leaving", "applying", "preparing", "time",
        "probably", "maybe", "mostly", "always", "usually", "often",
    ];

    public static ExtractedDetails Extract(string? text)
    {
        string tidy = TextFolding.Tidy(text);
        if (tidy.Length == 0)
        {
            return ExtractedDetails.None;
        }

        try
        {
            return new ExtractedDetails(FindName(tidy), FindReferrer(tidy), FindField(tidy)) { CallAgainDay = FindCallAgainDay(tidy) };
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological paste is not worth a crash; the rewrite falls back to placeholders.
            return ExtractedDetails.None;
        }
    }

    /// <summary>True when the draft introduces the speaker by name.</summary>
    public static bool IntroducesSelf(string? text) => FindName(TextFolding.Tidy(text)) is not null;

    private static string? FindName(string tidy)
    {
        Match named = s_myNameIs.Match(tidy);
        if (named.Success)
        {
            return WithoutTrailingWord(Clean(named.Groups["name"].Value));
        }

        bool allLowercase = !tidy.Any(char.IsUpper);
        foreach (Match match in s_casualIntro.Matches(tidy))
        {
            if (match.Index > IntroductionWindow)
            {
                break;
            }

            string name = match.Groups["name"].Value;
            string firstWord = name.Split(' ')[0];

            // "I'm Amal's nephew", "this is Dr Wu's assistant" name someone else, not the caller.
            if (s_notNames.Contains(firstWord.ToLowerInvariant()) || name.Split(' ').Any(IsPossessive) || FollowedByPossessive(tidy, match))
            {
                continue;
            }

            if (char.IsUpper(firstWord[0]) || allLowercase)
            {
                return WithoutTrailingWord(Clean(name));
            }
        }

        Match bare = s_introWithoutApostrophe.Match(tidy);
        string bareFirst = bare.Groups["name"].Value.Split(' ')[0];
        return bare.Success && bare.Index <= IntroductionWindow && !s_notNames.Contains(bareFirst.ToLowerInvariant()) && !IsDayOrMonth(bareFirst)
            ? WithoutTrailingWord(Clean(bare.Groups["name"].Value))
            : null;
    }

    private static string? FindReferrer(string tidy)
    {
        foreach (Regex pattern in (ReadOnlySpan<Regex>)[s_referrer, s_referredBy])
        {
            foreach (Match match in pattern.Matches(tidy))
            {
                string name = match.Groups["name"].Value;
                string first = name.Split(' ')[0];
                if (first is not "I" and not "You" and not "We" and not "They" and not "She" and not "He" and not "My" and not "Your" and not "Our" and not "The"
                    && !s_notNames.Contains(first.ToLowerInvariant()))
                {
                    return Clean(name);
                }
            }
        }

        return null;
    }

    private static DayOfWeek? FindCallAgainDay(string tidy) =>
        s_callAgainDay.Match(tidy) is { Success: true } match && Enum.TryParse(match.Groups["day"].Value, ignoreCase: true, out DayOfWeek day) ? day : null;

    private static string? FindField(string tidy)
    {
        Match match = s_field.Match(tidy);
        if (!match.Success)
        {
            return null;
        }

        string field = Clean(match.Groups["field"].Value);
        string folded = TextFolding.Fold(field);
        return field.Length < 3 || folded is "a job" or "jobs" or "a career" or "my options" or "options" ? null : field;
    }

    // "Its Monday": a capital that is a date, not a name.
    private static bool IsDayOrMonth(string word) =>
        System.Globalization.DateTimeFormatInfo.InvariantInfo.DayNames.Contains(word, StringComparer.OrdinalIgnoreCase)
        || System.Globalization.DateTimeFormatInfo.InvariantInfo.MonthNames.Contains(word, StringComparer.OrdinalIgnoreCase);

    // The pattern keeps at most two words, so "Dr Anna Keller's office" is cut before the possessive.
    private static bool FollowedByPossessive(string tidy, Match match) =>
        s_possessiveNext.IsMatch(tidy.AsSpan(match.Index + match.Length));

    private static readonly Regex s_possessiveNext = new(@"^\s+\p{Lu}[\p{L}-]*(?:'s|\u2019s)\b|^(?:'s|\u2019s)\b", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);

    // The pattern ignores case, so "my name is Alex and Dana Lee ..." takes "Alex and": a second word that is an
    // ordinary word ("and", "from") is not part of the name.
    private static string WithoutTrailingWord(string name)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && s_notNames.Contains(name[(space + 1)..].ToLowerInvariant()) ? name[..space] : name;
    }

    private static string Clean(string value) => Phrasing.Fragment(value).Trim('\'', '"', '-', ' ');
}
