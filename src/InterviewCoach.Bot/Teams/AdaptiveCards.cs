using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Builds Adaptive Cards (schema 1.5, the highest Teams renders) for the engine's cards, forms and long choice lists.
/// Buttons are <c>Action.Submit</c> with <c>data = {"choice": value}</c> (see ButtonPayload); a form's submit sends
/// each input keyed by the field id, which is exactly the FormReply submit convention.
/// </summary>
/// <remarks>https://adaptivecards.io/explorer/ and https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-reference#adaptive-card</remarks>
internal static class AdaptiveCards
{
    public const string Version = "1.5";

    /// <summary>Teams shows at most this many card actions before moving the rest to an overflow menu.</summary>
    public const int MaxActions = 6;

    public static JsonObject Card(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static JsonObject ForChoices(ChoiceReply reply)
    {
        var body = new JsonArray { Text(reply.Markdown) };
        if (!reply.MultiSelect && reply.Buttons.Count <= MaxActions)
        {
            return Card(body, SubmitButtons(reply.Buttons));
        }

        var choices = new JsonArray();
        foreach (ChoiceButton button in reply.Buttons)
        {
            choices.Add(new JsonObject { ["title"] = button.Title, ["value"] = button.Value });
        }

        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = ButtonPayload.ChoiceProperty,
            ["label"] = reply.MultiSelect ? "Pick any" : "Pick one",
            ["isMultiSelect"] = reply.MultiSelect,
            ["style"] = "expanded",
            ["choices"] = choices,
        });
        return Card(body, [Submit("Send")]);
    }

    public static JsonObject ForCard(CardReply reply)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = reply.Title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
        };
        if (reply.Subtitle is not null)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = reply.Subtitle, ["isSubtle"] = true, ["spacing"] = "None", ["wrap"] = true });
        }

        if (reply.Facts.Count > 0)
        {
            var facts = new JsonArray();
            foreach (CardFact fact in reply.Facts)
            {
                facts.Add(new JsonObject { ["title"] = fact.Label, ["value"] = fact.Value });
            }

            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        foreach (CardSection section in reply.Sections)
        {
            if (section.Heading is not null)
            {
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = section.Heading, ["weight"] = "Bolder", ["wrap"] = true, ["separator"] = true });
            }

            if (section.Markdown is not null)
            {
                body.Add(Text(section.Markdown));
            }

            if (section.Items.Count > 0)
            {
                body.Add(Text(string.Join('\n', section.Items.Select(item => "- " + item))));
            }
        }

        return Card(body, SubmitButtons(reply.Actions));
    }

    public static JsonObject ForForm(FormReply form)
    {
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = form.Title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
        };
        if (form.Markdown is not null)
        {
            body.Add(Text(form.Markdown));
        }

        foreach (FormField field in form.Fields)
        {
            body.Add(Input(field));
            FormFieldError? error = form.Errors.FirstOrDefault(e => e.FieldId == field.Id);
            if (error is not null)
            {
                body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = error.Message, ["color"] = "Attention", ["size"] = "Small", ["spacing"] = "None", ["wrap"] = true });
            }
        }

        return Card(body, [Submit(form.SubmitLabel)]);
    }

    private static JsonObject Input(FormField field)
    {
        var input = new JsonObject { ["id"] = field.Id, ["label"] = field.Label };
        if (field.Required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = "Please fill this in.";
        }

        switch (field.Kind)
        {
            case FormFieldKind.Text or FormFieldKind.MultilineText:
                input["type"] = "Input.Text";
                input["isMultiline"] = field.Kind == FormFieldKind.MultilineText;
                if (field.Max is { } maxLength && maxLength >= 1)
                {
                    input["maxLength"] = (int)Math.Min(maxLength, int.MaxValue);
                }

                break;
            case FormFieldKind.Number:
                input["type"] = "Input.Number";
                if (field.Min is { } min)
                {
                    input["min"] = min;
                }

                if (field.Max is { } max)
                {
                    input["max"] = max;
                }

                if (field.InitialValue is not null && decimal.TryParse(field.InitialValue, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal number))
                {
                    input["value"] = number;
                }

                break;
            case FormFieldKind.Date:
                input["type"] = "Input.Date";
                break;
            case FormFieldKind.Time:
                input["type"] = "Input.Time";
                break;
            case FormFieldKind.Choice or FormFieldKind.MultiChoice:
                var choices = new JsonArray();
                foreach (ChoiceButton choice in field.Choices)
                {
                    choices.Add(new JsonObject { ["title"] = choice.Title, ["value"] = choice.Value });
                }

                input["type"] = "Input.ChoiceSet";
                input["choices"] = choices;
                input["isMultiSelect"] = field.Kind == FormFieldKind.MultiChoice;
                input["style"] = field.Choices.Count <= 5 ? "expanded" : "compact";
                break;
            case FormFieldKind.Toggle:
                input["type"] = "Input.Toggle";
                input["title"] = field.Label;
                input["valueOn"] = "true";
                input["valueOff"] = "false";
                input["value"] = field.InitialValue == "true" ? "true" : "false";
                break;
            default:
                input["type"] = "Input.Text";
                break;
        }

        if (field.Kind is not (FormFieldKind.Number or FormFieldKind.Toggle) && field.InitialValue is not null)
        {
            input["value"] = field.InitialValue;
        }

        if (field.Placeholder is not null && field.Kind is FormFieldKind.Text or FormFieldKind.MultilineText or FormFieldKind.Number or FormFieldKind.Choice)
        {
            input["placeholder"] = field.Placeholder;
        }

        return input;
    }

    private static JsonObject Text(string markdown) =>
        new() { ["type"] = "TextBlock", ["text"] = markdown, ["wrap"] = true };

    private static JsonArray SubmitButtons(IReadOnlyList<ChoiceButton> buttons)
    {
        var actions = new JsonArray();
        foreach (ChoiceButton button in buttons)
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = button.Title,
                ["data"] = new JsonObject { [ButtonPayload.ChoiceProperty] = button.Value },
            });
        }

        return actions;
    }

    private static JsonObject Submit(string title) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["style"] = "positive" };

    /// <summary>Plain text of a card for logs and notifications (the activity <c>summary</c>).</summary>
    public static string Summary(Reply reply)
    {
        string text = reply.ToPlainText();
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        var summary = new StringBuilder(newline < 0 ? text : text[..newline]);
        if (summary.Length > 120)
        {
            summary.Length = 120;
        }

        return summary.ToString();
    }
}
