namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// A turn from a user this instance has not seen, run before the write of their conversation reference has said whether
/// they are new. The turn guesses they are: it inserts the dialog state without reading it (the insert fails if state
/// was stored after all, and the turn is read and run again), so a new user's first reply waits for one storage round
/// trip instead of two. Any other change the turn would make first waits for the reference write's answer
/// (<see cref="FirstTurnGuessPolicy"/>), and a wrong guess throws <see cref="FirstTurnGuessWrongException"/> before
/// anything is changed, so the caller runs the turn again the ordinary way.
/// </summary>
internal sealed class FirstTurnGuess
{
    private static readonly AsyncLocal<FirstTurnGuess?> s_current = new();
    private static readonly AsyncLocal<bool> s_writingState = new();
    private readonly Task<bool> _newUser;
    private volatile bool _settled;

    private FirstTurnGuess(Task<bool> newUser) => _newUser = newUser;

    /// <summary>Runs what follows in this flow on the guess until the returned scope is disposed.</summary>
    /// <param name="newUser">Completes true when the reference write created the user's row, false otherwise.</param>
    public static Scope Begin(Task<bool> newUser)
    {
        ArgumentNullException.ThrowIfNull(newUser);
        s_current.Value = new FirstTurnGuess(newUser);
        return default;
    }

    /// <summary>Whether this flow runs on a guess that is not settled yet.</summary>
    public static bool Unsettled => s_current.Value is { _settled: false };

    /// <summary>
    /// Before a change that is not the dialog state's: waits for the reference write when the flow runs on an unsettled
    /// guess, and throws when the user turned out to be known. Free when there is no guess.
    /// </summary>
    public static ValueTask ConfirmAsync()
    {
        FirstTurnGuess? guess = s_current.Value;
        return guess is null || guess._settled ? default : guess.ConfirmSlowAsync();
    }

    /// <summary>Whether the request being sent in this flow is the dialog state's own write, which the guess lets through.</summary>
    public static bool IsWritingState => s_writingState.Value;

    /// <summary>Marks what this flow sends until the scope is disposed as the dialog state's own write (and nothing else).</summary>
    public static StateWriteScope WritingState()
    {
        s_writingState.Value = true;
        return default;
    }

    /// <summary>The turn read the stored dialog state: what it does from here rests on what is stored, not on the guess.</summary>
    public static void StateRead()
    {
        if (s_current.Value is { } guess)
        {
            guess._settled = true;
        }
    }

    private async ValueTask ConfirmSlowAsync()
    {
        if (!await _newUser.ConfigureAwait(false))
        {
            throw new FirstTurnGuessWrongException();
        }

        _settled = true;
    }

    /// <summary>Ends the mark of a state write.</summary>
    public readonly struct StateWriteScope : IDisposable
    {
        public void Dispose() => s_writingState.Value = false;
    }

    /// <summary>Ends the guess for the flow that began it.</summary>
    public readonly struct Scope : IDisposable
    {
        public void Dispose() => s_current.Value = null;
    }
}

/// <summary>A first turn guessed its user was new and they were not; nothing but the dialog state insert was tried.</summary>
internal sealed class FirstTurnGuessWrongException() : Exception("The user was known: the turn is run again on what is stored.");
