using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// After a debrief: offers the next steps that fit (<see cref="DebriefNextSteps"/>) and runs the one picked, then offers
/// the rest, until the user is done. Each employer becomes a contact in one step: the add-contact form opens with it filled in.
/// </summary>
internal sealed class DebriefNextStepsDialog : WaterfallDialog
{
    public const string DialogId = "debrief.next";
    public const string DoneValue = "done";

    private readonly CoachServices _services;

    public DebriefNextStepsDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(OfferAsync);
        AddStep(ActAsync);
        AddStep(AgainAsync);
    }

    private static DebriefNextStepsOptions Options(WaterfallStepContext step) => step.GetOptions<DebriefNextStepsOptions>() ?? new DebriefNextStepsOptions([]);

    private static async ValueTask<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        IReadOnlyList<DebriefNextStep> steps = Options(step).Steps;
        if (steps.Count == 0)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "What next?",
            Choices =
            [
                .. steps.Select(s => new Choice(s.Value, s.Title) { Synonyms = s.Argument is { } argument ? [s.Kind == DebriefNextSteps.AddTarget ? $"target {argument}" : argument] : s.Kind == DebriefNextSteps.RevisitGoals ? ["goals", "my goals"] : ["review", "weekly review", "compare"] }),
                new(DoneValue, "That's all for now") { Synonyms = ["done", "no", "nothing", "finished", "that's all", "later", "no thanks"] },
            ],
            Help = "Pick one of the buttons, or **that's all** to finish; type **menu** for everything else I can do.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? picked = step.Result is PromptResult<Choice> { Succeeded: true, Value: { } choice } ? choice.Value : null;
        DebriefNextStep? next = Options(step).Steps.FirstOrDefault(s => s.Value == picked);
        if (next is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("picked", next.Value);
        switch (next.Kind)
        {
            case DebriefNextSteps.RevisitGoals:
                return await step.BeginDialogAsync(GoalDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            case DebriefNextSteps.AddEmployer:
                return await step.BeginDialogAsync(AddContactDialog.DialogId, new AddContactOptions(null, Organisation: next.Argument), cancellationToken).ConfigureAwait(false);
            case DebriefNextSteps.AddTarget:
                return await step.BeginDialogAsync(Progress.TargetDialog.DialogId, new Progress.TargetOptions(next.Argument!), cancellationToken).ConfigureAwait(false);
            default:
                IReadOnlyList<DebriefRecord> all = await DebriefStore.ListAsync(_services, step.UserKey, cancellationToken).ConfigureAwait(false);
                step.Send(WeeklyReview.Card(WeeklyReview.ThisWeek(all, step.Now), step.Now));
                return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ValueTask<DialogTurnResult> AgainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string picked = step.Values.Get<string>("picked");
        return step.ReplaceDialogAsync(DialogId, new DebriefNextStepsOptions([.. Options(step).Steps.Where(s => s.Value != picked)]), cancellationToken);
    }
}
