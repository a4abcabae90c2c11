namespace InterviewCoach.Dialogs;

/// <summary>How a <see cref="DialogRunner"/> drives conversations.</summary>
public sealed record DialogRunnerOptions
{
    /// <summary>The dialog begun when a conversation has no active dialog, and the "menu" interruptions return to.</summary>
    public required string RootDialogId { get; init; }

    /// <summary>How many times a turn runs when other turns keep winning the conditional write (at least 1).</summary>
    public int MaxTurnAttempts { get; init; } = 4;

    public InterruptionOptions Interruptions { get; init; } = new();

    public DialogMessages Messages { get; init; } = new();
}
