using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.Tests.Prompts;

/// <summary>
/// Text the set's handler claims as a request ("remind me to …") goes to it before a prompt reads it as its answer,
/// except at a prompt that takes the user's own words whatever they say.
/// </summary>
public sealed class ClaimedRequestTests
{
    private const string Request = "remind me to call Sam on Friday";

    [Fact]
    public async Task AClaimedRequestIsHandledInsteadOfSavedAsTheAnswer()
    {
        var handler = new ClaimingHandler();
        DialogTestClient client = Create(handler, ownWords: false);
        await client.Send("hi").AssertReply("What do you do?");

        await client.Send(Request).AssertReply("Handled the request").AssertReply("What do you do?").AssertNoMoreReplies();
        Assert.Equal([Request], handler.Handled);
        await client.Send("I teach maths").AssertReply("Saved: I teach maths");
    }

    [Fact]
    public async Task AtAnOwnWordsPromptTheSameTextIsTheAnswer()
    {
        var handler = new ClaimingHandler();
        DialogTestClient client = Create(handler, ownWords: true);
        await client.Send("hi");

        await client.Send(Request).AssertReply($"Saved: {Request}");
        Assert.Empty(handler.Handled);
    }

    [Fact]
    public async Task TextTheHandlerDoesNotClaimIsReadByThePrompt()
    {
        var handler = new ClaimingHandler();
        DialogTestClient client = Create(handler, ownWords: false);
        await client.Send("hi");

        await client.Send("I remind people to call their GP").AssertReply("Saved: I remind people to call their GP");
        Assert.Empty(handler.Handled);
    }

    private static DialogTestClient Create(IUnmatchedInputHandler handler, bool ownWords)
    {
        return new DialogTestClient((store, clock) =>
        {
            var set = new DialogSet()
                .Add(new WaterfallDialog("root",
                [
                    (step, token) => step.PromptAsync("text", new PromptOptions { Prompt = "What do you do?" }, token),
                    async (step, token) =>
                    {
                        step.Send($"Saved: {((PromptResult<string>)step.Result!).Value}");
                        return await step.EndDialogAsync(null, token);
                    },
                ]))
                .Add(new TextPrompt("text", ownWords: ownWords));
            set.UnmatchedInput = handler;
            return new DialogRunner(set, store, clock, new DialogRunnerOptions { RootDialogId = "root" });
        });
    }

    /// <summary>Claims text that starts "remind me to", says so and asks the question again.</summary>
    private sealed class ClaimingHandler : IUnmatchedInputHandler
    {
        public List<string> Handled { get; } = [];

        public bool Claims(DialogContext dc) => dc.Input.Text?.StartsWith("remind me to ", StringComparison.Ordinal) == true;

        public async ValueTask<DialogTurnResult?> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            Handled.Add(dc.Input.Text!);
            dc.Send("Handled the request");
            await dc.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.Waiting;
        }
    }
}
