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

    /// <summary>The longest name, role or organisation.</summary>
    public const int MaxShortLength = 120;

    /// <summary>The longest free answer (what was learned, advice...).</summary>
    public const int MaxLongLength = 2000;

    public static void Register(DialogSet set)
    {
        set.Add(new TextPrompt(Text))
            .Add(new ChoicePrompt(Choice))
            .Add(new MultiChoicePrompt(MultiChoice))
            .Add(new ConfirmPrompt(Confirm))
            .Add(new NumberPrompt(Number))
            .Add(new DateTimePrompt(DateTime));
    }
}
