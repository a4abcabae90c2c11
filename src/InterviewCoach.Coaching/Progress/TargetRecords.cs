using System.Security.Cryptography;
using System.Text;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Progress;

/// <summary>The user's target employers: kind <c>target</c>, keyed by the organisation so each is kept once.</summary>
internal static class TargetRecords
{
    private const string Kind = UserRecordKinds.TargetEmployer;

    /// <summary>A key-safe id from the organisation's comparable name ("Contoso Ltd" and "contoso" share it).</summary>
    public static string IdFor(string organisation)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(Organisations.Key(organisation)));
        return "t" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    public static async ValueTask<IReadOnlyList<TargetEmployer>> ListAsync(IUserRecordStore store, string userKey, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(userKey, Kind, CoachingJsonContext.Default.TargetEmployer, cancellationToken).ConfigureAwait(false))
            .Select(r => r.Value)
            .OrderBy(t => t.AddedAt)];

    /// <summary>Saves the target, replacing an earlier one at the same organisation (keeping its role when none is given now).</summary>
    public static async ValueTask<TargetEmployer> SaveAsync(IUserRecordStore store, string userKey, string organisation, string? role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string id = IdFor(organisation);
        StoredRecord<TargetEmployer>? earlier = await store.GetAsync(userKey, Kind, id, CoachingJsonContext.Default.TargetEmployer, cancellationToken).ConfigureAwait(false);
        var target = new TargetEmployer { Id = id, Organisation = organisation.Trim(), Role = role ?? earlier?.Value.Role, AddedAt = earlier?.Value.AddedAt ?? now };
        await store.SaveAsync(userKey, Kind, id, target, CoachingJsonContext.Default.TargetEmployer, IUserRecordStore.AnyETag, cancellationToken).ConfigureAwait(false);
        return target;
    }
}
