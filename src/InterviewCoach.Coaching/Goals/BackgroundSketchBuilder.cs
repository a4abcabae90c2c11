using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// Drafts the user's first-person background sketch: about 60-90 words, roughly 30 seconds spoken at
/// <see cref="SpeakingPace.WordsPerMinute"/> words a minute. Free-text inputs are tidied and joined so they read
/// naturally; anything missing is simply left out.
/// </summary>
public static class BackgroundSketchBuilder
{
    public const int TargetMinWords = 60;
    public const int TargetMaxWords = 90;

    private static readonly HashSet<string> s_educationVerbs =
        ["studied", "graduated", "completed", "earned", "finished", "trained", "did", "hold", "have", "am", "qualified", "majored", "read"];

    private static readonly HashSet<string> s_experienceVerbs =
        ["worked", "spent", "managed", "ran", "led", "taught", "volunteered", "have", "built", "designed", "served", "started", "founded", "am"];

    // "found a £2m error", "wrote the report": an example told in the past with no "I" gets one.
    private static readonly HashSet<string> s_irregularPast =
        ["found", "made", "won", "wrote", "got", "gave", "took", "set", "brought", "caught", "cut", "drew", "drove", "felt", "fought", "held",
         "kept", "left", "lost", "met", "paid", "put", "said", "sold", "sent", "spoke", "stood", "told", "thought", "understood", "began",
         "chose", "grew", "knew", "rose", "saw", "became", "came", "went", "sat", "shot", "taught", "built", "ran", "led", "spent", "beat",
         "dealt", "heard", "lent", "meant", "overcame", "oversaw", "rebuilt", "rewrote", "undertook", "upheld", "withstood", "stepped"];

    /// <summary>Drafts a sketch; <paramref name="field"/> (the field the user is asking about) personalises the close.</summary>
    public static BackgroundSketch Build(BackgroundSketchInputs inputs, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);

        var core = new List<string>();
        AddIfPresent(core, EducationSentence(inputs.Education));
        AddIfPresent(core, ExperienceSentence(inputs.Experience));
        if (inputs.Evidence.Count > 0)
        {
            core.AddRange(inputs.Evidence.Select((pair, i) => EvidenceSentence(pair, isFirst: i == 0)).Where(s => s.Length > 0));
        }
        else
        {
            AddIfPresent(core, StrengthsSentence(inputs.Strengths));
        }

        AddIfPresent(core, ConsideringSentence(inputs.ConsideringNext));
        if (core.Count == 0)
        {
            core.Add("I'm at an early stage of working out what my next step should be.");
        }

        string focus = Phrasing.Fragment(field);
        string intro = "Let me give you a quick picture of where I'm coming from, so your advice can fit my situation.";
        string close = focus.Length > 0
            ? $"Before I commit to anything, I'd like to understand how {Phrasing.LowerFirstForMidSentence(focus)} really works from people who do it."
            : "Before I commit to anything, I'd like to hear from people who do this kind of work every day.";
        string fit = "I'd value your honest view of how my background might fit.";

        // The framing opener (S046) and the close naming the field (S049) always stay; a long background gets their
        // short forms, and the review says when the whole runs past half a minute (S050).
        bool useFit = false;
        int words = core.Sum(SpeakingPace.CountWords);
        if (words + SpeakingPace.CountWords(close) > TargetMaxWords)
        {
            close = focus.Length > 0
                ? $"I'd like to understand {Phrasing.LowerFirstForMidSentence(focus)} from people who do it."
                : "I'd like to hear from people who do this work.";
        }

        words += SpeakingPace.CountWords(close);
        if (words + SpeakingPace.CountWords(intro) > TargetMaxWords)
        {
            intro = "A quick word on my background, so your advice can fit.";
        }

        words += SpeakingPace.CountWords(intro);

        if (words < TargetMinWords && words + SpeakingPace.CountWords(fit) <= TargetMaxWords)
        {
            useFit = true;
        }

        var sentences = new List<string> { intro };
        sentences.AddRange(core);
        sentences.Add(close);

        if (useFit)
        {
            sentences.Add(fit);
        }

