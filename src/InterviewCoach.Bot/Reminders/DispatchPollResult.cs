namespace InterviewCoach.Bot.Reminders;

/// <summary>What one poll did, for logs, tests and the benchmark.</summary>
internal sealed record DispatchPollResult(
    int IndexRowsRead,
    int Delivered,
    int Digests,
    int Deferred,
    int Conflicts,
    int Retried,
    int Failed,
    int Paused,
    int StaleRowsRemoved,
    bool BatchFull);
