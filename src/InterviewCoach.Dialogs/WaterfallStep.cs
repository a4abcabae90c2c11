namespace InterviewCoach.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
public delegate ValueTask<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
