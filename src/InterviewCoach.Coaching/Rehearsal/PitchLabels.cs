namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// What a phone ask or voicemail does, one yes/no per label of the checker definitions. <see cref="AsksForJob"/>,
/// <see cref="TooLong"/> and <see cref="FillerHeavy"/> are faults; the rest are things a good ask does.
/// </summary>
public sealed record PitchLabels(
    bool IntroducesSelf,
    bool NamesReferrerOrSource,
    bool ChecksAvailability,
    bool StatesResearchPurpose,
    bool SaysNotJobRequest,
    bool AsksSpecificShortTime,
    bool LeavesChoiceToContact,
    bool AsksForJob,
    bool TooLong,
    bool FillerHeavy);
