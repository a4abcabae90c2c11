using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.Tests;

public sealed class GoBackTests
{
    private const string NameQuestion = "What's their name?";
    private const string RoleQuestion = "What do they do?";
    private const string PlaceQuestion = "Where do they work?";
    private const string NoteQuestion = "Anything to note?";

    // menu → flow: name, role, place, then saves and asks for a note; "done" ends it.
    private static DialogTestClient Client() => new((store, clock) => new DialogRunner(
        new DialogSet()
            .Add(new WaterfallDialog("menu",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Menu: type add." }, ct),
                (step, ct) => step.BeginDialogAsync("add", null, ct),
                (step, ct) => step.ReplaceDialogAsync("menu", null, ct),
            ]))
            .Add(new WaterfallDialog("add",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = NameQuestion }, ct),
                (step, ct) =>
                {
                    step.Values.Set("name", Answer(step));
                    return step.PromptAsync("text", new PromptOptions { Prompt = RoleQuestion }, ct);
                },
                (step, ct) =>
                {
                    step.Values.Set("role", Answer(step));
                    return step.PromptAsync("text", new PromptOptions { Prompt = PlaceQuestion }, ct);
                },
                (step, ct) =>
                {
                    step.Send($"Saved {step.Values.Get<string>("name")}, {step.Values.Get<string>("role")} at {Answer(step)}.");
                    step.MarkSaved();
                    return step.PromptAsync("text", new PromptOptions { Prompt = NoteQuestion }, ct);
                },
                (step, ct) => step.EndDialogAsync(null, ct),
            ]))
            .Add(new TextPrompt("text")),
        store, clock, new DialogRunnerOptions { RootDialogId = "menu" }));

    private static async Task<DialogTestClient> StartedAsync()
    {
        var client = Client();
        await client.Send("hi").AssertReply("Menu");
        return client;
    }

    private static string Answer(WaterfallStepContext step) => ((PromptResult<string>)step.Result!).Value!;

    [Theory]
    [InlineData("go back")]
    [InlineData("back")]
    [InlineData("Wait, change the last one")]
    [InlineData("oops, undo that")]
    public async Task GoingBackAsksThePreviousQuestionAndTheNewAnswerReplacesTheOld(string typed)
    {
        var client = await StartedAsync();
        await client.Send("add").AssertReply(NameQuestion);
        await client.Send("Priya");
        await client.Send("Data analyst").AssertReply(PlaceQuestion);

        await client.Send(typed).AssertReply("back one question").AssertReply(RoleQuestion).AssertNoMoreReplies();

        await client.Send("Nurse manager").AssertReply(PlaceQuestion);
        await client.Send("St Mary's").AssertReply("Saved Priya, Nurse manager at St Mary's.");
    }

    [Fact]
    public async Task GoingBackTwiceReachesTheFirstQuestionAndSurvivesARestart()
    {
        var client = await StartedAsync();
        await client.Send("add");
        await client.Send("Priya");
        await client.Send("Data analyst").AssertReply(PlaceQuestion);
        client.Restart();

        await client.Send("go back").AssertReply("back one question").AssertReply(RoleQuestion);
        await client.Send("go back").AssertReply("back one question").AssertReply(NameQuestion);
        await client.Send("go back").AssertReply("no earlier question").AssertReply(NameQuestion).AssertNoMoreReplies();
        await client.Send("Sam").AssertReply(RoleQuestion);
        await client.Send("Nurse");
        await client.Send("Contoso").AssertReply("Saved Sam, Nurse at Contoso.");
    }

    [Fact]
    public async Task GoingBackPastASaveAsksTheWaitingQuestionAgainAndKeepsTheFlow()
    {
        var client = await StartedAsync();
        await client.Send("add");
        await client.Send("Priya");
        await client.Send("Data analyst");
        await client.Send("Contoso").AssertReply("Saved").AssertReply(NoteQuestion);

        await client.Send("go back").AssertReply("no earlier question").AssertReply(NoteQuestion).AssertNoMoreReplies();
    }

    [Fact]
    public async Task GoingBackAtTheMenuShowsTheMenu()
    {
        var client = Client();
        await client.Send("hi").AssertReply("Menu");
        await client.Send("go back").AssertReply("Menu").AssertNoMoreReplies();
    }
}
