using Azure;
using Azure.Data.Tables;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// The authoritative copy of one reminder: PartitionKey = <c>TableKey.Encode(userKey)</c>, RowKey = reminder id.
/// <see cref="IndexKey"/> names the due-index row currently pointing here (null when not indexed: done, sent, paused).
/// Every change is a Replace conditional on the ETag read.
/// </summary>
internal sealed class ReminderEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string UserKey { get; set; } = string.Empty;

    public ReminderKind Kind { get; set; }

    public ReminderStatus Status { get; set; }

    public string DedupeKey { get; set; } = string.Empty;

    public string? Series { get; set; }

    public string? ContactId { get; set; }

    public string? Organisation { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string FlowCommand { get; set; } = string.Empty;

    public DateTimeOffset DueUtc { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public string? IndexKey { get; set; }

    public ScheduledReminder ToScheduledReminder() =>
        new(RowKey, Kind, Status, DueUtc, Title, Body, FlowCommand, DedupeKey, ContactId, Organisation, Attempts, LastError);
}
