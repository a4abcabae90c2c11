using System.Globalization;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>A validated form submit: every field's value in its canonical string form, with typed readers.</summary>
public sealed record FormSubmission(IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The field's text, or <see langword="null"/> when it was left empty.</summary>
    public string? GetText(string fieldId) => Values.TryGetValue(fieldId, out string? value) && value.Length > 0 ? value : null;

    public decimal? GetNumber(string fieldId) =>
        GetText(fieldId) is { } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public DateOnly? GetDate(string fieldId) =>
        GetText(fieldId) is { } text ? DateOnly.ParseExact(text, FormPrompt.DateFormat, CultureInfo.InvariantCulture) : null;

    public TimeOnly? GetTime(string fieldId) =>
        GetText(fieldId) is { } text ? TimeOnly.ParseExact(text, FormPrompt.TimeFormat, CultureInfo.InvariantCulture) : null;

    public bool GetToggle(string fieldId) => GetText(fieldId) == "true";

    /// <summary>The picked values of a multi-choice field (or the one value of a choice field).</summary>
    public IReadOnlyList<string> GetChoices(string fieldId) =>
        GetText(fieldId) is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
}
