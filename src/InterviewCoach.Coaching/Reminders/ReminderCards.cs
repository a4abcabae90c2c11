using System.Globalization;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>How a reminder and the user's settings look in the <c>reminders</c> flow.</summary>
internal static class ReminderCards
{
    public const string Done = "done";
    public const string Snooze = "snooze";
    public const string Cancel = "cancel";
    public const string SendNow = "send";

    /// <summary>The label of a reminder's own "it's handled" button, here and in the delivered digest; "Done" alone would read like closing the list.</summary>
    public const string MarkDoneLabel = "Mark done";

    /// <summary>One reminder as a card: title, when it will really arrive (after quiet hours) in the user's zone, status, and its buttons.</summary>
    public static CardReply Card(ScheduledReminder reminder, ReminderSettings settings, int number, bool sendNow = false) => new($"{number}. {reminder.Title}")
    {
        Subtitle = string.IsNullOrWhiteSpace(reminder.Body) ? null : reminder.Body,
        Facts =
        [
            new CardFact("Due", FollowThrough.Arrives(reminder, settings)),
            new CardFact("Status", Status(reminder)),
        ],
        Actions =
        [
            new ChoiceButton(MarkDoneLabel, CardActionPrompt.Target(Done, reminder.Id)),
            new ChoiceButton("In an hour", CardActionPrompt.Target(nameof(SnoozeChoice.OneHour), reminder.Id)),
            new ChoiceButton("Tomorrow", CardActionPrompt.Target(nameof(SnoozeChoice.Tomorrow), reminder.Id)),
            new ChoiceButton("Next week", CardActionPrompt.Target(nameof(SnoozeChoice.NextWeek), reminder.Id)),
            new ChoiceButton("Pick a time", CardActionPrompt.Target(Snooze, reminder.Id)),
            new ChoiceButton("Cancel it", CardActionPrompt.Target(Cancel, reminder.Id)),
            .. (sendNow ? [new ChoiceButton("Send now", CardActionPrompt.Target(SendNow, reminder.Id))] : Array.Empty<ChoiceButton>()),
        ],
    };

    /// <summary>A wall-clock time in the user's zone, e.g. <c>Tue 6 Jan, 09:00 (Europe/London)</c>.</summary>
    public static string Due(DateTimeOffset instant, TimeZoneInfo zone)
    {
        DateTime local = ZonedTime.ToLocal(instant, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local:ddd d MMM, HH:mm} ({zone.Id})");
    }

    public static string Status(ScheduledReminder reminder) => reminder.Status switch
    {
        ReminderStatus.Pending when reminder.Attempts > 0 => "Trying again soon",
        ReminderStatus.Pending => "Coming up",
        ReminderStatus.Sent => "Sent",
        ReminderStatus.Done => "Done",
        ReminderStatus.Cancelled => "Cancelled",
        ReminderStatus.Failed => "Couldn't be delivered",
        _ => reminder.Status.ToString(),
    };

    /// <summary>The allowed window in words, e.g. <c>09:00-18:00, weekdays</c>.</summary>
    public static string Window(QuietHours hours)
    {
        string days = hours.Days switch
        {
            AllowedDays.Weekdays => "weekdays",
            AllowedDays.Everyday => "every day",
            _ => string.Join(", ", Enum.GetValues<DayOfWeek>().Where(hours.AllowsDay).Select(d => d.ToString()[..3])),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{hours.Start:HH\\:mm}-{hours.End:HH\\:mm}, {days}");
    }

    /// <summary>The line above the list: which zone times are in and when reminders may arrive.</summary>
    public static string SettingsLine(ReminderSettings settings) =>
        $"Times are in **{settings.TimeZone.Id}**, and reminders only arrive {Window(settings.QuietHours)}.";
}
