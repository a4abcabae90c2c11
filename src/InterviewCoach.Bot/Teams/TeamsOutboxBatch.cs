using System.Diagnostics;

namespace InterviewCoach.Bot.Teams;

/// <summary>A turn's replies for one conversation, sent in order; <see cref="Completion"/> ends when all went out or were kept.</summary>
/// <param name="UserKey">Whose replies (kept for their next turn when they cannot be sent).</param>
/// <param name="ServiceUrl">The conversation's Connector.</param>
/// <param name="ConversationId">The conversation.</param>
/// <param name="ReplyToId">The inbound activity the replies answer, when it had an id.</param>
/// <param name="Items">The activities, in order.</param>
/// <param name="Paced">
/// Whether Teams' per-conversation limits apply: not in local mode, whose loopback connectors (Emulator, dev chat) have none.
/// </param>
internal sealed record TeamsOutboxBatch(string UserKey, Uri ServiceUrl, string ConversationId, string? ReplyToId, IReadOnlyList<TeamsOutboxItem> Items, bool Paced = true)
{
    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The span of the turn that produced the batch, so its sends are traced under that turn, whichever lane task sends them.</summary>
    public ActivityContext Parent { get; init; } = System.Diagnostics.Activity.Current?.Context ?? default;
}
