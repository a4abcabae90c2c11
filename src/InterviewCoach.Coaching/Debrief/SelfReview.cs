namespace InterviewCoach.Coaching.Debrief;

/// <summary>The user's look back at how they ran the conversation.</summary>
public sealed record SelfReview
{
    public bool KeptToTime { get; init; }

    public bool AskedOpenQuestions { get; init; }

    public bool AskedForReferrals { get; init; }

    public bool AvoidedAskingForJob { get; init; }

    public bool TookNotes { get; init; }
}
