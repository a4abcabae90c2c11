using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The referral ask aimed at one function at one company (S091): the user types "market research at Contoso" and gets
/// the question with both named. A missing company stays a placeholder, and the user is told so.
/// </summary>
internal sealed class TargetedReferralDialog : WaterfallDialog
{
    public const string DialogId = "rehearse.targeted-referral";

    private const string CompanyPlaceholder = "[the company]";

    public TargetedReferralDialog()
        : base(DialogId)
    {
        AddStep(AskAsync);
        AddStep(ShowAsync);
    }

    /// <summary>Splits "market research at Contoso" at its last " at "; no company gives a null one.</summary>
    internal static (string Function, string? Company) Parse(string typed)
    {
        string tidy = Phrasing.Fragment(typed);
        int at = tidy.LastIndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return (Phrasing.LowerFirstForMidSentence(tidy), null);
        }

        string company = Phrasing.Fragment(tidy[(at + 4)..]);
        return (Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(tidy[..at])), company.Length == 0 ? null : company);
    }

    private static ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = "Which function, at which company? For example: **market research at Contoso**.",
            RetryPrompt = "Type the kind of work and the company, like **market research at Contoso**.",
            Help = "Name the kind of work they mentioned and the company you'd like an introduction at; I'll word the question for you.",
        }, cancellationToken);

    private static async ValueTask<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> { Succeeded: true, Value: { } typed } && Parse(typed) is { Function.Length: > 0 } target)
        {
            step.Send($"Ask it like this: \"{AskScriptBuilder.TargetedReferral(target.Function, target.Company ?? CompanyPlaceholder)}\"");
            if (target.Company is null)
            {
                step.Send($"You didn't name a company, so it says {CompanyPlaceholder} for you to fill in.");
            }

            step.Send("Then ask whether you may say they suggested it.");
        }
        else
        {
            step.Send("No problem: the referral ask's **Or ask for someone specific** line has the blanks to fill in yourself.");
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
