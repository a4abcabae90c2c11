using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Posts replies into a user's 1:1 Teams chat without an inbound turn, from the stored reference (serviceUrl and
/// conversation captured from an authenticated activity). With no conversation id it first creates the 1:1 chat
/// with the tenant id. 403/404 (app uninstalled, bot blocked) mark the reference inactive and are never retried;
/// throttling and transient errors, after the client's bounded retries, come back as RetryLater for the caller's
/// schedule, so a blocked user cannot cause a retry storm.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages</remarks>
internal sealed partial class TeamsProactiveSender(
    ConnectorClient connector,
    ConversationReferenceStore references,
    ILogger<TeamsProactiveSender> logger) : IChannelProactiveSender
{
    public const string TeamsChannel = "msteams";

    private static readonly TimeSpan s_defaultRetry = TimeSpan.FromMinutes(1);

    public string Channel => TeamsChannel;

    /// <summary>Loads the user's reference and sends; a user never seen or already inactive is reported as such.</summary>
    public async Task<ProactiveSendResult> SendProactiveAsync(UserAddress user, IReadOnlyList<Reply> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ConversationReference? reference = await references.GetAsync(user.Key, cancellationToken).ConfigureAwait(false);
        return reference is null
            ? new ProactiveSendResult(ProactiveSendStatus.Failed, Error: "no conversation reference")
            : await SendAsync(reference, replies, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProactiveSendResult> SendAsync(ConversationReference reference, IReadOnlyList<Reply> replies, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(replies);
        if (!reference.Active)
        {
            return new ProactiveSendResult(ProactiveSendStatus.Inactive);
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

        if (payload is null || !Uri.TryCreate(payload.ServiceUrl, UriKind.Absolute, out Uri? serviceUrl) || payload.User?.Id is null)
        {
            return new ProactiveSendResult(ProactiveSendStatus.Failed, Error: "unreadable conversation reference");
        }

        try
        {
            string? conversationId = payload.Conversation?.Id;
            if (string.IsNullOrEmpty(conversationId))
            {
                conversationId = await CreateConversationAsync(serviceUrl, payload, cancellationToken).ConfigureAwait(false);
            }

            var conversation = new ConversationAccount { Id = conversationId, ConversationType = payload.Conversation?.ConversationType, TenantId = payload.TenantId };
            foreach (Activity template in TeamsReplyRenderer.Render(replies))
            {
                Activity activity = template with
                {
                    ChannelId = payload.ChannelId,
                    From = payload.Bot,
                    Recipient = payload.User,
                    Conversation = conversation,
                    Locale = payload.Locale,
                };
                await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
            }

            return new ProactiveSendResult(ProactiveSendStatus.Delivered);
        }
        catch (ConnectorException ex) when (ex.Status is 403 or 404)
        {
            Log.Unreachable(logger, ex.Status, ex.ErrorCode);
            try
            {
                await references.MarkInactiveAsync(reference.User.Key, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException storage)
            {
                Log.MarkFailed(logger, storage.Status);
            }

            return new ProactiveSendResult(ProactiveSendStatus.Inactive, Error: ex.ErrorCode ?? ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (ConnectorException ex) when (ex.IsTransient)
        {
            return new ProactiveSendResult(ProactiveSendStatus.RetryLater, ex.RetryAfter ?? s_defaultRetry, ex.Message);
        }
        catch (ConnectorException ex)
        {
            return new ProactiveSendResult(ProactiveSendStatus.Failed, Error: ex.Message);
        }
    }

    private async Task<string> CreateConversationAsync(Uri serviceUrl, TeamsConversationReference payload, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            Bot = payload.Bot,
            Members = [new ChannelAccount { Id = payload.User!.Id }],
            IsGroup = false,
            TenantId = payload.TenantId,
            ChannelData = payload.TenantId is null ? null : new JsonObject { ["tenant"] = new JsonObject { ["id"] = payload.TenantId } },
        };
        ConversationResourceResponse? created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken).ConfigureAwait(false);
        return created?.Id ?? throw new ConnectorException(502, "NoConversationId", null, null);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Proactive send refused with {Status} ({ErrorCode}): the user is unreachable, reference marked inactive")]
        public static partial void Unreachable(ILogger logger, int status, string? errorCode);

        [LoggerMessage(2, LogLevel.Warning, "Could not mark the reference inactive (storage status {Status})")]
        public static partial void MarkFailed(ILogger logger, int status);
    }
}
