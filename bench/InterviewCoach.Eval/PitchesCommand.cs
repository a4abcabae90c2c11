using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>pitches</c>: phone asks and voicemails in, the ten pitch labels out. <c>--score file.jsonl</c> compares with
/// a labelled file (items with <c>labels</c>) and prints per-label macro F1; <c>--misses</c> lists disagreements.
/// </summary>
internal static class PitchesCommand
{
    public static readonly string[] Labels =
    [
        "introduces_self", "names_referrer_or_source", "checks_availability", "states_research_purpose", "says_not_job_request",
        "asks_specific_short_time", "leaves_choice_to_contact", "asks_for_job", "too_long", "filler_heavy",
    ];

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        LabelledTextCommand.Run("pitches", Labels, Decide, args, input, output, error);

    public static Dictionary<string, bool> Decide(string text, ISentenceEmbedder? model)
    {
        PitchLabels l = PitchChecker.Label(text, model);
        return new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["introduces_self"] = l.IntroducesSelf,
            ["names_referrer_or_source"] = l.NamesReferrerOrSource,
            ["checks_availability"] = l.ChecksAvailability,
            ["states_research_purpose"] = l.StatesResearchPurpose,
            ["says_not_job_request"] = l.SaysNotJobRequest,
            ["asks_specific_short_time"] = l.AsksSpecificShortTime,
            ["leaves_choice_to_contact"] = l.LeavesChoiceToContact,
            ["asks_for_job"] = l.AsksForJob,
            ["too_long"] = l.TooLong,
            ["filler_heavy"] = l.FillerHeavy,
        };
    }
}
