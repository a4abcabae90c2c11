namespace InterviewCoach.Dialogs.Replies;

/// <summary>One typed input of a <see cref="FormReply"/>.</summary>
public sealed record FormField(string Id, string Label, FormFieldKind Kind)
{
    public bool Required { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>Minimum number, or minimum length for text kinds.</summary>
    public decimal? Min { get; init; }

    /// <summary>Maximum number, or maximum length for text kinds.</summary>
    public decimal? Max { get; init; }

    /// <summary>The value shown when the form opens, in the submitted string format.</summary>
    public string? InitialValue { get; init; }

    /// <summary>The options of <see cref="FormFieldKind.Choice"/> and <see cref="FormFieldKind.MultiChoice"/> fields.</summary>
    public IReadOnlyList<ChoiceButton> Choices { get; init; } = [];
}
