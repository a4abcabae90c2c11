using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Slack;

/// <summary>A workspace that uninstalled the app or revoked its token: one row per team in the single partition.</summary>
internal sealed class SlackWorkspaceEntity : ITableEntity
{
    public const string Partition = "workspace";

    public string PartitionKey { get; set; } = Partition;

    /// <summary>The team (or enterprise) id.</summary>
    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>When we learnt the app was gone; the retention period runs from here.</summary>
    public DateTimeOffset InactiveSince { get; set; }

    /// <summary><c>app_uninstalled</c>, <c>tokens_revoked</c>, or the Web API error that said so (<c>invalid_auth</c>…).</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>When the retention service erased the workspace's data; null until then.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
}
