using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The report on a short piece said inside the meeting (its opening, the referral ask): the findings, how long it
/// runs, and either the user's own words tidied (everything passed) or a version rebuilt from their facts and the
/// details they gave.
/// </summary>
internal static class SpokenPieceReport
{
    public static PitchReport Build(
        FindingList findings,
        NormalizedText text,
        string? said,
        CoachingProfile? profile,
        Contact? contact,
        Func<ScriptFacts, ScriptDraft> rebuild) => new()
        {
            Findings = findings.Findings,
            Strengths = findings.Strengths,
            Missing = findings.Missing,
            Rewrite = findings.AllPassed
                ? TextFolding.Tidy(said)
                : rebuild(ScriptFacts.From(profile, contact, field: null).FillFrom(DetailExtractor.Extract(said))).Text,
            WordCount = text.WordCount,
            EstimatedSeconds = SpeakingPace.EstimateSeconds(text.WordCount),
            FillerCount = SpokenMeasures.CountFillers(text),
            Score = findings.Score,
        };
}
