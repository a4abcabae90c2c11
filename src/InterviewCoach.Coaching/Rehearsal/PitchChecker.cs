using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Checks a spoken ask for an informational interview, typed or pasted as a transcript: what works, what is
/// missing, and one full rewrite built from the user's details. The findings are the decisions of
/// <see cref="PitchReader"/> (the labels the evaluation tool reports); with no ready model it uses phrase rules.
/// Safe on any input.
/// </summary>
public static class PitchChecker
{
    /// <summary>Shortest and longest comfortable ask, in seconds at <see cref="SpeakingPace.WordsPerMinute"/> words a minute.</summary>
    public const int MinSeconds = 30;
    public const int MaxSeconds = 45;

    /// <summary>Meeting lengths, in minutes, that are an easy yes.</summary>
    public const int MinMinutes = MeetingLength.ShortestMinutes;
    public const int MaxMinutes = MeetingLength.LongestMinutes;

    /// <summary>The label decisions alone, as the evaluation tool reports them.</summary>
    public static PitchLabels Label(string? transcript, ISentenceEmbedder? embedder = null) => PitchReader.Read(transcript, embedder).Labels;

    /// <summary>
    /// Checks <paramref name="transcript"/>. The profile and contact, when given, supply names for the rewrite;
    /// otherwise it reuses names found in the transcript or bracketed placeholders.
    /// </summary>
    public static PitchReport Check(string? transcript, CoachingProfile? profile = null, Contact? contact = null, ISentenceEmbedder? embedder = null)
    {
        NormalizedText text = NormalizedText.From(transcript);
        PitchReading reading = PitchReader.Read(transcript, embedder);
        PitchLabels labels = reading.Labels;
        bool hasWords = text.WordCount > 0;
        int seconds = SpeakingPace.EstimateSeconds(reading.Words);
        int fillers = reading.Fillers;
        int? minutes = reading.Lengths.Count == 0 ? null : reading.Lengths.Max(l => l.High);

        var findings = new FindingList();
        findings.Add(
            CheckRuleIds.IntroducesSelf, 10,
            labels.IntroducesSelf,
            "You say who you are straight away.",
            "Start with your name, for example \"Hello, my name is Sam Lee.\"");
        // Someone the user already knows needs no account of how their name was found.
        findings.Add(
            CheckRuleIds.SaysHowFound, 10,
            labels.NamesReferrerOrSource || contact?.Connection == ConnectionKind.KnowThem,
            "You explain how you came to call them.",
            "Say how you got their name, with the person's name or the concrete source; a mutual contact's name opens doors, so lead with it (\"Priya Shah suggested I call you\").");
        findings.Add(
            CheckRuleIds.ChecksTime, 10,
            labels.ChecksAvailability,
            "You check whether it's a good moment.",
            "Ask whether now is a good time, and offer to ring back if it isn't.");
        findings.Add(
            CheckRuleIds.AcknowledgesBusy, 5,
            reading.AcknowledgesBusy,
            "You recognise they're busy and promise to keep it short.",
            "Acknowledge that they're busy and promise to keep it short (\"I know you're busy, so I'll be brief\").");
        if (reading.AsksContactToCall)
        {
            findings.Add(
                CheckRuleIds.KeepsTheCallBack, 5,
                passed: false,
                "You keep the next call in your hands.",
                "Don't ask them to call you back; offer to call them again at a time that suits them.");
        }
        findings.Add(
            CheckRuleIds.StatesResearchPurpose, 15,
            labels.StatesResearchPurpose,
            "You make clear you're researching the field.",
            "Say you're researching the field and would value their advice.");
        findings.Add(
            CheckRuleIds.SaysNotAJob, 10,
            labels.SaysNotJobRequest,
            "You reassure them this isn't a job request.",
            "Add a line that you're not asking for a job; it lets them relax and say yes.");
        findings.Add(
            CheckRuleIds.AsksShortTime, 10,
            labels.AsksSpecificShortTime,
            "You ask for a short, specific amount of time.",
            minutes switch
            {
                null => "Name a short length, such as 20 to 30 minutes, so they know what they're agreeing to.",
                > MaxMinutes => $"{minutes} minutes is a big ask of a stranger; ask for 20 to 30 minutes instead.",
                _ => $"{minutes} minutes is too little time to learn much; ask for 15 to 30 minutes.",
            });
        findings.Add(
            CheckRuleIds.LeavesChoiceToThem, 10,
            labels.LeavesChoiceToContact,
            "You let them choose the time and place.",
            "Leave the time and place to them: \"whenever and wherever suits you\".");
        findings.Add(
            CheckRuleIds.NoJobAsk, 15,
            hasWords && !labels.AsksForJob,
            "You stay clear of asking about jobs.",
            hasWords
                ? "Drop any ask about jobs, openings, hiring or sending your résumé; it turns a friendly chat into a screening."
                : "There's nothing here to check yet.");
        findings.Add(
            CheckRuleIds.SpeakingLength, 5,
            !labels.TooLong && seconds >= MinSeconds,
            $"At about {seconds} seconds it's a comfortable length.",
            seconds < MinSeconds
                ? $"At about {seconds} seconds it's too brief to cover the essentials; aim for 30 to 45 seconds."
                : $"At about {seconds} seconds it runs long; trim it to 30 to 45 seconds so they don't drift off.");
        findings.Add(
            CheckRuleIds.FewFillers, 5,
            hasWords && !labels.FillerHeavy,
            fillers == 0 ? "No filler words: it sounds crisp." : "Filler words are kept to a minimum.",
            hasWords
                ? $"{fillers} filler words (um, uh, like, you know, kind of...) weaken it; pause instead."
                : "There's nothing here to check yet.");

        return new PitchReport
        {
            Findings = findings.Findings,
            Strengths = findings.Strengths,
            Missing = findings.Missing,
            Rewrite = findings.AllPassed
                ? TextFolding.Tidy(transcript)
                : AskScriptBuilder.PhoneAsk(ScriptFacts.From(profile, contact, field: null).FillFrom(DetailExtractor.Extract(transcript)) with
                {
                    OwnConnection = labels.NamesReferrerOrSource ? OwnConnection(transcript!, embedder) : null,
                }).Text,
            WordCount = reading.Words,
            EstimatedSeconds = seconds,
            FillerCount = fillers,
            Score = findings.Score,
        };
    }

    /// <summary>
    /// The clause that says how the caller came to the contact ("we were both at Leeds"), judged alone by the same
    /// reader, so the rewrite keeps the user's own connection instead of a generic one. Null when no clause says it
    /// alone, or the one that does also gives the caller's name (it would repeat the greeting).
    /// </summary>
    private static string? OwnConnection(string transcript, ISentenceEmbedder? embedder)
    {
        foreach (SpokenSentence sentence in SentenceSplitter.Split(transcript))
        {
            foreach (string clause in sentence.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && PitchReader.Read(clause, embedder).Labels is { NamesReferrerOrSource: true, IntroducesSelf: false })
                {
                    string said = clause.TrimEnd('.', '!', ';', ' ');
                    return string.Concat(char.ToUpperInvariant(said[0]).ToString(), said[1..], ".");
                }
            }
        }

        return null;
    }

    /// <summary>Fillers tolerated before the rule fails: fewer than three, however long the ask.</summary>
    public static int AllowedFillers(int wordCount) => PitchReader.HeavyFillers - 1;
}
