using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Conversations;

/// <summary>
/// The stored form of a <see cref="ConversationReference"/>: one entity in the user's partition. A row with an empty
/// <see cref="Payload"/> only records a pause (<see cref="RemindersPaused"/>) for a user the channel has no reference for.
/// </summary>
public sealed class ConversationReferenceEntity : ITableEntity
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
    /// Set when the user's reminders were paused because they could not be reached, so the next refresh resumes them.
    /// It lives here because a refresh writes this row anyway: a refresh whose write lands on the ETag it last wrote (or
    /// inserts a new row) knows no pause happened since, and needs no read of the reminder settings.
    /// </summary>
    public bool RemindersPaused { get; set; }
}
