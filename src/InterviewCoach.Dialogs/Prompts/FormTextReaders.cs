using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>Ready-made <see cref="FormTextReader"/>s for forms that a typed line can answer.</summary>
public static class FormTextReaders
{
    /// <summary>
    /// A form with one required text field still to fill (the others have defaults or are optional) can be answered by
    /// typing that field ("the café on Mill Road"): the typed line fills it and every other field keeps its initial value.
    /// Null when the form needs more than one typed answer.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? IntoOnlyRequiredField(FormReply form, string text)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        FormField[] toFill = [.. form.Fields.Where(f => f.Required && string.IsNullOrEmpty(f.InitialValue))];
        if (toFill is not [{ Kind: FormFieldKind.Text or FormFieldKind.MultilineText } only])
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [only.Id] = text.Trim() };
        foreach (FormField field in form.Fields)
        {
            if (field.Id != only.Id && !string.IsNullOrEmpty(field.InitialValue))
            {
                values[field.Id] = field.InitialValue;
            }
        }

        return values;
    }
}
