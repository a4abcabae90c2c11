using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Sends reminders and other unprompted messages to a Slack user's DM: the channel stored in the conversation
/// reference, or <c>conversations.open</c> when there is none, then <c>chat.postMessage</c>.
/// </summary>
internal sealed partial class SlackProactiveSender(
    IConversationsApi conversations,
    IChatApi chat,
    ConversationReferenceStore references,
    SlackWorkspaces workspaces,
    ILogger<SlackProactiveSender> logger) : IChannelProactiveSender
{
    public const string ChannelName = "slack";

    public string Channel => ChannelName;

    public async Task<ProactiveSendResult> SendAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(replies);
        if (!workspaces.IsActive(reference.User.Tenant))
        {
            return new ProactiveSendResult(ProactiveSendStatus.Inactive, Error: "app_uninstalled");
        }

        try
        {
            string? stored = SlackUserDirectory.Parse(reference.Payload)?.Channel is { Length: > 0 } known ? known : null;
            string channel = stored ?? await conversations.OpenAsync(reference.User.UserId, cancellationToken).ConfigureAwait(false);
            bool reopened = stored is null;
            foreach (SlackMessage message in SlackBlockKit.RenderMessages(replies))
            {
                try
                {
                    await chat.PostMessageAsync(channel, message.Text, message.Blocks, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (SlackApiException ex) when (ex.ErrorCode == "channel_not_found" && !reopened)
                {
                    // The stored DM is stale: open it again once, remember it, and post there.
                    reopened = true;
                    channel = await conversations.OpenAsync(reference.User.UserId, cancellationToken).ConfigureAwait(false);
                    await RememberChannelAsync(reference, channel, cancellationToken).ConfigureAwait(false);
                    await chat.PostMessageAsync(channel, message.Text, message.Blocks, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }

            return new ProactiveSendResult(ProactiveSendStatus.Delivered);
        }
        catch (SlackApiException ex)
        {
            Log.SendFailed(logger, ex.ErrorCode);
            if (ex.MeansTokenRevoked)
            {
                // Final for the whole workspace: no retries, and no other user of it is tried either.
                await workspaces.MarkInactiveAsync(reference.User.Tenant, ex.ErrorCode, cancellationToken).ConfigureAwait(false);
                return new ProactiveSendResult(ProactiveSendStatus.Inactive, Error: ex.ErrorCode);
            }

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

    private async Task RememberChannelAsync(ConversationReference reference, string channel, CancellationToken cancellationToken)
    {
        try
        {
            var context = new SlackUserContext(reference.User, channel, reference.TimeZoneId);
            await references.RefreshAsync(reference.User, SlackUserDirectory.CreatePayload(context), reference.TimeZoneId, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex)
        {
            // The message still goes out; the next turn stores the channel.
            Log.SendFailed(logger, "reference_" + ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack proactive send failed: {Error}")]
        public static partial void SendFailed(ILogger logger, string error);
    }
}
