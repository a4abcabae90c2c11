using System.Text;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Splits what a user typed into sentences, keeping their words and capitals for the meaning model. A full stop
/// after a title or a Latin abbreviation ("Mr.", "Dr.", "e.g.", "i.e.", "a.m.") or between digits does not end a
/// sentence; a line break does; the last sentence needs no closing punctuation. Bounded: at most
/// <see cref="MaxSentences"/> sentences of at most <see cref="MaxSentenceLength"/> characters.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Sentences kept from one text; a pitch or email never needs more, and a paste of a book gets the start.</summary>
    public const int MaxSentences = 40;

    /// <summary>Characters kept from one sentence; the model reads little more than this anyway.</summary>
    public const int MaxSentenceLength = 400;

    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "vs", "etc", "eg", "ie", "approx", "dept", "inc",
        "ltd", "co", "corp", "no", "tel", "ext", "am", "pm", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "ph.d", "b.sc", "m.sc",
    };

    public static IReadOnlyList<SpokenSentence> Split(string? text)
    {
        var sentences = new List<SpokenSentence>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sentences;
        }

        var current = new StringBuilder();
        for (int i = 0; i < text.Length && sentences.Count < MaxSentences; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                Flush(sentences, current, isQuestion: false);
                continue;
            }

            current.Append(c);
            if (c is '?' or '!' || (c == '.' && EndsAt(text, i, current)) || c is '\u3002' or '\uFF1F' or '\uFF01')
            {
                // Keep runs like "?!" or "..." together.
                while (i + 1 < text.Length && text[i + 1] is '?' or '!' or '.' or '"' or '\'' or ')' or '\u201D' or '\u2019')
                {
                    current.Append(text[++i]);
                }

                Flush(sentences, current, isQuestion: current.ToString().Contains('?', StringComparison.Ordinal) && EndsWithQuestion(current));
            }
        }

        if (sentences.Count < MaxSentences)
        {
            Flush(sentences, current, isQuestion: false);
        }

        return sentences;
    }

    private static bool EndsWithQuestion(StringBuilder current)
    {
        for (int i = current.Length - 1; i >= 0; i--)
        {
            char c = current[i];
            if (c is '?' or '\uFF1F')
            {
                return true;
            }

            if (c is not ('!' or '.' or '"' or '\'' or ')' or '\u201D' or '\u2019' or ' '))
            {
                return false;
            }
        }

        return false;
    }

    private static bool EndsAt(string text, int index, StringBuilder current)
    {
        // "2.5", "v1.2": a full stop between digits.
        if (index > 0 && index + 1 < text.Length && char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]))
        {
            return false;
        }

        // "www.example.com", "e.g." mid-token: a full stop followed by a letter is not a sentence end.
        if (index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]))
        {
            return false;
        }

        string word = LastWord(current);
        if (word.Length == 0)
        {
            return true;
        }

        if (s_abbreviations.Contains(word) || (word.Length == 1 && char.IsLetter(word[0]) && word != "I"))
        {
            return false;
        }

        // "...and so on. then" stays a break, but a full stop followed by a lowercase word after an initial-like token does not.
        return true;
    }

    private static string LastWord(StringBuilder current)
    {
        int end = current.Length - 1; // the full stop
        int start = end;
        while (start > 0 && (char.IsLetter(current[start - 1]) || current[start - 1] == '.'))
        {
            start--;
        }

        return start >= end ? string.Empty : current.ToString(start, end - start);
    }

    private static void Flush(List<SpokenSentence> sentences, StringBuilder current, bool isQuestion)
    {
        string tidy = TextFolding.Tidy(current.ToString());
        current.Clear();
        if (!tidy.Any(char.IsLetterOrDigit))
        {
            return;
        }

        if (tidy.Length > MaxSentenceLength)
        {
            tidy = tidy[..MaxSentenceLength];
        }

        sentences.Add(new SpokenSentence(tidy, isQuestion));
    }

    /// <summary>Shortest piece a long sentence is cut into; shorter pieces stay with their neighbour.</summary>
    private const int MinPieceWords = 5;

    /// <summary>
    /// Sentences, with long ones cut at commas, semicolons and dashes into pieces of at least five words, so that
    /// "Hi, I'm Sam, Priya suggested I call, and I'm researching nursing" is judged one idea at a time. Every
    /// piece of a question keeps its question mark.
    /// </summary>
    public static IReadOnlyList<SpokenSentence> SplitUnits(string? text)
    {
        IReadOnlyList<SpokenSentence> sentences = Split(text);
        var units = new List<SpokenSentence>(sentences.Count + 4);
        foreach (SpokenSentence sentence in sentences)
        {
            string[] pieces = sentence.Text.Split([", ", "; ", " - ", " \u2013 ", " \u2014 "], StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length == 1 || WordCount(sentence.Text) <= 12)
            {
                units.Add(sentence);
                continue;
            }

            var merged = new List<string>();
            foreach (string piece in pieces)
            {
                if (merged.Count > 0 && (WordCount(merged[^1]) < MinPieceWords || WordCount(piece) < MinPieceWords))
                {
                    merged[^1] = merged[^1] + ", " + piece;
                }
                else
                {
                    merged.Add(piece);
                }
            }

            for (int i = 0; i < merged.Count; i++)
            {
                units.Add(new SpokenSentence(merged[i], sentence.IsQuestion));
            }
        }

        return units;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
