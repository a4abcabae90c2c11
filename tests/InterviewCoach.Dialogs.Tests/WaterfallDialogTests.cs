using System.Text.Json;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.Tests;

public sealed class WaterfallDialogTests
{
    private sealed record Meeting(string Contact, DateTimeOffset When, IReadOnlyList<string> Topics, int DurationMinutes);

    private sealed record FlowOptions(string Greeting, int Count);

    private static DialogTestClient Client(params WaterfallStep[] steps) =>
        new((store, clock) => new DialogRunner(new DialogSet().Add(new WaterfallDialog("root", steps)).Add(new TextPrompt("text")), store, clock, new DialogRunnerOptions { RootDialogId = "root" }));

    [Fact]
    public async Task TypedValuesRoundTripThroughStorageWithTheirTypes()
    {
        var when = new DateTimeOffset(2026, 3, 2, 15, 30, 0, TimeSpan.FromHours(5.5));
        var meeting = new Meeting("Ada", when, ["career", "skills"], 45);
        var client = Client(
            (step, ct) =>
            {
                step.Values.Set("count", 5);
                step.Values.Set("big", 5_000_000_000L);
                step.Values.Set("price", 12.50m);
                step.Values.Set("when", when);
                step.Values.Set("day", new DateOnly(2026, 3, 2));
                step.Values.Set("meeting", meeting);
                return ValueTask.FromResult(WaterfallStepContext.EndOfTurn);
            },
            (step, ct) =>
            {
                Assert.Equal(5, step.Values.Get<int>("count"));
                Assert.Equal(5_000_000_000L, step.Values.Get<long>("big"));
                Assert.Equal(12.50m, step.Values.Get<decimal>("price"));
                Assert.Equal(when, step.Values.Get<DateTimeOffset>("when"));
                Assert.Equal(TimeSpan.FromHours(5.5), step.Values.Get<DateTimeOffset>("when").Offset);
                Assert.Equal(new DateOnly(2026, 3, 2), step.Values.Get<DateOnly>("day"));
                Meeting restored = step.Values.Get<Meeting>("meeting");
                Assert.Equal(meeting with { Topics = restored.Topics }, restored);
                Assert.Equal(["career", "skills"], restored.Topics);
                step.Send("all typed");
                return step.EndDialogAsync(null, ct);
            });

        await client.Send("go");
        string json = (await client.Store.ReadAsync(client.ConversationKey))!.StateJson;
        Assert.Contains("\"count\":5,", json, StringComparison.Ordinal);
        Assert.Contains("\"durationMinutes\":45", json, StringComparison.Ordinal);
        client.Restart();
        await client.Send("next").AssertReply("all typed");
    }

