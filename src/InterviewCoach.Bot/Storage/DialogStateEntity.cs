using Azure;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// One conversation's serialised dialog stack. A string property holds at most 32K characters, so longer state
/// spills into <see cref="State1"/>..<see cref="State7"/> (256K characters in all, well inside the 1 MiB entity limit).
/// </summary>
public sealed class DialogStateEntity : ITableEntity
{
    public const int ChunkLength = TableEntityRules.MaxStringLength;
    public const int MaxChunks = 8;

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? State { get; set; }

    public string? State1 { get; set; }

    public string? State2 { get; set; }

    public string? State3 { get; set; }

    public string? State4 { get; set; }

    public string? State5 { get; set; }

    public string? State6 { get; set; }

    public string? State7 { get; set; }

    public string Join() => string.Concat(State, State1, State2, State3, State4, State5, State6, State7);

    public static DialogStateEntity Split(string partitionKey, string rowKey, string json)
    {
        if (json.Length > ChunkLength * MaxChunks)
        {
            throw new ArgumentException($"The dialog state is {json.Length} characters; at most {ChunkLength * MaxChunks} can be stored.", nameof(json));
        }

        string? Chunk(int index) => json.Length > index * ChunkLength
            ? json.Substring(index * ChunkLength, Math.Min(ChunkLength, json.Length - (index * ChunkLength)))
            : null;

        return new DialogStateEntity
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            State = Chunk(0) ?? string.Empty,
            State1 = Chunk(1),
            State2 = Chunk(2),
            State3 = Chunk(3),
            State4 = Chunk(4),
            State5 = Chunk(5),
            State6 = Chunk(6),
            State7 = Chunk(7),
        };
    }
}
