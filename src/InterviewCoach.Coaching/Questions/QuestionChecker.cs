using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// Checks a question the user wants to ask: is it closed (yes/no or one fact), does it ask for a job, is it nearly
/// the same as one already on the list, is it too long to say out loud. With a ready sentence model the judgements
/// follow meaning (<see cref="QuestionReader"/>); without one, the phrase and word-overlap rules decide. Total: any
/// input, from empty to a 10,000-character paste, gets an answer.
/// </summary>
public static class QuestionChecker
{
    /// <summary>Longer questions are hard to follow when spoken.</summary>
    public const int MaxWords = 35;

    /// <summary>Two questions whose content words overlap at least this much (Jaccard) are near duplicates.</summary>
    public const double DuplicateThreshold = 0.6;

    // Only the start of a paste is analysed; nobody asks a question longer than this.
    private const int MaxAnalysedLength = 2000;

    private const RegexOptions Rewriting = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly HashSet<string> s_auxiliaries =
    [
        "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "have", "has", "had",
        "should", "shall", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't",
        "can't", "couldn't", "wouldn't", "won't", "haven't", "hasn't", "hadn't", "shouldn't",
    ];

    private static readonly HashSet<string> s_leadingFillers = ["so", "and", "also", "ok", "okay", "well", "then", "but", "please", "now"];

    private static readonly HashSet<string> s_openers = ["what", "how", "why", "which", "who", "whom", "whose", "where", "when", "tell", "describe", "walk", "talk", "explain", "share"];

    private static readonly HashSet<string> s_requestVerbs =
    [
        "tell", "telling", "describe", "describing", "walk", "walking", "talk", "talking", "explain", "explaining",
        "share", "sharing", "say", "expand", "elaborate", "outline", "outlining", "paint", "summarise", "summarize", "help",
    ];

    private static readonly HashSet<string> s_requestSoftners = ["please", "mind", "kindly", "be", "able", "willing", "happy", "to"];

    private static readonly HashSet<string> s_stopWords =
    [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "about", "from", "by", "as",
        "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "can", "could",
        "would", "will", "should", "shall", "may", "might", "must", "what", "how", "why", "which", "who", "whom", "when",
        "where", "that", "this", "these", "those", "there", "it", "its", "you", "your", "yours", "i", "me", "my", "we",
        "our", "us", "they", "them", "their", "so", "if", "than", "then", "very", "really", "some", "any", "into", "up",
        "out", "like", "get", "got", "think", "s", "t", "'s", "d",
    ];

    private static readonly Regex s_leadingFillerText = new(
        @"^(?:(?:so|and|also|ok|okay|well|then|but|one more thing|quick question)[,:]?\s+)+", Rewriting);

    // Job words said in questions, beyond the shared job-ask phrases.
    private static readonly PhraseSet s_questionJobAsk = new(
        @"(?:are|is) (?:you|they|your \w+|your \w+ \w+|the \w+|anyone|anybody) (?:currently |still |now |ever )?(?:hiring|recruiting|taking people on)",
        @"(?:what|which|any) (?:\w+ )?(?:jobs|openings|vacancies|positions|roles) (?:are|do|does|is|might|will|could|would) (?:open|available|coming|you|there|your)",
        @"(?:jobs|openings|vacancies|positions|roles|job|opening|vacancy|position) (?:open|available|going|coming up) (?:at|with|in|on) (?:you|your|the)",
        @"(?:job|position|opening|vacancy|role|place) for me",
        @"(?:refer|recommend|put) me (?:forward )?for (?:a |an |the |any )?(?:job|position|role|opening|vacancy)",
        @"hire me|hiring me|employ me|take me on",
        @"(?:when|how|where) (?:can|could|should|do|might) i apply",
        @"(?:look at|looked at|read|review|see|keep|have|want|like|pass on|forward) (?:a copy of )?my (?:resume|cv)");

    // Talk about other people's hiring or the contact's own job is research, not a request: neutralised before matching.
    private static readonly Regex s_notARequest = new(
        @"\b(?<who>people|someone|somebody|newcomers|they|others|career changers|graduates|new people|anyone|most people|nurses|you)(?<how> usually| typically| normally| generally| first)? (?:get|got|are|were|get themselves) hired\b|\byour (?:role|job|position|work)\b",
        Rewriting);

