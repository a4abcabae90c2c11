namespace InterviewCoach.Coaching.Reminders;

/// <summary>Where a reminder is in its life.</summary>
public enum ReminderStatus
{
    /// <summary>Waiting for its due time (possibly snoozed, deferred by quiet hours or waiting to retry).</summary>
    Pending,

    /// <summary>Delivered to the user.</summary>
    Sent,

    /// <summary>The user marked it done.</summary>
    Done,

    /// <summary>Cancelled by the user or by an event (a reply cancels the 3B7 reminders).</summary>
    Cancelled,

    /// <summary>Delivery failed after the last retry. Kept and listed, never silently dropped.</summary>
    Failed,
}
