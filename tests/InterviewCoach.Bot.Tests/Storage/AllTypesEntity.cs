using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Tests.Storage;

public sealed class AllTypesEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Text { get; set; }

    public int Count { get; set; }

    public long BigCount { get; set; }

    public bool Flag { get; set; }

    public double Ratio { get; set; }

    public DateTimeOffset When { get; set; }

    public DateTimeOffset? MaybeWhen { get; set; }

    public Guid Id { get; set; }

    public byte[]? Bytes { get; set; }

    public DayOfWeek Day { get; set; }

    public int? MaybeCount { get; set; }
}
