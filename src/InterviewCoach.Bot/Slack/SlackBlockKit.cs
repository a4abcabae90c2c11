using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Renders the engine's replies as Block Kit inside Slack's limits
/// (<see href="https://docs.slack.dev/reference/block-kit/blocks">blocks</see>): at most 50 blocks per message and 100
/// per modal or Home tab, 3,000 characters per section, 2,000 per button value; longer content is split across
/// sections and messages. All text is escaped (see <see cref="SlackMrkdwn"/>).
/// </summary>
internal static class SlackBlockKit
{
    public const int MaxMessageBlocks = 50;
    public const int MaxViewBlocks = 100;
    public const int MaxSectionText = 3000;
    public const int MaxButtonValue = 2000;
    public const int MaxButtonText = 75;
    public const int MaxOptionText = 75;
    public const int MaxOptionValue = 150;
    public const int MaxOptions = 100;
    public const int MaxCheckboxes = 10;
    public const int MaxHeaderText = 150;
    public const int MaxFieldText = 2000;
    public const int MaxFieldsPerSection = 10;
    public const int MaxActionsElements = 25;
    public const int MaxViewTitle = 24;
    public const int MaxPrivateMetadata = 3000;
    public const int MaxFallbackText = 3000;

    // Slack can refuse many large blocks with msg_blocks_too_long well below the per-block limits (bolt-js #2509).
    public const int MaxMessageCharacters = 12_000;

    /// <summary>Renders a turn's replies into as few messages as the limits allow, in order.</summary>
    public static IReadOnlyList<SlackMessage> RenderMessages(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var messages = new List<SlackMessage>();
        var blocks = new JsonArray();
        var fallback = new StringBuilder();
        int characters = 0;
        for (int r = 0; r < replies.Count; r++)
        {
            foreach (JsonObject block in RenderReply(replies[r], r))
            {
                int size = block.ToJsonString().Length;
                if (blocks.Count > 0 && (blocks.Count >= MaxMessageBlocks || characters + size > MaxMessageCharacters))
                {
                    messages.Add(new SlackMessage(SlackMrkdwn.Truncate(fallback.ToString(), MaxFallbackText), blocks));
                    blocks = [];
                    fallback.Clear();
                    characters = 0;
                }

                blocks.Add(block);
                characters += size;
                if (fallback.Length < MaxFallbackText && FallbackOf(block) is { Length: > 0 } line)
                {
                    fallback.Append(fallback.Length > 0 ? "\n" : string.Empty).Append(line);
                }
            }
        }

        if (blocks.Count > 0)
        {
            messages.Add(new SlackMessage(SlackMrkdwn.Truncate(fallback.ToString(), MaxFallbackText), blocks));
        }

        return messages;
    }

