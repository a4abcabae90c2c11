using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Finds the speaker's name, the referrer and the field in a draft. Works on the tidied original so names keep
/// their capitals; "I'm Sam" counts only near the start and only when "Sam" is not an ordinary word.
/// </summary>
internal static class DetailExtractor
{
    // Self-introductions happen in the first breath; later "I'm ..." is almost never a name.
    private const int IntroductionWindow = 200;

    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(200);

    private static readonly Regex s_myNameIs = new(
        @"\bmy name(?: is|'s)\s+(?<name>\p{L}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_timeout);

    private static readonly Regex s_casualIntro = new(
        @"\b(?:i'm|i am|this is|it's)\s+(?<name>\p{L}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_timeout);

    private static readonly Regex s_referrer = new(
        @"(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?:suggested|recommended|referred|gave me|passed|mentioned|thought)",
        RegexOptions.CultureInvariant, s_timeout);

    private static readonly Regex s_field = new(
        @"\b(?:researching|exploring|learning about|learning more about|interested in|curious about|looking into)\s+(?:the\s+)?(?<field>[\p{L}][\p{L} '&-]{1,40}?)(?=\s+(?:field|industry|sector|world|and|but|so|because|as)\b|[,.;:!?)]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, s_timeout);

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
            return new ExtractedDetails(null, null, null);
        }

        try
        {
            return new ExtractedDetails(FindName(tidy), FindReferrer(tidy), FindField(tidy));
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological paste is not worth a crash; the rewrite falls back to placeholders.
            return new ExtractedDetails(null, null, null);
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

            // "I'm Amal's nephew" names a relative, not the caller.
            if (s_notNames.Contains(firstWord.ToLowerInvariant()) || IsPossessive(firstWord))
            {
                continue;
            }

            if (char.IsUpper(firstWord[0]) || allLowercase)
            {
                return WithoutTrailingWord(Clean(name));
            }
        }

        return null;
    }

    private static string? FindReferrer(string tidy)
    {
        foreach (Match match in s_referrer.Matches(tidy))
        {
            string name = match.Groups["name"].Value;
            string first = name.Split(' ')[0];
            if (first is not "I" and not "You" and not "We" and not "They" and not "She" and not "He" && !s_notNames.Contains(first.ToLowerInvariant()))
            {
                return Clean(name);
            }
        }

        return null;
    }

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
