using Azure;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Conversations;

/// <summary>The stored form of a <see cref="ConversationReference"/>: one entity in the user's partition.</summary>
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
}
