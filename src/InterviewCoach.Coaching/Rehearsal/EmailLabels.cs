namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>What an outreach email's body does, one yes/no per label of the checker definitions.</summary>
public sealed record EmailLabels(
    bool Under75Words,
    bool ConnectionFirst,
    bool AsksAdviceNotJobs,
    bool RequestIsQuestion,
    bool InterestNarrowAndBroad,
    bool MostlyAboutContact,
    bool NoResumeAttached);
