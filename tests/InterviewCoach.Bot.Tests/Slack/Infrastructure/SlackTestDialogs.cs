using InterviewCoach.Coaching;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>
/// A small coach for Slack tests, built from the engine: a menu with buttons, a text question, a modal form with
/// validation and a date picker, so every Slack surface has something real to route to.
/// </summary>
public static class SlackTestDialogs
{
    public const string MenuQuestion = "What would you like to work on?";
    public const string GoalQuestion = "What's your goal?";
    public const string FormId = "contact";

    public static FormReply ContactForm { get; } = new(FormId, "Add a contact", [
        new FormField("name", "Name", FormFieldKind.Text) { Required = true, Max = 40 },
        new FormField("meetings", "Meetings so far", FormFieldKind.Number) { Min = 0, Max = 10 },
        new FormField("met", "Met on", FormFieldKind.Date),
    ]);

    public static FormReply DatePicker { get; } = new("when", "When?", [
        new FormField("date", "Date", FormFieldKind.Date) { Required = true },
        new FormField("time", "Time", FormFieldKind.Time) { Required = true },
    ]);

    public static DialogSet Create()
    {
        var set = new DialogSet();
        set.Add(new ChoicePrompt("choice"));
        set.Add(new TextPrompt("text"));
        set.Add(new FormPrompt("form"));
        set.Add(new FormPrompt("picker"));
        set.Add(new WaterfallDialog(CoachDialogs.MenuDialogId, [
            (step, ct) => step.PromptAsync("choice", new PromptOptions
            {
                Prompt = MenuQuestion,
                Choices = [new Choice("goal", "Goal"), new Choice("add contact", "Add contact"), new Choice("schedule", "Schedule")],
            }, ct),
            (step, ct) =>
            {
                string picked = step.Result is PromptResult<Choice> { Succeeded: true } result ? result.Value!.Value : "goal";
                return picked switch
                {
                    "add contact" => step.PromptAsync("form", new PromptOptions { Form = ContactForm }, ct),
                    "schedule" => step.PromptAsync("picker", new PromptOptions { Form = DatePicker }, ct),
                    _ => step.PromptAsync("text", new PromptOptions { Prompt = GoalQuestion }, ct),
                };
            },
            (step, ct) =>
            {
                string summary = step.Result switch
                {
                    PromptResult<string> { Succeeded: true } text => "Goal saved: " + text.Value,
                    PromptResult<FormSubmission> { Succeeded: true } form => "Saved: " + string.Join(", ", form.Value!.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)),
                    _ => "Nothing saved.",
                };
                step.Send(summary);
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return set;
    }
}
