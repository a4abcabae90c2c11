namespace InterviewCoach.Dialogs;

/// <summary>How a <see cref="DialogRunner"/> drives conversations.</summary>
public sealed record DialogRunnerOptions
{
    /// <summary>The dialog begun when a conversation has no active dialog, and the "menu" interruptions return to.</summary>
    public required string RootDialogId { get; init; }

    /// <summary>How many times a turn runs when other turns keep winning the conditional write (at least 1).</summary>
    public int MaxTurnAttempts { get; init; } = 4;

    /// <summary>
    /// How many recent <see cref="TurnInput.DeliveryId"/>s a conversation keeps to drop redeliveries. Channels redeliver
    /// within seconds (Teams after 15 s, Slack within minutes), long before a user sends this many messages.
    /// </summary>
    public int RecentInputCapacity { get; init; } = 8;

    public InterruptionOptions Interruptions { get; init; } = new();

    public DialogMessages Messages { get; init; } = new();
}
