namespace InterviewCoach.Coaching.Progress;

/// <summary>A contact who agreed to stay in touch, and when an update to them is due (overdue when <see cref="Overdue"/>).</summary>
public sealed record StayInTouchStatus(string Name, DateOnly UpdateDue, bool Overdue);
