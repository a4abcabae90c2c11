using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// <c>tell me about yourself</c> (S053): the contact may well turn the questions on the user, so the coach asks the
/// classic opener, times the typed answer and compares it with the saved sketch (<see cref="AboutYourselfReport"/>).
/// Each answer is saved as a practice attempt so progress shows over time.
/// </summary>
internal sealed class AboutYourselfDialog : WaterfallDialog
{
    public const string DialogId = "about-yourself";

    private const string AgainValue = "again";
    private const string DoneValue = "done";

    private readonly CoachServices _services;

    public AboutYourselfDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskAsync);
        AddStep(CheckAsync);
        AddStep(NextAsync);
    }

    private async ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<AboutYourselfOptions>() is not { Again: true })
        {
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            step.Send(profile?.Sketch is null
                ? "It isn't a job interview, but they may still size you up, so be ready when they ask about you. You haven't saved a sketch yet (type **sketch** to build one); give it a go anyway."
                : "It isn't a job interview, but they may still size you up, so be ready when they ask about you. Try it without looking at your sketch; I'll compare afterwards.");
        }

        return await step.PromptAsync(CoachPrompts.Attempt, new PromptOptions
        {
            Prompt = "**They ask:** \"So, tell me a bit about yourself.\" Type your answer as you'd say it.",
            Help = "Half a minute: your background, a strength or two with an example each, and where you're heading. I'll time it and compare it with your sketch.",
            Max = CoachPrompts.MaxPastedLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> CheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true } typed)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        AboutYourselfReport report = AboutYourselfReport.Check(typed.Value!, profile?.Sketch, _services.Embedder);
        string? contactId = step.GetOptions<AboutYourselfOptions>()?.ContactId;
        PracticeAttempt attempt = PracticeAttempt.FromReport(PracticeKind.AboutYourself, typed.Value!, report, step.Now, contactId);
        PracticeAttempt stored = await AttemptRecords.AddAsync(_services.Records, step.UserKey, attempt, step.Now, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<PracticeAttempt> earlier = await AttemptRecords.ListAsync(_services.Records, step.UserKey, PracticeKind.AboutYourself, cancellationToken).ConfigureAwait(false);
        step.Send(RehearsalCards.Feedback(PracticeKind.AboutYourself, report, [.. earlier.Where(a => a.Id != stored.Id), stored]));
        if (profile?.Sketch is { } sketch)
        {
            step.Send(SketchReviewDialog.Card(sketch, "Your sketch, for comparison"));
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Have another go?",
            Help = "**Try again** to answer once more; each answer is saved so you can see your progress.",
            Choices =
            [
                new(AgainValue, "Try again") { Synonyms = ["again", "yes", "retry", "one more"] },
                new(DoneValue, "Done for now") { Synonyms = ["done", "no", "finished", "skip", "no thanks", "not now", "i'm good"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: AgainValue })
        {
            AboutYourselfOptions options = step.GetOptions<AboutYourselfOptions>() ?? new AboutYourselfOptions(null);
            return await step.ReplaceDialogAsync(DialogId, options with { Again = true }, cancellationToken).ConfigureAwait(false);
        }

        step.Send("Good. Say it aloud a few times before the meeting, so it comes out naturally when they ask.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
