using System.Globalization;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Storage;

/// <summary>
/// The user-record saves of the turn running in this flow, held back so they go to storage in one entity group
/// transaction with the turn's dialog state (which lives in the same partition): a turn that saves a record then costs
/// one round trip, not two, and the records and the state land together or not at all. A conflict on any of them loses
/// the whole write, and the turn is read and run again, as after any lost race.
/// </summary>
/// <remarks>
/// Begun by <see cref="TableDialogStateStore.BeginTurnAttempt"/>; <see cref="TableUserRecordStore"/> holds a save here
/// only for the partition the turn writes its state to, and answers reads from what is held, so the turn sees its own
/// saves. A save the transaction could not take (it is full) goes straight to storage, as it would without this.
/// </remarks>
internal sealed class TurnRecordWrites
{
    /// <summary>Records a transaction may hold beside the state.</summary>
    public const int MaxRecords = TableClientExtensions.MaxTransactionActions - 1;

    private const string TagPrefix = "held-";

    private static readonly AsyncLocal<TurnRecordWrites?> s_current = new();

    private readonly List<HeldRecord> _held = [];
    private readonly Lock _lock = new();
    private int _nextTag;

    private TurnRecordWrites(string key, bool holds)
    {
        Key = key;
        Holds = holds;
    }

    /// <summary>The turn running in this flow, if its state store holds record saves back.</summary>
    public static TurnRecordWrites? Current => s_current.Value;

    /// <summary>
    /// The turn's conversation key: its state's partition, and so the partition of the records of the user with that
    /// key (keys are encoded one to one, so equal keys are the same partition).
    /// </summary>
    public string Key { get; }

    /// <summary>
    /// Starts holding saves for a turn (attempt) on conversation <paramref name="key"/> in this flow; an earlier attempt's
    /// are dropped. After an attempt lost its write on a record (<see cref="RecordLost"/>) the turn's later attempts
    /// save straight to storage, so the flow that saved it meets the conflict where it saves, and settles it there (a
    /// re-read and a retry), as it would without holding: held again, the same save could lose every attempt.
    /// </summary>
    public static void Begin(string key)
    {
        bool lostBefore = s_current.Value is { LostARecord: true } last && string.Equals(last.Key, key, StringComparison.Ordinal);
        s_current.Value = new TurnRecordWrites(key, holds: !lostBefore) { LostARecord = lostBefore };
    }

    /// <summary>The turn holding saves for the records of user <paramref name="key"/> in this flow, if any.</summary>
    public static TurnRecordWrites? For(string key) =>
        s_current.Value is { Holds: true } writes && string.Equals(writes.Key, key, StringComparison.Ordinal) ? writes : null;

    /// <summary>Whether this attempt holds saves (false once an attempt of the turn lost its write on a record).</summary>
    public bool Holds { get; }

    /// <summary>Whether an attempt of this turn lost its write because of a record it held.</summary>
    public bool LostARecord { get; private set; }

    /// <summary>The write of what this attempt held lost on a record (not on the state): later attempts save directly.</summary>
    public static void RecordLost()
    {
        if (s_current.Value is { } writes)
        {
            writes.LostARecord = true;
        }
    }

    /// <summary>Whether anything is held.</summary>
    public bool Any
    {
        get
        {
            lock (_lock)
            {
                return _held.Count > 0;
            }
        }
    }

    /// <summary>
    /// Holds a save of <paramref name="entity"/> made on <paramref name="expectedETag"/> (null: create). A row held already
    /// takes the new value if <paramref name="expectedETag"/> is the tag it was given, else <paramref name="conflict"/> is
    /// thrown, as storage would refuse it.
    /// </summary>
    /// <returns>The tag the held row answers to, or null when the transaction is full and the save must go straight to storage.</returns>
    public string? TryHold(TableEntity entity, string json, string? expectedETag, Func<Exception> conflict)
    {
        lock (_lock)
        {
            int index = _held.FindIndex(h => string.Equals(h.Entity.RowKey, entity.RowKey, StringComparison.Ordinal));
            if (index >= 0)
            {
                HeldRecord held = _held[index];
                if (!string.Equals(held.Tag, expectedETag, StringComparison.Ordinal))
                {
                    throw conflict();
                }

                string tag = NextTag();
                _held[index] = held with { Entity = entity, Json = json, Tag = tag };
                return tag;
            }

            if (_held.Count >= MaxRecords)
            {
                return null;
            }

            string first = NextTag();
            _held.Add(new HeldRecord(entity, json, expectedETag, first));
            return first;
        }
    }

    /// <summary>The held row, if any (a read in the turn sees the turn's own save).</summary>
    public HeldRecord? Find(string rowKey)
    {
        lock (_lock)
        {
            return _held.Find(h => string.Equals(h.Entity.RowKey, rowKey, StringComparison.Ordinal));
        }
    }

    /// <summary>The held rows whose RowKey starts with <paramref name="prefix"/>.</summary>
    public List<HeldRecord> FindAll(string prefix)
    {
        lock (_lock)
        {
            return _held.FindAll(h => h.Entity.RowKey.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    /// <summary>Drops a held row (the record is being deleted).</summary>
    public void Drop(string rowKey)
    {
        lock (_lock)
        {
            int index = _held.FindIndex(h => string.Equals(h.Entity.RowKey, rowKey, StringComparison.Ordinal));
            if (index >= 0)
            {
                _held.RemoveAt(index);
            }
        }
    }

    /// <summary>Drops everything held (the user's records are being erased).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _held.Clear();
        }
    }

    /// <summary>What is held, in the order it was first saved, and forgets it.</summary>
    public List<HeldRecord> Take()
    {
        lock (_lock)
        {
            List<HeldRecord> held = [.. _held];
            _held.Clear();
            return held;
        }
    }

    /// <summary>Whether <paramref name="eTag"/> was given by a held save (never a real ETag, which is <c>W/"datetime'…'"</c>).</summary>
    public static bool IsHeldTag(string eTag) => eTag.StartsWith(TagPrefix, StringComparison.Ordinal);

    private string NextTag() => string.Create(CultureInfo.InvariantCulture, $"{TagPrefix}{++_nextTag}");

    /// <summary>A held save: the entity to write, its JSON, the ETag it was made on (null: create) and the tag it answers to.</summary>
    internal sealed record HeldRecord(TableEntity Entity, string Json, string? ExpectedETag, string Tag);
}
