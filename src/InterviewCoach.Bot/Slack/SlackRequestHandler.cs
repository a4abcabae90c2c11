using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Dialogs.Replies;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Handles the three Slack request URLs after <see cref="SlackSignatureFilter"/> has verified them. Each answers
/// within Slack's 3 seconds: slow work goes to <see cref="SlackWorkQueue"/>; only a modal submit (whose errors must be
/// in the HTTP answer) and opening a modal (whose trigger expires in 3 s) run inline.
/// </summary>
internal sealed partial class SlackRequestHandler(
    SlackWorkQueue queue,
    SlackEventDeduplicator deduplicator,
    SlackBotIdentity identity,
    SlackUserDirectory directory,
    SlackPendingForms pendingForms,
    SlackWorkspaces workspaces,
    CoachConversation conversation,
    IViewsApi views,
    TimeProvider time,
    ILogger<SlackRequestHandler> logger)
{
    internal const string ContinuingText = "On it! I'll continue in our direct messages.";
    internal const string BusyText = "I'm busy right now and couldn't take that. Please try again in a minute.";
    internal const string BacklogText = "I'm still working through your earlier requests, so I didn't take this one. Please wait for my replies, then try again.";
    private const string Channel = "slack";
    private const int MaxIdLength = 1024;
    private static readonly TimeSpan s_inlineBudget = TimeSpan.FromMilliseconds(2500);

    /// <summary><c>POST /api/slack/commands</c>: acknowledge with an ephemeral line, continue in the DM.</summary>
    public IResult HandleCommand(byte[] body)
    {
        if (TryParseForm(body) is not { } form)
        {
            return TypedResults.BadRequest();
        }

        string team = First(form, "team_id");
        string user = First(form, "user_id");
        if (team.Length == 0 || user.Length == 0 || TooLong(team, user, First(form, "channel_id")))
        {
            return TypedResults.BadRequest();
        }

        string keyword = SlackCommandRouter.Route(First(form, "text"));
        Uri? responseUrl = Uri.TryCreate(First(form, "response_url"), UriKind.Absolute, out Uri? url) ? url : null;
        // The trigger lets a command that asks for a form (add contact) open it as a modal while it is fresh (3 s).
        string? triggerId = First(form, "trigger_id") is { Length: > 0 and <= MaxIdLength } trigger ? trigger : null;
        SlackEnqueueResult queued = queue.TryEnqueue(new SlackWorkItem(
            SlackWorkKind.Turn, new UserAddress(Channel, team, user), keyword, null, null, responseUrl, triggerId, null, time.GetUtcNow()));
        Log.Command(logger, keyword, queued);
        if (queued != SlackEnqueueResult.Accepted)
        {
            Log.QueueFull(logger, SlackWorkKind.Turn, queued);
        }

        string answer = queued switch
        {
            SlackEnqueueResult.Accepted => ContinuingText,
            SlackEnqueueResult.UserBacklogFull => BacklogText,
            _ => BusyText,
        };
        return TypedResults.Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = answer });
    }

    /// <summary><c>POST /api/slack/events</c>: URL verification, DMs to the bot, App Home opened.</summary>
    public async Task<IResult> HandleEventAsync(byte[] body, int retryNumber, CancellationToken cancellationToken)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        // Every envelope Slack sends is an object with a type; anything else is not from Slack.
        string type = Text(root, "type");
        if (type.Length == 0)
        {
            return TypedResults.BadRequest();
        }

        if (type == "url_verification")
        {
            return TypedResults.Json(new JsonObject { ["challenge"] = Text(root, "challenge") });
        }

        if (type != "event_callback" || !Has(root, "event", out JsonElement evt) || evt.ValueKind != JsonValueKind.Object)
        {
            return TypedResults.Ok();
        }

        string team = TeamOf(root);
        string eventId = Text(root, "event_id");
        if (TooLong(team, eventId, Text(evt, "user"), Text(evt, "channel")))
        {
            return TypedResults.BadRequest();
        }

        string eventType = Text(evt, "type");
        if (team.Length > 0 && (eventType == "app_uninstalled" || (eventType == "tokens_revoked" && RevokesBotToken(evt))))
        {
            // The app is gone from the workspace: stop every delivery now; its data is erased after the retention period.
            await workspaces.MarkInactiveAsync(team, eventType, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok();
        }

        SlackWorkItem? work = eventType switch
        {
            "message" => FromMessage(team, evt, eventId),
            "app_home_opened" when Text(evt, "user").Length > 0 => new SlackWorkItem(
                SlackWorkKind.PublishHome, new UserAddress(Channel, team, Text(evt, "user")), null, null, NullIfEmpty(Text(evt, "channel")), null, null, null, time.GetUtcNow()),
            _ => null,
        };
        if (work is null || team.Length == 0)
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

    /// <summary><c>POST /api/slack/interactions</c>: buttons, selects and pickers, form modals and their submits.</summary>
    public async Task<IResult> HandleInteractionAsync(byte[] body, CancellationToken cancellationToken)
    {
        JsonElement payload;
        try
        {
            if (TryParseForm(body) is not { } form)
            {
                return TypedResults.BadRequest();
            }

            string json = First(form, "payload");
            using var document = JsonDocument.Parse(json.Length == 0 ? "null" : json);
            payload = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (payload.ValueKind != JsonValueKind.Object)
        {
            return TypedResults.BadRequest();
        }

        string userId = Has(payload, "user", out JsonElement userJson) ? Text(userJson, "id") : string.Empty;
        string team = Has(payload, "user", out userJson) && Text(userJson, "team_id") is { Length: > 0 } userTeam
            ? userTeam
            : Has(payload, "team", out JsonElement teamJson) && teamJson.ValueKind == JsonValueKind.Object ? Text(teamJson, "id") : string.Empty;
        if (userId.Length == 0 || team.Length == 0)
        {
            return TypedResults.Ok();
        }

        if (TooLong(team, userId, Has(payload, "container", out JsonElement box) ? Text(box, "channel_id") : string.Empty))
        {
            return TypedResults.BadRequest();
        }

        var user = new UserAddress(Channel, team, userId);
        return Text(payload, "type") switch
        {
            "block_actions" => await BlockActionsAsync(user, payload, cancellationToken).ConfigureAwait(false),
            "view_submission" => await ViewSubmissionAsync(user, payload, cancellationToken).ConfigureAwait(false),
            _ => TypedResults.Ok(),
        };
    }

    /// <summary><c>tokens_revoked</c> lists user (<c>oauth</c>) and <c>bot</c> tokens; only a bot token is ours.</summary>
    private static bool RevokesBotToken(JsonElement evt) =>
        Has(evt, "tokens", out JsonElement tokens) && Has(tokens, "bot", out JsonElement bot)
        && bot.ValueKind == JsonValueKind.Array && bot.GetArrayLength() > 0;

    private SlackWorkItem? FromMessage(string team, JsonElement evt, string eventId)
    {
        // Loop guard: never answer a bot (ourselves included), a hidden or edited message, a join, or a channel post.
        string subtype = Text(evt, "subtype");
        string user = Text(evt, "user");
        if (Text(evt, "channel_type") != "im"
            || Has(evt, "bot_id", out _)
            || (Has(evt, "hidden", out JsonElement hidden) && hidden.ValueKind == JsonValueKind.True)
            || (subtype.Length > 0 && subtype is not ("file_share" or "thread_broadcast"))
            || user.Length == 0
            || user == identity.Current?.UserId)
        {
            return null;
        }

        // A message in a DM thread is answered in that thread (thread_ts is the thread's parent), so it reads as answered.
        string threadTs = Text(evt, "thread_ts");
        return new SlackWorkItem(
            SlackWorkKind.Turn, new UserAddress(Channel, team, user), Text(evt, "text"), null, NullIfEmpty(Text(evt, "channel")), null, null, null, time.GetUtcNow(),
            ThreadTs: threadTs.Length is > 0 and <= MaxIdLength ? threadTs : null,
            DeliveryId: eventId.Length > 0 ? "slack-event:" + eventId : null);
    }

    private async Task<IResult> BlockActionsAsync(UserAddress user, JsonElement payload, CancellationToken cancellationToken)
    {
        if (!Has(payload, "actions", out JsonElement actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
        {
            return TypedResults.Ok();
        }

        JsonElement action = actions[0];
        string actionId = Text(action, "action_id");
        string value = Text(action, "value");
        string? triggerId = NullIfEmpty(Text(payload, "trigger_id"));
        Uri? responseUrl = Uri.TryCreate(Text(payload, "response_url"), UriKind.Absolute, out Uri? url) ? url : null;
        string? channel = Has(payload, "container", out JsonElement container) && Text(container, "channel_id") is { Length: > 0 } c && c[0] == 'D' ? c : null;

        JsonElement? turnValue = null;
        string? turnText = null;
        if (actionId == SlackActionIds.FormOpen)
        {
            return await OpenFormAsync(user, value, triggerId, cancellationToken).ConfigureAwait(false);
        }
        else if (actionId.StartsWith(SlackActionIds.Choice, StringComparison.Ordinal))
        {
            turnValue = ButtonPayload.Create(value);
        }
        else if (actionId.StartsWith(SlackActionIds.Command, StringComparison.Ordinal))
        {
            turnText = SlackCommandRouter.Route(value);
        }
        else if (actionId == SlackActionIds.MultiSubmit)
        {
            var picked = new JsonArray();
            if (StateValue(payload, value, SlackActionIds.MultiInput) is { } input && Has(input, "selected_options", out JsonElement options) && options.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement option in options.EnumerateArray())
                {
                    picked.Add(Text(option, "value"));
                }
            }

            turnValue = JsonSerializer.SerializeToElement(new JsonObject { [ButtonPayload.ChoiceProperty] = picked });
        }
        else if (actionId == SlackActionIds.FormSubmit)
        {
            turnValue = JsonSerializer.SerializeToElement(PickerValues(payload));
        }
        else
        {
            // Picker changes wait for their form's submit button; anything else is not ours.
            return TypedResults.Ok();
        }

        SlackMessageUpdate? update = PressedMessageUpdate(payload, action, actionId == SlackActionIds.MultiSubmit ? value : null);
        SlackEnqueueResult queued = queue.TryEnqueue(new SlackWorkItem(SlackWorkKind.Turn, user, turnText, turnValue, channel, responseUrl, triggerId, null, time.GetUtcNow(), update));
        if (queued != SlackEnqueueResult.Accepted)
        {
            Log.QueueFull(logger, SlackWorkKind.Turn, queued);
        }

        return TypedResults.Ok();
    }

    /// <summary>
    /// For a press in one of our (non-ephemeral) messages: the same blocks with the pressed block (and, for a
    /// multi-choice, its input block) replaced by a line saying what was picked.
    /// </summary>
    internal static SlackMessageUpdate? PressedMessageUpdate(JsonElement payload, JsonElement action, string? inputBlockId)
    {
        if (!Has(payload, "container", out JsonElement container) || Text(container, "type") != "message"
            || (Has(container, "is_ephemeral", out JsonElement ephemeral) && ephemeral.ValueKind == JsonValueKind.True)
            || Text(container, "channel_id") is not { Length: > 0 } channel
            || Text(container, "message_ts") is not { Length: > 0 } ts
            || !Has(payload, "message", out JsonElement message)
            || !Has(message, "blocks", out JsonElement blocks) || blocks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        string pressedBlock = Text(action, "block_id");
        string picked = inputBlockId is not null && StateValue(payload, inputBlockId, SlackActionIds.MultiInput) is { } input
            && Has(input, "selected_options", out JsonElement options) && options.ValueKind == JsonValueKind.Array
                ? string.Join(", ", options.EnumerateArray().Select(o => Has(o, "text", out JsonElement t) ? Text(t, "text") : Text(o, "value")))
                : Has(action, "text", out JsonElement label) ? Text(label, "text") : Text(action, "value");
        var updated = new JsonArray();
        bool replaced = false;
        foreach (JsonElement block in blocks.EnumerateArray())
        {
            string blockId = Text(block, "block_id");
            if (blockId.Length > 0 && (blockId == pressedBlock || blockId == inputBlockId))
            {
                if (!replaced)
                {
                    updated.Add(new JsonObject
                    {
                        ["type"] = "context",
                        ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = "✓ " + SlackMrkdwn.Truncate(SlackMrkdwn.Escape(picked), 2900) } },
                    });
                    replaced = true;
                }

                continue;
            }

            updated.Add(JsonNode.Parse(block.GetRawText()));
        }

        return replaced ? new SlackMessageUpdate(channel, ts, Text(message, "text"), updated) : null;
    }

    private async Task<IResult> OpenFormAsync(UserAddress user, string formId, string? triggerId, CancellationToken cancellationToken)
    {
        if (triggerId is null)
        {
            return TypedResults.Ok();
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(s_inlineBudget);
        try
        {
            FormReply? form = await pendingForms.FindAsync(user.Key, formId, budget.Token).ConfigureAwait(false);
            if (form is null)
            {
                queue.TryEnqueue(new SlackWorkItem(
                    SlackWorkKind.Post, user, null, null, null, null, null, [new TextReply("That form is no longer open. Type `menu` to see where we are.")], time.GetUtcNow()));
                return TypedResults.Ok();
            }

            await views.OpenAsync(triggerId, SlackBlockKit.RenderModal(form), budget.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or OperationCanceledException or Azure.RequestFailedException)
        {
            Log.ModalFailed(logger, ex.GetType().Name);
        }

        return TypedResults.Ok();
    }

    private async Task<IResult> ViewSubmissionAsync(UserAddress user, JsonElement payload, CancellationToken cancellationToken)
    {
        if (!Has(payload, "view", out JsonElement view) || Text(view, "callback_id") != SlackActionIds.FormCallback)
        {
            return TypedResults.Ok();
        }

        string formId = Text(view, "private_metadata");
        JsonObject values = ModalValues(view);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(s_inlineBudget);
        CoachTurnResponse response = await conversation.HandleAsync(
            new ChannelTurn(user, null, JsonSerializer.SerializeToElement(values), null, directory.CachedTimeZone(user)), budget.Token).ConfigureAwait(false);

        FormReply? retry = response.Replies.OfType<FormReply>().FirstOrDefault(f => f.Id == formId && f.Errors.Count > 0);
        if (retry is not null)
        {
            IReadOnlyList<FormFieldError> errors = [.. retry.Errors.Where(e => values.ContainsKey(e.FieldId))];
            if (errors.Count > 0)
            {
                return TypedResults.Json(SlackBlockKit.RenderErrors(errors));
            }
        }

        if (!response.Saved && values.Count > 0)
        {
            // Keep the modal and what was typed: the answer was not stored.
            string firstField = values.First().Key;
            return TypedResults.Json(SlackBlockKit.RenderErrors([new FormFieldError(firstField, response.Replies.Count > 0 ? response.Replies[0].ToPlainText() : "Please try again.")]));
        }

        IReadOnlyList<Reply> rest = [.. response.Replies.Where(r => r is not FormReply f || f.Id != formId)];
        if (rest.Count > 0 && queue.TryEnqueue(new SlackWorkItem(SlackWorkKind.Post, user, null, null, null, null, null, rest, time.GetUtcNow())) is var queued and not SlackEnqueueResult.Accepted)
        {
            Log.QueueFull(logger, SlackWorkKind.Post, queued);
        }

        return TypedResults.Ok();
    }

    /// <summary>A modal's <c>state.values</c> as the engine's form submit: field id (block id) → string or array.</summary>
    internal static JsonObject ModalValues(JsonElement view)
    {
        var values = new JsonObject();
        if (!Has(view, "state", out JsonElement state) || !Has(state, "values", out JsonElement blocks) || blocks.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (JsonProperty block in blocks.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (JsonProperty element in block.Value.EnumerateObject())
            {
                values[block.Name] = ElementValue(element.Value);
                break;
            }
        }

        return values;
    }

    private static JsonObject PickerValues(JsonElement payload)
    {
        var values = new JsonObject();
        if (!Has(payload, "state", out JsonElement state) || !Has(state, "values", out JsonElement blocks) || blocks.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (JsonProperty block in blocks.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Object))
        {
            foreach (JsonProperty element in block.Value.EnumerateObject())
            {
                if (element.Name.StartsWith(SlackActionIds.Field, StringComparison.Ordinal))
                {
                    values[element.Name[SlackActionIds.Field.Length..]] = ElementValue(element.Value);
                }
            }
        }

        return values;
    }

    private static JsonNode? ElementValue(JsonElement element)
    {
        switch (Text(element, "type"))
        {
            case "datepicker":
                return Text(element, "selected_date");
            case "timepicker":
                return Text(element, "selected_time");
            case "static_select" or "radio_buttons":
                return Has(element, "selected_option", out JsonElement option) && option.ValueKind == JsonValueKind.Object ? Text(option, "value") : string.Empty;
            case "multi_static_select" or "checkboxes":
                var array = new JsonArray();
                if (Has(element, "selected_options", out JsonElement options) && options.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement item in options.EnumerateArray())
                    {
                        array.Add(Text(item, "value"));
                    }
                }

                return array;
            default:
                return Text(element, "value");
        }
    }

    private static JsonElement? StateValue(JsonElement payload, string blockId, string actionId) =>
        Has(payload, "state", out JsonElement state)
        && Has(state, "values", out JsonElement values)
        && values.ValueKind == JsonValueKind.Object
        && Has(values, blockId, out JsonElement block)
        && Has(block, actionId, out JsonElement element)
            ? element
            : null;

    private static string TeamOf(JsonElement root)
    {
        if (Text(root, "team_id") is { Length: > 0 } team)
        {
            return team;
        }

        if (Has(root, "authorizations", out JsonElement authorizations) && authorizations.ValueKind == JsonValueKind.Array && authorizations.GetArrayLength() > 0)
        {
            JsonElement first = authorizations[0];
            return Text(first, "team_id") is { Length: > 0 } authorizedTeam ? authorizedTeam : Text(first, "enterprise_id");
        }

        return Text(root, "enterprise_id");
    }

    /// <summary>The form's fields; null when it breaks FormReader's limits (more than 1,024 fields, oversized keys or values).</summary>
    private static Dictionary<string, StringValues>? TryParseForm(byte[] body)
    {
        try
        {
            return new FormReader(Encoding.UTF8.GetString(body)).ReadForm();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string First(Dictionary<string, StringValues> form, string key) =>
        form.TryGetValue(key, out StringValues values) ? values.ToString() : string.Empty;

    private static string Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && Has(element, property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? string.Empty
            : string.Empty;

    // Slack payloads are external input: a property read never throws on an unexpected shape.
    private static bool Has(JsonElement element, string property, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out value);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>
    /// Slack's ids are a dozen characters; one over <see cref="MaxIdLength"/> cannot be stored (keys, the conversation
    /// reference), so it is refused here rather than failing later in the worker where nobody would hear of it.
    /// </summary>
    private static bool TooLong(params ReadOnlySpan<string> ids)
    {
        foreach (string id in ids)
        {
            if (id.Length > MaxIdLength)
            {
                return true;
            }
        }

        return false;
    }

    internal static int RetryNumber(string? header) =>
        int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Slack command routed to {Keyword}; queued: {Queued}")]
        public static partial void Command(ILogger logger, string keyword, SlackEnqueueResult queued);

        [LoggerMessage(2, LogLevel.Warning, "Slack work refused ({Reason}); {Kind} not queued")]
        public static partial void QueueFull(ILogger logger, SlackWorkKind kind, SlackEnqueueResult reason);

        [LoggerMessage(3, LogLevel.Warning, "Slack form modal not opened ({Reason})")]
        public static partial void ModalFailed(ILogger logger, string reason);
    }
}
