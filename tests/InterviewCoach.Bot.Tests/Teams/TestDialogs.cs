using InterviewCoach.Coaching;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>
/// A small dialog set in place of the coach's menu (whose wording belongs to another branch): a welcome that echoes
/// what the turn carried, a four-way choice (an Adaptive Card in Teams), then a form, then a summary.
/// </summary>
public static class TestDialogs
{
    public const string Welcome = "Welcome to the test coach.";
    public const string ChoicePromptText = "What would you like to work on?";
    public const string FormTitle = "Your goal";

    public static DialogSet Create()
    {
        var set = new DialogSet();
        set.Add(new ChoicePrompt("choice"));
        set.Add(new FormPrompt("form"));
        set.Add(new WaterfallDialog(CoachDialogs.MenuDialogId, [
            (step, ct) =>
            {
                step.Send($"{Welcome} Heard: {step.Input.Text ?? "-"} | {step.Input.Value?.GetRawText() ?? "-"} | {step.TimeZone.Id}");
                return step.PromptAsync("choice", new PromptOptions
                {
                    Prompt = ChoicePromptText,
                    Choices = [new("goal", "Set a goal"), new("contacts", "Contacts"), new("rehearse", "Rehearse"), new("questions", "Questions")],
                }, ct);
            },
            (step, ct) =>
            {
                step.Values.Set("picked", ((PromptResult<Choice>)step.Result!).Value!.Value);
                return step.PromptAsync("form", new PromptOptions
                {
                    Form = new FormReply("goal-form", FormTitle, [
                        new FormField("field", "Field you are curious about", FormFieldKind.Text) { Required = true, Placeholder = "e.g. UX research" },
                        new FormField("by", "Meet someone by", FormFieldKind.Date) { Required = true },
                        new FormField("at", "Usual free time", FormFieldKind.Time),
                        new FormField("stage", "Career stage", FormFieldKind.Choice) { Choices = [new("Student", "student"), new("Career changer", "changer")] },
                    ]) { SubmitLabel = "Save goal" },
                }, ct);
            },
            (step, ct) =>
            {
                FormSubmission form = ((PromptResult<FormSubmission>)step.Result!).Value!;
                step.Send($"Saved {step.Values.Get<string>("picked")}: {form.GetText("field")} by {form.GetText("by")} at {form.GetText("at") ?? "-"} as {form.GetText("stage") ?? "-"}");
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return set;
    }
}
