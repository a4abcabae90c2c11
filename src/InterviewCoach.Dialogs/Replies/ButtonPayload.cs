using System.Text.Json;

namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// The convention for button presses. A pressed <see cref="ChoiceButton"/> arrives as
/// <see cref="TurnInput.Value"/> = <c>{"choice": "&lt;value&gt;"}</c> (a multi-select submit as
/// <c>{"choice": ["a", "b"]}</c> or <c>{"choice": "a,b"}</c>). Channels that can only send text
/// (Teams <c>imBack</c>) may instead send <see cref="TurnInput.Text"/> equal to the button's value or title.
/// A value payload is an answer, never an interruption keyword.
/// </summary>
public static class ButtonPayload
{
    /// <summary>The property of <see cref="TurnInput.Value"/> that carries a pressed button's value.</summary>
    public const string ChoiceProperty = "choice";

    /// <summary>The payload an adapter echoes back for <paramref name="value"/>.</summary>
    public static JsonElement Create(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.SerializeToElement(
            new Dictionary<string, string> { [ChoiceProperty] = value },
            Serialization.DialogJsonContext.Default.DictionaryStringString);
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
