using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

/// <summary>The set's <see cref="IUnmatchedInputHandler"/> sees typed text a prompt refused, and nothing else.</summary>
public sealed class UnmatchedInputTests
{
    private static readonly PromptOptions s_options = new() { Prompt = "How many years of experience?", MaxAttempts = 2 };

    [Fact]
    public async Task RefusedTypedTextGoesToTheHandlerWithoutUsingAnAttempt()
    {
        var handler = new AnsweringHandler();
        DialogTestClient client = Create(handler);
        await client.Send("hi").AssertReply("How many years");

        await client.Send("what is this for?").AssertReply("It helps me tailor").AssertReply("How many years").AssertNoMoreReplies();
        await client.Send("what is this for?").AssertReply("It helps me tailor").AssertReply("How many years").AssertNoMoreReplies();
        await client.Send("7").AssertReply("Got: 7");
        Assert.Equal(["what is this for?", "what is this for?"], handler.Seen);
    }

    [Fact]
    public async Task AcceptedAnswersAndButtonPressesNeverReachTheHandler()
    {
        var handler = new AnsweringHandler();
        DialogTestClient client = Create(handler);
        await client.Send("hi");
        await client.Press("lots").AssertReply("Please answer with a number");
        await client.Send("3").AssertReply("Got: 3");
        Assert.Empty(handler.Seen);
    }

    [Fact]
    public async Task TextTheHandlerDeclinesGetsThePromptsOwnRetry()
    {
        var handler = new AnsweringHandler();
        DialogTestClient client = Create(handler);
        await client.Send("hi");
        await client.Send("banana").AssertReply("Please answer with a number");
        Assert.Equal(["banana"], handler.Seen);
    }

    private static DialogTestClient Create(IUnmatchedInputHandler handler)
    {
        return new DialogTestClient((store, clock) =>
        {
            var set = new DialogSet()
                .Add(new WaterfallDialog("root",
                [
                    (step, token) => step.PromptAsync("number", s_options, token),
                    async (step, token) =>
                    {
                        step.Send($"Got: {((PromptResult<decimal>)step.Result!).Value} ");
                        return await step.EndDialogAsync(null, token);
                    },
                ]))
                .Add(new NumberPrompt("number"));
            set.UnmatchedInput = handler;
            return new DialogRunner(set, store, clock, new DialogRunnerOptions { RootDialogId = "root" });
        });
    }

    /// <summary>Answers text that ends in "?" and asks the prompt's question again; declines anything else.</summary>
    private sealed class AnsweringHandler : IUnmatchedInputHandler
    {
        public List<string> Seen { get; } = [];

        public async ValueTask<DialogTurnResult?> HandleAsync(DialogContext dc, CancellationToken cancellationToken)
        {
            Seen.Add(dc.Input.Text!);
            if (!dc.Input.Text!.EndsWith('?'))
            {
                return null;
            }

            dc.Send(new TextReply("It helps me tailor your scripts."));
            await dc.RepromptDialogAsync(cancellationToken);
            return DialogTurnResult.Waiting;
        }
    }
}
