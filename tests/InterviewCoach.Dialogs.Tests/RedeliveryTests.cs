using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Tests;

/// <summary>Channels redeliver (Teams after 15 s without an answer): a repeated input id runs nothing and sends nothing.</summary>
public sealed class RedeliveryTests
{
    private static TurnInput Input(string text, string? id) => new() { ConversationKey = "c1", UserKey = "u1", Text = text, DeliveryId = id };

    private static DialogRunner Runner(IDialogStateStore store, int capacity = 8) => new(
        new DialogSet().Add(new CounterDialog()),
        store,
        TimeProvider.System,
        new DialogRunnerOptions { RootDialogId = CounterDialog.DialogId, RecentInputCapacity = capacity });

    [Fact]
    public async Task ARedeliveredInputIsAnsweredWithNothingAndWritesNothing()
    {
        var store = new ScriptedStore();
        DialogRunner runner = Runner(store);
        await runner.RunTurnAsync(Input("start", "a1"));
        TurnResult first = await runner.RunTurnAsync(Input("tick", "a2"));

        TurnResult again = await runner.RunTurnAsync(Input("tick", "a2"));

        Assert.Equal("Count: 1", Assert.Single(first.Replies).ToPlainText());
        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
        Assert.False(again.StateWritten);
        Assert.Equal(2, store.Writes);
        Assert.Equal("Count: 2", Assert.Single((await runner.RunTurnAsync(Input("tick", "a3"))).Replies).ToPlainText());
    }

    [Fact]
    public async Task ARedeliveryToAnInstanceWithAStaleCopyLosesTheWriteAndIsThenRecognised()
    {
        var store = new ScriptedStore();
        DialogRunner runner = Runner(store);
        TurnResult started = await runner.RunTurnAsync(Input("start", "a1"));
        StoredDialogState staleCopy = started.State!;
        await runner.RunTurnAsync(Input("tick", "a2"));

        // Another instance still holds the state from before a2 and receives a2 again.
        TurnResult again = await runner.RunTurnAsync(Input("tick", "a2"), staleCopy);

        Assert.True(again.Duplicate);
        Assert.Equal(2, again.Attempts);
        Assert.Empty(again.Replies);
        Assert.Contains("\"count\":1", (await store.PeekAsync("c1"))!.StateJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFirstMessageRedeliveredToAnInstanceThatThinksTheConversationNewIsRecognised()
    {
        var store = new ScriptedStore();
        DialogRunner runner = Runner(store);
        await runner.RunNewConversationTurnAsync(Input("hi", "a1"));

        // Another instance, which also just created the user's reference, receives a1 again.
        TurnResult again = await runner.RunNewConversationTurnAsync(Input("hi", "a1"));

        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
        Assert.Equal(2, store.Writes);                                  // the first insert, and the redelivery's refused one
        Assert.Equal("Count: 1", Assert.Single((await runner.RunTurnAsync(Input("tick", "a2"))).Replies).ToPlainText());
    }

    [Fact]
    public async Task OnlyTheLastFewIdsAreKeptSoTheStateStaysSmall()
    {
        var store = new ScriptedStore();
        DialogRunner runner = Runner(store, capacity: 3);
        await runner.RunTurnAsync(Input("start", "a0"));
        for (int i = 1; i <= 5; i++)
        {
            await runner.RunTurnAsync(Input("tick", "a" + i));
        }

        Assert.True((await runner.RunTurnAsync(Input("tick", "a5"))).Duplicate);
        Assert.True((await runner.RunTurnAsync(Input("tick", "a3"))).Duplicate);
        TurnResult forgotten = await runner.RunTurnAsync(Input("tick", "a2"));
        Assert.False(forgotten.Duplicate);
        Assert.Equal("Count: 6", Assert.Single(forgotten.Replies).ToPlainText());
    }

    [Fact]
    public async Task InputsWithoutAnIdAreNeverTakenForRedeliveries()
    {
        var store = new ScriptedStore();
        DialogRunner runner = Runner(store);
        await runner.RunTurnAsync(Input("start", null));
        await runner.RunTurnAsync(Input("tick", null));
        TurnResult second = await runner.RunTurnAsync(Input("tick", null));
        Assert.Equal("Count: 2", Assert.Single(second.Replies).ToPlainText());
        Assert.DoesNotContain("recent", (await store.PeekAsync("c1"))!.StateJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongIdIsStoredAsAShortFingerprint()
    {
        var store = new ScriptedStore();
        DialogRunner runner = Runner(store);
        string longId = "1:" + new string('x', 2_000);
        await runner.RunTurnAsync(Input("start", longId));
        Assert.True((await runner.RunTurnAsync(Input("start", longId))).Duplicate);
        Assert.True((await store.PeekAsync("c1"))!.StateJson.Length < 200);
    }

    [Fact]
    public async Task ATurnThatLeavesANewConversationEmptyStillRemembersItsId()
    {
        // A greeting that ends at once writes no stack; the id must still be kept so the second greeting is dropped.
        var store = new ScriptedStore();
        var runner = new DialogRunner(
            new DialogSet().Add(new WaterfallDialog("hello", [async (step, ct) => { step.Context.Send("Hello!"); return await step.EndDialogAsync(null, ct); }])),
            store,
            TimeProvider.System,
            new DialogRunnerOptions { RootDialogId = "hello" });

        TurnResult first = await runner.RunTurnAsync(Input(string.Empty, "welcome:1"));
        TurnResult second = await runner.RunTurnAsync(Input(string.Empty, "welcome:1"));

        Assert.Single(first.Replies);
        Assert.True(second.Duplicate);
        Assert.Empty(second.Replies);
    }
}
