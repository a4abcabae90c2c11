using System.Text.Json;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.DevChat;

/// <summary>
/// Reminders for the dev chat page and the Emulator (channel <c>emulator</c>): renders them as the Teams channel does
/// and posts them straight into the local <see cref="DevChatConnector"/>, so they show up in the page like any Teams
/// DM. Registered only in Development local mode; it never calls a serviceUrl taken from an unauthenticated activity.
/// </summary>
internal sealed class DevChatProactiveSender(DevChatConnector connector) : IChannelProactiveSender
{
    public const string EmulatorChannel = "emulator";

    public string Channel => EmulatorChannel;

    public Task<ProactiveSendResult> SendAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(replies);
        if (!reference.Active)
        {
            return Task.FromResult(new ProactiveSendResult(ProactiveSendStatus.Inactive));
        }

        TeamsConversationReference? payload;
        try
        {
            payload = JsonSerializer.Deserialize(reference.Payload, TeamsJsonContext.Default.TeamsConversationReference);
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload?.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return Task.FromResult(new ProactiveSendResult(ProactiveSendStatus.Failed, Error: "unreadable conversation reference"));
        }

        foreach (Activity template in TeamsReplyRenderer.Render(replies))
        {
            Activity activity = template with
            {
                ChannelId = payload.ChannelId,
                From = payload.Bot,
                Recipient = payload.User,
                Conversation = new ConversationAccount { Id = conversationId },
                Locale = payload.Locale,
            };
            connector.Post(conversationId, JsonSerializer.SerializeToNode(activity, TeamsJsonContext.Default.Activity)!.AsObject());
        }

        return Task.FromResult(new ProactiveSendResult(ProactiveSendStatus.Delivered));
    }
}
