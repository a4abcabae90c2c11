using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Counts spoken fillers: um, uh (and their spellings er, erm), basically, "like" used as a hedge, "you know",
/// "kind of" and "sort of". Literal uses are not fillers: "I'd like to", "sounds like", "what kind of work",
/// "do you know when". Commas are kept as tokens because ", like," is the surest sign of a filler.
/// </summary>
internal static class FillerCounter
{
    private static readonly HashSet<string> s_alwaysFillers =
        ["um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "errm", "basically", "kinda", "sorta"];

    // "like" after these is a verb or a comparison ("would like", "feels like", "jobs like yours").
    private static readonly HashSet<string> s_likeIsMeant =
    [
        "would", "i'd", "you'd", "we'd", "they'd", "he'd", "she'd", "i", "you", "we", "they", "feel", "feels", "felt",
        "look", "looks", "looked", "seem", "seems", "sound", "sounds", "sounded", "much", "also", "don't", "didn't",
        "do", "does", "did", "might", "may", "i'll", "something", "anything", "nothing", "things", "more", "people",
        "roles", "fields", "places", "companies", "jobs", "areas", "not", "most", "what", "would've", "really", "to",
        "what's", "whats", "exactly", "organisations", "organizations", "firms", "someone", "somebody", "job", "role",
        "company", "field", "place", "work", "stuff", "industries", "sectors", "teams", "it", "be", "just", "will", "could",
    ];

    // "like" before these is a hedge ("like, really", "like um").
    private static readonly HashSet<string> s_hedgeAfterLike = ["um", "uh", "er", "erm", "really", "totally", "so", "super", "very", "literally", "basically"];

    // "like" after these is a hedge ("I'm like interested", "and like").
    private static readonly HashSet<string> s_hedgeBeforeLike = ["um", "uh", "er", "erm", "and", "so", "but", "i'm", "im", "it's", "is", "was", "were", "are", "you're", "totally", "basically", "or", "because", "kinda", "sorta", "yeah"];

    // "kind of" / "sort of" after these names a type ("what kind of work").
    private static readonly HashSet<string> s_typeWords =
    [
        "what", "which", "the", "a", "an", "this", "that", "any", "every", "some", "same", "other", "one", "different",
        "each", "whatever", "all", "these", "those", "many", "no", "what's", "whats", "certain", "particular", "right", "wrong",
    ];

    // "you know" after these is a real verb ("do you know anyone", "as you know").
    private static readonly HashSet<string> s_knowIsMeant = ["do", "did", "would", "if", "as", "since", "might", "may", "don't", "whether", "could", "can", "will", "that", "what", "how", "because", "let", "so", "when", "didn't", "doesn't", "does"];

    public static int Count(string? text)
    {
        List<string> tokens = Tokens(text);
        int count = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            string word = tokens[i];
            string previous = i > 0 ? tokens[i - 1] : string.Empty;
            string next = i + 1 < tokens.Count ? tokens[i + 1] : string.Empty;
            if (s_alwaysFillers.Contains(word))
            {
                count++;
            }
            else if (word == "like" && IsHedgeLike(previous, next))
            {
                count++;
            }
            else if ((word is "kind" or "sort") && next == "of" && !s_typeWords.Contains(previous))
            {
                count++;
            }
            else if (word == "you" && next == "know" && !s_knowIsMeant.Contains(previous) && !(i + 2 < tokens.Count && tokens[i + 2] is "anyone" or "anybody" or "someone" or "whether" or "if" or "of"))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsHedgeLike(string previous, string next)
    {
        if (next == "to" || s_likeIsMeant.Contains(previous))
        {
            return false;
        }

        return previous == "," || next == "," || previous.Length == 0 || s_hedgeBeforeLike.Contains(previous) || s_hedgeAfterLike.Contains(next) || IsNumber(next);
    }

    private static bool IsNumber(string word) => word.Length > 0 && (char.IsDigit(word[0]) || word is "two" or "three" or "five" or "ten" or "twenty" or "thirty" or "fifteen");

    // Lowercase words with inner apostrophes kept, and commas (and other pauses) as their own "," token.
    private static List<string> Tokens(string? text)
    {
        string folded = TextFolding.Fold(text);
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= folded.Length; i++)
        {
            char c = i < folded.Length ? folded[i] : ' ';
            bool inWord = char.IsLetterOrDigit(c) || (c == '\'' && start >= 0 && i + 1 < folded.Length && char.IsLetter(folded[i + 1]));
            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }

            if (c is ',' or ';' or '-' or '.' or '!' or '?' or ':' or '(' or ')')
            {
                tokens.Add(",");
            }
        }

        return tokens;
    }
}
