using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>
/// Merged onto a conversation's dialog-state entity when replies were kept for it, so the next turn (on any instance)
/// learns it from the state it reads or re-reads anyway; the turn's own state write replaces the entity and drops it.
/// </summary>
internal sealed class KeptRepliesMark : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public DateTimeOffset? RepliesKeptAt { get; set; }
}
