using System.Globalization;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>
/// The one owner of how reminders look and what their buttons send: the delivered digest (its cards, labels, dates and
/// the commands on its buttons), the cards in the <c>reminders</c> list (and the values on theirs), and the parser that
/// reads both back when they are pressed or typed. Every date is written one way (<see cref="Due"/>).
/// </summary>
public static class ReminderPresenter
{
    /// <summary>The command word every digest button's command starts with; the rest is read by <see cref="Parse"/>.</summary>
    internal const string Keyword = "reminders";

    internal const string Done = "done";
    internal const string Snooze = "snooze";
    internal const string Cancel = "cancel";
    internal const string SendNow = "send";
    internal const string Missed = "missed";

    /// <summary>The label of a reminder's own "it's handled" button, in the digest and in the list; "Done" alone would read like closing the list.</summary>
    internal const string MarkDoneLabel = "Mark done";

    private static readonly (SnoozeChoice Choice, string Label)[] s_snoozeButtons =
    [
        (SnoozeChoice.OneHour, "In an hour"),
        (SnoozeChoice.Tomorrow, "Tomorrow"),
        (SnoozeChoice.NextWeek, "Next week"),
    ];

    /// <summary>Everything due for one user, as one message's content: each reminder with its buttons described as data.</summary>
    public static ReminderDigest Digest(string userKey, IEnumerable<ScheduledReminder> reminders)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        return new ReminderDigest(userKey, [.. reminders.Select(DigestItem)]);
    }

    /// <summary>
    /// The digest as the channel-neutral replies every channel renders: a count when there are several, then one card per
    /// reminder dated when it arrives in <paramref name="zone"/>, its buttons carrying the commands <see cref="Parse"/> reads.
    /// </summary>
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
            replies.Add(new CardReply(item.Title)
            {
                Subtitle = Due(item.DueUtc, zone),
                Sections = string.IsNullOrWhiteSpace(item.Body) ? [] : [new CardSection { Markdown = item.Body }],
                Actions = [.. item.Actions.Select(action => new ChoiceButton(action.Label, action.Command))],
            });
        }

        return replies;
    }

    internal static ReminderDigestItem DigestItem(ScheduledReminder reminder)
    {
        string flow = reminder.ContactId is null ? reminder.FlowCommand : reminder.FlowCommand + " " + reminder.ContactId;
        var actions = new List<ReminderAction> { new(ReminderActionKind.OpenFlow, OpenLabel(reminder.Kind), flow) };
        if (reminder.ContactId is { } contactId)
        {
            // The kinds that lead somewhere else too: the question list before a meeting; "moved" or "didn't happen" after it.
            switch (reminder.Kind)
            {
                case ReminderKind.MeetingPrepDayBefore:
                    actions.Add(new(ReminderActionKind.OpenFlow, "My questions", ReminderFlows.Questions + " " + contactId));
                    break;
                case ReminderKind.IntroductionCheck:
                    // The note's own buttons record that the introduction was made (or show the note to nudge with).
                    actions.Add(new(ReminderActionKind.OpenFlow, "Intro made? Tell me", ReminderFlows.Rehearse + " " + contactId + " " + Rehearsal.RehearseOptions.IntroductionArgument));
                    break;
                case ReminderKind.KeepInTouch:
                    // An update isn't the only reason to get in touch: passing on something useful keeps the link warm too (S117).
                    actions.Add(new(ReminderActionKind.OpenFlow, "Share a resource", ReminderFlows.ShareResource + " " + contactId));
                    break;
                case ReminderKind.DebriefPrompt:
                    actions.Add(new(ReminderActionKind.OpenFlow, "It moved", ReminderFlows.Contacts + " " + contactId));
                    actions.Add(new(ReminderActionKind.OpenFlow, "Didn't happen", Command(Missed, contactId)));
                    break;
            }
        }

        actions.Add(new(ReminderActionKind.Done, MarkDoneLabel, Command(Done, reminder.Id)));
        actions.AddRange(s_snoozeButtons.Select(b => new ReminderAction(ReminderActionKind.Snooze, b.Label, SnoozeCommand(reminder.Id, b.Choice))));
        return new ReminderDigestItem(reminder.Id, reminder.Kind, reminder.Title, reminder.Body, reminder.FlowCommand, reminder.ContactId, reminder.DueUtc, actions);
    }

    /// <summary>The full command for <paramref name="verb"/> on <paramref name="id"/>, e.g. <c>reminders done r12ab</c>.</summary>
    internal static string Command(string verb, string id) => string.Concat(Keyword, " ", verb, " ", id);

    /// <summary>e.g. <c>reminders snooze r12ab Tomorrow</c>.</summary>
    internal static string SnoozeCommand(string id, SnoozeChoice choice) => string.Concat(Command(Snooze, id), " ", choice.ToString());

    /// <summary>Reads the text after <see cref="Keyword"/> (typed, or sent by a digest button): what to do, to which reminder.</summary>
    internal static ReminderCommand Parse(string? text)
    {
        string[] words = (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return new ReminderCommand(ReminderVerb.List);
        }

        string? id = words.Length > 1 ? words[1] : null;
        ReminderVerb verb = TextNormalizer.Normalize(words[0]) switch
        {
            "list" or "show" or "upcoming" or "all" => ReminderVerb.List,
            "done" or "complete" when id is not null => ReminderVerb.Done,
            "snooze" when id is not null => ReminderVerb.Snooze,
            "send" when id is not null => ReminderVerb.SendNow,
            "missed" when id is not null => ReminderVerb.Missed,
            "cancel" or "delete" or "remove" when id is not null => ReminderVerb.Cancel,
            "timezone" or "time" or "zone" or "tz" => ReminderVerb.TimeZone,
            "quiet" or "hours" => ReminderVerb.QuietHours,
            _ => ReminderVerb.Unknown,
        };
        SnoozeChoice? choice = verb == ReminderVerb.Snooze && words.Length > 2 && TryParseChoice(words[2], out SnoozeChoice parsed) ? parsed : null;
        return new ReminderCommand(verb, id, choice);
    }

    /// <summary>A list card button's value: <paramref name="verb"/> (or a <see cref="SnoozeChoice"/>) on one reminder.</summary>
    internal static string ListValue(string verb, string id) => CardActionPrompt.Target(verb, id);

    /// <summary>What a list card button's value asks for, as the text after <see cref="Keyword"/>; null for other values.</summary>
    internal static string? CommandFromListValue(string value)
    {
        if (!CardActionPrompt.TrySplit(value, out string verb, out string id))
        {
            return null;
        }

        return verb switch
        {
            Done or Snooze or Cancel or SendNow => $"{verb} {id}",
            _ => $"{Snooze} {id} {verb}",
        };
    }

    /// <summary>One reminder in the list: title, when it will really arrive (after quiet hours) in the user's zone, status, and its buttons.</summary>
    internal static CardReply Card(ScheduledReminder reminder, ReminderSettings settings, int number, bool sendNow = false) => new($"{number}. {reminder.Title}")
    {
        Subtitle = string.IsNullOrWhiteSpace(reminder.Body) ? null : reminder.Body,
        Facts =
        [
            new CardFact("Due", FollowThrough.Arrives(reminder, settings)),
            new CardFact("Status", Status(reminder)),
        ],
        Actions =
        [
            new ChoiceButton(MarkDoneLabel, ListValue(Done, reminder.Id)),
            .. s_snoozeButtons.Select(b => new ChoiceButton(b.Label, ListValue(b.Choice.ToString(), reminder.Id))),
            new ChoiceButton("Pick a time", ListValue(Snooze, reminder.Id)),
            new ChoiceButton("Cancel it", ListValue(Cancel, reminder.Id)),
            .. (sendNow ? [new ChoiceButton("Send now", ListValue(SendNow, reminder.Id))] : Array.Empty<ChoiceButton>()),
        ],
    };

    /// <summary>A wall-clock time in the user's zone, e.g. <c>Tue 6 Jan, 09:00 (Europe/London)</c>: the one way reminders are dated.</summary>
    internal static string Due(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        DateTime local = ZonedTime.ToLocal(instant, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local:ddd d MMM, HH:mm} ({zone.Id})");
    }

    internal static string Status(ScheduledReminder reminder) => reminder.Status switch
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
    internal static string Window(QuietHours hours)
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
    internal static string SettingsLine(ReminderSettings settings) =>
        $"Times are in **{settings.TimeZone.Id}**, and reminders only arrive {Window(settings.QuietHours)}.";

    private static string OpenLabel(ReminderKind kind) => kind switch
    {
        ReminderKind.ThankYouNote => "Draft the thank-you note",
        ReminderKind.DebriefPrompt => "Yes, debrief it",
        ReminderKind.MeetingPrepDayBefore or ReminderKind.MeetingPrepHourBefore => "Open my prep",
        ReminderKind.CallBack or ReminderKind.OutreachCall or ReminderKind.VoicemailCallBack => "Open the contact",
        ReminderKind.KeepInTouch or ReminderKind.CloseTheLoop => "Draft the update",
        ReminderKind.UpdateLinkedIn => "Open my goals",
        ReminderKind.WeeklyReview => "Open my weekly review",
        _ => "Open the contact",
    };

    private static bool TryParseChoice(string text, out SnoozeChoice choice)
    {
        if (Enum.TryParse(text, ignoreCase: true, out choice) && Enum.IsDefined(choice) && !char.IsDigit(text[0]))
        {
            return true;
        }

        switch (TextNormalizer.Normalize(text))
        {
            case "hour" or "1h" or "an-hour":
                choice = SnoozeChoice.OneHour;
                return true;
            case "week" or "next-week":
                choice = SnoozeChoice.NextWeek;
                return true;
            default:
                return false;
        }
    }
}
