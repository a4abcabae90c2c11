namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// A question with buttons. Adapters render the buttons (Teams: <c>Action.Submit</c> or suggested actions,
/// Slack: button elements) and echo the pressed button's value as described on <see cref="ButtonPayload"/>.
/// </summary>
public sealed record ChoiceReply(string Markdown, IReadOnlyList<ChoiceButton> Buttons) : Reply
{
    /// <summary>True when several buttons may be picked (the adapter renders a multi-select input and a submit button).</summary>
    public bool MultiSelect { get; init; }

    public override string ToPlainText()
    {
        var text = new System.Text.StringBuilder(Markdown);
        foreach (ChoiceButton button in Buttons)
        {
            text.Append("\n[").Append(button.Title).Append(']');
        }

        return text.ToString();
    }
}
