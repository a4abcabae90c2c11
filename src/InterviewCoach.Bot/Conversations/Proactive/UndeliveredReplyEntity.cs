using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>One reply kept for the user's next turn: its plain text, in the user's partition, RowKey ordered by when it was kept.</summary>
internal sealed class UndeliveredReplyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Text { get; set; } = string.Empty;
}
