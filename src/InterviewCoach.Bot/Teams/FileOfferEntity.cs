using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// A file offered with a consent card, in the user's partition (RowKey: the offer id). The content is split over
/// <see cref="Content"/>..<see cref="Content7"/> as <see cref="JsonDocumentEntity"/> splits a document: 32K characters a
/// property, so at most 256K characters (512 KiB as stored, inside the 1 MiB entity limit).
/// </summary>
internal sealed class FileOfferEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }

    public string? Content { get; set; }

    public string? Content1 { get; set; }

    public string? Content2 { get; set; }

    public string? Content3 { get; set; }

    public string? Content4 { get; set; }

    public string? Content5 { get; set; }

    public string? Content6 { get; set; }

    public string? Content7 { get; set; }

    public static int MaxContentLength => JsonDocumentEntity.ChunkLength * JsonDocumentEntity.MaxChunks;

    public string JoinContent() => string.Concat(Content, Content1, Content2, Content3, Content4, Content5, Content6, Content7);

    public void SplitContent(string content)
    {
        JsonDocumentEntity chunks = JsonDocumentEntity.Split(PartitionKey, RowKey, content);
        (Content, Content1, Content2, Content3) = (chunks.Json, chunks.Json1, chunks.Json2, chunks.Json3);
        (Content4, Content5, Content6, Content7) = (chunks.Json4, chunks.Json5, chunks.Json6, chunks.Json7);
    }
}