        return new BackgroundSketch { Inputs = inputs, GeneratedText = string.Join(' ', sentences) };
    }

    /// <summary>
    /// One plain sentence of background for a written ask (S044): the experience, or the education when there is no
    /// experience; empty when the sketch says neither.
    /// </summary>
    public static string BriefBackground(BackgroundSketchInputs? inputs)
    {
        if (inputs is null)
        {
            return string.Empty;
        }

        string experience = ExperienceSentence(inputs.Experience);
        return experience.Length > 0 ? experience : EducationSentence(inputs.Education);
    }

    /// <summary>A typed answer as it can be said: tidied, chat typing mended ("dont" → "don't", a trailing "lol" dropped).</summary>
    private static string Clean(string? typed) => ChatTypos.Mend(Phrasing.Fragment(typed)).TrimEnd('.', ',', ';', ':', '!', ' ');

    private static void AddIfPresent(List<string> sentences, string sentence)
    {
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    private static string EducationSentence(string? education)
    {
        string fragment = Clean(education);
        if (fragment.Length == 0)
        {
            return string.Empty;
        }

        if (Phrasing.IsFirstPerson(fragment))
        {
            return Phrasing.Sentence(fragment);
        }

        string mid = Phrasing.LowerFirstForMidSentence(fragment);
        return s_educationVerbs.Contains(Phrasing.FirstWord(fragment))
            ? Phrasing.Sentence("I " + mid)
            : Phrasing.Sentence("My education includes " + WithArticle(mid));
    }

    private static readonly HashSet<string> s_qualifications = new(StringComparer.OrdinalIgnoreCase)
    {
        "degree", "diploma", "certificate", "apprenticeship", "course", "ba", "bsc", "ma", "msc", "mba", "phd", "pgce", "hnd", "btec", "master's", "masters", "bachelor's", "doctorate",
    };

    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "two", "three", "both", "some", "several", "one",
    };

    /// <summary>"maths degree from Leeds" → "a maths degree from Leeds": one qualification named without an article.</summary>
    private static string WithArticle(string fragment)
    {
        string[] words = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || s_determiners.Contains(words[0]) || char.IsDigit(words[0][0])
            || !words.Take(4).Any(w => s_qualifications.Contains(w.TrimEnd(',', '.', ';'))))
        {
            return fragment;
        }

        // "an MSc", "an HND", "an economics degree": by sound for initialisms, by letter otherwise.
        string first = words[0];
        bool initialism = first.Length > 1 && first.Take(2).All(char.IsUpper);
        bool vowelSound = initialism ? "AEFHILMNORSX".Contains(first[0], StringComparison.Ordinal) : "aeiou".Contains(char.ToLowerInvariant(first[0]), StringComparison.Ordinal);
        return (vowelSound ? "an " : "a ") + fragment;
    }

    private static string ExperienceSentence(string? experience)
    {
        string fragment = Clean(experience);
        if (fragment.Length == 0)
        {
            return string.Empty;
        }

        if (Phrasing.IsFirstPerson(fragment))
        {
            return Phrasing.Sentence(fragment);
        }

        string mid = Phrasing.LowerFirstForMidSentence(fragment);
        string first = Phrasing.FirstWord(fragment);
        if (first == "been")
        {
            return Phrasing.Sentence("I've " + mid);
        }

        return s_experienceVerbs.Contains(first)
            ? Phrasing.Sentence("I " + mid)
            : Phrasing.Sentence("My experience so far includes " + mid);
    }

    private static string StrengthsSentence(IReadOnlyList<string>? strengths)
    {
        List<string> items = (strengths ?? [])
            .Select(Clean)
            .Where(s => s.Length > 0)
            .Select(Phrasing.LowerFirstForMidSentence)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
        return items.Count switch
        {
            0 => string.Empty,
            1 => $"The strength I rely on most is {items[0]}.",
            _ => $"The strengths I rely on most are {Phrasing.JoinWithAnd(items)}.",
        };
    }

    /// <summary>A strength paired with its example: "Analysis is one of my strengths: I ran the survey for my project."</summary>
    private static string EvidenceSentence(StrengthEvidence pair, bool isFirst)
    {
        string strength = Clean(pair.Strength);
        string example = Clean(pair.Evidence);
        if (strength.Length == 0 || example.Length == 0)
        {
            return string.Empty;
        }

        string mid = Phrasing.LowerFirstForMidSentence(example);
        string first = Phrasing.FirstWord(example);
        string clause = Phrasing.IsFirstPerson(example)
            ? mid
            : s_experienceVerbs.Contains(first) || s_educationVerbs.Contains(first) || s_irregularPast.Contains(first) || (first.EndsWith("ed", StringComparison.Ordinal) && first.Length > 3)
                ? "I " + mid
                : "for example, " + mid;
        // Each strength after the first is "another": two "X is one of my strengths" in a row read like a form.
        string subject = char.ToUpperInvariant(strength[0]) + strength[1..];
        return isFirst
            ? Phrasing.Sentence($"{subject} is one of my strengths: {clause}")
            : Phrasing.Sentence($"Another is {Phrasing.LowerFirstForMidSentence(strength)}: {clause}");
    }

    private static string ConsideringSentence(string? next)
    {
        string fragment = Clean(next);
        if (fragment.Length == 0)
        {
            return string.Empty;
        }

        if (Phrasing.IsFirstPerson(fragment))
        {
            return Phrasing.Sentence(fragment);
        }

        string mid = Phrasing.LowerFirstForMidSentence(fragment);
        return Phrasing.FirstWord(fragment) == "to"
            ? Phrasing.Sentence("Next, I'm hoping " + mid)
            : Phrasing.Sentence("Next, I'm considering " + mid);
    }
}
