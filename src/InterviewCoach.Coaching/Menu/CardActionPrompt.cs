using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Menu;

/// <summary>
/// A choice prompt for answers that come from buttons on cards sent just before it (a contact list with
/// view/edit/stage/delete on each card). Every choice is accepted, but choices whose value names a target
/// (<c>verb:id</c>) are not repeated as buttons under the question: they already sit on their card.
/// </summary>
internal sealed class CardActionPrompt(string id) : Prompt<Choice>(id, null)
{
    public const char TargetSeparator = ':';

    protected override PromptRecognition<Choice> Recognize(DialogContext dc, PromptOptions options)
    {
        Choice? choice = ChoiceRecognizer.Recognize(AnswerText(dc.Input), options.Choices ?? []);
        return choice is null ? new PromptRecognition<Choice>(false, default) : new PromptRecognition<Choice>(true, choice);
    }

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options) =>
        "Please use a button, or type a name or number from the list.";

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
