namespace InterviewCoach.Bot.Storage;

/// <summary>
/// Completes once <see cref="StorageInitializer"/> has created the tables. Background services that poll or sweep
/// tables wait for it, so a first start (tables not there yet) logs no <c>TableNotFound</c> failure.
/// </summary>
internal sealed class StorageReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Returns when the tables exist; throws <see cref="OperationCanceledException"/> if the host stops first.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    internal void MarkReady() => _ready.TrySetResult();
}
