using System.Globalization;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>What happens when the user leaves a voicemail for a contact: the call-back day and its reminder.</summary>
internal static class VoicemailFollowUp
{
    /// <summary>
    /// The single hook for "a voicemail was left": schedules the call-back reminder (when reminders are available) and
    /// returns the next business day in the user's time zone, when the user should call back.
    /// </summary>
    internal static async ValueTask<DateOnly> OnVoicemailLeftAsync(CoachServices services, string userKey, Contact contact, DateTimeOffset leftAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(userKey);
        ArgumentNullException.ThrowIfNull(contact);
        FollowThroughResult? result = await FollowThrough.RaiseAsync(services, userKey, new VoicemailLeft(StageFollowThrough.Remind(contact), leftAt), cancellationToken).ConfigureAwait(false);

        // The day named is the day the reminder really arrives, in the user's zone.
        return result is { Scheduled: [var callBack, ..] } r
            ? DateOnly.FromDateTime(ZonedTime.ToLocal(r.Settings.QuietHours.NextAllowed(callBack.DueUtc, r.Settings.TimeZone), r.Settings.TimeZone))
            : BusinessCalendar.NextBusinessDay(leftAt);
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
        $"Call {name} back on **{day:dddd d MMMM}**, the next working day. Don't wait for them to ring you: the next move is yours. If a receptionist picks up, ask when is best to reach them, then type **call back** with that time.");
}
