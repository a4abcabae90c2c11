using InterviewCoach.Coaching.Contacts;

namespace InterviewCoach.Coaching.Progress;

/// <summary>How many contacts are at one stage.</summary>
public sealed record StageCount(ContactStage Stage, int Count);
