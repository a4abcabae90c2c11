using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Checks a spoken ask for an informational interview, typed or pasted as a transcript: what works, what is
/// missing, and one full rewrite built from the user's details. Deterministic and safe on any input.
/// </summary>
public static class PitchChecker
{
    /// <summary>Shortest and longest comfortable ask, in seconds at <see cref="SpeakingPace.WordsPerMinute"/> words a minute.</summary>
    public const int MinSeconds = 30;
    public const int MaxSeconds = 45;

    /// <summary>Meeting lengths, in minutes, that are an easy yes.</summary>
    public const int MinMinutes = 10;
    public const int MaxMinutes = 30;

    /// <summary>
    /// Checks <paramref name="transcript"/>. The profile and contact, when given, supply names for the rewrite;
    /// otherwise it reuses names found in the transcript or bracketed placeholders.
    /// </summary>
    public static PitchReport Check(string? transcript, CoachingProfile? profile = null, Contact? contact = null)
    {
        NormalizedText text = NormalizedText.From(transcript);
        bool hasWords = text.WordCount > 0;
        int seconds = SpeakingPace.EstimateSeconds(text.WordCount);
        int fillers = SpokenMeasures.CountFillers(text);
        int? minutes = SpokenMeasures.RequestedMinutes(text);

        var findings = new FindingList();
        findings.Add(
            CheckRuleIds.IntroducesSelf, 10,
            CoachPhrases.MyNameIs.IsMatch(text) || DetailExtractor.IntroducesSelf(transcript),
            "You say who you are straight away.",
            "Start with your name, for example \"Hello, my name is Sam Lee.\"");
        findings.Add(
            CheckRuleIds.SaysHowFound, 10,
            CoachPhrases.HowFound.IsMatch(text),
            "You explain how you came to call them.",
            "Say how you got their name; a mutual contact's name opens doors, so lead with it (\"Priya Shah suggested I call you\").");
        findings.Add(
            CheckRuleIds.ChecksTime, 10,
            CoachPhrases.ChecksTime.IsMatch(text),
            "You check whether it's a good moment.",
            "Ask whether now is a good time, and offer to ring back if it isn't.");
        findings.Add(
            CheckRuleIds.StatesResearchPurpose, 15,
            CoachPhrases.ResearchPurpose.IsMatch(text),
            "You make clear you're researching the field.",
            "Say you're researching the field and would value their advice.");
        findings.Add(
            CheckRuleIds.SaysNotAJob, 10,
            CoachPhrases.JobMention.HasNegated(text),
            "You reassure them this isn't a job request.",
            "Add a line that you're not asking for a job; it lets them relax and say yes.");
        findings.Add(
            CheckRuleIds.AsksShortTime, 10,
            minutes is >= MinMinutes and <= MaxMinutes,
            "You ask for a short, specific amount of time.",
            minutes switch
            {
                null => "Name a short length, such as 20 to 30 minutes, so they know what they're agreeing to.",
                > MaxMinutes => $"{minutes} minutes is a big ask of a stranger; ask for 20 to 30 minutes instead.",
                _ => $"{minutes} minutes is too little time to learn much; ask for 20 to 30 minutes.",
            });
        findings.Add(
            CheckRuleIds.LeavesChoiceToThem, 10,
            CoachPhrases.LeavesChoice.IsMatch(text),
            "You let them choose the time and place.",
            "Leave the time and place to them: \"whenever and wherever suits you\".");
        findings.Add(
            CheckRuleIds.NoJobAsk, 15,
            hasWords && !CoachPhrases.JobAsk.HasAffirmed(text),
            "You stay clear of asking about jobs.",
            hasWords
                ? "Drop any ask about jobs, openings, hiring or sending your résumé; it turns a friendly chat into a screening."
                : "There's nothing here to check yet.");
        findings.Add(
            CheckRuleIds.SpeakingLength, 5,
            seconds is >= MinSeconds and <= MaxSeconds,
            $"At about {seconds} seconds it's a comfortable length.",
            seconds < MinSeconds
                ? $"At about {seconds} seconds it's too brief to cover the essentials; aim for 30 to 45 seconds."
                : $"At about {seconds} seconds it runs long; trim it to 30 to 45 seconds so they don't drift off.");
        findings.Add(
            CheckRuleIds.FewFillers, 5,
            hasWords && fillers <= AllowedFillers(text.WordCount),
            fillers == 0 ? "No filler words: it sounds crisp." : "Filler words are kept to a minimum.",
            hasWords
                ? $"{fillers} filler words (um, like, just, you know...) weaken it; pause instead."
                : "There's nothing here to check yet.");

        return new PitchReport
        {
            Findings = findings.Findings,
            Strengths = findings.Strengths,
            Missing = findings.Missing,
            Rewrite = findings.AllPassed
                ? TextFolding.Tidy(transcript)
                : AskScriptBuilder.PhoneAsk(ScriptFacts.From(profile, contact, field: null).FillFrom(DetailExtractor.Extract(transcript))).Text,
            WordCount = text.WordCount,
            EstimatedSeconds = seconds,
            FillerCount = fillers,
            Score = findings.Score,
        };
    }

    /// <summary>Fillers tolerated before the rule fails: one per 25 words, and never fewer than two.</summary>
    public static int AllowedFillers(int wordCount) => Math.Max(2, wordCount / 25);
}
