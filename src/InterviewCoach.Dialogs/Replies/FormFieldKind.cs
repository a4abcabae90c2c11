namespace InterviewCoach.Dialogs.Replies;

/// <summary>The input a form field asks for. Every kind is submitted as a string (see <see cref="FormReply"/>).</summary>
public enum FormFieldKind
{
    /// <summary>A single line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    MultilineText,

    /// <summary>A number, invariant culture (<c>42</c>, <c>3.5</c>).</summary>
    Number,

    /// <summary>An ISO date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A 24-hour time, <c>HH:mm</c>.</summary>
    Time,

    /// <summary>One value from <see cref="FormField.Choices"/>.</summary>
    Choice,

    /// <summary>Several values from <see cref="FormField.Choices"/>, comma-separated (or a JSON array of strings).</summary>
    MultiChoice,

    /// <summary>A yes/no switch submitted as <c>true</c> or <c>false</c>.</summary>
    Toggle,
}
