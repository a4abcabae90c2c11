using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// Holds every table write but the dialog state's own (<see cref="FirstTurnGuess.WritingState"/>) until a first turn's
/// guess is confirmed (<see cref="FirstTurnGuess"/>). Here, on the one pipeline all stores share, so a store added later
/// cannot forget it; the turn's held-back record saves go in the state's transaction, which is held like any other
/// write. Outside a guessed turn it costs one async-local read.
/// </summary>
internal sealed class FirstTurnGuessPolicy : HttpPipelinePolicy
{
    public static FirstTurnGuessPolicy Instance { get; } = new();

    private FirstTurnGuessPolicy()
    {
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        // The stores are asynchronous throughout; a synchronous call cannot wait for the guess without blocking.
        if (FirstTurnGuess.Unsettled && Holds(message.Request))
        {
            FirstTurnGuess.ConfirmAsync().AsTask().GetAwaiter().GetResult();
        }

        ProcessNext(message, pipeline);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (FirstTurnGuess.Unsettled && Holds(message.Request))
        {
            await FirstTurnGuess.ConfirmAsync().ConfigureAwait(false);
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    /// <summary>Whether the request changes something other than the dialog state (reads pass: the state store settles the guess when it reads).</summary>
    private static bool Holds(Request request) =>
        request.Method != RequestMethod.Get && request.Method != RequestMethod.Head && !FirstTurnGuess.IsWritingState;
}
