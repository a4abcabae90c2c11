using System.Globalization;
using System.Text.Json;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Shows <see cref="PromptOptions.Form"/> and accepts its submit (a JSON object of field id to string, see
/// <see cref="FormReply"/>), validating field by field. A refused submit re-sends the form with the user's values
/// and one <see cref="FormFieldError"/> per bad field. Typed text instead of a submit is read by the prompt's
/// <see cref="FormTextReader"/> when it has one (its values then pass the same field checks as a submit), and is
/// otherwise refused with a hint (<see cref="PromptOptions.RetryPrompt"/> when set).
/// </summary>
public sealed class FormPrompt(string id, PromptValidator<FormSubmission>? validator = null, FormTextReader? readText = null) : Prompt<FormSubmission>(id, validator)
{
    public const string DateFormat = "yyyy-MM-dd";

    public const string TimeFormat = "HH:mm";

    private const int DefaultTextLength = 2000;

    private const int DefaultMultilineLength = 10_000;

    private static readonly string[] s_timeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    protected override PromptRecognition<FormSubmission> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        FormReply form = options.Form ?? throw new InvalidOperationException($"Form prompt '{Id}' was begun without {nameof(PromptOptions.Form)}.");
        JsonElement submit;
        if (dc.Input.Value is { ValueKind: JsonValueKind.Object } submitted)
        {
            submit = submitted;
        }
        else if (readText is not null && !string.IsNullOrWhiteSpace(dc.Input.Text) && readText(form, dc.Input.Text) is { } typed)
        {
            // Typed values go through the same field checks as a submit, so a typed answer can't store what the form would refuse.
            submit = JsonSerializer.SerializeToElement(typed, FormValuesJsonContext.Default.IReadOnlyDictionaryStringString);
        }
        else
        {
            return new PromptRecognition<FormSubmission>(false, default, options.RetryPrompt ?? dc.Messages.FormUseTheForm);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<FormFieldError>();
        foreach (FormField field in form.Fields)
        {
            string raw = ReadField(submit, field.Id);
            string? error = Validate(dc.Messages, field, raw, out string canonical);
            if (error is null)
            {
                values[field.Id] = canonical;
            }
            else
            {
                errors.Add(new FormFieldError(field.Id, error));
            }
        }

        return errors.Count == 0
            ? new PromptRecognition<FormSubmission>(true, new FormSubmission(values))
            : new PromptRecognition<FormSubmission>(false, default, dc.Messages.FormFixErrors, errors);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.FormFixErrors;
    }

    protected override Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        FormReply form = options.Form ?? throw new InvalidOperationException($"Form prompt '{Id}' was begun without {nameof(PromptOptions.Form)}.");
        if (fieldErrors is null && text == options.Prompt)
        {
            return string.IsNullOrEmpty(text) ? form : form with { Markdown = text };
        }

        // A retry keeps what the user entered so they fix only the bad fields.
        FormField[] fields = form.Fields.ToArray();
        if (dc.Input.Value is { ValueKind: JsonValueKind.Object } submit)
        {
            for (int i = 0; i < fields.Length; i++)
            {
                string raw = ReadField(submit, fields[i].Id);
                if (raw.Length > 0 && raw.Length <= DefaultMultilineLength)
                {
                    fields[i] = fields[i] with { InitialValue = raw };
                }
            }
        }

        return form with { Markdown = text, Fields = fields, Errors = fieldErrors ?? [] };
    }

    private static string ReadField(JsonElement submit, string fieldId)
    {
        if (!submit.TryGetProperty(fieldId, out JsonElement value))
        {
            return string.Empty;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString()!.Trim();
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Array:
                var items = new List<string>();
                foreach (JsonElement item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        items.Add(item.GetString()!);
                    }
                }

                return string.Join(',', items);
            default:
                return string.Empty;
        }
    }

    private static string? Validate(DialogMessages messages, FormField field, string raw, out string canonical)
    {
        canonical = raw;
        if (raw.Length == 0)
        {
            if (field.Kind == FormFieldKind.Toggle)
            {
                canonical = "false";
                return null;
            }

            return field.Required ? messages.FormRequired : null;
        }

        switch (field.Kind)
        {
            case FormFieldKind.Text or FormFieldKind.MultilineText:
                int max = (int)Math.Clamp(field.Max ?? (field.Kind == FormFieldKind.Text ? DefaultTextLength : DefaultMultilineLength), 1, int.MaxValue);
                if (raw.Length > max)
                {
                    return string.Format(CultureInfo.InvariantCulture, messages.TextTooLong, raw.Length, max);
                }

                if (field.Min is { } minLength && raw.Length < minLength)
                {
                    return string.Format(CultureInfo.InvariantCulture, messages.TextTooShort, minLength);
                }

                return null;
            case FormFieldKind.Number:
                if (raw.Length > 50 || !decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal number))
                {
                    return messages.NumberRetry;
                }

                if ((field.Min is { } min && number < min) || (field.Max is { } maxValue && number > maxValue))
                {
                    return string.Format(CultureInfo.InvariantCulture, messages.NumberBetween, field.Min ?? decimal.MinValue, field.Max ?? decimal.MaxValue);
                }

                canonical = number.ToString(CultureInfo.InvariantCulture);
                return null;
            case FormFieldKind.Date:
                // Pickers send yyyy-MM-dd; some send a full ISO date-time, whose date part is what was picked.
                string datePart = raw.Length > 10 && raw[10] is 'T' or ' ' ? raw[..10] : raw;
                if (!DateOnly.TryParseExact(datePart, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
                {
                    return messages.FormDate;
                }

                canonical = date.ToString(DateFormat, CultureInfo.InvariantCulture);
                return null;
            case FormFieldKind.Time:
                if (!TimeOnly.TryParseExact(raw, s_timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly time))
                {
                    return messages.FormTime;
                }

                canonical = time.ToString(TimeFormat, CultureInfo.InvariantCulture);
                return null;
            case FormFieldKind.Choice:
                ChoiceButton? picked = Match(field, raw);
                if (picked is null)
                {
                    return messages.FormChoice;
                }

                canonical = picked.Value;
                return null;
            case FormFieldKind.MultiChoice:
                var values = new List<string>();
                foreach (string part in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (Match(field, part) is not { } item)
                    {
                        return messages.FormChoice;
                    }

                    if (!values.Contains(item.Value))
                    {
                        values.Add(item.Value);
                    }
                }

                if ((field.Min is { } fewest && values.Count < fewest) || (field.Max is { } most && values.Count > most))
                {
                    return string.Format(CultureInfo.InvariantCulture, messages.MultiChoiceCount, field.Min ?? 0, field.Max ?? field.Choices.Count);
                }

                canonical = string.Join(',', values);
                return null;
            case FormFieldKind.Toggle:
                if (ConfirmRecognizer.TryRecognize(raw, out bool on) || bool.TryParse(raw, out on))
                {
                    canonical = on ? "true" : "false";
                    return null;
                }

                return messages.FormToggle;
            default:
                return null;
        }
    }

    private static ChoiceButton? Match(FormField field, string raw)
    {
        foreach (ChoiceButton choice in field.Choices)
        {
            if (string.Equals(choice.Value, raw, StringComparison.Ordinal))
            {
                return choice;
            }
        }

        string normalized = TextNormalizer.Normalize(raw);
        foreach (ChoiceButton choice in field.Choices)
        {
            if (normalized == TextNormalizer.Normalize(choice.Title) || normalized == TextNormalizer.Normalize(choice.Value))
            {
                return choice;
            }
        }

        return null;
    }
}
