using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>Every entity of every table the host uses, by table, PartitionKey and RowKey, with its ETag.</summary>
internal sealed class TableSnapshot
{
    private readonly Dictionary<string, string> _etags;

    private TableSnapshot(Dictionary<string, string> etags)
    {
        _etags = etags;
    }

    public int Count => _etags.Count;

    public IEnumerable<string> Keys => _etags.Keys;

    public static async Task<TableSnapshot> TakeAsync(CoachTables tables)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (TableClient table in tables.All)
        {
            // Keys only: the ETag still comes back with every entity and changes with every write.
            await foreach (TableEntity entity in table.QueryAsync<TableEntity>(maxPerPage: 1000, select: ["PartitionKey", "RowKey"]))
            {
                string etag = entity.ETag.ToString();
                if (etag.Length == 0)
                {
                    throw new InvalidOperationException($"{table.Name} returned an entity without an ETag.");
                }

                etags[$"{table.Name}/{entity.PartitionKey}/{entity.RowKey}"] = etag;
            }
        }

        return new TableSnapshot(etags);
    }

    /// <summary>Entities added, removed or rewritten between <paramref name="before"/> and this snapshot.</summary>
    public IReadOnlyList<string> ChangesSince(TableSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changes = new List<string>();
        foreach ((string key, string etag) in _etags)
        {
            if (!before._etags.TryGetValue(key, out string? old))
            {
                changes.Add("added " + key);
            }
            else if (old != etag)
            {
                changes.Add("rewritten " + key);
            }
        }

        changes.AddRange(before._etags.Keys.Where(k => !_etags.ContainsKey(k)).Select(k => "removed " + k));
        return changes;
    }
}
