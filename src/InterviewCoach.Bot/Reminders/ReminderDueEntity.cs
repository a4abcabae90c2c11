using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Reminders;

/// <summary>
/// One row of the due-time index: PartitionKey = shard of the user (<see cref="ReminderKeys.Shard"/>), RowKey = fixed-width
/// UTC due time <c>yyyyMMddHHmmssfff</c>, then a user hash and a fresh GUID, so a poll is one range read (<c>RowKey le now</c>) per shard
/// whatever the number of future reminders, and no two writes ever reuse a row. The row also carries the delivery lease.
/// </summary>
internal sealed class ReminderDueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string UserKey { get; set; } = string.Empty;

    public string ReminderId { get; set; } = string.Empty;

    /// <summary>The dispatcher instance that claimed the row, while it delivers.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>
    /// Until when the claim holds. Polls read only rows whose lease has passed (<c>LeaseUntil le now</c>), so a row being
    /// delivered is invisible to other instances, and one whose instance died shows up again when the lease runs out.
    /// </summary>
    public DateTimeOffset LeaseUntil { get; set; } = DateTimeOffset.UnixEpoch;

    /// <summary>When the row was written; a row no reminder points to is removed only once it is older than a grace period, since a writer adds the row before it updates the reminder.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
