using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Reads a spoken ask sentence by sentence. Meaning comes from the sentence model (nearest labelled examples,
/// with traps); exact things come from rules: word and filler counts, the meeting length, who calls whom, a
/// name after "this is". Without the model the phrase rules decide alone, so nothing ever waits or throws.
/// </summary>
internal static class PitchReader
{
    /// <summary>Longest comfortable ask: 45 seconds at 150 words a minute.</summary>
    public const int MaxWords = 112;

    /// <summary>Fillers at which an ask sounds hesitant.</summary>
    public const int HeavyFillers = 3;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex s_jobWords = new(
        @"\b(?:jobs?|hir(?:e|es|ed|ing)|openings?|vacanc(?:y|ies)|positions?|roles?|internships?|intern|employ\w*|recruit\w*|resumes?|cvs?|apply|applying|application|referral|refer me|good word|considered|consider me|keep me in mind|work for you|work with you|join your|opportunit(?:y|ies)|interview for|places? on)\b",
        Options);

    private static readonly Regex s_negation = new(@"\b(?:not|no|never|nor|isn't|aren't|wasn't|don't|doesn't|didn't|won't|i'm not|without|neither)\b", Options);

    private static readonly Regex s_sourceWords = new(
        @"\b(?:directory|list|alumni|alumnus|alumna|alum|association|society|network|newsletter|article|articles|talk|panel|webinar|podcast|conference|linkedin|profile|blog|post|book|interview|member|members|lecture|presentation|seminar|meetup|careers fair|career fair|job fair|roster|register|yearbook)\b",
        Options);

    private static readonly Regex s_jobAdvert = new(@"\b(?:advert|advertisement|ad|ads|posting|job listing|job board|vacancy|job post)\b", Options);

    private static readonly Regex s_busyWords = new(
        @"\b(?:busy|brief|briefly|short|quick|quickly|won't take (?:long|much)|won't keep you|not take (?:long|much)|your time is|precious|hectic|schedule is full|lot on)\b",
        Options);

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "I", "I'm", "I've", "I'd", "I'll", "Hi", "Hello", "Hey", "Dear", "Good", "Thanks", "Thank", "The", "A", "An",
        "My", "Your", "We", "You", "He", "She", "They", "It", "This", "That", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "LinkedIn", "Is", "Are", "Do", "Would", "Could",
        "Can", "So", "And", "But", "Sorry", "Please", "Um", "Uh", "Er", "Erm", "Basically", "Yes", "No", "Well",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Also", "As", "When", "What", "How", "If", "Since", "After", "Before", "Our",
    };

    public static PitchReading Read(string? text, ISentenceEmbedder? embedder)
    {
        string raw = text ?? string.Empty;
        int words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        int fillers = FillerCounter.Count(raw.Length > 20_000 ? raw[..20_000] : raw);
        IReadOnlyList<(int Low, int High)> lengths = MeetingLength.Find(raw);
        SentenceMeanings meanings = SentenceMeanings.Of(SentenceSplitter.SplitUnits(raw), embedder);
        IReadOnlyList<SpokenSentence> sentences = meanings.Sentences;
        var folded = sentences.Select(s => TextFolding.Fold(s.Text)).ToArray();
        NormalizedText normalized = NormalizedText.From(raw.Length > 20_000 ? raw[..20_000] : raw);

        bool offersCallBack = folded.Any(CallBackWording.OffersCallBack);
        bool asksContactToCall = folded.Any(CallBackWording.AsksContactToCall);

        bool introduces = CoachPhrases.MyNameIs.IsMatch(normalized) && DetailExtractor.IntroducesSelf(raw) || DetailExtractor.IntroducesSelf(raw);

        bool namesSource = Any(meanings, AskPrototypes.HowGotName, i => IsConcreteSource(sentences[i].Text, folded[i]),
            fallback: i => CoachPhrases.HowFound.IsMatch(NormalizedText.From(sentences[i].Text)) && IsConcreteSource(sentences[i].Text, folded[i]));

        bool availability = offersCallBack || Any(meanings, AskPrototypes.ChecksAvailability, i => !CallBackWording.AsksContactToCall(folded[i]),
            fallback: i => CoachPhrases.ChecksTime.IsMatch(NormalizedText.From(sentences[i].Text)) && !CallBackWording.AsksContactToCall(folded[i]));

        bool research = Any(meanings, AskPrototypes.ResearchPurpose, _ => true,
            fallback: i => CoachPhrases.ResearchPurpose.IsMatch(NormalizedText.From(sentences[i].Text)));

        bool notJob = Any(meanings, AskPrototypes.NotJobRequest, i => s_negation.IsMatch(folded[i]) && s_jobWords.IsMatch(folded[i]),
            fallback: i => CoachPhrases.JobMention.HasNegated(NormalizedText.From(sentences[i].Text)))
            || CoachPhrases.JobMention.HasNegated(normalized);

        bool choice = Any(meanings, AskPrototypes.LeavesChoice, _ => true,
            fallback: i => CoachPhrases.LeavesChoice.IsMatch(NormalizedText.From(sentences[i].Text)))
            || CoachPhrases.LeavesChoice.IsMatch(normalized);

        bool jobAsk = AsksForJob(meanings, folded);

        bool busy = Any(meanings, AskPrototypes.BusyAndBrief, i => s_busyWords.IsMatch(folded[i]), fallback: i => s_busyWords.IsMatch(folded[i]));

        var labels = new PitchLabels(
            IntroducesSelf: introduces,
            NamesReferrerOrSource: namesSource,
            ChecksAvailability: availability,
            StatesResearchPurpose: research,
            SaysNotJobRequest: notJob,
            AsksSpecificShortTime: MeetingLength.AsksShortSpecific(lengths),
            LeavesChoiceToContact: choice,
            AsksForJob: jobAsk,
            TooLong: words > MaxWords,
            FillerHeavy: fillers >= HeavyFillers);
        return new PitchReading(labels, busy, asksContactToCall, offersCallBack, lengths, words, fillers);
    }

    /// <summary>True when some sentence asks for a job; shared with the email checker.</summary>
    public static bool AsksForJob(SentenceMeanings meanings, IReadOnlyList<string> folded) =>
        Any(meanings, AskPrototypes.AsksForJob, i => s_jobWords.IsMatch(folded[i]),
            fallback: i => CoachPhrases.JobAsk.HasAffirmed(NormalizedText.From(meanings.Sentences[i].Text)));

    /// <summary>
    /// True when some sentence passes <paramref name="gate"/> (an exact condition, such as a job word being
    /// present) and the model says it means the thing; without the model, when <paramref name="fallback"/> holds.
    /// </summary>
    public static bool Any(SentenceMeanings meanings, MeaningPrototypes prototypes, Func<int, bool> gate, Func<int, bool> fallback)
    {
        for (int i = 0; i < meanings.Sentences.Count; i++)
        {
            bool says = meanings.HasMeaning ? meanings.Says(i, prototypes) == true && gate(i) : fallback(i);
            if (says)
            {
                return true;
            }
        }

        return false;
    }

    // A named person (a capitalised word that isn't the sentence's first or a common capitalised word) or a
    // concrete place the name came from; a job advert is not a source for a person's name.
    private static bool IsConcreteSource(string sentence, string folded)
    {
        if (s_jobAdvert.IsMatch(folded) && !s_sourceWords.IsMatch(folded))
        {
            return false;
        }

        string[] tokens = sentence.Split((char[]?)[' ', ',', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            string token = tokens[i].TrimEnd('.', '!', '?', '\'', 's').TrimEnd('\'');
            if (token.Length > 1 && char.IsUpper(token[0]) && token.Skip(1).Any(char.IsLower) && !s_notNames.Contains(token))
            {
                return true;
            }
        }

        return s_sourceWords.IsMatch(folded);
    }
}
