namespace InterviewCoach.Coaching.Reminders;

/// <summary>How an ask for an informational interview went out.</summary>
public enum OutreachChannel
{
    Email,
    Letter,
    LinkedIn,
}