    [Fact]
    public async Task StepsGetTypedOptionsInTheFirstTurnAndAfterAReload()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root", [(step, ct) => step.BeginDialogAsync("flow", new FlowOptions("Hello", 3), ct)]))
            .Add(new WaterfallDialog("flow",
            [
                (step, ct) =>
                {
                    step.Send($"{step.GetOptions<FlowOptions>()!.Greeting} x{step.GetOptions<FlowOptions>()!.Count}");
                    return ValueTask.FromResult(WaterfallStepContext.EndOfTurn);
                },
                (step, ct) =>
                {
                    step.Send($"still {step.GetOptions<FlowOptions>()!.Greeting} x{step.GetOptions<FlowOptions>()!.Count}");
                    return step.EndDialogAsync(null, ct);
                },
            ]));
        var client = new DialogTestClient((store, clock) => new DialogRunner(dialogs, store, clock, new DialogRunnerOptions { RootDialogId = "root" }));
        await client.Send("go").AssertReply("Hello x3");
        client.Restart();
        await client.Send("again").AssertReply("still Hello x3");
    }

    [Fact]
    public async Task EachStepGetsThePreviousResultAndItsIndex()
    {
        var client = Client(
            (step, ct) => step.NextAsync(41, ct),
            (step, ct) => step.NextAsync((int)step.Result! + 1, ct),
            (step, ct) =>
            {
                step.Send($"step {step.Index} got {step.Result} ({step.Reason})");
                return step.EndDialogAsync(null, ct);
            });
        await client.Send("go").AssertReply("step 2 got 42 (NextCalled)").AssertStatus(DialogTurnStatus.Complete);
    }

    [Fact]
    public async Task NextCannotBeCalledTwiceFromOneStep()
    {
        var client = Client(
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => ValueTask.FromResult(WaterfallStepContext.EndOfTurn));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.Send("go"));
    }

    [Fact]
    public async Task AStepThatWaitsWithoutAPromptGetsTheTextOrTheButtonValue()
    {
        var client = Client(
            (step, ct) => ValueTask.FromResult(WaterfallStepContext.EndOfTurn),
            (step, ct) =>
            {
                step.Send($"text: {step.Result}");
                return ValueTask.FromResult(WaterfallStepContext.EndOfTurn);
            },
            (step, ct) =>
            {
                step.Send($"button: {step.Result}");
                return step.EndDialogAsync(null, ct);
            });
        await client.Send("go").AssertNoMoreReplies();
        await client.Send("typed").AssertReply("text: typed");
        await client.Press("pressed").AssertReply("button: pressed");
    }

    [Fact]
    public async Task AChildsResultGoesToTheParentsNextStep()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root",
            [
                (step, ct) => step.BeginDialogAsync("child", null, ct),
                (step, ct) =>
                {
                    step.Send($"child said {step.Result}");
                    return step.EndDialogAsync(null, ct);
                },
            ]))
            .Add(new WaterfallDialog("child", [(step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Name?" }, ct), (step, ct) => step.EndDialogAsync(((PromptResult<string>)step.Result!).Value!.ToUpperInvariant(), ct)]))
            .Add(new TextPrompt("text"));
        var client = new DialogTestClient(dialogs, "root");
        await client.Send("go").AssertReply("Name?");
        await client.Send("ada").AssertReply("child said ADA").AssertStatus(DialogTurnStatus.Complete);
    }

    [Fact]
    public async Task ReplaceLoopsWithoutGrowingTheStack()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = $"Item {step.GetOptions<int>() + 1}?" }, ct),
                (step, ct) => step.ReplaceDialogAsync("root", step.GetOptions<int>() + 1, ct),
            ]))
            .Add(new TextPrompt("text"));
        var client = new DialogTestClient(dialogs, "root");
        await client.Send("go").AssertReply("Item 1?");
        for (int i = 2; i <= 5; i++)
        {
            await client.Send("x").AssertReply($"Item {i}?");
        }

        using JsonDocument state = JsonDocument.Parse((await client.Store.ReadAsync(client.ConversationKey))!.StateJson);
        Assert.Equal(2, state.RootElement.GetProperty("stack").GetArrayLength());
    }

    [Fact]
    public async Task PastTheLastStepTheWaterfallEndsWithTheLastResult()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root", [(step, ct) => step.BeginDialogAsync("child", null, ct), (step, ct) => { step.Send($"got {step.Result}"); return step.EndDialogAsync(null, ct); }]))
            .Add(new WaterfallDialog("child", [(step, ct) => step.NextAsync("last", ct)]));
        await new DialogTestClient(dialogs, "root").Send("go").AssertReply("got last");
    }

    [Fact]
    public async Task MarkSavedMeansCancelNeedsNoConfirmationUntilTheNextChange()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root",
            [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "First?" }, ct),
                (step, ct) =>
                {
                    step.Values.Set("first", "x");
                    step.MarkSaved();
                    return step.PromptAsync("text", new PromptOptions { Prompt = "Second?" }, ct);
                },
                (step, ct) =>
                {
                    step.Values.Set("second", "y");
                    return step.PromptAsync("text", new PromptOptions { Prompt = "Third?" }, ct);
                },
            ]))
            .Add(new TextPrompt("text"));
        var client = new DialogTestClient(dialogs, "root");
        await client.Send("go");
        await client.Send("a").AssertReply("Second?");
        await client.Send("cancel").AssertReply("stopped").AssertReply("First?");
        await client.Send("a").AssertReply("Second?");
        await client.Send("b").AssertReply("Third?");
        await client.Send("cancel").AssertReply("aren't saved");
    }

    [Fact]
    public async Task WaterfallsCanBeSubclassedWithInjectedDependencies()
    {
        var greeter = new Greeter("Bonjour");
        var client = new DialogTestClient(new DialogSet().Add(new GreetingDialog(greeter)), GreetingDialog.DialogId);
        await client.Send("hi").AssertReply("Bonjour test/users/1");
    }

    private sealed record Greeter(string Word);

    private sealed class GreetingDialog : WaterfallDialog
    {
        public const string DialogId = "greeting";

        private readonly Greeter _greeter;

        public GreetingDialog(Greeter greeter)
            : base(DialogId)
        {
            _greeter = greeter;
            AddStep(GreetAsync);
        }

        private ValueTask<DialogTurnResult> GreetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Send($"{_greeter.Word} {step.UserKey}");
            return step.EndDialogAsync(null, cancellationToken);
        }
    }
}
