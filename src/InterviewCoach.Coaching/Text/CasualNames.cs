using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Gives names their capitals back in text typed the way people chat ("hi grace, it's sam, abena said i should call
/// you"), so the checkers that find names by their capitals read it as they read a tidy transcript. Only text whose
/// sentences mostly start in lower case is touched, and only words in a name's place: after a greeting, after "it's",
/// "this is", "my name is" or "i'm", and before "said I", "suggested", "gave me" and the like. Sentence starts and
/// "i" are capitalised too. Text typed with capitals is returned as it is.
/// </summary>
public static partial class CasualNames
{
    // Words that fill a name's place without being a name ("i'm calling", "it's about", "my manager suggested").
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "not", "just", "so", "very", "also", "still", "here", "there", "about", "from", "in", "at", "on",
        "with", "for", "to", "of", "and", "or", "but", "me", "you", "him", "her", "them", "us", "it", "this", "that", "what",
        "your", "my", "our", "their", "his", "new", "keen", "sorry", "glad", "happy", "sure", "fine", "okay", "ok", "good",
        "great", "been", "now", "only", "one", "all", "no", "never", "free", "busy", "able", "aware", "afraid", "open",
        "part", "nervous", "quite", "pretty", "really", "actually", "basically", "like", "um", "uh", "er", "well", "i",
        "i'm", "im", "i'll", "i've", "i'd", "she", "he", "they", "we", "someone", "somebody", "everyone", "anyone", "who",
        "which", "friend", "manager", "boss", "colleague", "coworker", "mum", "mom", "dad", "mother", "father", "aunt",
        "uncle", "cousin", "sister", "brother", "neighbour", "neighbor", "teacher", "tutor", "lecturer", "professor",
        "mentor", "coach", "adviser", "advisor", "counsellor", "counselor", "classmate", "partner", "husband", "wife",
        "article", "post", "website", "profile", "directory", "list", "people", "person", "there's", "everybody", "nobody",
        "one's", "as", "if", "when", "then", "too", "again", "back", "over", "hoping", "currently", "interested", "was", "were",
        "is", "are", "has", "have", "had", "be", "once", "kindly", "who's", "lot", "linkedin",
    };

    /// <summary>The text with names capitalised, or the text unchanged when it is not typed casually.</summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is 0 or > 5_000 || !IsCasual(text))
        {
            return text;
        }

        try
        {
            var chars = new StringBuilder(text);
            foreach (Match start in SentenceStart().Matches(text))
            {
                Capitalise(chars, start.Groups["w"].Index);
            }

            foreach (Match i in LowerI().Matches(text))
            {
                Capitalise(chars, i.Index);
            }

            foreach (Regex slot in (ReadOnlySpan<Regex>)[AfterGreeting(), AfterIntroduction(), BeforeReferral(), AfterReferredBy()])
            {
                foreach (Match match in slot.Matches(text))
                {
                    // "i'm sam okafor": a surname only follows a first name ("i'm a nurse" has none).
                    if (CapitaliseName(chars, match.Groups["name"]) && match.Groups["second"].Success)
                    {
                        CapitaliseName(chars, match.Groups["second"]);
                    }
                }
            }

            return chars.ToString();
        }
        catch (RegexMatchTimeoutException)
        {
            return text;
        }
    }

    // Casual: most sentences start in lower case (a sentence that opens with "I" says nothing either way).
    private static bool IsCasual(string text)
    {
        int lower = 0;
        int upper = 0;
        foreach (Match start in SentenceStart().Matches(text))
        {
            string word = start.Groups["w"].Value;
            if (word is "I" or "I'm" or "I’m")
            {
                continue;
            }

            if (char.IsLower(word[0]))
            {
                lower++;
            }
            else if (char.IsUpper(word[0]))
            {
                upper++;
            }
        }

        return lower > upper;
    }

    private static bool CapitaliseName(StringBuilder chars, Group name)
    {
        string word = name.Value;
        if (word.Length < 2 || s_notNames.Contains(word) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Capitalise(chars, name.Index);
        return true;
    }

    private static void Capitalise(StringBuilder chars, int index) =>
        chars[index] = char.ToUpper(chars[index], CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:^|[.!?]\s+)\W*(?<w>\p{L}[\p{L}'’]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"\bi(?=\b(?:['’](?:m|ll|ve|d))?)(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LowerI();

    [GeneratedRegex(@"\b(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\s+(?<name>\p{Ll}[\p{L}'-]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AfterGreeting();

    [GeneratedRegex(@"\b(?:it['’]s|its|this\s+is|my\s+name\s+is|my\s+name['’]s|i['’]m|im)\s+(?<name>\p{Ll}[\p{L}'-]*)(?:\s+(?<second>\p{Ll}[\p{L}'-]*))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AfterIntroduction();

    [GeneratedRegex(@"\b(?<name>\p{Ll}[\p{L}'-]*)\s+(?:said\s+(?:that\s+)?(?:i|you)\b|suggested|recommended|referred\s+me|gave\s+me|passed\s+(?:on|along)|mentioned\s+(?:you|your)|told\s+me|put\s+me)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BeforeReferral();

    [GeneratedRegex(@"\b(?:referred|recommended|introduced|pointed)(?:\s+(?:to\s+you|me|your\s+way))?\s+by\s+(?:my\s+\p{Ll}+\s+)?(?<name>\p{Ll}[\p{L}'-]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AfterReferredBy();
}
