using InterviewCoach.Bot.Conversations.Turns;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// The reminders' side of a user being seen: reminders paused while the user was away resume (what was held back
/// arrives as one digest), and until the user picks a time zone themselves, the one their channel reports is adopted.
/// </summary>
internal sealed class ReminderUserSeenHandler(IReminderAvailability availability, TableReminderScheduler reminders) : IUserSeenHandler
{
    public async Task HandleAsync(UserSeen seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seen);
        string userKey = seen.User.Key;
        if (seen.WasAway)
        {
            await availability.ResumeUserAsync(userKey, cancellationToken).ConfigureAwait(false);
        }

        if (seen.TimeZoneId is { } zoneId)
        {
            await reminders.AdoptChannelTimeZoneAsync(userKey, zoneId, likelyNew: seen.IsNew, cancellationToken).ConfigureAwait(false);
        }
    }
}
