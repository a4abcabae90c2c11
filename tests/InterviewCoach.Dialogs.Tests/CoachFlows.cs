using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.Tests;

/// <summary>
/// A small coaching app four dialogs deep: menu → questions flow → add-question loop → prompt. The questions
/// flow is begun with typed options and keeps typed values, so reload and version tests exercise both.
/// </summary>
internal static class CoachFlows
{
    public const string Menu = "menu";
    public const string Questions = "questions";
    public const string AddQuestion = "add-question";
    public const string MenuQuestion = "What would you like to do?";
    public const string MenuHelp = "Pick Prepare questions to get ready for a meeting.";
    public const string GoalQuestion = "What do you want to learn from Ada?";
    public const string GoalHelp = "For example: how they got into the field.";
    public const string QuestionQuestion = "Type a question to ask.";
    public const string AnotherQuestion = "Add another?";

    public static DialogSet Create(string questionsVersion = "1", bool withQuestions = true, bool extraAddQuestionStep = false, string textPromptId = "text")
    {
        var menu = new WaterfallDialog(Menu,
        [
            (step, ct) => step.PromptAsync("choice", new PromptOptions
            {
                Prompt = MenuQuestion,
                Help = MenuHelp,
                Choices = [new("questions", "Prepare questions"), new("about", "About")],
            }, ct),
            async (step, ct) =>
            {
                var picked = (PromptResult<Choice>)step.Result!;
                if (picked.Succeeded && picked.Value!.Value == "questions")
                {
                    return await step.BeginDialogAsync(Questions, new QuestionsOptions("Ada", 3), ct);
                }

                step.Send("Interview Coach helps you prepare informational interviews.");
                return await step.NextAsync(null, ct);
            },
            (step, ct) =>
            {
                step.Send("Back at the menu.");
                return step.ReplaceDialogAsync(Menu, null, ct);
            },
        ]);

        var questions = new WaterfallDialog(Questions,
        [
            (step, ct) =>
            {
                QuestionsOptions options = step.GetOptions<QuestionsOptions>()!;
                return step.PromptAsync(textPromptId, new PromptOptions { Prompt = $"What do you want to learn from {options.ContactName}?", Help = GoalHelp }, ct);
            },
            (step, ct) =>
            {
                step.Values.Set("goal", ((PromptResult<string>)step.Result!).Value);
                step.Values.Set("startedAt", step.Now);
                return step.BeginDialogAsync(AddQuestion, new QuestionList([]), ct);
            },
            (step, ct) =>
            {
                var list = (QuestionList)step.Result!;
                QuestionsOptions options = step.GetOptions<QuestionsOptions>()!;
                step.Send($"Saved {list.Items.Count} questions for {options.ContactName} (limit {options.Limit}): {step.Values.Get<string>("goal")}");
                step.MarkSaved();
                return step.EndDialogAsync(list.Items.Count, ct);
            },
        ], questionsVersion);

        var steps = new List<WaterfallStep>
        {
            (step, ct) => step.PromptAsync(textPromptId, new PromptOptions { Prompt = QuestionQuestion }, ct),
            (step, ct) =>
            {
                QuestionList list = step.GetOptions<QuestionList>()!;
                list = new QuestionList([.. list.Items, ((PromptResult<string>)step.Result!).Value!]);
                step.Values.Set("list", list);
                return step.PromptAsync("confirm", new PromptOptions { Prompt = AnotherQuestion }, ct);
            },
            (step, ct) =>
            {
                QuestionList list = step.Values.Get<QuestionList>("list");
                return ((PromptResult<bool>)step.Result!).Value
                    ? step.ReplaceDialogAsync(AddQuestion, list, ct)
                    : step.EndDialogAsync(list, ct);
            },
        };
        if (extraAddQuestionStep)
        {
            steps.Add((step, ct) => step.EndDialogAsync(step.Result, ct));
        }

        var dialogs = new DialogSet()
            .Add(menu)
            .Add(new WaterfallDialog(AddQuestion, steps))
            .Add(new TextPrompt(textPromptId))
            .Add(new ConfirmPrompt("confirm"))
            .Add(new ChoicePrompt("choice"));
        if (withQuestions)
        {
            dialogs.Add(questions);
        }

        return dialogs;
    }

    public static DialogTestClient CreateClient() => new(Create(), Menu);

    /// <summary>Drives a new conversation to the given stack depth (2: menu prompt, 3: goal prompt, 4: question prompt with a saved goal).</summary>
    public static async Task GoToDepthAsync(DialogTestClient client, int depth)
    {
        await client.Send("hi").AssertReply(MenuQuestion);
        if (depth >= 3)
        {
            await client.Send("1").AssertReply(GoalQuestion);
        }

        if (depth >= 4)
        {
            await client.Send("How they got started").AssertReply(QuestionQuestion);
        }
    }

    internal sealed record QuestionsOptions(string ContactName, int Limit);

    internal sealed record QuestionList(IReadOnlyList<string> Items);
}
