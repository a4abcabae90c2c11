using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>Collects the people a contact suggested, one at a time: name, role, organisation, may I mention you.</summary>
internal sealed class ReferralLoopDialog : WaterfallDialog
{
    public const string DialogId = "debrief.referrals";

    public ReferralLoopDialog()
        : base(DialogId)
    {
        AddStep(AskAnyoneAsync);
        AddStep(AskNameAsync);
        AddStep(AskRoleAsync);
        AddStep(AskOrganisationAsync);
        AddStep(AskMayMentionAsync);
        AddStep(AddAsync);
    }

    private static ReferralLoopOptions Options(WaterfallStepContext step) => step.GetOptions<ReferralLoopOptions>()
        ?? throw new InvalidOperationException($"{DialogId} must be begun with {nameof(ReferralLoopOptions)}.");

    private static ValueTask<DialogTurnResult> AskAnyoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ReferralLoopOptions options = Options(step);
        return step.PromptAsync(FlowsTwoPrompts.Confirm, new PromptOptions
        {
            Prompt = options.Referrals.Count == 0
                ? $"Did {options.ContactName} suggest anyone else you could talk to?"
                : "Anyone else they suggested?",
        }, cancellationToken);
    }

    private static async ValueTask<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<bool> { Succeeded: true, Value: true })
        {
            return await step.EndDialogAsync(Options(step).Referrals, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions { Prompt = "What's their name?", Max = FlowsTwoPrompts.MaxShortLength }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskRoleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("name", ((PromptResult<string>)step.Result!).Value);
        return step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions { Prompt = "What do they do? (or **skip**)", Max = FlowsTwoPrompts.MaxShortLength }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskOrganisationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("role", DebriefAnswers.Optional(((PromptResult<string>)step.Result!).Value));
        return step.PromptAsync(FlowsTwoPrompts.Text, new PromptOptions { Prompt = "Where do they work? (or **skip**)", Max = FlowsTwoPrompts.MaxShortLength }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskMayMentionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("organisation", DebriefAnswers.Optional(((PromptResult<string>)step.Result!).Value));
        return step.PromptAsync(FlowsTwoPrompts.Confirm, new PromptOptions
        {
            Prompt = $"Did {Options(step).ContactName} say you may mention them when you get in touch?",
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AddAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ReferralLoopOptions options = Options(step);
        var referral = new DebriefReferral(step.Values.Get<string>("name").Trim())
        {
            Role = step.Values.GetOrDefault<string>("role"),
            Organisation = step.Values.GetOrDefault<string>("organisation"),
            MayUseName = step.Result is PromptResult<bool> { Succeeded: true, Value: true },
        };
        return step.ReplaceDialogAsync(DialogId, options with { Referrals = [.. options.Referrals, referral] }, cancellationToken);
    }
}
