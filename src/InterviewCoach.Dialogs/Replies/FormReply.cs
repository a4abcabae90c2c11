using System.Text;

namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// A form with typed fields, answered all at once (Teams Adaptive Card <c>Action.Submit</c>, Slack modal).
/// </summary>
/// <remarks>
/// The adapter sends the submit back as <see cref="TurnInput.Value"/>: a JSON object mapping each
/// <see cref="FormField.Id"/> to a string (multi-choice fields may also send an array of strings).
/// When <see cref="Errors"/> is not empty this is a retry of the same form: the fields carry what the user
/// entered as <see cref="FormField.InitialValue"/>, and a modal-based adapter should answer the submit with
/// per-field errors instead of opening a new view.
/// </remarks>
public sealed record FormReply(string Id, string Title, IReadOnlyList<FormField> Fields) : Reply
{
    public string? Markdown { get; init; }

    public string SubmitLabel { get; init; } = "Submit";

    public IReadOnlyList<FormFieldError> Errors { get; init; } = [];

    public override string ToPlainText()
    {
        var text = new StringBuilder(Title);
        if (Markdown is not null)
        {
            text.Append('\n').Append(Markdown);
        }

        foreach (FormField field in Fields)
        {
            text.Append("\n- ").Append(field.Label);
        }

        foreach (FormFieldError error in Errors)
        {
            text.Append('\n').Append(error.FieldId).Append(": ").Append(error.Message);
        }

        return text.ToString();
    }
}
