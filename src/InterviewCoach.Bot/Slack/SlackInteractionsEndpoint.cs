using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// <c>POST /api/slack/interactions</c>, behind <see cref="SlackSignatureFilter"/>: reads the <see cref="SlackInteraction"/>
/// once. Button presses, multi-choice and picker submits are queued as turns; a modal submit runs inline (its field
/// errors must be in the HTTP answer) and opening a modal too (its trigger expires in 3 s), both within Slack's 3 seconds.
/// </summary>
internal sealed partial class SlackInteractionsEndpoint(
    SlackWorkQueue queue,
    SlackUserDirectory directory,
    SlackPendingForms pendingForms,
    CoachConversation conversation,
    IViewsApi views,
    TimeProvider time,
    ILogger<SlackInteractionsEndpoint> logger)
{
    internal const string FormClosedText = "That form is no longer open. Type `menu` to see where we are.";
    private static readonly TimeSpan s_inlineBudget = TimeSpan.FromMilliseconds(2500);

    public async Task<IResult> HandleAsync(SlackRequestBody body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Form is null)
        {
            return TypedResults.BadRequest();
        }

        SlackInteraction? interaction;
        try
        {
            string json = body.Field("payload");
            interaction = json.Length == 0 ? null : JsonSerializer.Deserialize(json, SlackJsonContext.Default.SlackInteraction);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or a field of the wrong type: not something Slack sends.
            return TypedResults.BadRequest();
        }

        if (interaction is null)
        {
            return TypedResults.BadRequest();
        }

        string userId = interaction.User?.Id ?? string.Empty;
        string team = interaction.TeamId();
        if (userId.Length == 0 || team.Length == 0)
        {
            return TypedResults.Ok();
        }

        if (SlackIds.AnyTooLong(team, userId, interaction.Container?.ChannelId))
        {
            return TypedResults.BadRequest();
        }

        var user = new UserAddress(SlackProactiveSender.ChannelName, team, userId);
        return interaction.Type switch
        {
            "block_actions" => await BlockActionsAsync(user, interaction, cancellationToken).ConfigureAwait(false),
            "view_submission" => await ViewSubmissionAsync(user, interaction, cancellationToken).ConfigureAwait(false),
            _ => TypedResults.Ok(),
        };
    }

    private async Task<IResult> BlockActionsAsync(UserAddress user, SlackInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Actions is not [{ } action, ..])
        {
            return TypedResults.Ok();
        }

        string actionId = action.ActionId ?? string.Empty;
        string value = action.Value ?? string.Empty;
        JsonElement? turnValue = null;
        string? turnText = null;
        if (actionId == SlackActionIds.FormOpen)
        {
            return await OpenFormAsync(user, value, interaction.TriggerId is { Length: > 0 } trigger ? trigger : null, cancellationToken).ConfigureAwait(false);
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
            foreach (SlackOption? option in interaction.StateValue(value, SlackActionIds.MultiInput)?.SelectedOptions ?? [])
            {
                picked.Add(option?.Value ?? string.Empty);
            }

            turnValue = JsonSerializer.SerializeToElement(new JsonObject { [ButtonPayload.ChoiceProperty] = picked });
        }
        else if (actionId == SlackActionIds.FormSubmit)
        {
            turnValue = JsonSerializer.SerializeToElement(PickerValues(interaction.State));
        }
        else
        {
            // Picker changes wait for their form's submit button; anything else is not ours.
            return TypedResults.Ok();
        }

        SlackMessageUpdate? update = PressedMessageUpdate(interaction, action, actionId == SlackActionIds.MultiSubmit ? value : null);
        SlackEnqueueResult queued = queue.TryEnqueue(SlackWorkItem.FromInteraction(user, interaction, turnText, turnValue, update, time.GetUtcNow()));
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
    internal static SlackMessageUpdate? PressedMessageUpdate(SlackInteraction interaction, SlackAction action, string? inputBlockId)
    {
        if (interaction.Container is not { Type: "message", IsEphemeral: not true, ChannelId: { Length: > 0 } channel, MessageTs: { Length: > 0 } ts }
            || interaction.Message is not { Blocks: { } blocks } message)
        {
            return null;
        }

        string picked = inputBlockId is not null && interaction.StateValue(inputBlockId, SlackActionIds.MultiInput)?.SelectedOptions is { } options
            ? string.Join(", ", options.Select(o => o?.Text is { } label ? label.Text ?? string.Empty : o?.Value ?? string.Empty))
            : action.Text is { } text ? text.Text ?? string.Empty : action.Value ?? string.Empty;
        var updated = new JsonArray();
        bool replaced = false;
        foreach (JsonElement block in blocks)
        {
            string blockId = block.ValueKind == JsonValueKind.Object && block.TryGetProperty("block_id", out JsonElement id) && id.ValueKind == JsonValueKind.String
                ? id.GetString() ?? string.Empty
                : string.Empty;
            if (blockId.Length > 0 && (blockId == action.BlockId || blockId == inputBlockId))
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

        return replaced ? new SlackMessageUpdate(channel, ts, message.Text ?? string.Empty, updated) : null;
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
                queue.TryEnqueue(SlackWorkItem.Post(user, [new TextReply(FormClosedText)], time.GetUtcNow()));
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

    private async Task<IResult> ViewSubmissionAsync(UserAddress user, SlackInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.View is not { CallbackId: SlackActionIds.FormCallback } view)
        {
            return TypedResults.Ok();
        }

        string formId = view.PrivateMetadata ?? string.Empty;
        JsonObject values = ModalValues(view.State);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(s_inlineBudget);
        TurnResult result = await conversation.HandleAsync(
            CoachConversation.Input(user, null, JsonSerializer.SerializeToElement(values), null, directory.CachedTimeZone(user)), budget.Token).ConfigureAwait(false);

        FormReply? retry = result.Replies.OfType<FormReply>().FirstOrDefault(f => f.Id == formId && f.Errors.Count > 0);
        if (retry is not null)
        {
            IReadOnlyList<FormFieldError> errors = [.. retry.Errors.Where(e => values.ContainsKey(e.FieldId))];
            if (errors.Count > 0)
            {
                return TypedResults.Json(SlackBlockKit.RenderErrors(errors));
            }
        }

        if (!result.Saved && values.Count > 0)
        {
            // Keep the modal and what was typed: the answer was not stored.
            string firstField = values.First().Key;
            return TypedResults.Json(SlackBlockKit.RenderErrors([new FormFieldError(firstField, result.Replies.Count > 0 ? result.Replies[0].ToPlainText() : "Please try again.")]));
        }

        IReadOnlyList<Reply> rest = [.. result.Replies.Where(r => r is not FormReply f || f.Id != formId)];
        if (rest.Count > 0 && queue.TryEnqueue(SlackWorkItem.Post(user, rest, time.GetUtcNow())) is var queued and not SlackEnqueueResult.Accepted)
        {
            Log.QueueFull(logger, SlackWorkKind.Post, queued);
        }

        return TypedResults.Ok();
    }

    /// <summary>A modal's <c>state.values</c> as the engine's form submit: field id (block id) → string or array.</summary>
    internal static JsonObject ModalValues(SlackViewState? state)
    {
        var values = new JsonObject();
        foreach ((string blockId, Dictionary<string, SlackElementState?>? elements) in state?.Values ?? [])
        {
            // An input block holds one element: its value is the field's.
            if (elements is { Count: > 0 })
            {
                values[blockId] = elements.Values.First() is { } element ? ElementValue(element) : string.Empty;
            }
        }

        return values;
    }

    /// <summary>The pickers of a form shown in a message (not a modal): field id (after the action id's prefix) → value.</summary>
    private static JsonObject PickerValues(SlackViewState? state)
    {
        var values = new JsonObject();
        if (state?.Values is not { } blocks)
        {
            return values;
        }

        foreach (Dictionary<string, SlackElementState?>? elements in blocks.Values)
        {
            foreach ((string actionId, SlackElementState? element) in elements ?? [])
            {
                if (element is not null && actionId.StartsWith(SlackActionIds.Field, StringComparison.Ordinal))
                {
                    values[actionId[SlackActionIds.Field.Length..]] = ElementValue(element);
                }
            }
        }

        return values;
    }

    private static JsonNode? ElementValue(SlackElementState element) => element.Type switch
    {
        "datepicker" => element.SelectedDate ?? string.Empty,
        "timepicker" => element.SelectedTime ?? string.Empty,
        "static_select" or "radio_buttons" => element.SelectedOption?.Value ?? string.Empty,
        "multi_static_select" or "checkboxes" => new JsonArray([.. (element.SelectedOptions ?? []).Select(o => (JsonNode?)(o?.Value ?? string.Empty))]),
        _ => element.Value ?? string.Empty,
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack work refused ({Reason}); {Kind} not queued")]
        public static partial void QueueFull(ILogger logger, SlackWorkKind kind, SlackEnqueueResult reason);

        [LoggerMessage(2, LogLevel.Warning, "Slack form modal not opened ({Reason})")]
        public static partial void ModalFailed(ILogger logger, string reason);
    }
}
