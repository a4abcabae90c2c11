using System.Globalization;
using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>What happens when the user leaves a voicemail for a contact: the call-back day, and (on merge) a reminder.</summary>
internal static class VoicemailFollowUp
{
    /// <summary>
    /// The single hook for "a voicemail was left": returns the next business day, when the user should call back.
    /// The reminders scheduler (<c>InterviewCoach.Coaching.Reminders.IReminderScheduler</c>, built on another branch)
    /// is to be called from here to remind the user that morning; until it is merged this only computes the day.
    /// </summary>
    internal static ValueTask<DateOnly> OnVoicemailLeftAsync(CoachServices services, string userKey, Contact contact, DateTimeOffset leftAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(userKey);
        ArgumentNullException.ThrowIfNull(contact);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(BusinessCalendar.NextBusinessDay(leftAt));
    }

    /// <summary>The contact after a voicemail: asked (unless already further along) with a dated note.</summary>
    public static Contact Record(Contact contact, DateTimeOffset leftAt)
    {
        string line = string.Create(CultureInfo.InvariantCulture, $"Voicemail left on {leftAt:dddd d MMMM}.");
        ContactStage stage = contact.Stage is ContactStage.ToContact or ContactStage.NoAnswer ? ContactStage.Asked : contact.Stage;
        string notes = string.IsNullOrWhiteSpace(contact.Notes) ? line : $"{contact.Notes}\n{line}";
        return contact with { Stage = stage, Notes = notes, UpdatedAt = leftAt };
    }

    public static string CallBackLine(string name, DateOnly day) => string.Create(
        CultureInfo.InvariantCulture,
        $"Call {name} back on **{day:dddd d MMMM}**, the next working day. Don't wait for them to ring you: the next move is yours. If a receptionist picks up, ask when is best to reach them.");
}
