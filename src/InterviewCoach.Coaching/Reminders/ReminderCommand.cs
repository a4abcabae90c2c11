namespace InterviewCoach.Coaching.Reminders;

/// <summary>A <c>reminders</c> command as <see cref="ReminderPresenter.Parse"/> read it.</summary>
/// <param name="Verb">What to do.</param>
/// <param name="Id">The reminder (or, for <see cref="ReminderVerb.Missed"/>, the contact) it is about, when the verb takes one.</param>
/// <param name="Choice">A snooze button's choice; null when the user is to be asked for a time.</param>
internal sealed record ReminderCommand(ReminderVerb Verb, string? Id = null, SnoozeChoice? Choice = null);
