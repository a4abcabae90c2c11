namespace InterviewCoach.Bot.Slack;

/// <summary>What <see cref="SlackWorkQueue.TryEnqueue"/> did with an item.</summary>
internal enum SlackEnqueueResult
{
    /// <summary>Queued; it will run after the user's earlier work.</summary>
    Accepted,

    /// <summary>The whole queue is full (or the host is stopping): nothing more is taken from anyone for now.</summary>
    QueueFull,

    /// <summary>This user already has <see cref="SlackOptions.UserQueueCapacity"/> items waiting; others are still taken.</summary>
    UserBacklogFull,
}
