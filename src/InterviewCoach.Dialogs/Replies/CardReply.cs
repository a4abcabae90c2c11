using System.Text;

namespace InterviewCoach.Dialogs.Replies;

/// <summary>A rich card: title, subtitle, facts, sections and action buttons (which behave like <see cref="ChoiceButton"/>s).</summary>
public sealed record CardReply(string Title) : Reply
{
    public string? Subtitle { get; init; }

    public IReadOnlyList<CardFact> Facts { get; init; } = [];

    public IReadOnlyList<CardSection> Sections { get; init; } = [];

    public IReadOnlyList<ChoiceButton> Actions { get; init; } = [];

    public override string ToPlainText()
    {
        var text = new StringBuilder(Title);
        if (Subtitle is not null)
        {
            text.Append('\n').Append(Subtitle);
        }

        foreach (CardFact fact in Facts)
        {
            text.Append('\n').Append(fact.Label).Append(": ").Append(fact.Value);
        }

        foreach (CardSection section in Sections)
        {
            if (section.Heading is not null)
            {
                text.Append('\n').Append(section.Heading);
            }

            if (section.Markdown is not null)
            {
                text.Append('\n').Append(section.Markdown);
            }

            foreach (string item in section.Items)
            {
                text.Append("\n- ").Append(item);
            }
        }

        foreach (ChoiceButton action in Actions)
        {
            text.Append("\n[").Append(action.Title).Append(']');
        }

        return text.ToString();
    }
}
