using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The broader field an email names, read from its noun phrases rather than from a list of fields: the short phrase
/// after "in", "into", "about", "for", "from"..., or after what one explores, considers, pursues or studies ("three years in fintech", "I'm exploring museum curation", "how you moved into regulatory affairs",
/// "public-sector data science differs from retail") is compared with example fields and with look-alike phrases that
/// name none ("your time", "the next few weeks", "my background"). All of an email's phrases go to the model in one
/// batched call; the examples are embedded once per model.
/// </summary>
internal static class FieldPhrases
{
    private const int MaxWords = 4;
    private const int MaxPhrases = 24;
    private const float FramedMinSimilarity = 0.25f;

    private static readonly Regex s_lead = new(
        @"\b(?:in|into|to|about|for|of|on|from|towards|toward|between|within|across|explore|exploring|considering|pursue|pursuing|studying|researching|understand|understanding)\s+(?:the\s+|a\s+|an\s+)?|(?<=\b(?:interested|fascinated|attracted|drawn|intrigued|passionate)\s+)by\s+(?:the\s+|a\s+|an\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.MatchTimeout);

    private static readonly Regex s_word = new(@"\G\s*([\p{L}][\p{L}\p{N}&/'-]*)", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Words that end a noun phrase, or show the words after the preposition are no noun phrase.
    private static readonly HashSet<string> s_stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "my", "your", "you", "i", "we", "our", "their", "his", "her", "its", "it", "this", "that",
        "these", "those", "me", "us", "them", "him", "she", "he", "they", "at", "with", "in", "into", "to", "of", "for",
        "on", "from", "by", "about", "as", "than", "like", "over", "after", "before", "during", "since", "until",
        "through", "between", "but", "or", "so", "because", "while", "whereas", "if", "when", "where", "how", "what",
        "why", "which", "who", "whom", "whether", "is", "are", "was", "were", "be", "been", "being", "have", "has",
        "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "more",
        "most", "very", "really", "also", "just", "now", "then", "there", "here", "next", "last", "some", "any", "all",
        "each", "every", "one", "two", "three", "four", "five", "ten", "twenty", "fifteen", "thirty", "half", "such",
        "not", "no", "please", "kindly", "i'm", "i've", "i'd", "you're", "you've", "you'd", "it's", "there's", "and",
        "up", "out", "off", "down", "around", "without", "within", "against", "across", "towards", "toward", "upon",
        "whom", "whose", "yours", "mine", "ours", "myself", "yourself", "other", "another", "same", "many", "much",
        "better", "properly", "deeply", "further",
    };

    // What follows a preposition but names an action, not a field ("to learn", "about moving").
    private static readonly HashSet<string> s_verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hear", "learn", "know", "ask", "talk", "speak", "meet", "share", "understand", "move", "make", "get", "find",
        "see", "help", "discuss", "chat", "connect", "reach", "write", "contact", "pick", "explore", "become", "join",
        "send", "call", "go", "start", "build", "spend", "read", "thank", "take", "give", "tell", "grow", "enter",
        "break", "apply", "follow", "keep", "let", "put", "set", "say", "think", "look", "pursue", "transition",
        "switch", "change", "ensure", "gain", "improve", "prepare", "decide", "choose", "consider", "leave", "bring",
    };

