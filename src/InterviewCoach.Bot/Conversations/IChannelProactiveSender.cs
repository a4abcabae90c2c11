using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Conversations;

/// <summary>Sends channel-neutral replies to a user without an inbound turn (reminders), through the user's channel.</summary>
public interface IChannelProactiveSender
{
    /// <summary>The channel this sender serves, as in <see cref="UserAddress.Channel"/>.</summary>
    string Channel { get; }

    Task<ProactiveSendResult> SendAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken = default);
}
