using System.Globalization;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// What a change to a contact means for their reminders (a meeting booked, moved or called off, an ask sent, a reply,
/// staying in touch, the contact deleted), raised through <see cref="FollowThrough"/>. Each method returns the line
/// that tells the user what changed, or null when nothing did.
/// </summary>
internal static class StageFollowThrough
{
    public static ReminderContact Remind(Contact contact) => new(contact.Id, contact.Name, contact.Organisation);

    public static async ValueTask<string?> OnStageChangedAsync(
        CoachServices services, string userKey, Contact? before, Contact saved, MeetingDetails? meeting, string? askedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ContactStage? from = before?.Stage;
        switch (saved.Stage)
        {
            case ContactStage.MeetingSet when meeting is not null:
                return await OnMeetingAsync(services, userKey, saved, meeting, now, cancellationToken).ConfigureAwait(false);
            case ContactStage.Asked when Enum.TryParse(askedBy, out OutreachChannel channel):
                FollowThroughResult? sent = await FollowThrough.RaiseAsync(services, userKey, new OutreachSent(Remind(saved), now, channel), cancellationToken).ConfigureAwait(false);
                return FollowThrough.Describe(sent) is { } plan
                    ? plan + $"\nWhen {saved.Name} replies, move them on (**{ContactStage.MeetingSet.ToLabel()}** or **{ContactStage.Declined.ToLabel()}**) and I'll cancel the ones still to come."
                    : null;
            case ContactStage.Asked when askedBy == "phone" && services.Reminders is not null:
                return $"If {saved.Name} said when to call back, type **call back** with that time (for example _call back Thursday 3pm_) and I'll remind you then.";
            case ContactStage.KeepingInTouch when from != ContactStage.KeepingInTouch:
                FollowThroughResult? touch = await FollowThrough.RaiseAsync(services, userKey, new TouchLogged(Remind(saved), now), cancellationToken).ConfigureAwait(false);
                return FollowThrough.Describe(touch, $"I'll remind you to send {saved.Name} an update (and again each time you mark it done):");
        }

        if (from == ContactStage.MeetingSet && saved.Stage is ContactStage.ToContact or ContactStage.Asked or ContactStage.NoAnswer or ContactStage.Declined)
        {
            FollowThroughResult? off = await FollowThrough.RaiseAsync(services, userKey, new MeetingCancelled(Remind(saved)), cancellationToken).ConfigureAwait(false);
            return Cancelled(off, "for that meeting");
        }

        if (from == ContactStage.Asked && saved.Stage is ContactStage.Declined or ContactStage.Met or ContactStage.Thanked or ContactStage.KeepingInTouch)
        {
            FollowThroughResult? reply = await FollowThrough.RaiseAsync(
                services, userKey, new ReplyReceived(saved.Organisation ?? string.Empty, now, saved.Id), cancellationToken).ConfigureAwait(false);
            return Cancelled(reply, $"chasing {saved.Name}: that counts as their reply");
        }

        return null;
    }

    /// <summary>A meeting was booked or moved: its prep, nudge and "did you meet?" reminders (replacing any earlier ones).</summary>
    public static async ValueTask<string?> OnMeetingAsync(CoachServices services, string userKey, Contact contact, MeetingDetails meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        bool byCall = AskLength.For(contact with { Meeting = meeting }).IsCall;
        var booked = new MeetingScheduled(Remind(contact), meeting.StartsAt, now, meeting.DurationMinutes, meeting.Place, meeting.Directions, !byCall && MeetingVenues.AtCafe(contact, meeting), byCall);
        FollowThroughResult? result = await FollowThrough.RaiseAsync(services, userKey, booked, cancellationToken).ConfigureAwait(false);
        return FollowThrough.Describe(result, "For this meeting I'll remind you:");
    }

    /// <summary>The contact is gone: so is every reminder about them.</summary>
    public static async ValueTask<string?> OnDeletedAsync(CoachServices services, string userKey, Contact contact, CancellationToken cancellationToken)
    {
        FollowThroughResult? result = await FollowThrough.RaiseAsync(services, userKey, new ContactRemoved(Remind(contact)), cancellationToken).ConfigureAwait(false);
        return Cancelled(result, $"about {contact.Name}");
    }

    private static string? Cancelled(FollowThroughResult? result, string about) => result is { Cancelled: > 0 } r
        ? string.Create(CultureInfo.InvariantCulture, $"I've cancelled {(r.Cancelled == 1 ? "the pending reminder" : $"the {r.Cancelled} pending reminders")} {about}.")
        : null;
}