    // A phrase that ends in one of these names a team or post ("the analytics team"), the narrow half, not a field.
    private static readonly HashSet<string> s_unitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "teams", "group", "unit", "department", "division", "desk", "office", "lab", "practice", "programme",
        "program", "role", "position", "post", "job", "opening", "vacancy", "internship", "manager", "director", "head",
    };

    private static readonly MeaningPrototypes s_field = new(
        [
            "renewable power", "corporate finance", "epidemiology", "town planning", "broadcasting", "software engineering",
            "logistics", "biotech", "patent law", "hospitality", "cybersecurity", "aviation", "law", "accounting",
            "marketing", "management consulting", "real estate", "video games", "architecture", "hospital management",
            "actuarial work", "human resources", "machine learning", "environmental policy", "clinical research", "publishing",
            "wholesale trade", "primary education", "wildlife conservation", "film production", "nursing", "international development",
            "insurance", "agriculture", "semiconductors", "mining", "social work", "museum curation", "the automotive sector",
            "sports medicine", "consumer goods", "humanitarian work",
        ],
        [
            "your time", "a quick call", "the next few weeks", "my CV", "your advice", "your experience", "my background",
            "my degree", "the conference", "your article", "the weekend", "my family", "this email", "coffee",
            "twenty minutes", "your career path", "the future", "my studies", "the role", "a job", "an internship",
            "my manager", "the company", "last year", "a chat", "your work", "your perspective", "the talk", "general",
            "detail", "the meantime", "class", "a similar path", "people", "the day", "particular", "touch",
            "my final year", "the alumni network", "advance", "your insights", "a change", "my first job", "the move",
            "your journey", "questions", "the switch", "my profile", "the same university", "school", "a student",
            "some advice", "the opportunity", "your convenience", "graduate school", "interest",
        ],
        minSimilarity: 0.45f,
        margin: 0.1f);

    /// <summary>The noun phrases that could name a field, in order, at most <see cref="MaxPhrases"/>.</summary>
    public static List<string> Candidates(IEnumerable<string> sentences)
    {
        var found = new List<string>();
        foreach (string sentence in sentences)
        {
            foreach (Match lead in s_lead.Matches(sentence))
            {
                string? phrase = PhraseAt(sentence, lead.Index + lead.Length);
                if (phrase is not null && !found.Contains(phrase, StringComparer.OrdinalIgnoreCase))
                {
                    found.Add(phrase);
                    if (found.Count == MaxPhrases)
                    {
                        return found;
                    }
                }
            }
        }

        return found;
    }

    // The subject of a clause put to the contact ("whether fintech is a good place to start", "how user research in
    // consumer tech differs", "where river conservation is heading") is where such clauses name their field.
    private static readonly Regex s_subjectLead = new(
        @"\b(?:whether|how|where|why|if)\s+(?:the\s+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.MatchTimeout);

    /// <summary>
    /// <see cref="Candidates"/> of one sentence, with the subjects of its "whether / how / where ..." clauses.
    /// </summary>
    public static List<string> CandidatesWithSubjects(string sentence)
    {
        List<string> found = Candidates([sentence]);
        foreach (Match lead in s_subjectLead.Matches(sentence))
        {
            if (PhraseAt(sentence, lead.Index + lead.Length) is { } phrase && !found.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(phrase);
            }
        }

        return found;
    }

    // What the writer wants, studies or moves towards frames what follows as a field ("a keen interest in flood risk
    // modelling", "a move into instructional design", "exploring museum curation"): there the phrase counts unless
    // it is clearly nearer a look-alike than a field (by the margin a field needs over a look-alike elsewhere).
    private static readonly Regex s_interestFrame = new(
        @"\b(?:interest|interests|interested|passion|passionate|curious|keen|career|careers|move|moving|moved|transition|transitioning|think|thinking|switch|switching|shift|shifting|get|getting|break|breaking|explore|exploring|considering|pursue|pursuing|studying|researching|learn|learning|drawn|grow|growing|enter|entering|specialise|specialize|specialising|specializing|understand|understanding)\s+(?:(?:more|further)\s+)?(?:in|into|to|about|towards|toward|by)?\s*(?:the\s+|a\s+|an\s+)?$|\b(?:mov\w+|jump\w*|switch\w*|went|go|going|gone|transition\w*|pivot\w*|shift\w*|came|crossed)\s+from\s+[^,.;?!]{1,40}?\s+(?:into|to)\s+(?:the\s+|a\s+|an\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.MatchTimeout);

    /// <summary>The phrases of <see cref="Candidates"/> that an interest frames ("interested in ...", "a move into ...").</summary>
    public static HashSet<string> Framed(IEnumerable<string> sentences)
    {
        var framed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string sentence in sentences)
        {
            foreach (Match lead in s_lead.Matches(sentence))
            {
                int end = lead.Index + lead.Length;
                int from = Math.Max(0, end - 60);
                if (s_interestFrame.IsMatch(sentence.AsSpan(from, end - from).ToString()) && PhraseAt(sentence, end) is { } phrase)
                {
                    framed.Add(phrase);
                }
            }
        }

        return framed;
    }

    /// <summary>The first phrase the model reads as a field, or null (also when the model is not ready).</summary>
    public static string? FirstField(IReadOnlyList<string> phrases, ISentenceEmbedder? embedder) => FirstField(phrases, null, embedder);

    /// <summary>
    /// As <see cref="FirstField(IReadOnlyList{string}, ISentenceEmbedder?)"/>; a phrase in <paramref name="framed"/>
    /// counts unless it is nearer a look-alike than a field by the examples' margin.
    /// </summary>
    public static string? FirstField(IReadOnlyList<string> phrases, IReadOnlySet<string>? framed, ISentenceEmbedder? embedder)
    {
        if (embedder is not { IsReady: true } || phrases.Count == 0)
        {
            return null;
        }

        float[][]? vectors = CheckedSentenceVectors.Embed(embedder, phrases);
        if (vectors is null)
        {
            return null;
        }

        for (int i = 0; i < phrases.Count; i++)
        {
            if (s_field.Says(embedder, vectors[i]) == true)
            {
                return phrases[i];
            }

            if (framed is not null && framed.Contains(phrases[i]) && s_field.Nearest(embedder, vectors[i]) is { } n
                && n.Positive >= FramedMinSimilarity && n.Trap - n.Positive < s_field.Margin)
            {
                return phrases[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The phrases the model puts at least as near a field as a look-alike: a sentence that holds none names no
    /// field, whatever its topic ("I'd love to hear what your day-to-day looks like"). Empty without the model.
    /// </summary>
    public static HashSet<string> FieldLeaning(IReadOnlyList<string> phrases, ISentenceEmbedder? embedder)
    {
        var leaning = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (embedder is not { IsReady: true } || phrases.Count == 0 || CheckedSentenceVectors.Embed(embedder, phrases) is not { } vectors)
        {
            return leaning;
        }

        for (int i = 0; i < phrases.Count; i++)
        {
            if (s_field.Nearest(embedder, vectors[i]) is { } n && n.Positive >= n.Trap)
            {
                leaning.Add(phrases[i]);
            }
        }

        return leaning;
    }

    /// <summary>Nearest field example and nearest look-alike for each phrase, for tuning.</summary>
    public static IEnumerable<(string Phrase, float Field, float Other)> Scores(IReadOnlyList<string> phrases, ISentenceEmbedder embedder)
    {
        float[][]? vectors = CheckedSentenceVectors.Embed(embedder, phrases);
        for (int i = 0; vectors is not null && i < phrases.Count; i++)
        {
            if (s_field.Nearest(embedder, vectors[i]) is { } n)
            {
                yield return (phrases[i], n.Positive, n.Trap);
            }
        }
    }

    private static bool IsAcronym(string w) => w.Length <= 4 && w.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsVerbing(string w) =>
        w.Length > 5 && w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && (s_verbs.Contains(w[..^3]) || s_verbs.Contains(w[..^3] + "e"));

    private static string? PhraseAt(string sentence, int at)
    {
        var words = new List<string>();
        int position = at;
        while (words.Count < MaxWords)
        {
            Match word = s_word.Match(sentence, position);
            if (!word.Success)
            {
                break;
            }

            string w = word.Groups[1].Value;
            bool joins = w.Equals("and", StringComparison.OrdinalIgnoreCase) && words.Count > 0;
            if ((!joins && s_stop.Contains(w)) || (words.Count == 0 && s_verbs.Contains(w)) || (words.Count == 0 && IsVerbing(w)))
            {
                break;
            }

            words.Add(w);
            position = word.Index + word.Length;
            if (position < sentence.Length && sentence[position] is ',' or '.' or '?' or '!' or ';' or ':' or ')')
            {
                break;
            }
        }

        while (words.Count > 0 && words[^1].Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || s_unitWords.Contains(words[^1]))
        {
            return null;
        }

        // A capitalised word or two before lowercase ones qualifies the field ("Indian consumer tech", "Nigerian
        // fintech"): the field is what follows. Capitals throughout are a name.
        int qualifiers = words.TakeWhile(w => char.IsUpper(w[0]) && !IsAcronym(w)).Count();
        if (qualifiers is > 0 and <= 2 && qualifiers < words.Count && words.Skip(qualifiers).All(w => char.IsLower(w[0])))
        {
            words.RemoveRange(0, qualifiers);
        }

        // A proper name ("Madrid", "Access Bank") is a place or an organisation; an acronym leading a phrase ("UX
        // design", "HR analytics") is part of a field's name.
        foreach (string w in words)
        {
            if (char.IsUpper(w[0]) && !(IsAcronym(w) && words.Count > 1))
            {
                return null;
            }
        }

        return string.Join(' ', words);
    }
}
