using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Reminders;

/// <summary>Keys of the reminder tables, in one place.</summary>
internal static class ReminderKeys
{
    /// <summary>
    /// Shards of the due index. Fixed: changing it would strand rows in shards nobody polls. Four partitions spread write
    /// load beyond one partition's limits while an idle poll costs four small reads.
    /// </summary>
    public const int ShardCount = 4;

    public static string UserPartition(string userKey) => TableKey.Encode(userKey);

    /// <summary>The reminder id: a stable hash of user and dedupe key, so scheduling the same event again lands on the same row.</summary>
    public static string ReminderId(string userKey, string dedupeKey)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        ArgumentNullException.ThrowIfNull(dedupeKey);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(userKey + "\n" + dedupeKey));
        return "r" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }

    /// <summary>The index shard of a user: all of one user's due rows share a shard, so a poll sees them together for one digest.</summary>
    public static string Shard(string userKey)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(userKey));
        return "s" + (hash[0] % ShardCount).ToString(CultureInfo.InvariantCulture);
    }

    public static IEnumerable<string> AllShards() => Enumerable.Range(0, ShardCount).Select(i => "s" + i.ToString(CultureInfo.InvariantCulture));

    /// <summary>Fixed-width UTC time that sorts as the instant does.</summary>
    public static string DueKey(DateTimeOffset dueUtc) => dueUtc.UtcDateTime.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The upper bound of a poll: every index row due at or before <paramref name="now"/> sorts below it.</summary>
    public static string DueLimit(DateTimeOffset now) => DueKey(now) + "~";

    /// <summary>
    /// A fresh index RowKey: due time, then a short hash of the user (so one user's reminders due at the same instant sit
    /// together and land in the same poll page, for one digest), then a GUID so no two writes share a row.
    /// </summary>
    public static string NewIndexKey(DateTimeOffset dueUtc, string userKey)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(userKey));
        return DueKey(dueUtc) + "_" + Convert.ToHexStringLower(hash.AsSpan(0, 4)) + "_" + Guid.NewGuid().ToString("N");
    }
}
