using System.Text;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// A user's text folded for matching: lowercase words without punctuation, grouped into sentences and clauses.
/// Phrase patterns run over <see cref="Joined"/>, sentences or clauses, so "Is this a good time?!" and
/// "is  this a GOOD time" look the same.
/// </summary>
internal sealed class NormalizedText
{
    // Words after which a full stop does not end the sentence ("Dr. Patel").
    private static readonly HashSet<string> s_abbreviations =
        ["dr", "mr", "mrs", "ms", "prof", "st", "eg", "ie", "etc", "vs", "jr", "sr", "approx"];

    // Words that start a new clause: what follows "but" is judged on its own.
    private static readonly HashSet<string> s_clauseBreakers = ["but", "however", "although", "though", "yet"];

    // Hesitations that never carry meaning; left out of the text that phrases are matched against.
    private static readonly HashSet<string> s_fillerTokens =
        ["um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "ah", "basically", "actually", "literally", "just"];

    // Asides that carry no meaning when they stand between commas.
    private static readonly HashSet<string> s_fillerClauses =
        ["like", "you know", "i mean", "kind of", "sort of", "so", "well", "right", "okay", "ok", "you see"];

    private static readonly HashSet<string> s_negationScopeBreakers = ["and", "so", "because", "since", "while", "when", "if"];

    private NormalizedText(string original, IReadOnlyList<string> words, IReadOnlyList<NormalizedSentence> sentences)
    {
        Original = original;
        Words = words;
        Joined = string.Join(' ', sentences.Select(s => s.Text));
        Sentences = sentences;
    }

    public string Original { get; }

    public IReadOnlyList<string> Words { get; }

    public string Joined { get; }

    public IReadOnlyList<NormalizedSentence> Sentences { get; }

    public int WordCount => Words.Count;

    public IEnumerable<string> Clauses => Sentences.SelectMany(s => s.Clauses);

    /// <summary>Every clause with all its words, fillers included.</summary>
    public IEnumerable<IReadOnlyList<string>> RawClauses => Sentences.SelectMany(s => s.RawClauses);

    public static NormalizedText From(string? text)
    {
        string original = text ?? string.Empty;
        string folded = TextFolding.Fold(original);
        var sentences = new List<NormalizedSentence>();
        var words = new List<string>();
        var current = new StringBuilder();

        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            bool ends = c is '!' or '?' or '\n' || (c == '.' && EndsSentenceAt(folded, i, current));
            if (!ends)
            {
                current.Append(c);
                continue;
            }

            NormalizedSentence? sentence = MakeSentence(current.ToString(), c == '?');
            current.Clear();
            if (sentence is not null)
            {
                sentences.Add(sentence);
            }
            else if (c == '?' && sentences.Count > 0 && folded[i - 1] is '!' or '?' or '.')
            {
                // "Really!?" still ends in a question.
                sentences[^1] = sentences[^1] with { IsQuestion = true };
            }
        }

        NormalizedSentence? last = MakeSentence(current.ToString(), isQuestion: false);
        if (last is not null)
        {
            sentences.Add(last);
        }

        foreach (NormalizedSentence sentence in sentences)
        {
            words.AddRange(sentence.RawClauses.SelectMany(c => c));
        }

        return new NormalizedText(original, words, sentences);
    }

    /// <summary>Splits folded text into words: letters and digits, with inner apostrophes kept ("i'm", "o'neil").</summary>
    public static List<string> Tokenize(string folded)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (c == '\'' && word.Length > 0 && i + 1 < folded.Length && char.IsLetter(folded[i + 1]))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }

    /// <summary>
    /// True when a negating word appears shortly before <paramref name="index"/> in <paramref name="clause"/>, with no
    /// "and", "so" or "because" in between: "not looking for a job" is negated, "don't know anyone and want a job" is not.
    /// </summary>
    public static bool IsNegatedAt(string clause, int index)
    {
        const int Window = 7;
        string[] before = clause[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int stop = Math.Max(0, before.Length - Window);
        for (int i = before.Length - 1; i >= stop; i--)
        {
            string word = before[i];
            if (s_negationScopeBreakers.Contains(word))
            {
                return false;
            }

            bool negator = word is "not" or "never" or "no" or "nor" or "without" or "cannot" || word.EndsWith("n't", StringComparison.Ordinal);
            bool contrast = i > 0 && ((word == "than" && before[i - 1] == "rather") || (word == "of" && before[i - 1] == "instead"));
            if (negator || contrast)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentenceAt(string folded, int index, StringBuilder current)
    {
        // A full stop between digits ("2.5") or after a known abbreviation does not end a sentence.
        if (index + 1 < folded.Length && char.IsDigit(folded[index + 1]) && index > 0 && char.IsDigit(folded[index - 1]))
        {
            return false;
        }

        List<string> tokens = Tokenize(current.ToString());
        if (tokens.Count == 0)
        {
            return true;
        }

        string lastWord = tokens[^1];
        bool touchesWord = current.Length > 0 && char.IsLetter(current[^1]);
        return !(touchesWord && (s_abbreviations.Contains(lastWord) || (lastWord.Length == 1 && char.IsLetter(lastWord[0]) && lastWord != "i")));
    }

    private static NormalizedSentence? MakeSentence(string raw, bool isQuestion)
    {
        var rawClauses = new List<IReadOnlyList<string>>();
        foreach (string rawClause in raw.Split([',', ';', ':', '(', ')', '"', '-', '/', '[', ']'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clause = new List<string>();
            foreach (string token in Tokenize(rawClause))
            {
                if (s_clauseBreakers.Contains(token) && clause.Count > 0)
                {
                    rawClauses.Add(clause);
                    clause = [];
                }

                clause.Add(token);
            }

            if (clause.Count > 0)
            {
                rawClauses.Add(clause);
            }
        }

        int wordCount = rawClauses.Sum(c => c.Count);
        if (wordCount == 0)
        {
            return null;
        }

        // A clause that is only filler ("like", "you know") is dropped and its neighbours joined, so
        // "I'm not, like, looking for a job" keeps its negation.
        var clauses = new List<string>();
        bool joinNext = false;
        foreach (IReadOnlyList<string> rawClause in rawClauses)
        {
            List<string> kept = rawClause.Where(t => !s_fillerTokens.Contains(t)).ToList();
            if (kept.Count == 0 || s_fillerClauses.Contains(string.Join(' ', kept)))
            {
                joinNext = clauses.Count > 0;
                continue;
            }

            string clause = string.Join(' ', kept);
            if (joinNext)
            {
                clauses[^1] = clauses[^1] + " " + clause;
                joinNext = false;
            }
            else
            {
                clauses.Add(clause);
            }
        }

        return new NormalizedSentence(string.Join(' ', clauses), clauses, isQuestion, wordCount, rawClauses);
    }
}
