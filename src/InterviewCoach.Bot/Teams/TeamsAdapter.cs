using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.Options;
using Span = System.Diagnostics.Activity;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Handles one POST to <c>/api/messages</c>: authenticate, parse (once, into an <see cref="InboundActivity"/>),
/// build the engine's <see cref="Dialogs.TurnInput"/>, de-duplicate,
/// run it, refresh the user's conversation reference and send the replies through the Bot Connector, then answer.
/// </summary>
/// <remarks>
/// Bot Builder's CloudAdapter + ActivityHandler, reduced to what the coach needs
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events):
/// <c>message</c> (text with mentions stripped, or a card submit in <c>value</c>); <c>conversationUpdate</c> with the
/// bot among <c>membersAdded</c> and <c>installationUpdate</c> <c>add</c>/<c>add-upgrade</c> welcome the user;
/// <c>installationUpdate</c> <c>remove</c>/<c>remove-upgrade</c> and the bot among <c>membersRemoved</c> mark the
/// reference inactive; <c>invoke</c> <c>adaptiveCard/action</c> runs a turn and answers with an invoke response body,
/// <c>handoff/action</c> (a Copilot handoff) answers 200 and greets the user where their conversation stands; other
/// invoke names get 501 and every other type 200. Bad input gets 400/401/413, never 5xx. Replies go through
/// <see cref="TeamsOutbox"/>: the request waits for them at most <see cref="TeamsOptions.ReplyWait"/>, so a slow or
/// throttling Connector never holds it past Teams' 15 s limit; a turn that runs longer than
/// <see cref="TeamsOptions.TypingDelay"/> shows a typing indicator first. Redeliveries are dropped by activity id inside
/// the conversation's own state write (the engine keeps the last few ids), so de-duplication costs no table request.
/// </remarks>
internal sealed partial class TeamsAdapter(
    BotAuthenticator authenticator,
    CoachConversation conversation,
    ConversationReferenceStore references,
    UserSeenRecorder seen,
    TeamsOutbox outbox,
    UndeliveredReplies undelivered,
    PendingFileUploads pendingFiles,
    IHttpClientFactory httpClients,
    TimeProvider time,
    IOptions<TeamsOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<TeamsAdapter> logger)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    public const string HandoffActionInvoke = "handoff/action";
    public const string FileUploadHttpClientName = "TeamsFileUpload";
    public const string FileAsTextLead = "Here it is as text:";

    private static readonly JsonElement s_emptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public async Task<IResult> ProcessAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using Span? span = CoachTelemetry.Source.StartActivity("teams activity");
        string? authorization = request.Headers.Authorization;
        if (authenticator.IsEnabled && string.IsNullOrWhiteSpace(authorization))
        {
            Log.Unauthorized(logger, "no Authorization header");
            return TypedResults.Unauthorized();
        }

        byte[]? body = await ReadBodyAsync(request, options.Value.MaxActivityBytes).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            Log.Malformed(logger, "not an Activity JSON object");
            return TypedResults.BadRequest();
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type) || string.IsNullOrWhiteSpace(activity.ChannelId)
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out Uri? serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            Log.Malformed(logger, "type, channelId or serviceUrl missing");
            return TypedResults.BadRequest();
        }

        InboundActivity inbound = ActivityReader.Read(activity, serviceUrl);
        if (ActivityReader.OversizedField(inbound) is { } field)
        {
            Log.Malformed(logger, field + " is too long");
            return TypedResults.BadRequest();
        }

        CancellationToken cancellationToken = lifetime.ApplicationStopping;
        BotAuthenticationResult auth = await authenticator.AuthenticateAsync(authorization, activity.ChannelId, activity.ServiceUrl!, cancellationToken).ConfigureAwait(false);
        if (!auth.IsAuthenticated)
        {
            Log.Unauthorized(logger, auth.FailureReason);
            return TypedResults.Unauthorized();
        }

        if (!auth.ServiceUrlTrusted && !serviceUrl.IsLoopback)
        {
            // Local mode: nothing vouches for the serviceUrl, so only loopback connectors (Emulator, dev chat) are called.
            Log.Malformed(logger, "local mode accepts only loopback serviceUrls");
            return TypedResults.BadRequest();
        }

        Log.Received(logger, activity.Type, activity.ChannelId, activity.Name);
        if (span is not null)
        {
            // Kinds only, from the known sets: the activity's ids, names and text stay out of traces.
            span.SetTag("coach.activity.type", activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke ? activity.Type : "other");
            span.SetTag("coach.channel", TurnMeter.KnownChannel(activity.ChannelId));
            span.SetTag("coach.conversation.personal", inbound.IsPersonal);
        }

        return activity.Type switch
        {
            ActivityTypes.Message => await OnTurnAsync(inbound, ActivityReader.Text(activity), activity.Value, cancellationToken).ConfigureAwait(false),
            ActivityTypes.ConversationUpdate => await OnConversationUpdateAsync(inbound, cancellationToken).ConfigureAwait(false),
            ActivityTypes.InstallationUpdate => await OnInstallationUpdateAsync(inbound, cancellationToken).ConfigureAwait(false),
            ActivityTypes.Invoke => await OnInvokeAsync(inbound, localMode: !auth.ServiceUrlTrusted, cancellationToken).ConfigureAwait(false),
            _ => TypedResults.Ok(),
        };
    }

    private async Task<IResult> OnConversationUpdateAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        Activity activity = inbound.Activity;
        string? botId = activity.Recipient?.Id;
        if (botId is null)
        {
            return TypedResults.Ok();
        }

        // A member list may hold nulls when the sender says so: skip them rather than fail the request.
        if (activity.MembersRemoved?.Any(m => m?.Id == botId) == true)
        {
            return await OnRemovedAsync(inbound, cancellationToken).ConfigureAwait(false);
        }

        // The bot joined, or (1:1 install, where members are the bot and the user) anyone joined the personal chat.
        bool welcome = activity.MembersAdded is { Count: > 0 } added
            && (added.Any(m => m?.Id == botId) || inbound.IsPersonal);
        return welcome ? await OnWelcomeAsync(inbound, cancellationToken).ConfigureAwait(false) : TypedResults.Ok();
    }

    // As Bot Builder's ActivityHandler: an upgrade is an add or a remove like any other.
    private async Task<IResult> OnInstallationUpdateAsync(InboundActivity inbound, CancellationToken cancellationToken) => inbound.Activity.Action switch
    {
        "add" or "add-upgrade" => await OnWelcomeAsync(inbound, cancellationToken).ConfigureAwait(false),
        "remove" or "remove-upgrade" => await OnRemovedAsync(inbound, cancellationToken).ConfigureAwait(false),
        _ => TypedResults.Ok(),
    };

    /// <summary>
    /// A 1:1 install sends both a conversationUpdate and an installationUpdate: both carry the same delivery id for
    /// the conversation and five-minute window, so the user is greeted once.
    /// </summary>
    private async Task<IResult> OnWelcomeAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        long bucket = time.GetUtcNow().ToUnixTimeSeconds() / 300;
        return await OnTurnAsync(inbound, null, null, cancellationToken, $"welcome:{bucket}", opened: true).ConfigureAwait(false);
    }

    private async Task<IResult> OnRemovedAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        UserAddress? user = inbound.User;
        if (user is not null)
        {
            try
            {
                await references.MarkInactiveAsync(user.Key, cancellationToken).ConfigureAwait(false);
                Log.Uninstalled(logger, user.Channel);
            }
            catch (RequestFailedException ex)
            {
                Log.ReferenceFailed(logger, ex.Status);
            }
        }

        return TypedResults.Ok();
    }

    private async Task<IResult> OnInvokeAsync(InboundActivity inbound, bool localMode, CancellationToken cancellationToken)
    {
        Activity activity = inbound.Activity;
        if (string.Equals(activity.Name, FileConsent.InvokeName, StringComparison.Ordinal))
        {
            return await OnFileConsentAsync(inbound, localMode, cancellationToken).ConfigureAwait(false);
        }

        if (string.Equals(activity.Name, HandoffActionInvoke, StringComparison.Ordinal))
        {
            return await OnHandoffAsync(inbound, cancellationToken).ConfigureAwait(false);
        }

        if (!string.Equals(activity.Name, AdaptiveCardActionInvoke, StringComparison.Ordinal))
        {
            // As Bot Builder's ActivityHandler: an invoke nobody handles is 501 Not Implemented.
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out JsonElement action)
            || action.ValueKind != JsonValueKind.Object)
        {
            return InvokeResult(new AdaptiveCardInvokeResponse(400, AdaptiveCardInvokeResponse.ErrorType, new JsonObject
            {
                ["code"] = "BadRequest",
                ["message"] = "The invoke value has no action.",
            }));
        }

        JsonElement data = action.TryGetProperty("data", out JsonElement d) && d.ValueKind == JsonValueKind.Object
            ? d
            : s_emptyObject;
        IResult result = await OnTurnAsync(inbound, null, data, cancellationToken).ConfigureAwait(false);
        return result is Microsoft.AspNetCore.Http.HttpResults.Ok
            ? InvokeResult(new AdaptiveCardInvokeResponse(200, AdaptiveCardInvokeResponse.MessageType, JsonValue.Create("Got it.")))
            : result;
    }

    /// <summary>
    /// A user arrives from Copilot through a handoff link. The continuation token is opaque to us (only its presence is
    /// logged): the user is greeted by a turn without text, which opens the menu or re-asks where their conversation
    /// stands. Teams expects 200 with no body.
    /// </summary>
    private async Task<IResult> OnHandoffAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        Activity activity = inbound.Activity;
        bool hasToken = activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("continuation", out JsonElement continuation)
            && continuation.ValueKind == JsonValueKind.String
            && !string.IsNullOrEmpty(continuation.GetString());
        Log.Handoff(logger, hasToken);
        string? deliveryId = string.IsNullOrEmpty(activity.Id) ? null : string.Concat("handoff:", activity.Conversation?.Id, "\n", activity.Id);
        return await OnTurnAsync(inbound, null, null, cancellationToken, deliveryId, opened: true).ConfigureAwait(false);
    }

    /// <summary>
    /// The user allowed or declined a file offered with a consent card. A malformed answer, or an upload URL that is not
    /// Microsoft's, is refused with 400 and changes nothing. Otherwise the answer is 200: on Allow the bytes are PUT to
    /// the upload session and a file card shows the saved file; on Decline, or for a file no longer waiting, the user is
    /// told in words. The chat never claims a file that was not saved.
    /// </summary>
    private async Task<IResult> OnFileConsentAsync(InboundActivity inbound, bool localMode, CancellationToken cancellationToken)
    {
        Activity activity = inbound.Activity;
        UserAddress? user = inbound.User;
        FileConsentResponse? answer = FileConsent.Read(activity.Value);
        if (user is null || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || answer is null)
        {
            Log.Malformed(logger, "fileConsent/invoke without a well-formed answer");
            return TypedResults.BadRequest();
        }

        if (answer.Accepted && !FileConsent.IsAllowedUploadUrl(answer.UploadUrl!, localMode))
        {
            Log.UploadRefused(logger, answer.UploadUrl!.Host);
            return TypedResults.BadRequest();
        }

        FileReply? file;
        try
        {
            file = await pendingFiles.TakeAsync(user.Key, answer.FileId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException)
        {
            Log.OfferUnreadable(logger, ex.GetType().Name);
            await DeliverAsync(inbound, user, [new TextReply(FileConsent.UploadFailedText)]).ConfigureAwait(false);
            return TypedResults.Ok();
        }

        if (file is null)
        {
            await DeliverAsync(inbound, user, [new TextReply(FileConsent.ExpiredText)]).ConfigureAwait(false);
            return TypedResults.Ok();
        }

        if (!answer.Accepted)
        {
            await DeliverAsync(inbound, user, [new TextReply(FileConsent.DeclinedText)]).ConfigureAwait(false);
            return TypedResults.Ok();
        }

        if (!await UploadAsync(answer.UploadUrl!, System.Text.Encoding.UTF8.GetBytes(file.Content), cancellationToken).ConfigureAwait(false))
        {
            await DeliverAsync(inbound, user, [new TextReply(FileConsent.UploadFailedText)]).ConfigureAwait(false);
            return TypedResults.Ok();
        }

        Activity info = Address(FileConsent.Info(answer), activity);
        await DeliverAsync(new TeamsOutboxBatch(user.Key, inbound.ServiceUrl, activity.Conversation!.Id!, null, [new TeamsOutboxItem(info, new TextReply($"Your file {answer.Name} is saved in your OneDrive."))], authenticator.IsEnabled)).ConfigureAwait(false);
        return TypedResults.Ok();
    }

    /// <summary>PUTs the whole file to a OneDrive upload session in one range, as Teams' file samples do.</summary>
    private async Task<bool> UploadAsync(Uri uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(content) };
            request.Content.Headers.ContentRange = new System.Net.Http.Headers.ContentRangeHeaderValue(0, Math.Max(0, content.Length - 1), content.Length);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            using HttpResponseMessage response = await httpClients.CreateClient(FileUploadHttpClientName).SendAsync(request, timeout.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            Log.UploadFailed(logger, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.UploadFailed(logger, ex.GetType().Name);
            return false;
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<AdaptiveCardInvokeResponse> InvokeResult(AdaptiveCardInvokeResponse response) =>
        TypedResults.Json(response, TeamsJsonContext.Default.AdaptiveCardInvokeResponse, statusCode: StatusCodes.Status200OK);

    private async Task<IResult> OnTurnAsync(InboundActivity inbound, string? text, JsonElement? value, CancellationToken cancellationToken, string? deliveryId = null, bool opened = false)
    {
        Activity activity = inbound.Activity;
        UserAddress? user = inbound.User;
        string? conversationId = activity.Conversation?.Id;
        if (user is null || string.IsNullOrWhiteSpace(conversationId))
        {
            Log.Malformed(logger, "from.id or conversation.id missing");
            return TypedResults.BadRequest();
        }

        // The conversation is per user, so the id is scoped by the conversation it arrived in.
        deliveryId ??= string.IsNullOrEmpty(activity.Id) ? null : string.Concat(conversationId, "\n", activity.Id);
        // The reference write runs beside the turn. For a user this instance has not written it is an insert, and the
        // turn runs on the guess that it creates the row (a new user, so no dialog state to read): see FirstTurnGuess.
        var referenceCreated = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task refresh = RefreshReferenceAsync(inbound, user, referenceCreated, cancellationToken);
        TurnResult result;
        using (var turnDone = new CancellationTokenSource())
        {
            Task typing = TypingAfterDelayAsync(inbound, turnDone.Token);
            try
            {
                result = await conversation.HandleAsync(
                    CoachConversation.Input(user, text, value, inbound.Locale, inbound.TimeZoneId, deliveryId, activity.From?.Name, opened), referenceCreated.Task, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await turnDone.CancelAsync().ConfigureAwait(false);
                await typing.ConfigureAwait(false);
            }
        }

        await refresh.ConfigureAwait(false);
        if (result.Duplicate)
        {
            Log.Duplicate(logger, activity.Type!);
            return TypedResults.Ok();
        }

        // What could not be sent before comes first, marked as late (no table request unless something was kept).
        IReadOnlyList<Reply> late = await undelivered.TakeAsync(user.Key, cancellationToken).ConfigureAwait(false);
        await DeliverAsync(inbound, user, late.Count == 0 ? result.Replies : [.. late, .. result.Replies]).ConfigureAwait(false);
        return TypedResults.Ok();
    }

    private async Task DeliverAsync(InboundActivity inbound, UserAddress user, IReadOnlyList<Reply> replies) =>
        await DeliverAsync(await BatchAsync(inbound, user, replies).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>Queues the batch and waits for it at most <see cref="TeamsOptions.ReplyWait"/>; the outbox sends the rest.</summary>
    private async Task DeliverAsync(TeamsOutboxBatch batch)
    {
        Task sent = outbox.EnqueueAsync(batch);
        TimeSpan wait = options.Value.ReplyWait;
        if (await Task.WhenAny(sent, Task.Delay(wait, time, CancellationToken.None)).ConfigureAwait(false) != sent)
        {
            Log.RepliesContinue(logger, wait);
        }
    }

    /// <summary>Queues a typing indicator when the turn is still running after <see cref="TeamsOptions.TypingDelay"/>.</summary>
    private async Task TypingAfterDelayAsync(InboundActivity inbound, CancellationToken turnDone)
    {
        try
        {
            await Task.Delay(options.Value.TypingDelay, time, turnDone).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Activity typing = Address(new Activity { Type = ActivityTypes.Typing }, inbound.Activity);
        _ = outbox.EnqueueAsync(new TeamsOutboxBatch(string.Empty, inbound.ServiceUrl, inbound.Activity.Conversation!.Id!, null, [new TeamsOutboxItem(typing, null)], authenticator.IsEnabled));
    }

    private async Task<TeamsOutboxBatch> BatchAsync(InboundActivity inbound, UserAddress user, IReadOnlyList<Reply> replies)
    {
        int maxBytes = options.Value.MaxReplyTextBytes;
        bool canOfferFiles = inbound.IsPersonal && string.Equals(inbound.Activity.ChannelId, ActivityReader.TeamsChannelId, StringComparison.OrdinalIgnoreCase);
        var expanded = new List<Reply>(replies.Count);
        var offerIds = new Dictionary<FileReply, string>(ReferenceEqualityComparer.Instance);
        foreach (Reply reply in replies)
        {
            // Files go out through consent in a personal Teams chat, once the offer is stored; elsewhere (channels,
            // Emulator), or when the offer cannot be kept, as text, never lost.
            string? fileId = reply is FileReply candidate && canOfferFiles ? await KeepOfferAsync(user, candidate).ConfigureAwait(false) : null;
            if (reply is FileReply file && fileId is null)
            {
                expanded.AddRange(FileReplyFallback.AsText(file, FileAsTextLead, Math.Min(maxBytes / 4, 6000)));
                continue;
            }

            if (fileId is not null)
            {
                offerIds[(FileReply)reply] = fileId;
            }

            expanded.Add(reply);
        }

        IReadOnlyList<Reply> messages = TeamsReplyMerger.Merge(expanded);
        var items = new List<TeamsOutboxItem>(messages.Count);
        foreach (Reply reply in messages)
        {
            if (reply is FileReply offered && offerIds.TryGetValue(offered, out string? fileId))
            {
                Activity offer = Address(FileConsent.Offer(offered, fileId, System.Text.Encoding.UTF8.GetByteCount(offered.Content)), inbound.Activity) with { ReplyToId = inbound.Activity.Id };
                items.Add(new TeamsOutboxItem(offer, new TextReply(string.Concat(offered.Summary, " ", FileConsent.OfferText))));
                continue;
            }

            Activity outbound = Address(TeamsReplyRenderer.Render(reply), inbound.Activity) with { ReplyToId = inbound.Activity.Id };
            IReadOnlyList<Activity> parts = ActivitySplitter.Split(outbound, reply, maxBytes);
            items.AddRange(parts.Count == 1 ? [new TeamsOutboxItem(parts[0], reply)] : parts.Select(p => new TeamsOutboxItem(p, new TextReply(p.Text ?? string.Empty))));
        }

        string? replyToId = inbound.Activity.Id;
        return new TeamsOutboxBatch(user.Key, inbound.ServiceUrl, inbound.Activity.Conversation!.Id!, string.IsNullOrEmpty(replyToId) ? null : replyToId, items, authenticator.IsEnabled);
    }

    /// <summary>Stores the file offer; null (send the file as text) when it is too large to keep or storage fails.</summary>
    private async Task<string?> KeepOfferAsync(UserAddress user, FileReply file)
    {
        if (!PendingFileUploads.CanKeep(file))
        {
            Log.OfferTooLarge(logger, file.Content.Length);
            return null;
        }

        try
        {
            return await pendingFiles.AddAsync(user.Key, file, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException)
        {
            Log.OfferNotKept(logger, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>An outbound activity addressed back to the inbound one's conversation, from the bot to the user.</summary>
    private static Activity Address(Activity template, Activity inbound) => template with
    {
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        From = inbound.Recipient,
        Recipient = inbound.From is null ? null : new ChannelAccount { Id = inbound.From.Id, Name = inbound.From.Name, AadObjectId = inbound.From.AadObjectId },
        Conversation = new ConversationAccount
        {
            Id = inbound.Conversation!.Id,
            ConversationType = inbound.Conversation.ConversationType,
            TenantId = inbound.Conversation.TenantId,
        },
        Locale = inbound.Locale,
    };

    /// <summary>Stores the user's reference from a personal chat; <paramref name="created"/> is always completed (false when nothing was inserted).</summary>
    private async Task RefreshReferenceAsync(InboundActivity inbound, UserAddress user, TaskCompletionSource<bool> created, CancellationToken cancellationToken)
    {
        try
        {
            // Reminders go to the 1:1 chat; a channel or group conversation is not where they belong.
            if (inbound.IsPersonal)
            {
                await seen.RecordAsync(user, PersonalReference(inbound), inbound.TimeZoneId, cancellationToken, created).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex)
        {
            Log.ReferenceFailed(logger, ex.Status);
        }
        finally
        {
            created.TrySetResult(false);
        }
    }

    private static string PersonalReference(InboundActivity inbound)
    {
        Activity activity = inbound.Activity;
        var reference = new TeamsConversationReference
        {
            ServiceUrl = inbound.ServiceUrl.AbsoluteUri,
            ChannelId = activity.ChannelId,
            Conversation = new ConversationAccount
            {
                Id = activity.Conversation!.Id,
                ConversationType = activity.Conversation.ConversationType,
                TenantId = inbound.TenantId,
            },
            Bot = activity.Recipient is null ? null : new ChannelAccount { Id = activity.Recipient.Id, Name = activity.Recipient.Name },
            User = new ChannelAccount { Id = activity.From!.Id, AadObjectId = activity.From.AadObjectId },
            TenantId = inbound.TenantId,
            Locale = inbound.Locale,
        };
        return JsonSerializer.Serialize(reference, TeamsJsonContext.Default.TeamsConversationReference);
    }

    /// <summary>Reads the body up to <paramref name="limit"/> bytes; null when it is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            // Teams and the Emulator send a length: one array of that size, filled in place (Kestrel ends the body there).
            byte[] body = new byte[length];
            int filled = 0;
            int got;
            while (filled < body.Length && (got = await request.Body.ReadAsync(body.AsMemory(filled), request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                filled += got;
            }

            return filled == body.Length ? body : body[..filled];
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Activity {Type} from {ChannelId} (invoke name {Name})")]
        public static partial void Received(ILogger logger, string type, string channelId, string? name);

        [LoggerMessage(2, LogLevel.Information, "Activity refused with 401: {Reason}")]
        public static partial void Unauthorized(ILogger logger, string? reason);

        [LoggerMessage(3, LogLevel.Information, "Activity refused with 400: {Reason}")]
        public static partial void Malformed(ILogger logger, string reason);

        [LoggerMessage(4, LogLevel.Debug, "Redelivered {Type} activity dropped")]
        public static partial void Duplicate(ILogger logger, string type);

        [LoggerMessage(5, LogLevel.Information, "Replies still going out after {Wait}; answered the request, the outbox continues")]
        public static partial void RepliesContinue(ILogger logger, TimeSpan wait);

        [LoggerMessage(6, LogLevel.Warning, "Conversation reference not stored (storage status {Status})")]
        public static partial void ReferenceFailed(ILogger logger, int status);

        [LoggerMessage(7, LogLevel.Information, "Bot removed on {Channel}; the user's reference is inactive")]
        public static partial void Uninstalled(ILogger logger, string channel);

        [LoggerMessage(9, LogLevel.Warning, "File upload refused: {Host} is not a Microsoft upload host")]
        public static partial void UploadRefused(ILogger logger, string host);

        [LoggerMessage(10, LogLevel.Warning, "File upload to OneDrive failed ({Error}); the user was told")]
        public static partial void UploadFailed(ILogger logger, string error);

        [LoggerMessage(11, LogLevel.Information, "A file of {Length} characters is too large to keep with a consent offer; sent as text")]
        public static partial void OfferTooLarge(ILogger logger, int length);

        [LoggerMessage(12, LogLevel.Warning, "File offer not stored ({Error}); the file was sent as text")]
        public static partial void OfferNotKept(ILogger logger, string error);

        [LoggerMessage(13, LogLevel.Warning, "File offer not read ({Error}); the user was asked to export again")]
        public static partial void OfferUnreadable(ILogger logger, string error);

        [LoggerMessage(8, LogLevel.Information, "Handoff from Copilot (continuation token present: {HasToken})")]
        public static partial void Handoff(ILogger logger, bool hasToken);
    }
}
