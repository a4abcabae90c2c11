using System.Globalization;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Goals;

/// <summary>Shows a background sketch and lets the user keep it, replace it with their own wording, or rebuild it.</summary>
internal sealed class SketchReviewDialog : WaterfallDialog
{
    public const string DialogId = "sketch.review";

    private const string KeepValue = "keep";
    private const string EditValue = "edit";
    private const string DraftKey = "draft";

    private static readonly Choice[] s_choices =
    [
        new(KeepValue, "Keep it") { Synonyms = ["save", "keep", "yes", "looks good", "done"] },
        new(EditValue, "Edit it") { Synonyms = ["change", "rewrite", "my own version", "shorter", "shorten it", "make it shorter", "too long", "cut it down", "trim it"] },
        new(SketchDialog.RebuildResult, "Build a new one") { Synonyms = ["new", "redo", "again", "rebuild"] },
    ];

    private readonly CoachServices _services;

    public SketchReviewDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(ShowAsync);
        AddStep(ActAsync);
        AddStep(SaveEditAsync);
    }

    public static CardReply Card(BackgroundSketch sketch, string title)
    {
        int words = SpeakingPace.CountWords(sketch.Text);
        return new CardReply(title)
        {
            Subtitle = string.Create(CultureInfo.InvariantCulture, $"{words} words, about {SpeakingPace.EstimateSeconds(words)} seconds spoken"),
            Sections = [new CardSection { Markdown = sketch.Text }],
        };
    }

    private static async ValueTask<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        SketchReviewOptions options = step.GetOptions<SketchReviewOptions>()!;
        if (!options.Saved)
        {
            step.Values.Set(DraftKey, options.Sketch);
        }

        step.Send(Card(options.Sketch, options.Saved ? "Your 30-second sketch" : "Here's a first draft"));
        int words = SpeakingPace.CountWords(options.Sketch.Text);
        string tooLong = words > BackgroundSketchBuilder.TargetMaxWords
            ? string.Create(CultureInfo.InvariantCulture, $"At about {SpeakingPace.EstimateSeconds(words)} seconds it runs past the half minute people expect: choose **Edit it** and keep one short example per strength, or trim details you'd rather tell when asked. ")
            : string.Empty;
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = tooLong + (options.Saved ? "Keep it, edit it, or build a new one?" : "Read it aloud once. Keep it, make it yours with an edit, or build a new one?"),
            Help = "**Keep it** saves it as it is. **Edit it** lets you send your own wording. **Build a new one** asks the questions again.",
            Choices = s_choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        SketchReviewOptions options = step.GetOptions<SketchReviewOptions>()!;
        var picked = (PromptResult<Choice>)step.Result!;
        string action = picked.Succeeded ? picked.Value!.Value : KeepValue;
        switch (action)
        {
            case EditValue:
                return await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
                {
                    Prompt = SpeakingPace.CountWords(options.Sketch.Text) > BackgroundSketchBuilder.TargetMaxWords
                        ? "Send me your shorter version. Paste the draft and cut it to 60 to 90 words: one example per strength is plenty."
                        : "Send me your version. Paste the draft and change whatever doesn't sound like you.",
                    Help = "Aim for 60 to 90 words: about half a minute when spoken.",
                    Max = 1500,
                }, cancellationToken).ConfigureAwait(false);
            case SketchDialog.RebuildResult:
                step.MarkSaved();
                return await step.EndDialogAsync(SketchDialog.RebuildResult, cancellationToken).ConfigureAwait(false);
            default:
                if (!options.Saved && !await SaveAsync(step, options.Sketch, cancellationToken).ConfigureAwait(false))
                {
                    return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                }

                step.Send(options.Saved
                    ? "Good, it stays as it is."
                    : "Saved. Say it out loud a few times until it feels natural; you'll use it early in every conversation. Type **sketch** to see or change it.");
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<DialogTurnResult> SaveEditAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var edited = (PromptResult<string>)step.Result!;
        if (!edited.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        BackgroundSketch sketch = step.GetOptions<SketchReviewOptions>()!.Sketch.WithEditedText(edited.Value);
        if (await SaveAsync(step, sketch, cancellationToken).ConfigureAwait(false))
        {
            step.Send(Card(sketch, "Saved: your 30-second sketch"));
            int words = SpeakingPace.CountWords(sketch.Text);
            if (words > BackgroundSketchBuilder.TargetMaxWords)
            {
                step.Send("It runs a little long for half a minute; see if one sentence can go.");
            }
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<bool> SaveAsync(WaterfallStepContext step, BackgroundSketch sketch, CancellationToken cancellationToken)
    {
        DateTimeOffset now = step.Now;
        RecordUpdate<CoachingProfile> update = await ProfileRecords.UpdateAsync(
            _services.Records, step.Context, profile => profile with { Sketch = sketch, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
        if (ProfileRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        if (update.Succeeded)
        {
            step.MarkSaved();
        }

        return update.Succeeded;
    }
}
