using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// <c>POST /api/slack/events</c>, behind <see cref="SlackSignatureFilter"/>: reads the <see cref="SlackEventEnvelope"/>
/// once and answers the URL check, marks the workspace inactive when the app is removed, and queues DMs to the bot and
/// App Home visits, acknowledging within Slack's 3 seconds.
/// </summary>
internal sealed partial class SlackEventsEndpoint(
    SlackWorkQueue queue,
    SlackEventDeduplicator deduplicator,
    SlackBotIdentity identity,
    SlackWorkspaces workspaces,
    TimeProvider time,
    ILogger<SlackEventsEndpoint> logger)
{
    /// <summary>The header Slack numbers its redeliveries with.</summary>
    public const string RetryNumberHeader = "X-Slack-Retry-Num";

    public async Task<IResult> HandleAsync(SlackRequestBody body, int retryNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body.Bytes, SlackJsonContext.Default.SlackEventEnvelope);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or a field of the wrong type: not something Slack sends.
            return TypedResults.BadRequest();
        }

        // Every envelope Slack sends is an object with a type; anything else is not from Slack.
        if (envelope is not { Type: { Length: > 0 } type })
        {
            return TypedResults.BadRequest();
        }

        if (type == "url_verification")
        {
            return TypedResults.Json(new JsonObject { ["challenge"] = envelope.Challenge ?? string.Empty });
        }

        if (type != "event_callback" || envelope.Event is not { } evt)
        {
            return TypedResults.Ok();
        }

        string team = envelope.Team();
        string eventId = envelope.EventId ?? string.Empty;
        if (SlackIds.AnyTooLong(team, eventId, evt.User, evt.Channel))
        {
            return TypedResults.BadRequest();
        }

        if (team.Length > 0 && (evt.Type == "app_uninstalled" || (evt.Type == "tokens_revoked" && evt.Tokens?.RevokesBotToken == true)))
        {
            // The app is gone from the workspace: stop every delivery now; its data is erased after the retention period.
            await workspaces.MarkInactiveAsync(team, evt.Type, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok();
        }

        if (team.Length == 0 || WorkFor(team, eventId, evt) is not { } work)
        {
            return TypedResults.Ok();
        }

        // A DM turn carries its event id into the conversation, whose state keeps the ids it handled (one conditional write
        // decides across instances), so it costs no claim here; other work claims the event in the SlackEvents table.
        bool claimed = eventId.Length > 0 && work.DeliveryId is null;
        if (claimed && !await deduplicator.TryClaimAsync(team, eventId, retryNumber, cancellationToken).ConfigureAwait(false))
        {
            return TypedResults.Ok();
        }

        if (queue.TryEnqueue(work) is var queued and not SlackEnqueueResult.Accepted)
        {
            // Give the claim back and ask Slack to deliver again later (it retries non-2xx answers).
            if (claimed)
            {
                await deduplicator.ReleaseAsync(team, eventId, cancellationToken).ConfigureAwait(false);
            }

            Log.QueueFull(logger, work.Kind, queued);
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok();
    }

    internal static int RetryNumber(string? header) =>
        int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    private SlackWorkItem? WorkFor(string team, string eventId, SlackEvent evt) => evt.Type switch
    {
        "message" when IsFromUserInDirectMessage(evt) => SlackWorkItem.FromMessage(team, eventId, evt, time.GetUtcNow()),
        "app_home_opened" when !string.IsNullOrEmpty(evt.User) => SlackWorkItem.HomeOpened(team, evt, time.GetUtcNow()),
        _ => null,
    };

    /// <summary>Loop guard: never answer a bot (ourselves included), a hidden or edited message, a join, or a channel post.</summary>
    private bool IsFromUserInDirectMessage(SlackEvent message) =>
        message.ChannelType == "im"
        && message.BotId is null
        && message.Hidden != true
        && (string.IsNullOrEmpty(message.Subtype) || message.Subtype is "file_share" or "thread_broadcast")
        && !string.IsNullOrEmpty(message.User)
        && message.User != identity.Current?.UserId;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack work refused ({Reason}); {Kind} not queued")]
        public static partial void QueueFull(ILogger logger, SlackWorkKind kind, SlackEnqueueResult reason);
    }
}
