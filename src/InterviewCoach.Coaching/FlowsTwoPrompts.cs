using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching;

/// <summary>The prompts the question, prep, debrief, progress and privacy flows share; <c>flows2.</c> ids never collide with other flows'.</summary>
internal static class FlowsTwoPrompts
{
    public const string Text = "flows2.text";
    public const string Choice = "flows2.choice";
    public const string MultiChoice = "flows2.multi-choice";
    public const string Confirm = "flows2.confirm";
    public const string Number = "flows2.number";
    public const string DateTime = "flows2.date-time";

    /// <summary>Free text that must hold an email address or phone number, or mean "no".</summary>
    public const string ContactDetails = "flows2.contact-details";

    /// <summary>The longest name, role or organisation.</summary>
    public const int MaxShortLength = 120;

    /// <summary>The longest free answer (what was learned, advice...).</summary>
    public const int MaxLongLength = 2000;

    /// <summary>The longest paste (a page of meeting notes).</summary>
    public const int MaxPastedLength = 4000;

    public static void Register(DialogSet set)
    {
        set.Add(new TextPrompt(Text))
            .Add(new ChoicePrompt(Choice))
            .Add(new MultiChoicePrompt(MultiChoice))
            .Add(new ConfirmPrompt(Confirm))
            .Add(new NumberPrompt(Number))
            .Add(new DateTimePrompt(DateTime))
            .Add(new TextPrompt(ContactDetails, ValidateContactDetails));
    }

    private static ValueTask<bool> ValidateContactDetails(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (DebriefAnswers.Optional(context.Value) is null || !Debrief.ContactDetails.Read(context.Value).IsEmpty)
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "I couldn't find an email address or a phone number in that. Type them (for example _jo@contoso.com 020 7946 0000_), or **no** to skip.";
        return ValueTask.FromResult(false);
    }
}
