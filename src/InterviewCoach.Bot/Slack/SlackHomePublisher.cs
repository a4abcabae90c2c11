using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Publishes a user's App Home tab (<c>views.publish</c>): progress counted from their records, reminders, and a
/// button per coaching command. See <see href="https://docs.slack.dev/surfaces/app-home">App Home</see>.
/// </summary>
internal sealed class SlackHomePublisher(IUserRecordStore records, IReminderScheduler reminders, IViewsApi views)
{
    private const int RemindersShown = 3;

    public async Task<string> PublishAsync(UserAddress user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        IReadOnlyList<ExportedRecord> all = await records.ExportAllAsync(user.Key, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ScheduledReminder> upcoming = await reminders.ListUpcomingAsync(user.Key, cancellationToken).ConfigureAwait(false);
        ReminderSettings settings = await reminders.GetSettingsAsync(user.Key, cancellationToken).ConfigureAwait(false);
        return await views.PublishAsync(user.UserId, Build(all, upcoming, settings.TimeZone), cancellationToken).ConfigureAwait(false);
    }

    internal static JsonObject Build(IReadOnlyList<ExportedRecord> records, IReadOnlyList<ScheduledReminder> upcoming, TimeZoneInfo zone)
    {
        int Count(string kind) => records.Count(r => r.Kind == kind);
        var progress = new StringBuilder("**Your progress**\n");
        progress.Append(CultureInfo.InvariantCulture, $"- Goal: {(Count(UserRecordKinds.Profile) > 0 ? "set" : "not set yet")}\n");
        progress.Append(CultureInfo.InvariantCulture, $"- Contacts: {Count(UserRecordKinds.Contact)}\n");
        progress.Append(CultureInfo.InvariantCulture, $"- Practice attempts: {Count(UserRecordKinds.PracticeAttempt)}\n");
        progress.Append(CultureInfo.InvariantCulture, $"- Question lists: {Count(UserRecordKinds.QuestionList)}\n");
        progress.Append(CultureInfo.InvariantCulture, $"- Debriefs: {Count(UserRecordKinds.Debrief)}");

        var reminders = new StringBuilder("**Next reminders**\n");
        if (upcoming.Count == 0)
        {
            reminders.Append("Nothing scheduled yet. Use `/coach reminders` to see and set your reminders.");
        }
        else
        {
            foreach (ScheduledReminder reminder in upcoming.Take(RemindersShown))
            {
                DateTimeOffset due = TimeZoneInfo.ConvertTime(reminder.DueUtc, zone);
                reminders.Append(CultureInfo.InvariantCulture, $"- {reminder.Title} ({due:ddd d MMM, HH:mm})\n");
            }

            reminders.Append(CultureInfo.InvariantCulture, $"See all {upcoming.Count} with `/coach reminders`.");
        }

        const string intro = "I help you plan, rehearse and follow up on informational interviews. Pick a step below, or message me in the *Messages* tab.";
        return SlackBlockKit.RenderHome("Interview Coach", [intro, progress.ToString(), reminders.ToString()], SlackCommandRouter.MenuButtons());
    }
}
