using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Privacy;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Conversations;

public sealed class CoachConversationTests
{
    private static readonly UserAddress s_user = new("msteams", "tenant-1", "29:alice");

    private static DialogSet ThreeQuestions()
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("text"));
        set.Add(new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "First?" }, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Second?" }, ct),
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Third?" }, ct),
            (step, ct) =>
            {
                step.Send("Done.");
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return set;
    }

    /// <summary>A menu that, like the coach's, answers an unknown word without changing its state (so that turn writes nothing).</summary>
    private static DialogSet MenuThenName()
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("text"));
        set.Add(new WaterfallDialog("name", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct),
            (step, ct) =>
            {
                step.Send($"Thanks, {((PromptResult<string>)step.Result!).Value}.");
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        set.Add(new StatelessMenu());
        return set;
    }

    private sealed class StatelessMenu() : Dialog("root")
    {
        public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
        {
            dc.Send("Pick one: name.");
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }

        public override async ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            if (dc.Input.Text == "name")
            {
                return await dc.BeginDialogAsync("name", null, cancellationToken);
            }

            dc.Send("Sorry, I didn't catch that.");
            return DialogTurnResult.Waiting;
        }
    }

    /// <summary>A root that saves a visit record as it starts (a change besides the state), then asks one question.</summary>
    private static DialogSet SavesOnStart(IUserRecordStore records)
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("text"));
        set.Add(new WaterfallDialog("root", [
            async (step, ct) =>
            {
                await records.SaveAsync(step.Context.Input.UserKey, "visit", "first", "started", VisitJson.Default.String, expectedETag: null, ct);
                return await step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct);
            },
            (step, ct) =>
            {
                step.Send($"Thanks, {((PromptResult<string>)step.Result!).Value}.");
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return set;
    }

    private static (CoachConversation Conversation, RequestCounter Requests) Create(AzuriteProcess azurite, string prefix, DialogSet? dialogs = null) =>
        Create(azurite, prefix, _ => dialogs ?? ThreeQuestions());

    /// <summary>A conversation on the production table pipeline (the first-turn guess included), with a request counter.</summary>
    private static (CoachConversation Conversation, RequestCounter Requests) Create(AzuriteProcess azurite, string prefix, Func<IUserRecordStore, DialogSet> dialogs)
    {
        var requests = new RequestCounter();
        TableClientOptions clientOptions = StorageExtensions.CreateClientOptions(new TableRequestMeter());
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.AddPolicy(requests, Azure.Core.HttpPipelinePosition.PerRetry);
        var tables = new CoachTables(new TableServiceClient(azurite.ConnectionString, clientOptions), Options.Create(new StorageOptions { TablePrefix = prefix }));
        tables.OldDialogState.CreateIfNotExistsAsync().GetAwaiter().GetResult();
        tables.UserRecords.CreateIfNotExistsAsync().GetAwaiter().GetResult();
        var store = new TableDialogStateStore(tables);
        var runner = new DialogRunner(dialogs(new TableUserRecordStore(tables)), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = "root" });
        var conversation = new CoachConversation(runner, store, new PendingErasures(), Options.Create(new CoachConversationOptions { TurnTimeout = TimeSpan.FromSeconds(3) }), NullLogger<CoachConversation>.Instance);
        return (conversation, requests);
    }

    private static Task<TurnResult> Say(CoachConversation conversation, string text) =>
        conversation.HandleAsync(CoachConversation.Input(s_user, text, null, "en-US", "Europe/London"), CancellationToken.None);

    /// <summary>A turn whose reference write has not said yet whether the user is new.</summary>
    private static Task<TurnResult> SayFirst(CoachConversation conversation, string text, Task<bool> newUser) =>
        conversation.HandleAsync(CoachConversation.Input(s_user, text, null, "en-US", "Europe/London"), newUser, CancellationToken.None);

    private static async Task<bool> VisitSavedAsync(AzuriteProcess azurite, string prefix)
    {
        TableClient records = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + "UserRecords");
        var rows = new List<TableEntity>();
        await foreach (TableEntity row in records.QueryAsync<TableEntity>())
        {
            if (row.RowKey.Contains('.', StringComparison.Ordinal))
            {
                rows.Add(row); // a record; the conversation's state shares the partition
            }
        }

        return rows.Count switch
        {
            0 => false,
            1 => true,
            _ => throw new InvalidOperationException($"{rows.Count} visit records saved."),
        };
    }

    [Fact]
    public async Task ANewUsersFirstReplyDoesNotWaitForTheirReferenceWriteAndCostsOneInsert()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation conversation, RequestCounter requests) = Create(azurite, "guess");
        using CoachConversation disposable = conversation;
        var referenceWrite = new TaskCompletionSource<bool>();   // never answers: the turn must not need it
        int before = requests.Count;

        TurnResult first = await SayFirst(conversation, "hi", referenceWrite.Task);
        TurnResult second = await Say(conversation, "one");

        Assert.Equal("First?", first.Replies.Single().ToPlainText());
        Assert.True(first.StateWritten);
        Assert.Equal("Second?", second.Replies.Single().ToPlainText());
        Assert.Equal(2, requests.Count - before);             // the state's insert, then its update
    }

    [Fact]
    public async Task AKnownUsersFirstTurnOnAnotherInstanceIsAnsweredOnTheirStoredStep()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation first, _) = Create(azurite, "guessknown");
        (CoachConversation second, _) = Create(azurite, "guessknown");
        using CoachConversation disposeFirst = first;
        using CoachConversation disposeSecond = second;
        await Say(first, "hi");
        await Say(first, "one");

        TurnResult answer = await SayFirst(second, "two", Task.Delay(200).ContinueWith(_ => false, TaskScheduler.Default));
        TurnResult next = await Say(second, "three");

        Assert.Equal("Third?", answer.Replies.Single().ToPlainText());
        Assert.Equal("Done.", next.Replies.Single().ToPlainText());
    }

    [Fact]
    public async Task AFirstTurnThatWouldSaveMoreThanItsStateWaitsUntilTheUserIsKnownToBeNew()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation conversation, _) = Create(azurite, "guesswait", SavesOnStart);
        using CoachConversation disposable = conversation;
        var referenceWrite = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        Task<TurnResult> turn = SayFirst(conversation, "hi", referenceWrite.Task);
        await Task.Delay(300);
        bool savedBeforeAnswer = await VisitSavedAsync(azurite, "guesswait");
        bool finishedBeforeAnswer = turn.IsCompleted;
        referenceWrite.SetResult(true);
        TurnResult result = await turn;

        Assert.False(savedBeforeAnswer);
        Assert.False(finishedBeforeAnswer);
        Assert.Equal("Your name?", result.Replies.Single().ToPlainText());
        Assert.True(await VisitSavedAsync(azurite, "guesswait"));
    }

    [Fact]
    public async Task AWrongGuessChangesNothingAndTheTurnRunsOnWhatIsStored()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation first, _) = Create(azurite, "guesswrong", SavesOnStart);
        (CoachConversation second, _) = Create(azurite, "guesswrong", SavesOnStart);
        using CoachConversation disposeFirst = first;
        using CoachConversation disposeSecond = second;
        await Say(first, "hi");                                    // saves the visit, asks the name
        TableClient records = new TableServiceClient(azurite.ConnectionString).GetTableClient("guesswrongUserRecords");
        await records.DeleteEntityAsync(TableKey.Encode(s_user.Key), "visit.first");

        // On the other instance the user is unknown; the reference write finds their row: they are not new.
        TurnResult answer = await SayFirst(second, "Sam Lee", Task.Delay(200).ContinueWith(_ => false, TaskScheduler.Default));

        Assert.Equal("Thanks, Sam Lee.", answer.Replies.Single().ToPlainText());
        Assert.False(await VisitSavedAsync(azurite, "guesswrong"));   // the start step was not run again on the guess
    }

    [Fact]
    public async Task AnOrdinaryTurnCostsOneConditionalWriteWhenTheInstanceHoldsTheState()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation conversation, RequestCounter requests) = Create(azurite, "cache");
        using CoachConversation disposable = conversation;

        await Say(conversation, "hi");
        int afterFirst = requests.Count;
        TurnResult second = await Say(conversation, "one");
        TurnResult third = await Say(conversation, "two");

        Assert.Equal("Second?", second.Replies.Single().ToPlainText());
        Assert.Equal("Third?", third.Replies.Single().ToPlainText());
        Assert.Equal(2, requests.Count - afterFirst);
    }

    /// <summary>A root that asks a name and saves it as a record when answered (the last turn of goal setting, in small).</summary>
    private static DialogSet SavesTheAnswer(IUserRecordStore records)
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("text"));
        set.Add(new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct),
            async (step, ct) =>
            {
                string name = ((PromptResult<string>)step.Result!).Value!;
                await records.SaveAsync(step.Context.Input.UserKey, "visit", "first", name, VisitJson.Default.String, expectedETag: null, ct);
                step.Send($"Saved, {name}.");
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return set;
    }

    /// <summary>Like <see cref="SavesTheAnswer"/>, but a record already there is read and replaced (as RecordUpdater does).</summary>
    private static DialogSet SavesOrReplacesTheAnswer(IUserRecordStore records)
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("text"));
        set.Add(new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct),
            async (step, ct) =>
            {
                string name = ((PromptResult<string>)step.Result!).Value!;
                string user = step.Context.Input.UserKey;
                try
                {
                    await records.SaveAsync(user, "visit", "first", name, VisitJson.Default.String, expectedETag: null, ct);
                }
                catch (UserRecordConflictException)
                {
                    StoredRecord<string> stored = (await records.GetAsync(user, "visit", "first", VisitJson.Default.String, ct))!;
                    await records.SaveAsync(user, "visit", "first", stored.Value + " then " + name, VisitJson.Default.String, stored.ETag, ct);
                }

                step.Send($"Saved, {name}.");
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return set;
    }

    [Fact]
    public async Task ARecordSomeoneElseCreatedFirstIsSettledByTheFlowWhenTheTurnRunsAgain()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation conversation, _) = Create(azurite, "settle", SavesOrReplacesTheAnswer);
        using CoachConversation disposable = conversation;
        await Say(conversation, "hi");
        TableClient records = new TableServiceClient(azurite.ConnectionString).GetTableClient("settleUserRecords");
        await records.AddEntityAsync(new TableEntity(TableKey.Encode(s_user.Key), "visit.first") { ["Json"] = "\"Jo\"" });

        // Held, the insert loses the turn's transaction; the turn runs again saving directly, meets the conflict where
        // it saves, and replaces the record on what it read. Held a second time it would have lost every attempt.
        TurnResult saved = await Say(conversation, "Sam Lee");

        Assert.Equal("Saved, Sam Lee.", saved.Replies.Single().ToPlainText());
        Assert.Equal(2, saved.Attempts);
        TableEntity row = await records.GetEntityAsync<TableEntity>(TableKey.Encode(s_user.Key), "visit.first");
        Assert.Equal("\"Jo then Sam Lee\"", row.GetString("Json"));
    }

    [Fact]
    public async Task ATurnThatSavesARecordCostsOneRequestAndTheRecordIsKept()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation conversation, RequestCounter requests) = Create(azurite, "together", SavesTheAnswer);
        using CoachConversation disposable = conversation;
        await Say(conversation, "hi");
        int before = requests.Count;

        TurnResult saved = await Say(conversation, "Sam Lee");

        Assert.Equal("Saved, Sam Lee.", saved.Replies.Single().ToPlainText());
        Assert.Equal(1, requests.Count - before);            // the record and the state in one transaction
        Assert.True(await VisitSavedAsync(azurite, "together"));
    }

    [Fact]
    public async Task AnAnswerAStaleCachedMenuWouldNotRecogniseIsRunOnTheStoredStepWhenAnotherInstanceMovedTheConversationOn()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation first, _) = Create(azurite, "stale", MenuThenName());
        (CoachConversation second, _) = Create(azurite, "stale", MenuThenName());
        using CoachConversation disposeFirst = first;
        using CoachConversation disposeSecond = second;

        await Say(first, "hi");                                     // the first instance caches the menu
        TurnResult moved = await Say(second, "name");        // the next turn lands on the other instance
        TurnResult answer = await Say(first, "Sam Lee");     // and the one after back on the first

        Assert.Equal("Your name?", moved.Replies.Single().ToPlainText());
        Assert.Equal("Thanks, Sam Lee.", answer.Replies.Single().ToPlainText());
    }

    [Fact]
    public async Task DuringAStorageOutageTheUserGetsAnApologyAndIsAskedToResend()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        (CoachConversation conversation, _) = Create(azurite, "outage");
        using CoachConversation disposable = conversation;
        await Say(conversation, "hi");

        azurite.Stop();
        TurnResult duringOutage = await Say(conversation, "one");
        await azurite.StartAsync();

        Assert.False(duringOutage.Saved);
        Assert.Contains("send it again", duringOutage.Replies.Single().ToPlainText(), StringComparison.Ordinal);
        Assert.IsType<TextReply>(duringOutage.Replies.Single());
    }

    [Fact]
    public async Task AReadingRuleThatRunsOutOfTimeGetsAnApologyAndKeepsTheStep()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        var set = new DialogSet();
        set.Add(new TextPrompt("text"));
        set.Add(new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Your name?" }, ct),
            (step, ct) =>
            {
                string answer = ((PromptResult<string>)step.Result!).Value!;
                if (answer.StartsWith("slow", StringComparison.Ordinal))
                {
                    throw new System.Text.RegularExpressions.RegexMatchTimeoutException(answer, "x", TimeSpan.FromMilliseconds(200));
                }

                step.Send($"Thanks, {answer}.");
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        (CoachConversation conversation, _) = Create(azurite, "regex", set);
        using CoachConversation disposable = conversation;
        await Say(conversation, "hi");

        TurnResult timedOut = await Say(conversation, "slow text");
        TurnResult again = await Say(conversation, "Sam Lee");

        Assert.False(timedOut.Saved);
        Assert.Contains("send it again", timedOut.Replies.Single().ToPlainText(), StringComparison.Ordinal);
        Assert.Equal("Thanks, Sam Lee.", again.Replies.Single().ToPlainText());
    }

    [Theory]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Europe/London", "Europe/London")]
    [InlineData("Not/AZone", "UTC")]
    [InlineData(null, "UTC")]
    public void TimeZonesResolveFromIanaIdsAndFallBackToUtc(string? id, string expected)
    {
        Assert.Equal(expected, CoachConversation.ResolveTimeZone(id).Id);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class VisitJson : System.Text.Json.Serialization.JsonSerializerContext;
