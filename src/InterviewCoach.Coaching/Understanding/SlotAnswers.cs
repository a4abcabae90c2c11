using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// Checks on free-text answers before they are stored: a name that is really a sentence, a field that is too vague
/// to act on, a goal that is really a hope of being hired, and answers that are really a question or a command.
/// Exact rules where the rule is exact (closed word classes, punctuation); meaning (the sentence model) otherwise.
/// </summary>
internal sealed partial class SlotAnswers(ISentenceEmbedder? embedder, IIntentRecognizer intents)
{
    // Pronouns, auxiliaries, negations and question words: a closed class of English that a name never contains.
    private static readonly HashSet<string> s_sentenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "you", "your", "we", "they", "it", "it's", "this", "that", "these", "those",
        "is", "are", "was", "were", "am", "be", "been", "have", "has", "had", "do", "does", "did", "don't", "dont", "didn't", "can", "can't",
        "will", "would", "should", "could", "not", "never", "no", "what", "why", "how", "when", "where", "which", "who", "of", "the", "to",
        "about", "just", "really", "know", "sure", "want", "like", "one", "any", "some", "yet", "maybe", "something", "anything", "nothing",
    };

    // Answers that name no field at all; the model catches the many other ways of saying the same.
    private static readonly HashSet<string> s_vagueExact = new(StringComparer.Ordinal)
    {
        "anything", "anything really", "everything", "not sure", "unsure", "idk", "i don't know", "dont know", "don't know", "no idea",
        "whatever", "any", "all", "dunno", "no clue", "undecided", "open", "open to anything", "all of them", "any field", "something",
    };

    // Static, so the vectors are embedded once per model for the process (see ExampleVectorCache).
    private static readonly string[] s_vague =
        ["anything really", "not sure yet", "I don't know", "whatever pays", "no idea honestly", "any job is fine", "open to anything",
         "I haven't decided", "something good", "a better career", "all sorts", "I'll take whatever", "anything that pays well"];

    private static readonly string[] s_fields =
        ["pediatric nursing", "data analysis", "primary school teaching", "UX design", "accounting", "civil engineering", "marketing in tech",
         "software development", "physiotherapy", "social work", "finance", "graphic design", "human resources", "law", "journalism"];

    private static readonly string[] s_hiringGoals =
        ["get her to hire me", "get a job offer", "get hired at their company", "land a job there", "get them to give me a job",
         "get a referral for an opening", "be considered for a role on his team", "get an interview for a position", "find out if they will employ me",
         "get an internship with them", "convince him to take me on"];

    private static readonly string[] s_informationGoals =
        ["learn how people get hired in this field", "understand what the job is really like", "find out which skills matter",
         "hear about a typical day", "get advice on breaking into the field", "learn about the training I'd need", "meet people in the industry",
         "get names of other people to talk to", "see what night shifts are really like", "understand the career path"];

    // Where the user wants to go, said outright at the menu; against the questions and requests it must not swallow.
    // Wordings of an aim vary widely, so the bar is low (0.33) and the contrast must be clearly further (0.1): on
    // probes "i'm bored of accounting" starts goal setting, "i need help with my CV" does not.
    private static readonly string[] s_careerAims =
        ["i want to get into nursing but i don't know where to start", "i'm a teacher thinking about switching careers",
         "thinking of moving from retail into HR", "i'd like to explore careers in data science", "i want to break into tech",
         "career change, looking at product management", "i'm an accountant who wants to become a UX designer",
         "not sure which field yet, maybe journalism or PR", "looking to pivot into cybersecurity", "i just graduated and want to work in publishing"];

    private static readonly string[] s_notCareerAims =
        ["i've never done an informational interview", "i'm nervous about phoning people", "who should i ask for a conversation",
         "how do i write the email", "show my contacts", "what should i wear", "tell me a joke", "what's the weather like",
         "i had a chat with someone at a conference", "is this a job interview", "can i ask them for a job", "remind me tomorrow",
         "i met her yesterday and it went well", "add a contact", "help me prepare for the meeting"];

    private readonly ExampleMatcher _vague = new(embedder, s_vague, s_fields, 0.5f);
    private readonly ExampleMatcher _careerAim = new(embedder, s_careerAims, s_notCareerAims, 0.33f, margin: 0.1f);
    private readonly ExampleMatcher _hiring = new(embedder, s_hiringGoals, s_informationGoals, 0.55f);

    /// <summary>Embeds the examples now (off the request path), unless <paramref name="cancellationToken"/> stops it first.</summary>
    public void Prepare(CancellationToken cancellationToken)
    {
        intents.Prepare(cancellationToken);
        _vague.Prepare(cancellationToken);
        _hiring.Prepare(cancellationToken);
        _careerAim.Prepare(cancellationToken);
    }

    /// <summary>
    /// Whether <paramref name="text"/> says where the user wants to go in their career ("im a teacher thinking of
    /// switching"), which at the menu starts goal setting; null when the model is not ready.
    /// </summary>
    public bool? IsCareerAim(string text) => _careerAim.Matches(text);

    /// <summary>Why <paramref name="text"/> is not a name (a sentence, a question), or null when it reads as one.</summary>
    public static string? NotAName(string text)
    {
        string trimmed = text.Trim();
        string[] words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        bool sentence = words.Length > 5
            || trimmed.AsSpan().IndexOfAny("?!") >= 0
            || trimmed.Any(char.IsDigit)
            || words.Any(w => s_sentenceWords.Contains(w.Trim('.', ',', ';', ':', '"', '\'')));
        if (sentence)
        {
            return "That reads like a sentence rather than a name, so I haven't saved it. What name do you give when you introduce yourself? Just the name, e.g. _Sam Lee_.";
        }

        // "email", "phone": typed in lower case, how to get in touch (the next question's answer), not who.
        if (words.Length <= 2 && !trimmed.Any(char.IsUpper) && words.All(w => s_channelWords.Contains(w.Trim('.', ',', ';', ':', '"', '\''))))
        {
            return "That sounds like a way of getting in touch rather than a name, so I haven't saved it. Just the name, e.g. _Sam Lee_.";
        }

        // "product management", "data science": typed in lower case and headed by a field or job word. A capitalised
        // answer is left alone, since such words are also surnames ("Ana Marketing" is unlikely, "Dee Design" is not).
        bool fieldOrJob = words.Length <= 4 && !trimmed.Any(char.IsUpper)
            && words.Any(w => s_fieldOrJobWords.Contains(w.Trim('.', ',', ';', ':', '"', '\'')));
        return fieldOrJob
            ? "That sounds like a field or a job rather than a person's name, so I haven't saved it. What name do you give when you introduce yourself? Just the name, e.g. _Sam Lee_."
            : null;
    }

    private static readonly HashSet<string> s_channelWords = new(StringComparer.Ordinal)
    {
        "email", "e-mail", "mail", "phone", "call", "linkedin", "whatsapp", "text", "sms", "letter", "message", "dm", "by", "via", "on",
    };

    // Head words of fields and jobs that are not also common given names or surnames (so no "law", "cook", "mason").
    private static readonly HashSet<string> s_fieldOrJobWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "management", "manager", "engineering", "engineer", "marketing", "design", "designer", "developer", "development", "research",
        "researcher", "analyst", "analytics", "analysis", "consulting", "consultant", "finance", "financial", "accounting", "accountant", "nursing",
        "nurse", "teaching", "teacher", "sales", "science", "scientist", "software", "product", "policy", "journalism", "journalist",
        "healthcare", "medicine", "architecture", "architect", "banking", "recruiting", "recruiter", "recruitment", "operations", "logistics",
        "administration", "education", "technology", "tech", "ux", "ui", "data", "programming", "programmer", "hr", "it", "pr", "media",
        "communications", "charity", "nonprofit", "government", "startup", "startups", "industry", "sector", "field", "job", "career", "role",
        "economics", "economist", "psychology", "psychologist", "therapy", "therapist", "pharmacy", "pharmacist", "dentistry", "dentist",
    };

    /// <summary>"my name is Sam Lee" → "Sam Lee": the lead-in people type before a name.</summary>
    public static string WithoutNameLeadIn(string text)
    {
        Match lead = NameLeadIn().Match(text.Trim());
        return lead.Success ? lead.Groups["name"].Value.Trim().TrimEnd('.', '!') : text.Trim();
    }

    /// <summary>True when a target-field answer names no field ("anything really", "not sure"), by exact words or by meaning.</summary>
    public bool IsVagueField(string text)
    {
        string normalized = TextNormalizer.Normalize(text);
        // "whatever pays the bills", "anything with people": an answer that opens by leaving the field open names none.
        bool opensOpen = normalized.StartsWith("whatever ", StringComparison.Ordinal) || normalized.StartsWith("anything ", StringComparison.Ordinal);
        return s_vagueExact.Contains(normalized) || opensOpen || (normalized.Length <= 60 && _vague.Matches(normalized) == true);
    }

    /// <summary>
    /// True for a plain list of fields ("UX research (design), data journalism"): two or more short parts, none of
    /// them vague or a command word. Such an answer is stored without a model call.
    /// </summary>
    public bool ReadsAsAFieldList(string text)
    {
        if (text.AsSpan().IndexOfAny(",;(") < 0 || LooksLikeQuestion(text))
        {
            return false;
        }

        string[] parts = text.Split([',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(part =>
        {
            string[] words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string normalized = TextNormalizer.Normalize(part);
            return words.Length is > 0 and <= 4 && char.IsLetter(part[0]) && !s_vagueExact.Contains(normalized) && !intents.RecognizeExact(part).Exact;
        });
    }

    /// <summary>True when a goal is about being hired rather than learning ("get her to hire me").</summary>
    public bool IsHiringGoal(string text) =>
        HiringWords().IsMatch(text) || _hiring.Matches(text) == true;

    /// <summary>
    /// True when a free-text answer is clearly not an answer: a command word, or a question or command the recognizer
    /// is sure of (a question must read as one, so a statement that merely mentions a topic is still stored). With
    /// <paramref name="commandsByWordOnly"/>, a command counts only when typed as a command word: at an open question
    /// ("How do you know them?") a short answer can sound like a command ("career changer") and still be the answer.
    /// </summary>
    public bool IsQuestionOrCommand(string text, bool commandsByWordOnly = false)
    {
        // A capitalised name ("Ana Souza") is plainly an answer: the turn that gives it doesn't pay for the model.
        if (!intents.RecognizeExact(text).Exact && !LooksLikeQuestion(text) && ReadsAsAName(text))
        {
            return false;
        }

        IntentMatch match = intents.Recognize(text);
        if (match.Exact)
        {
            return true;
        }

        if (!match.IsConfident)
        {
            return false;
        }

        return IntentIds.IsQuestion(match.Intent)
            ? LooksLikeQuestion(text)
            : !commandsByWordOnly && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 8;
    }

    /// <summary>
    /// True when a question typed while writing questions for a contact is meant for the coach ("what if they say
    /// no?", "should I send my CV?"): a coaching question the recognizer is sure of, and not put to the contact, who
    /// is spoken to as "you" ("How did you get into UX?").
    /// </summary>
    public bool IsQuestionForTheCoach(string text)
    {
        if (!LooksLikeQuestion(text) || SpokenToYou().IsMatch(text))
        {
            return false;
        }

        IntentMatch match = intents.Recognize(text);
        return match.IsConfident && IntentIds.IsQuestion(match.Intent);
    }

    private static bool ReadsAsAName(string text)
    {
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    /// <summary>
    /// True when the answer asks what the question means ("what kind of thing do you mean?", "like what?", "such as?",
    /// "what should I put?"): a request for an example, never the answer itself.
    /// </summary>
    public static bool AsksWhatIsMeant(string text) =>
        text.Length <= 80 && AskingWhatIsMeant().IsMatch(text.Trim());

    /// <summary>Ends with "?" or starts with a question word.</summary>
    internal static bool LooksLikeQuestion(string text) => text.TrimEnd().EndsWith('?') || QuestionStart().IsMatch(text);

    [GeneratedRegex(@"\b(?:you|your|yours|yourself|you'(?:ve|re|d|ll))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpokenToYou();

    // Whole replies ("like what?", "such as?") or leads that ask what the question wants ("what do you mean by …").
    [GeneratedRegex(@"^\W*(?:(?:sorry|um+|hmm+|ok|okay)[,.]?\s+)?(?:(?:like\s+what|such\s+as|for\s+example|e\.?g|examples?|an\s+example|meaning|what\s+do\s+you\s+mean"
        + @"|what\s+does\s+that\s+mean|what\s+(?:should|do|can|would|could)\s+i\s+(?:say|put|write|type|answer)(?:\s+(?:here|there|for\s+(?:this|that)))?)\W*$"
        + @"|(?:what\s+(?:do|did)\s+you\s+mean\s+by|what\s+(?:kind|sort|type)\s+of\s+\w+\s+(?:do\s+you\s+mean|are\s+you\s+(?:after|looking\s+for)|do\s+you\s+want|should\s+i\s+(?:put|say|write|give))"
        + @"|(?:can|could)\s+you\s+give\s+(?:me\s+)?(?:an?\s+|some\s+)?examples?|what\s+do\s+you\s+want\s+(?:me\s+to\s+(?:say|put|write)|to\s+know)"
        + @"|i\s+(?:don'?t|do\s+not)\s+(?:get|understand)\s+(?:it|that|the\s+question|what\s+you\s+mean))\b[^.!]*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AskingWhatIsMeant();

    [GeneratedRegex(@"^\s*(?:what|why|how|when|where|which|who|should|can|could|do|does|is|are|will|would|may)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey)[,!.]?\s+)?(?:my name is|my name's|my names|i'm|i’m|(?-i:im)|i am|it's|it’s|its|it is|this is|call me|(?:everyone|people|they|friends)\s+calls?\s+me|i\s+go\s+by|name:)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NameLeadIn();

    // Being hired oneself: "hire me", "get a job", "to get hired"; not "learn how people get hired".
    [GeneratedRegex(@"\b(?:hire|hiring|employ|recruit|take on)\s+me\b|\bjob offer\b|\b(?:give|offer) me (?:a|the|an) (?:job|role|position|internship)\b|(?:^|\bto |\bi (?:want to |wanna |would like to )?)(?:get|land|secure) (?:me )?(?:hired|a job|the job|an? (?:offer|internship|position|role))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HiringWords();
}
