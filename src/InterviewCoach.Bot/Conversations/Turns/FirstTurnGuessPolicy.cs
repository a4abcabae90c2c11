using Azure.Core;
using Azure.Core.Pipeline;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// Holds every table write but the dialog state's until a first turn's guess is confirmed (<see cref="FirstTurnGuess"/>),
/// and marks the guess settled when the turn reads the dialog state. Here, on the one pipeline all stores share, so a
/// store added later cannot forget it. Outside a guessed turn it costs one async-local read.
/// </summary>
internal sealed class FirstTurnGuessPolicy(string dialogStateTable) : HttpPipelinePolicy
{
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

    /// <summary>Whether the request changes something other than the dialog state (a read of the state settles the guess).</summary>
    private bool Holds(Request request)
    {
        bool stateTable = IsDialogState(request.Uri.Path);
        if (request.Method == RequestMethod.Get || request.Method == RequestMethod.Head)
        {
            if (stateTable)
            {
                FirstTurnGuess.StateRead();
            }

            return false;
        }

        return !stateTable;
    }

    /// <summary>The table a request names: the last path segment up to its key ("/account/Table(PartitionKey=…)").</summary>
    private bool IsDialogState(string path)
    {
        ReadOnlySpan<char> segment = path.AsSpan(path.LastIndexOf('/') + 1);
        int key = segment.IndexOf('(');
        if (key >= 0)
        {
            segment = segment[..key];
        }

        return segment.Equals(dialogStateTable, StringComparison.OrdinalIgnoreCase);
    }
}
