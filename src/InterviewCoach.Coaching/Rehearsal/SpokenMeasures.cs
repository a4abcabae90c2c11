using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Counts filler words and reads the requested meeting length out of a spoken draft.</summary>
internal static class SpokenMeasures
{
    private static readonly HashSet<string> s_singleFillers =
        ["um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "basically", "actually", "literally", "just"];

    // "like" after these is a verb or comparison ("I'd like to", "sounds like"), not a filler.
    private static readonly HashSet<string> s_likeIsMeant =
    [
        "would", "i'd", "you'd", "we'd", "they'd", "he'd", "she'd", "i", "you", "we", "they", "feel", "feels", "felt",
        "look", "looks", "looked", "seem", "seems", "sound", "sounds", "sounded", "much", "really", "also", "don't",
        "didn't", "do", "does", "did", "might", "may", "i'll", "something", "anything", "nothing", "things", "more",
        "people", "roles", "fields", "places", "companies", "jobs", "areas", "just", "not", "most", "what", "would've",
    ];

    // "kind of" and "sort of" after these describe a type ("what kind of work"), not a hedge.
    private static readonly HashSet<string> s_typeWords =
        ["what", "which", "the", "a", "this", "that", "any", "every", "some", "same", "other", "one", "different", "each", "whatever"];

    // "you know" after these is a real question ("do you know anyone").
    private static readonly HashSet<string> s_knowIsMeant = ["do", "did", "would", "if", "as", "since", "might", "may", "don't", "whether"];

    // Longer phrases first so "half an hour" is not read as "an hour".
    private static readonly (string Words, string Digits)[] s_numberWords =
    [
        ("twenty five", "25"),
        ("forty five", "45"),
        ("half an hour", "30 minutes"),
        ("half hour", "30 minutes"),
        ("quarter of an hour", "15 minutes"),
        ("quarter hour", "15 minutes"),
        ("an hour", "60 minutes"),
        ("one hour", "60 minutes"),
        ("five", "5"),
        ("ten", "10"),
        ("fifteen", "15"),
        ("twenty", "20"),
        ("thirty", "30"),
        ("forty", "40"),
        ("sixty", "60"),
        ("ninety", "90"),
    ];

    private static readonly PhraseSet s_duration = new(
        @"\d{1,3} (?:to |or |and )?\d{0,3} ?(?:minutes|minute|mins|min|hours|hour|hrs|hr)");

    /// <summary>Counts fillers clause by clause, so a comma resets the context ("what you do, you know").</summary>
    public static int CountFillers(NormalizedText text) => text.RawClauses.Sum(CountFillers);

    private static int CountFillers(IReadOnlyList<string> words)
    {
        int count = 0;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            string previous = i > 0 ? words[i - 1] : string.Empty;
            string next = i + 1 < words.Count ? words[i + 1] : string.Empty;
            if (s_singleFillers.Contains(word))
            {
                count++;
            }
            else if (word == "like" && !s_likeIsMeant.Contains(previous))
            {
                count++;
            }
            else if ((word is "kind" or "sort") && next == "of" && !s_typeWords.Contains(previous))
            {
                count++;
            }
            else if (word == "you" && next == "know" && !s_knowIsMeant.Contains(previous))
            {
                count++;
            }
            else if (word == "i" && next == "mean")
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The longest meeting length asked for, in minutes; null when no length is named.</summary>
    public static int? RequestedMinutes(NormalizedText text)
    {
        string joined = " " + text.Joined + " ";
        foreach ((string words, string digits) in s_numberWords)
        {
            joined = joined.Replace($" {words} ", $" {digits} ", StringComparison.Ordinal);
        }

        int? longest = null;
        for (Match match = s_duration.Match(joined); match.Success; match = match.NextMatch())
        {
            string[] parts = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int highest = parts.Where(p => p.All(char.IsDigit)).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
            if (parts[^1].StartsWith('h'))
            {
                highest *= 60;
            }

            longest = Math.Max(longest ?? 0, highest);
        }

        return longest;
    }
}
