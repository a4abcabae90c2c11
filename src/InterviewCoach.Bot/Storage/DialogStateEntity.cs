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
        var chunks = new string?[MaxChunks];
        int start = 0;
        for (int i = 0; i < MaxChunks && start < json.Length; i++)
        {
            int length = Math.Min(ChunkLength, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--; // never split a surrogate pair: each half alone is not valid UTF-16 and would be mangled in transit
            }

            chunks[i] = json.Substring(start, length);
            start += length;
        }

        if (start < json.Length)
        {
            throw new ArgumentException($"The dialog state is {json.Length} characters; at most about {ChunkLength * MaxChunks} can be stored.", nameof(json));
        }

        return new DialogStateEntity
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            State = chunks[0] ?? string.Empty,
            State1 = chunks[1],
            State2 = chunks[2],
            State3 = chunks[3],
            State4 = chunks[4],
            State5 = chunks[5],
            State6 = chunks[6],
            State7 = chunks[7],
        };
    }
}
