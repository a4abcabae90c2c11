using System.Globalization;
using System.Security.Cryptography;
using InterviewCoach.Coaching.Storage;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Practice attempts: kind <c>attempt</c>, ids that sort by time (<c>yyyyMMddHHmmss-xxxxxx</c>, UTC).</summary>
internal static class AttemptRecords
{
    public static string NewId(DateTimeOffset now) =>
        string.Concat(
            now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            "-",
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3)));

    /// <summary>Stores the attempt under a fresh time-ordered id (a second id if the first was somehow taken).</summary>
    public static async ValueTask<PracticeAttempt> AddAsync(IUserRecordStore store, string userKey, PracticeAttempt attempt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (int round = 1; ; round++)
        {
            PracticeAttempt stored = attempt with { Id = NewId(now) };
            try
            {
                await store.SaveAsync(userKey, UserRecordKinds.PracticeAttempt, stored.Id, stored, CoachingJsonContext.Default.PracticeAttempt, expectedETag: null, cancellationToken).ConfigureAwait(false);
                return stored;
            }
            catch (UserRecordConflictException) when (round == 1)
            {
                // Same second and same random suffix: vanishingly rare, a new suffix settles it.
            }
        }
    }

    /// <summary>Attempts of one kind, oldest first.</summary>
    public static async ValueTask<IReadOnlyList<PracticeAttempt>> ListAsync(IUserRecordStore store, string userKey, PracticeKind kind, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredRecord<PracticeAttempt>> records = await store.ListAsync(userKey, UserRecordKinds.PracticeAttempt, CoachingJsonContext.Default.PracticeAttempt, cancellationToken).ConfigureAwait(false);
        return records.Select(r => r.Value).Where(a => a.Kind == kind).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
    }
}
