namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Teams' documented per-conversation send limits for one bot (7 in 1 s, 8 in 2 s, 60 in 30 s, 1,800 in an hour):
/// remembers this conversation's recent sends and says how long the next one must wait to stay inside all four.
/// Not thread-safe: one outbox lane owns it.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit</remarks>
internal sealed class ConversationSendPacer
{
    private static readonly (int Count, TimeSpan Window)[] s_limits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private readonly Queue<DateTimeOffset> _sent = new();

    /// <summary>How long to wait from <paramref name="now"/> before the next send; zero when it may go now.</summary>
    public TimeSpan Delay(DateTimeOffset now)
    {
        while (_sent.Count > 0 && now - _sent.Peek() >= TimeSpan.FromHours(1))
        {
            _sent.Dequeue();
        }

        DateTimeOffset[] sent = [.. _sent];
        TimeSpan wait = TimeSpan.Zero;
        foreach ((int count, TimeSpan window) in s_limits)
        {
            if (sent.Length >= count)
            {
                // The count-th most recent send must have left the window before another may go.
                DateTimeOffset free = sent[^count] + window;
                if (free - now > wait)
                {
                    wait = free - now;
                }
            }
        }

        return wait;
    }

    public void Record(DateTimeOffset at) => _sent.Enqueue(at);
}
