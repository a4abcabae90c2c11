using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Files offered with a consent card and not yet accepted or declined, in the user's partition of the FileOffers table
/// by the id the card carries, so the answer may reach any instance, or come after a restart. An offer lasts
/// <see cref="Lifetime"/> (the export can be asked for again), is found only for the user it was offered to, and is
/// taken once. Deleting the user's data removes their offers.
/// </summary>
/// <remarks>
/// The file itself is stored with the offer, not rebuilt when the user accepts: the card showed this file and its size,
/// so that is what is uploaded, and a <see cref="FileReply"/> can be any document, not only the data export. The copy
/// lives until the answer, the user's next offer (which sweeps expired ones) or "delete my data". A file too large for
/// one entity is not offered: the caller sends it as text instead.
/// </remarks>
internal sealed class PendingFileUploads(CoachTables tables, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    public const string ExportKind = "file-offer";

    private TableClient Table => tables.FileOffers;

    /// <summary>Whether the file fits in one offer (else it should go as text).</summary>
    public static bool CanKeep(FileReply file)
    {
        ArgumentNullException.ThrowIfNull(file);

        // Room for the splitter to move a chunk boundary off a surrogate pair.
        return file.Content.Length <= FileOfferEntity.MaxContentLength - JsonDocumentEntity.MaxChunks
            && file.FileName.Length <= 1024 && file.Summary.Length <= TableEntityRules.MaxStringLength && file.ContentType.Length <= 256;
    }

    /// <summary>Stores the offer for <paramref name="userKey"/>; returns the id for the card's contexts.</summary>
    /// <exception cref="ArgumentException">The file does not fit (<see cref="CanKeep"/>).</exception>
    public async Task<string> AddAsync(string userKey, FileReply file, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        if (!CanKeep(file))
        {
            throw new ArgumentException("The file is too large to keep with its offer.", nameof(file));
        }

        string partition = TableKey.Encode(userKey);
        await SweepExpiredAsync(partition, cancellationToken).ConfigureAwait(false);
        string id = Guid.NewGuid().ToString("N");
        var entity = new FileOfferEntity
        {
            PartitionKey = partition,
            RowKey = id,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Summary = file.Summary,
            ExpiresAt = time.GetUtcNow() + Lifetime,
        };
        entity.SplitContent(file.Content);
        await Table.InsertAsync(entity, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// Takes the user's offer with this id if it is still waiting: deleted on its ETag, so of two answers racing on two
    /// instances only one gets the file. Null when it expired, was taken, or is not this user's.
    /// </summary>
    public async Task<FileReply?> TakeAsync(string userKey, string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userKey);
        if (!IsOfferId(id))
        {
            // Not an id this class made (they are 32 lowercase hex digits), so nothing to look up.
            return null;
        }

        FileOfferEntity? offer = await Table.FindEntityAsync<FileOfferEntity>(TableKey.Encode(userKey), id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (offer is null)
        {
            return null;
        }

        try
        {
            Response deleted = await Table.DeleteEntityAsync(offer.PartitionKey, offer.RowKey, offer.ETag, cancellationToken).ConfigureAwait(false);
            if (deleted.Status == 404)
            {
                return null;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return null;
        }

        return offer.ExpiresAt > time.GetUtcNow() ? new FileReply(offer.FileName, offer.ContentType, offer.JoinContent(), offer.Summary) : null;
    }

    /// <summary>What is offered and not yet answered (names and expiry; the content is in the export already), for "export my data".</summary>
    public async Task<IReadOnlyList<ExportedRecord>> ExportAsync(string userKey, CancellationToken cancellationToken = default)
    {
        var records = new List<ExportedRecord>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(userKey)}");
        await foreach (FileOfferEntity offer in Table.QueryAsync<FileOfferEntity>(filter, select: ["RowKey", "Timestamp", "FileName", "ContentType", "ExpiresAt"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            string json = JsonSerializer.Serialize(new Dictionary<string, object> { ["fileName"] = offer.FileName, ["contentType"] = offer.ContentType, ["expiresAt"] = offer.ExpiresAt });
            records.Add(new ExportedRecord(ExportKind, offer.RowKey, json, offer.Timestamp));
        }

        return records;
    }

    /// <summary>Removes every offer of the user; returns how many went.</summary>
    public Task<int> ForgetAsync(string userKey, CancellationToken cancellationToken = default) =>
        Table.DeletePartitionAsync(TableKey.Encode(userKey), cancellationToken);

    private static bool IsOfferId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private async Task SweepExpiredAsync(string partition, CancellationToken cancellationToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and ExpiresAt le {now}");
        var expired = new List<FileOfferEntity>();
        await foreach (FileOfferEntity offer in Table.QueryAsync<FileOfferEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            expired.Add(offer);
        }

        foreach (FileOfferEntity offer in expired)
        {
            try
            {
                await Table.DeleteEntityAsync(partition, offer.RowKey, offer.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Answered meanwhile.
            }
        }
    }
}
