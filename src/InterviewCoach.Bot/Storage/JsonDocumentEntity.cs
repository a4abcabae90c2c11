using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// A JSON document stored in one entity (a dialog stack, a user's contact...). A string property holds at most 32K
/// characters, so a longer document spills into <see cref="Json1"/>..<see cref="Json7"/> (about 256K characters in
/// all, well inside the 1 MiB entity limit).
/// </summary>
internal sealed class JsonDocumentEntity : ITableEntity
{
    public const int ChunkLength = TableEntityRules.MaxStringLength;
    public const int MaxChunks = 8;

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? Json { get; set; }

    public string? Json1 { get; set; }

    public string? Json2 { get; set; }

    public string? Json3 { get; set; }

    public string? Json4 { get; set; }

    public string? Json5 { get; set; }

    public string? Json6 { get; set; }

    public string? Json7 { get; set; }

    /// <summary>
    /// Only on a conversation's dialog state: when replies were kept for its next turn
    /// (<see cref="Conversations.Proactive.UndeliveredReplies"/>). Never written by <see cref="Split"/>, so the next state write clears it.
    /// </summary>
    public DateTimeOffset? RepliesKeptAt { get; set; }

    public string Join() => string.Concat(Json, Json1, Json2, Json3, Json4, Json5, Json6, Json7);

    /// <summary>
    /// The document as a property bag of the chunks in use. Written as this type, every unused chunk and the replies
    /// mark would go over the wire as an explicit null, which the service parses and then drops. A replace still
    /// clears them, since it replaces the whole entity.
    /// </summary>
    public TableEntity ToWrite()
    {
        var entity = new TableEntity(PartitionKey, RowKey) { ["Json"] = Json ?? string.Empty };
        Add(entity, nameof(Json1), Json1);
        Add(entity, nameof(Json2), Json2);
        Add(entity, nameof(Json3), Json3);
        Add(entity, nameof(Json4), Json4);
        Add(entity, nameof(Json5), Json5);
        Add(entity, nameof(Json6), Json6);
        Add(entity, nameof(Json7), Json7);
        if (RepliesKeptAt is { } kept)
        {
            entity[nameof(RepliesKeptAt)] = kept;
        }

        return entity;

        static void Add(TableEntity entity, string name, string? chunk)
        {
            if (chunk is not null)
            {
                entity[name] = chunk;
            }
        }
    }

    public static JsonDocumentEntity Split(string partitionKey, string rowKey, string json)
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
            throw new ArgumentException($"The document is {json.Length} characters; at most about {ChunkLength * MaxChunks} can be stored.", nameof(json));
        }

        return new JsonDocumentEntity
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            Json = chunks[0] ?? string.Empty,
            Json1 = chunks[1],
            Json2 = chunks[2],
            Json3 = chunks[3],
            Json4 = chunks[4],
            Json5 = chunks[5],
            Json6 = chunks[6],
            Json7 = chunks[7],
        };
    }
}
