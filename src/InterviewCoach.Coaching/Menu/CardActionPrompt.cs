using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Menu;

/// <summary>
/// A choice prompt for answers that come from buttons on cards sent just before it (a contact list with
/// view/edit/stage/delete on each card). Every choice is accepted, but choices whose value names a target
/// (<c>verb:id</c>) are not repeated as buttons under the question: they already sit on their card.
/// A list may add its own reader for typed sentences the titles don't cover ("snooze the second one till tomorrow").
/// </summary>
internal sealed class CardActionPrompt(string id, Func<string, IReadOnlyList<Choice>, Choice?>? readTyped = null, string? retryHint = null)
    : Prompt<Choice>(id, null)
{
    public const char TargetSeparator = ':';

    protected override PromptRecognition<Choice> Recognize(DialogContext dc, PromptOptions options)
    {
        string? text = AnswerText(dc.Input);
        IReadOnlyList<Choice> choices = options.Choices ?? [];
        Choice? choice = ChoiceRecognizer.Recognize(text, choices);
        Choice? typed = readTyped is not null && text is { Length: > 0 and <= 300 } ? readTyped(text, choices) : null;
        // The reader's answer wins when it says more than the title found in the text: "snooze 2 till tomorrow"
        // contains the title "Snooze 2", but means "Snooze 2 Tomorrow".
        if (typed is not null && (choice is null || typed.Title.StartsWith(choice.Title + " ", StringComparison.Ordinal)))
        {
            choice = typed;
        }

        // "nah" or "nothing" at a list whose way out is an option ("Close") means that option, as it does at a choice prompt.
        if (choice is null && dc.Input.Value is null && NonAnswerRecognizer.IsNonAnswer(text))
        {
            choice = NonAnswerRecognizer.NothingOption(choices);
        }

        return choice is null ? new PromptRecognition<Choice>(false, default) : new PromptRecognition<Choice>(true, choice);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options) =>
        retryHint ?? "Please use a button, or type a name or number from the list.";

    protected override Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors)
    {
        ChoiceButton[] buttons = (options.Choices ?? [])
            .Where(c => !c.Value.Contains(TargetSeparator, StringComparison.Ordinal))
            .Select(c => new ChoiceButton(c.Title, c.Value))
            .ToArray();
        return new ChoiceReply(text, buttons);
    }

    /// <summary>A choice value naming an action on one target, e.g. <c>view:0123...</c>.</summary>
    public static string Target(string verb, string targetId) => string.Concat(verb, TargetSeparator.ToString(), targetId);

    /// <summary>Splits a <see cref="Target"/> value; false for plain values.</summary>
    public static bool TrySplit(string value, out string verb, out string targetId)
    {
        int at = value.IndexOf(TargetSeparator, StringComparison.Ordinal);
        verb = at < 0 ? value : value[..at];
        targetId = at < 0 ? string.Empty : value[(at + 1)..];
        return at > 0;
    }
}
