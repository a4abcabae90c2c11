using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>
/// Sends channel-neutral replies to a user unprompted (reminders), through the channel that owns the stored
/// <see cref="ConversationReference"/>. One implementation per channel; the dispatcher picks it by <see cref="Channel"/>.
/// </summary>
internal interface IChannelProactiveSender
{
    /// <summary>The <see cref="UserAddress.Channel"/> this sender serves ("msteams", "slack").</summary>
    string Channel { get; }

    /// <summary>Delivers <paramref name="replies"/> to the user <paramref name="reference"/> points at.</summary>
    Task<ProactiveSendResult> SendAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken = default);
}