    /// <summary>The blocks of one reply; <paramref name="index"/> keeps action and block ids unique within a message.</summary>
    public static IEnumerable<JsonObject> RenderReply(Reply reply, int index)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply switch
        {
            TextReply text => Sections(text.Markdown),
            ChoiceReply choice => RenderChoice(choice, index),
            CardReply card => RenderCard(card, index),
            FormReply form => RenderFormInMessage(form, index),
            _ => Sections(reply.ToPlainText()),
        };
    }

    /// <summary>A form as a modal (<c>views.open</c>): one input block per field, its <c>block_id</c> the field id.</summary>
    public static JsonObject RenderModal(FormReply form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var blocks = new JsonArray();
        if (!string.IsNullOrWhiteSpace(form.Markdown))
        {
            foreach (JsonObject section in Sections(form.Markdown))
            {
                blocks.Add(section);
            }
        }

        foreach (FormField field in form.Fields)
        {
            if (blocks.Count >= MaxViewBlocks)
            {
                break;
            }

            blocks.Add(InputBlock(field));
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = SlackActionIds.FormCallback,
            ["private_metadata"] = SlackMrkdwn.Truncate(form.Id, MaxPrivateMetadata),
            ["title"] = PlainText(SlackMrkdwn.Truncate(form.Title, MaxViewTitle)),
            ["submit"] = PlainText(SlackMrkdwn.Truncate(form.SubmitLabel, MaxViewTitle)),
            ["close"] = PlainText("Cancel"),
            ["blocks"] = blocks,
        };
    }

    /// <summary>The <c>response_action: errors</c> answer to a <c>view_submission</c>, keyed by block id (= field id).</summary>
    public static JsonObject RenderErrors(IReadOnlyList<FormFieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var map = new JsonObject();
        foreach (FormFieldError error in errors)
        {
            map[error.FieldId] = SlackMrkdwn.Truncate(error.Message, MaxFieldText);
        }

        return new JsonObject { ["response_action"] = "errors", ["errors"] = map };
    }

    /// <summary>A Home tab view from sections of markdown and command buttons, within 100 blocks.</summary>
    public static JsonObject RenderHome(string title, IReadOnlyList<string> sections, IReadOnlyList<ChoiceButton> commands)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(commands);
        var blocks = new JsonArray { Header(title) };
        foreach (string markdown in sections)
        {
            blocks.Add(new JsonObject { ["type"] = "divider" });
            foreach (JsonObject section in Sections(markdown))
            {
                blocks.Add(section);
            }
        }

        foreach (JsonObject actions in Buttons(commands, SlackActionIds.Command, "home_commands"))
        {
            blocks.Add(actions);
        }

        while (blocks.Count > MaxViewBlocks)
        {
            blocks.RemoveAt(MaxViewBlocks - 1);
        }

        return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
    }

    public static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    private static IEnumerable<JsonObject> Sections(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            yield break;
        }

        foreach (string part in SlackMrkdwn.Split(SlackMrkdwn.FromMarkdown(markdown), MaxSectionText))
        {
            if (part.Length > 0)
            {
                yield return new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = part } };
            }
        }
    }

    private static JsonObject Header(string title) =>
        new() { ["type"] = "header", ["text"] = PlainText(SlackMrkdwn.Truncate(title, MaxHeaderText)) };

    private static IEnumerable<JsonObject> RenderChoice(ChoiceReply choice, int index)
    {
        foreach (JsonObject section in Sections(choice.Markdown))
        {
            yield return section;
        }

        if (!choice.MultiSelect)
        {
            foreach (JsonObject actions in Buttons(choice.Buttons, SlackActionIds.Choice + index.ToString(CultureInfo.InvariantCulture) + ".", "choice_" + index.ToString(CultureInfo.InvariantCulture)))
            {
                yield return actions;
            }

            yield break;
        }

        string blockId = "multi_" + index.ToString(CultureInfo.InvariantCulture);
        JsonArray options = Options(choice.Buttons);
        JsonObject input = options.Count <= MaxCheckboxes
            ? new JsonObject { ["type"] = "checkboxes", ["action_id"] = SlackActionIds.MultiInput, ["options"] = options }
            : new JsonObject { ["type"] = "multi_static_select", ["action_id"] = SlackActionIds.MultiInput, ["placeholder"] = PlainText("Pick any"), ["options"] = options };
        yield return new JsonObject { ["type"] = "actions", ["block_id"] = blockId, ["elements"] = new JsonArray { input } };
        yield return new JsonObject
        {
            ["type"] = "actions",
            ["block_id"] = blockId + "_done",
            ["elements"] = new JsonArray { Button("Done", SlackActionIds.MultiSubmit, blockId, primary: true) },
        };
    }

    private static IEnumerable<JsonObject> RenderCard(CardReply card, int index)
    {
        yield return Header(card.Title);
        if (!string.IsNullOrWhiteSpace(card.Subtitle))
        {
            yield return new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackMrkdwn.Truncate(SlackMrkdwn.FromMarkdown(card.Subtitle), MaxSectionText) } },
            };
        }

        foreach (CardFact[] chunk in card.Facts.Chunk(MaxFieldsPerSection))
        {
            var fields = new JsonArray();
            foreach (CardFact fact in chunk)
            {
                string text = "*" + SlackMrkdwn.Escape(fact.Label) + "*\n" + SlackMrkdwn.FromMarkdown(fact.Value);
                fields.Add(new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackMrkdwn.Truncate(text, MaxFieldText) });
            }

            yield return new JsonObject { ["type"] = "section", ["fields"] = fields };
        }

        foreach (CardSection section in card.Sections)
        {
            var markdown = new StringBuilder();
            if (section.Heading is not null)
            {
                markdown.Append("**").Append(section.Heading).Append("**\n");
            }

            if (section.Markdown is not null)
            {
                markdown.Append(section.Markdown).Append('\n');
            }

            foreach (string item in section.Items)
            {
                markdown.Append("- ").Append(item).Append('\n');
            }

            foreach (JsonObject block in Sections(markdown.ToString().TrimEnd('\n')))
            {
                yield return block;
            }
        }

        foreach (JsonObject actions in Buttons(card.Actions, SlackActionIds.Choice + index.ToString(CultureInfo.InvariantCulture) + ".", "card_" + index.ToString(CultureInfo.InvariantCulture)))
        {
            yield return actions;
        }
    }

    private static IEnumerable<JsonObject> RenderFormInMessage(FormReply form, int index)
    {
        string suffix = index.ToString(CultureInfo.InvariantCulture);
        var intro = new StringBuilder("**").Append(form.Title).Append("**");
        if (!string.IsNullOrWhiteSpace(form.Markdown))
        {
            intro.Append('\n').Append(form.Markdown);
        }

        foreach (JsonObject section in Sections(intro.ToString()))
        {
            yield return section;
        }

        // Date and time pickers work inside a message; every other form opens as a modal from a button.
        if (IsPickerForm(form))
        {
            var elements = new JsonArray();
            foreach (FormField field in form.Fields)
            {
                JsonObject element = Element(field);
                element["action_id"] = SlackActionIds.Field + field.Id;
                elements.Add(element);
            }

            elements.Add(Button(form.SubmitLabel, SlackActionIds.FormSubmit, SlackMrkdwn.Truncate(form.Id, MaxButtonValue), primary: true));
            yield return new JsonObject { ["type"] = "actions", ["block_id"] = "form_" + suffix, ["elements"] = elements };
            yield break;
        }

        yield return new JsonObject
        {
            ["type"] = "actions",
            ["block_id"] = "form_" + suffix,
            ["elements"] = new JsonArray { Button(form.Errors.Count > 0 ? "Fix the form" : "Open the form", SlackActionIds.FormOpen, SlackMrkdwn.Truncate(form.Id, MaxButtonValue), primary: true) },
        };
    }

    internal static bool IsPickerForm(FormReply form) =>
        form.Fields.Count is > 0 and < MaxActionsElements && form.Fields.All(f => f.Kind is FormFieldKind.Date or FormFieldKind.Time);

    private static JsonObject InputBlock(FormField field)
    {
        JsonObject element = Element(field);
        element["action_id"] = SlackActionIds.ModalInput;
        var block = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = field.Id,
            ["label"] = PlainText(SlackMrkdwn.Truncate(field.Label, MaxFieldText)),
            ["optional"] = !field.Required || field.Kind == FormFieldKind.Toggle,
            ["element"] = element,
        };
        return block;
    }

    private static JsonObject Element(FormField field)
    {
        string? initial = string.IsNullOrEmpty(field.InitialValue) ? null : field.InitialValue;
        JsonObject element;
        switch (field.Kind)
        {
            case FormFieldKind.Text or FormFieldKind.MultilineText:
                element = new JsonObject { ["type"] = "plain_text_input", ["multiline"] = field.Kind == FormFieldKind.MultilineText };
                if (field.Max is { } maxLength && maxLength is > 0 and <= 3000)
                {
                    element["max_length"] = (int)maxLength;
                }

                if (field.Min is { } minLength && minLength is > 0 and <= 3000)
                {
                    element["min_length"] = (int)minLength;
                }

                if (initial is not null)
                {
                    element["initial_value"] = initial;
                }

                break;
            case FormFieldKind.Number:
                element = new JsonObject { ["type"] = "number_input", ["is_decimal_allowed"] = true };
                if (initial is not null)
                {
                    element["initial_value"] = initial;
                }

                break;
            case FormFieldKind.Date:
                element = new JsonObject { ["type"] = "datepicker" };
                if (initial is not null)
                {
                    element["initial_date"] = initial;
                }

                break;
            case FormFieldKind.Time:
                element = new JsonObject { ["type"] = "timepicker" };
                if (initial is not null)
                {
                    element["initial_time"] = initial;
                }

                break;
            case FormFieldKind.Choice:
                element = new JsonObject { ["type"] = "static_select", ["options"] = Options(field.Choices) };
                if (initial is not null && field.Choices.FirstOrDefault(c => c.Value == initial) is { } picked)
                {
                    element["initial_option"] = Option(picked);
                }

                break;
            case FormFieldKind.MultiChoice:
                element = new JsonObject { ["type"] = field.Choices.Count <= MaxCheckboxes ? "checkboxes" : "multi_static_select", ["options"] = Options(field.Choices) };
                if (initial is not null)
                {
                    HashSet<string> values = [.. initial.Split(',', StringSplitOptions.TrimEntries)];
                    JsonArray chosen = [.. field.Choices.Where(c => values.Contains(c.Value)).Take(MaxOptions).Select(c => (JsonNode)Option(c))];
                    if (chosen.Count > 0)
                    {
                        element["initial_options"] = chosen;
                    }
                }

                break;
            case FormFieldKind.Toggle:
                JsonObject yes = Option(new ChoiceButton("Yes", "true"));
                element = new JsonObject { ["type"] = "checkboxes", ["options"] = new JsonArray { yes } };
                if (initial == "true")
                {
                    element["initial_options"] = new JsonArray { yes.DeepClone() };
                }

                break;
            default:
                element = new JsonObject { ["type"] = "plain_text_input" };
                break;
        }

        if (field.Placeholder is { Length: > 0 } placeholder && element["type"]?.GetValue<string>() != "checkboxes")
        {
            element["placeholder"] = PlainText(SlackMrkdwn.Truncate(placeholder, 150));
        }

        return element;
    }

    private static IEnumerable<JsonObject> Buttons(IReadOnlyList<ChoiceButton> buttons, string actionPrefix, string blockPrefix)
    {
        int n = 0;
        int row = 0;
        foreach (ChoiceButton[] chunk in buttons.Chunk(5))
        {
            var elements = new JsonArray();
            foreach (ChoiceButton button in chunk)
            {
                // A value too long for Slack goes back as the title, which the choice recognizer also matches.
                string value = button.Value.Length <= MaxButtonValue ? button.Value : SlackMrkdwn.Truncate(button.Title, MaxButtonValue);
                elements.Add(Button(button.Title, actionPrefix + n.ToString(CultureInfo.InvariantCulture), value, primary: false));
                n++;
            }

            yield return new JsonObject
            {
                ["type"] = "actions",
                ["block_id"] = blockPrefix + "_" + row++.ToString(CultureInfo.InvariantCulture),
                ["elements"] = elements,
            };
        }
    }

    private static JsonObject Button(string title, string actionId, string value, bool primary)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(SlackMrkdwn.Truncate(title, MaxButtonText)),
            ["action_id"] = actionId,
            ["value"] = value,
        };
        if (primary)
        {
            button["style"] = "primary";
        }

        return button;
    }

    private static JsonArray Options(IReadOnlyList<ChoiceButton> choices)
    {
        var options = new JsonArray();
        foreach (ChoiceButton choice in choices.Take(MaxOptions))
        {
            options.Add(Option(choice));
        }

        return options;
    }

    private static JsonObject Option(ChoiceButton choice) => new()
    {
        ["text"] = PlainText(SlackMrkdwn.Truncate(choice.Title, MaxOptionText)),
        ["value"] = choice.Value.Length <= MaxOptionValue ? choice.Value : SlackMrkdwn.Truncate(choice.Title, MaxOptionValue),
    };

    private static string? FallbackOf(JsonObject block) =>
        block["text"]?["text"]?.GetValue<string>();
}
