using System.Globalization;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// Turns a digest into the channel-neutral replies every channel renders: one card per reminder, its buttons carrying
/// the commands the coach understands (<c>reminders done …</c>, <c>reminders snooze …</c>, the related flow).
/// </summary>
internal static class ReminderDigestRenderer
{
    public static IReadOnlyList<Reply> Render(ReminderDigest digest, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var replies = new List<Reply>(digest.Items.Count + 1);
        if (digest.Items.Count > 1)
        {
            replies.Add(new TextReply(string.Create(CultureInfo.InvariantCulture, $"You have **{digest.Items.Count}** follow-ups due:")));
        }

        foreach (ReminderDigestItem item in digest.Items)
        {
            DateTimeOffset due = TimeZoneInfo.ConvertTime(item.DueUtc, zone);
            replies.Add(new CardReply(item.Title)
            {
                Subtitle = due.ToString("dddd d MMMM, HH:mm", CultureInfo.InvariantCulture),
                Sections = string.IsNullOrWhiteSpace(item.Body) ? [] : [new CardSection { Markdown = item.Body }],
                Actions = [.. item.Actions.Select(action => new ChoiceButton(action.Label, action.Command))],
            });
        }

        return replies;
    }
}
