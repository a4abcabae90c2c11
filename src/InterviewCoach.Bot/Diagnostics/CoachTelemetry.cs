using System.Diagnostics;

namespace InterviewCoach.Bot.Diagnostics;

/// <summary>
/// The host's trace source and meter names, and the names of its instruments. Spans and tags carry kinds, counts,
/// statuses and durations only: never message text, user, conversation or tenant ids, names, or URLs with paths.
/// </summary>
internal static class CoachTelemetry
{
    /// <summary>Both the <see cref="ActivitySource"/> and the meter are named this.</summary>
    public const string Name = "InterviewCoach.Bot";

    public const string Turns = "coach.turns";
    public const string TurnDuration = "coach.turn.duration";
    public const string TableRequests = "coach.table.requests";
    public const string TableFailures = "coach.table.failures";
    public const string RemindersDue = "coach.reminders.due";
    public const string RemindersSent = "coach.reminders.sent";
    public const string RemindersFailed = "coach.reminders.failed";
    public const string SlackQueueDepth = "coach.slack.queue.depth";

    /// <summary>Spans of a turn's work; <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> returns null (and costs next to nothing) while no exporter listens.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The meter options every instrument of one host is created with, so <c>IMeterFactory</c> hands them all the same meter.</summary>
    public static System.Diagnostics.Metrics.MeterOptions MeterOptions => new(Name);
}
