using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>
/// The stored form of a <see cref="ConversationReference"/>: one entity in the user's partition. A row with an empty
/// <see cref="Payload"/> only records the away mark (<see cref="RemindersPaused"/>) for a user the channel has no reference for.
/// </summary>
internal sealed class ConversationReferenceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Channel { get; set; } = string.Empty;

    public string Tenant { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public string? TimeZoneId { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The away mark: set when the user could not be reached and something waits for them (their reminders were paused),
    /// so their next turn reports they are back. It lives here because a turn's refresh writes this row anyway: a write
    /// that lands on the ETag it last wrote (or inserts a new row) knows no mark was set since, and reads nothing else.
    /// The stored column keeps its first name, so marks written before stay readable.
    /// </summary>
    public bool RemindersPaused { get; set; }
}
