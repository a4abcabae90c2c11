using InterviewCoach.Bot.Conversations;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Sends reminders and other unprompted messages to a Slack user's DM: the channel stored in the conversation
/// reference, or <c>conversations.open</c> when there is none, then <c>chat.postMessage</c>.
/// </summary>
internal sealed partial class SlackProactiveSender(IConversationsApi conversations, IChatApi chat, ILogger<SlackProactiveSender> logger) : IChannelProactiveSender
{
    public const string ChannelName = "slack";

    public string Channel => ChannelName;

    public async Task<ProactiveSendResult> SendAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(replies);
        try
        {
            string channel = SlackUserDirectory.Parse(reference.Payload)?.Channel is { Length: > 0 } stored
                ? stored
                : await conversations.OpenAsync(reference.User.UserId, cancellationToken).ConfigureAwait(false);
            foreach (SlackMessage message in SlackBlockKit.RenderMessages(replies))
            {
                await chat.PostMessageAsync(channel, message.Text, message.Blocks, cancellationToken).ConfigureAwait(false);
            }

            return new ProactiveSendResult(ProactiveSendStatus.Delivered);
        }
        catch (SlackApiException ex)
        {
            Log.SendFailed(logger, ex.ErrorCode);
            if (ex.MeansUnreachable)
            {
                return new ProactiveSendResult(ProactiveSendStatus.Inactive, Error: ex.ErrorCode);
            }

            return ex.IsTransient
                ? new ProactiveSendResult(ProactiveSendStatus.RetryLater, ex.RetryAfter, ex.ErrorCode)
                : new ProactiveSendResult(ProactiveSendStatus.Failed, Error: ex.ErrorCode);
        }
        catch (HttpRequestException ex)
        {
            Log.SendFailed(logger, ex.GetType().Name);
            return new ProactiveSendResult(ProactiveSendStatus.RetryLater, Error: "network");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack proactive send failed: {Error}")]
        public static partial void SendFailed(ILogger logger, string error);
    }
}