    private static readonly PhraseSet s_resume = new(@"resume|resumes|cv|cvs");

    private static readonly Regex s_laterOpenClause = new(
        @"\b(?:and|or|if so|if not|otherwise) (?:what|how|why|which|who|where)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly (Regex Pattern, Func<Match, QuestionContext, string?> Rewrite)[] s_rewrites =
    [
        (new Regex(@"^(?<aux>do|does|did) (?<subj>you|they|people|most people) (?:really )?(?:like|enjoy|love) (?<rest>.+)$", Rewriting),
            (m, _) => $"What {Lower(m, "aux")} {m.Groups["subj"].Value} enjoy most about {m.Groups["rest"].Value}"),
        (new Regex(@"^(?:can|could|would|will|do) you (?:recommend|suggest) (?:any|some|a few|a couple of) (?<rest>.+)$", Rewriting),
            (m, _) => $"Which {m.Groups["rest"].Value} would you recommend"),
        (new Regex(@"^(?:would|do|will) you (?:recommend|suggest) (?<rest>.+)$", Rewriting),
            (m, _) => $"What would you say to someone weighing up {m.Groups["rest"].Value}"),
        (new Regex(@"^(?:do|does|will|would) (?:i|you|someone|people|one|newcomers|beginners) (?:really )?(?:need|require|have to have|have to get|need to have|need to get) (?<rest>.+)$", Rewriting),
            (m, c) => $"How much weight do people in {c.FieldText} give to {m.Groups["rest"].Value}"),
        (new Regex(@"^is there anything (?:else )?(?:that )?i (?:should|could|ought to|need to) (?<verb>\w+)(?<rest>.*)$", Rewriting),
            (m, _) => $"What else should I {m.Groups["verb"].Value}{m.Groups["rest"].Value}"),
        (new Regex(@"^are there (?:any |many |lots of |a lot of |enough |some |other )?(?<rest>.+)$", Rewriting),
            (m, _) => $"What {m.Groups["rest"].Value} are there"),
        (new Regex(@"^is there (?:much|a lot of|lots of|enough|any) (?<rest>.+)$", Rewriting),
            (m, _) => $"How much {m.Groups["rest"].Value} is there"),
        (new Regex(@"^is there (?<rest>.+)$", Rewriting),
            (m, _) => $"What can you tell me about {m.Groups["rest"].Value}"),
        (new Regex(@"^(?<aux>is|are) (?<subj>it|this|that|the work|this work|the job|this job|your job|the \w+|your \w+) (?:very |really |too |quite )?(?<adj>hard|difficult|easy|stressful|competitive|rewarding|fun|boring|busy|demanding|tough|exciting|challenging|satisfying|flexible|common|important|useful|well paid)(?<rest>.*)$", Rewriting),
            (m, _) => $"How {m.Groups["adj"].Value} {Lower(m, "aux")} {m.Groups["subj"].Value}{m.Groups["rest"].Value}, and what makes it so"),
        (new Regex(@"^did you (?:always )?(?:want|plan|expect|intend|mean|hope) to (?<rest>.+)$", Rewriting),
            (m, _) => $"How did you come to {m.Groups["rest"].Value}"),
        (new Regex(@"^(?:can|could|should|would|may|might) i (?<rest>.+)$", Rewriting),
            (m, _) => $"How would you advise someone like me on whether to {m.Groups["rest"].Value}"),

        // Said as a statement with a question mark: "You like your job?"
        (new Regex(@"^(?<subj>you|they|people) (?:really )?(?:like|enjoy|love) (?<rest>.+)$", Rewriting),
            (m, _) => $"What do {Lower(m, "subj")} enjoy most about {m.Groups["rest"].Value}"),

        // One-fact wh-questions keep their topic and ask for the story around it.
        (new Regex(@"^how long did it take (?:you |them |people |most people )?to (?<rest>.+)$", Rewriting),
            (m, _) => $"What did it take to {m.Groups["rest"].Value}, and what made the difference"),
        (new Regex(@"^how long (?:have|has) (?:you|you've) (?<rest>(?:been|worked|lived|taught|practised|practiced|studied|done|run|led|managed) .+)$", Rewriting),
            (m, _) => $"How has your work changed in the time you've {m.Groups["rest"].Value}"),
        (new Regex(@"^when did you (?:first )?(?<rest>.+)$", Rewriting),
            (m, _) => $"How did you come to {m.Groups["rest"].Value}, and what led up to it"),

        // "Do you use Python?", "Do they hire graduates?": the same topic, asked as an experience or an approach.
        (new Regex(@"^(?:do|does) you (?:ever |often |usually |still )?(?<verb>[a-z]+) (?<rest>.+)$", Rewriting),
            (m, _) => Gerund(m.Groups["verb"].Value) is { } doing ? $"What has your experience of {doing} {m.Groups["rest"].Value} been like" : null),
        (new Regex(@"^(?:do|does) (?<subj>they|people|most people|employers|companies|firms|teams|your team|your company|new starters|graduates|juniors) (?:ever |often |usually |still )?(?<verb>[a-z]+) (?<rest>.+)$", Rewriting),
            (m, _) => Gerund(m.Groups["verb"].Value) is { } doing ? $"How do {Lower(m, "subj")} go about {doing} {m.Groups["rest"].Value}" : null),
        (new Regex(@"^did you (?<verb>[a-z]+) (?<rest>.+)$", Rewriting),
            (m, _) => Gerund(m.Groups["verb"].Value) is { } doing ? $"How did {doing} {m.Groups["rest"].Value} shape your path" : null),
    ];

    // Verbs that say whether, not what: "Do you think…", "Do you know…" carry their own question and are left to the fallback.
    private static readonly HashSet<string> s_notGerundable = new(StringComparer.OrdinalIgnoreCase)
    {
        "think", "know", "mind", "have", "feel", "believe", "remember", "mean", "want", "get", "see", "agree", "regret", "miss",
    };

    /// <summary>"hire" → "hiring", "run" → "running", "use" → "using", "travel" → "travelling"; null for a verb that says whether rather than what.</summary>
    private static string? Gerund(string verb)
    {
        string v = verb.ToLowerInvariant();
        if (s_notGerundable.Contains(v) || v.EndsWith("ed", StringComparison.Ordinal) || v.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        if (v.EndsWith("ie", StringComparison.Ordinal))
        {
            return v[..^2] + "ying";
        }

        if (v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) && !v.EndsWith("ye", StringComparison.Ordinal) && v.Length > 2)
        {
            return v[..^1] + "ing";
        }

        bool shortCvc = v.Length is >= 3 and <= 4 && (v.Length == 3 || IsConsonant(v[0])) && IsConsonant(v[^1]) && "aeiou".Contains(v[^2], StringComparison.Ordinal)
            && IsConsonant(v[^3]) && v[^1] is not ('w' or 'x' or 'y');
        return shortCvc || v == "travel" ? v + v[^1] + "ing" : v + "ing";

        static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && !"aeiou".Contains(c, StringComparison.Ordinal);
    }

    /// <summary>Checks <paramref name="question"/> against the rules and against <paramref name="existing"/> questions.</summary>
    public static QuestionCheck Check(string? question, IReadOnlyList<string>? existing = null, QuestionContext? context = null, ISentenceEmbedder? embedder = null)
    {
        context ??= QuestionContext.Generic;
        string original = question ?? string.Empty;
        string analysed = original.Length > MaxAnalysedLength ? original[..MaxAnalysedLength] : original;
        NormalizedText text = NormalizedText.From(analysed);
        var findings = new List<QuestionFinding>();
        if (text.WordCount == 0)
        {
            findings.Add(new QuestionFinding(QuestionFindingKind.Empty, "There's no question in that yet. Type the question as you would ask it."));
            return new QuestionCheck(original, findings);
        }

        int words = original.Length > MaxAnalysedLength ? CountWords(original) : text.WordCount;
        if (words > MaxWords)
        {
            findings.Add(new QuestionFinding(
                QuestionFindingKind.TooLong,
                string.Create(CultureInfo.InvariantCulture, $"That's {words} words. Spoken questions land better under {MaxWords} words; try splitting it or keeping the core of it.")));
        }

        if (embedder is { IsReady: true } ? QuestionReader.AsksForJob(analysed, embedder) : AsksForJob(text))
        {
            findings.Add(new QuestionFinding(
                QuestionFindingKind.AsksForJob,
                "That reads as asking for a job, which can make a helpful contact wary. Ask for their advice instead.")
            {
                Suggestion = s_resume.IsMatch(text)
                    ? $"How would you suggest someone with my background presents their experience to people in {context.FieldText}?"
                    : $"What advice would you give someone who hopes to work in {context.FieldText} one day?",
            });
        }
        else if (embedder is { IsReady: true } ? QuestionReader.Kind(analysed, embedder) == QuestionKind.Closed : IsClosed(text))
        {
            findings.Add(new QuestionFinding(
                QuestionFindingKind.Closed,
                "That one can be answered with a plain yes or no or a single fact, which tends to end the thread. An open version invites a story.")
            {
                Suggestion = RewriteOpen(analysed, context),
            });
        }

        if (existing is { Count: > 0 } && FindNearDuplicate(analysed, existing, embedder) is { } duplicate)
        {
            findings.Add(new QuestionFinding(
                QuestionFindingKind.NearDuplicate,
                string.Create(CultureInfo.InvariantCulture, $"That's very close to question {duplicate + 1}: \"{TextFolding.Tidy(existing[duplicate])}\"."))
            {
                DuplicateIndex = duplicate,
            });
        }

        return new QuestionCheck(original, findings);
    }

    /// <summary>
    /// True when the question can be answered with yes/no or one fact. With a ready model, per the question
    /// definitions; otherwise when it opens with an auxiliary verb ("Do you...", "Is it...") and nothing later opens it up.
    /// </summary>
    public static bool IsClosed(string? question, ISentenceEmbedder? embedder = null) =>
        embedder is { IsReady: true }
            ? QuestionReader.Kind(question, embedder) == QuestionKind.Closed
            : IsClosed(NormalizedText.From(Truncate(question)));

    /// <summary>True when the question asks for a job, an opening, hiring, a referral or a résumé hand-over.</summary>
    public static bool AsksForJob(string? question, ISentenceEmbedder? embedder = null) =>
        embedder is { IsReady: true } ? QuestionReader.AsksForJob(question, embedder) : AsksForJobByRules(question);

    /// <summary>The phrase rules alone, used when the model is not ready.</summary>
    internal static bool AsksForJobByRules(string? question) => AsksForJob(NormalizedText.From(Truncate(question)));

    /// <summary>Pairs (i &lt; j) of near-duplicates in a list: by meaning with a ready model, else by word overlap.</summary>
    public static IReadOnlyList<(int First, int Second)> DuplicatePairs(IReadOnlyList<string> questions, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (embedder is { IsReady: true })
        {
            return QuestionReader.DuplicatePairs(questions, embedder);
        }

        var pairs = new List<(int, int)>();
        for (int i = 0; i < questions.Count; i++)
        {
            for (int j = i + 1; j < questions.Count; j++)
            {
                if (Similarity(questions[i], questions[j]) >= DuplicateThreshold)
                {
                    pairs.Add((i, j));
                }
            }
        }

        return pairs;
    }

    /// <summary>An open-ended version of a closed question.</summary>
    public static string RewriteOpen(string? question, QuestionContext? context = null)
    {
        context ??= QuestionContext.Generic;
        string tidy = TextFolding.Tidy(Truncate(question)).TrimEnd('?', '!', '.', ' ');
        tidy = s_leadingFillerText.Replace(tidy, string.Empty);
        if (tidy.Length == 0)
        {
            return "What would you most like to learn from them?";
        }

        foreach ((Regex pattern, Func<Match, QuestionContext, string?> rewrite) in s_rewrites)
        {
            Match match = pattern.Match(tidy);
            if (match.Success && rewrite(match, context) is { } rewritten)
            {
                return Sentence(rewritten);
            }
        }

        // A one-fact wh-question keeps its fact and asks what lies behind it.
        string first = Phrasing.FirstWord(tidy);
        return first is "how" or "when" or "which" or "where" or "who" or "what"
            ? string.Concat(Sentence(tidy), " And what has that meant for your work?")
            : string.Concat(Sentence(tidy), " Either way, what has your experience been?");
    }

    /// <summary>
    /// The index of the existing question that <paramref name="question"/> nearly repeats: by meaning with a ready
    /// model, else when the word overlap reaches <see cref="DuplicateThreshold"/>.
    /// </summary>
    public static int? FindNearDuplicate(string? question, IReadOnlyList<string> existing, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (embedder is { IsReady: true })
        {
            return QuestionReader.DuplicateOf(question, existing, embedder);
        }

        HashSet<string> words = ContentWords(Truncate(question));
        if (words.Count == 0)
        {
            return null;
        }

        int? best = null;
        double bestScore = 0;
        for (int i = 0; i < existing.Count; i++)
        {
            double score = Similarity(words, ContentWords(Truncate(existing[i])));
            if (score >= DuplicateThreshold && score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Jaccard overlap of the two questions' content words (stop words dropped, simple stemming), 0 to 1.</summary>
    public static double Similarity(string? first, string? second) => Similarity(ContentWords(Truncate(first)), ContentWords(Truncate(second)));

    private static double Similarity(HashSet<string> first, HashSet<string> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return 0;
        }

        int shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }

    private static bool AsksForJob(NormalizedText text)
    {
        NormalizedText requests = s_notARequest.IsMatch(text.Original)
            ? NormalizedText.From(s_notARequest.Replace(text.Original, "their duties"))
            : text;
        return CoachPhrases.JobAsk.HasAffirmed(requests) || s_questionJobAsk.HasAffirmed(requests);
    }

    private static bool IsClosed(NormalizedText text)
    {
        NormalizedSentence? first = text.Sentences.FirstOrDefault(s => s.IsQuestion) ?? (text.Sentences.Count > 0 ? text.Sentences[0] : null);
        if (first is null)
        {
            return false;
        }

        string[] words = first.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int start = 0;
        while (start < words.Length && s_leadingFillers.Contains(words[start]))
        {
            start++;
        }

        if (start >= words.Length || !s_auxiliaries.Contains(words[start]))
        {
            return false;
        }

        if (IsPoliteRequest(words, start) || s_laterOpenClause.IsMatch(text.Joined))
        {
            return false;
        }

        // A later clause or sentence that starts with "what", "how"... opens the question up.
        return !first.Clauses.Skip(1).Concat(text.Sentences.Where(s => s != first).SelectMany(s => s.Clauses))
            .Any(clause => s_openers.Contains(clause.Split(' ', 2)[0]));
    }

    /// <summary>"Could you tell me...", "Would you mind describing...": polite requests for a story, not yes/no questions.</summary>
    private static bool IsPoliteRequest(string[] words, int start)
    {
        if (words[start] is not ("can" or "could" or "would" or "will") || start + 1 >= words.Length || words[start + 1] != "you")
        {
            return false;
        }

        int i = start + 2;
        while (i < words.Length && s_requestSoftners.Contains(words[i]))
        {
            i++;
        }

        return i < words.Length && s_requestVerbs.Contains(words[i]);
    }

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string token in NormalizedText.Tokenize(TextFolding.Fold(text)))
        {
            string word = token.EndsWith("'s", StringComparison.Ordinal) ? token[..^2] : token;
            if (!s_stopWords.Contains(word))
            {
                words.Add(Stem(word));
            }
        }

        return words;
    }

    private static string Stem(string word)
    {
        foreach (string suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    private static string Truncate(string? text) => text is null ? string.Empty : text.Length > MaxAnalysedLength ? text[..MaxAnalysedLength] : text;

    private static string Lower(Match match, string group) => match.Groups[group].Value.ToLowerInvariant();

    private static string Sentence(string text)
    {
        string trimmed = text.Trim().TrimEnd('?', '.', '!', ' ');
        if (trimmed.Length == 0)
        {
            return trimmed;
        }

        return string.Concat(char.ToUpperInvariant(trimmed[0]).ToString(), trimmed[1..], "?");
    }
}
