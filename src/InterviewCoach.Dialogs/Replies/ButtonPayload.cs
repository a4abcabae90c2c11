using System.Text.Json;

namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// The convention for button presses. A pressed <see cref="ChoiceButton"/> arrives as
/// <see cref="TurnInput.Value"/> = <c>{"choice": "&lt;value&gt;"}</c> (a multi-select submit as
/// <c>{"choice": ["a", "b"]}</c> or <c>{"choice": "a,b"}</c>). Channels that can only send text
/// (Teams <c>imBack</c>) may instead send <see cref="TurnInput.Text"/> equal to the button's value or title.
/// A value payload is an answer, never an interruption keyword.
/// A button made with <see cref="CreateStart"/> (e.g. "Debrief now" on a reminder card) instead starts a dialog:
/// <c>{"start": "&lt;dialog id&gt;", "options": {...}}</c>.
/// </summary>
public static class ButtonPayload
{
    /// <summary>The property of <see cref="TurnInput.Value"/> that carries a pressed button's value.</summary>
    public const string ChoiceProperty = "choice";

    /// <summary>The property of <see cref="TurnInput.Value"/> that names a dialog to start.</summary>
    public const string StartProperty = "start";

    /// <summary>The property of a start payload that carries the dialog's options.</summary>
    public const string OptionsProperty = "options";

    /// <summary>The payload an adapter echoes back for <paramref name="value"/>.</summary>
    public static JsonElement Create(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.SerializeToElement(
            new Dictionary<string, string> { [ChoiceProperty] = value },
            Serialization.DialogJsonContext.Default.DictionaryStringString);
    }

    /// <summary>
    /// A payload that, when echoed back, cancels whatever the user was doing (unsaved answers included) and begins
    /// <paramref name="dialogId"/> with <paramref name="options"/>. When that dialog ends, the next message shows the menu.
    /// </summary>
    public static JsonElement CreateStart(string dialogId, object? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var payload = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            [StartProperty] = JsonSerializer.SerializeToElement(dialogId, Serialization.DialogJsonContext.Default.String),
        };
        if (Serialization.DialogJson.ToElement(options) is { } element)
        {
            payload[OptionsProperty] = element;
        }

        return JsonSerializer.SerializeToElement(payload, Serialization.DialogJson.Options);
    }

    /// <summary>Reads a start payload made by <see cref="CreateStart"/>.</summary>
    public static bool TryGetStart(JsonElement? payload, out string dialogId, out JsonElement? options)
    {
        dialogId = string.Empty;
        options = null;
        if (payload is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty(StartProperty, out JsonElement start)
            || start.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        dialogId = start.GetString() ?? string.Empty;
        if (element.TryGetProperty(OptionsProperty, out JsonElement value) && value.ValueKind != JsonValueKind.Null)
        {
            options = value;
        }

        return dialogId.Length > 0;
    }

    /// <summary>Reads a single pressed value from a payload, if there is one.</summary>
    public static bool TryGetChoice(JsonElement? payload, out string value)
    {
        value = string.Empty;
        if (payload is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty(ChoiceProperty, out JsonElement choice)
            || choice.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = choice.GetString() ?? string.Empty;
        return true;
    }
}
