using System.Text.Json.Serialization;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// The user's 30-second account of their background: the inputs, the coach's draft and, once the user has
/// edited it, their own version. <see cref="Text"/> is what they will actually say.
/// </summary>
public sealed record BackgroundSketch
{
    public required BackgroundSketchInputs Inputs { get; init; }

    public required string GeneratedText { get; init; }

    /// <summary>The user's edited version; null until they replace the draft.</summary>
    public string? FinalText { get; init; }

    [JsonIgnore]
    public string Text => string.IsNullOrWhiteSpace(FinalText) ? GeneratedText : FinalText;

    /// <summary>Keeps the draft and records the user's own wording; blank text reverts to the draft.</summary>
    public BackgroundSketch WithEditedText(string? text) =>
        this with { FinalText = string.IsNullOrWhiteSpace(text) ? null : text.Trim() };
}
