using Azure;

namespace InterviewCoach.Bot.Storage;

/// <summary>A Table Storage entity: the keys, the server timestamp and the ETag a conditional write sends back.</summary>
public interface ITableEntity
{
    string PartitionKey { get; set; }

    string RowKey { get; set; }

    DateTimeOffset? Timestamp { get; set; }

    ETag ETag { get; set; }
}
