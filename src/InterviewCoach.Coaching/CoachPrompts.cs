using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching;

/// <summary>
/// The general-purpose prompts the coaching flows share. Ids carry a <c>coach.</c> prefix so that a flow that
/// registers its own prompts never collides with them.
/// </summary>
internal static class CoachPrompts
{
    public const string Text = "coach.text";
    public const string LongText = "coach.long-text";
    public const string Choice = "coach.choice";
    public const string MultiChoice = "coach.multi-choice";
    public const string Confirm = "coach.confirm";
    public const string Number = "coach.number";
    public const string DateTime = "coach.date-time";
    public const string Form = "coach.form";
    public const string CardAction = "coach.card-action";

    /// <summary>The longest text the coach reads in one message (a pasted email or call transcript).</summary>
    public const int MaxPastedLength = 4000;

    /// <summary>The longest name, role, field or similar short answer.</summary>
    public const int MaxShortLength = 120;

    private static readonly string[] s_skipWords = ["skip", "no", "none", "no thanks", "-", "n/a", "pass"];

    /// <summary>Whether an answer to an optional question means "leave it out".</summary>
    public static bool IsSkip(string text) => s_skipWords.Contains(text.Trim().ToLowerInvariant());

    public static void Register(DialogSet set, SlotAnswers slots)
    {
        // A short answer that is really a command word or a question ("help", "how long should the call be?") is not
        // stored: refusing it hands it to the set's typed-input router, which acts on it and asks again. Long text
        // (a pitch, notes) is the user's own words whatever they contain.
        set.Add(new TextPrompt(Text, (context, _) => ValueTask.FromResult(!slots.IsQuestionOrCommand(context.Value, commandsByWordOnly: true))))
            .Add(new TextPrompt(LongText))
            .Add(new ChoicePrompt(Choice))
            .Add(new MultiChoicePrompt(MultiChoice))
            .Add(new ConfirmPrompt(Confirm))
            .Add(new NumberPrompt(Number))
            .Add(new DateTimePrompt(DateTime))
            .Add(new FormPrompt(Form))
            .Add(new CardActionPrompt(CardAction));
    }
}
