namespace InterviewCoach.Coaching.Storage;

/// <summary>
/// The kinds of record kept per user. Kinds and ids are letters, digits, '-' and '_' so they are safe as table keys;
/// never rename one, stored data uses them.
/// </summary>
public static class UserRecordKinds
{
    public const string Profile = "profile";
    public const string Contact = "contact";
    public const string PracticeAttempt = "attempt";
    public const string QuestionList = "questions";
    public const string Debrief = "debrief";
    public const string TargetEmployer = "target";

    /// <summary>True when <paramref name="value"/> may be used as a kind or an id.</summary>
    public static bool IsValidSegment(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 100 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Throws <see cref="ArgumentException"/> naming the bad part when a kind or id is not key-safe.</summary>
    public static void Validate(string kind, string id)
    {
        if (!IsValidSegment(kind))
        {
            throw new ArgumentException($"'{kind}' is not a valid record kind: use letters, digits, '-' and '_'.", nameof(kind));
        }

        if (!IsValidSegment(id))
        {
            throw new ArgumentException($"'{id}' is not a valid record id: use up to 100 letters, digits, '-' and '_'.", nameof(id));
        }
    }
}
