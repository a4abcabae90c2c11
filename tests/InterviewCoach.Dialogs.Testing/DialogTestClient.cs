using System.Text.Json;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Testing;

/// <summary>
/// Drives dialogs turn by turn over in-memory storage so flows are tested as transcripts:
/// <c>await client.Send("hi").AssertReply("Hello")</c>. Holds one conversation, one user, a settable clock and
/// time zone, and can simulate a process restart (a new runner over the same stored state).
/// </summary>
/// <remarks>
/// The sending methods are named like Bot Builder's <c>TestFlow</c> (<c>Send</c>, not <c>SendAsync</c>) because
/// transcripts read better that way.
/// </remarks>
public sealed class DialogTestClient
{
    private readonly Func<IDialogStateStore, TimeProvider, DialogRunner> _createRunner;

    /// <summary>A client whose runner the test builds (to set options or wrap the store).</summary>
    /// <param name="createRunner">Builds a runner over the given store and clock; called again by <see cref="Restart"/>.</param>
    /// <param name="store">The store; a fresh <see cref="InMemoryDialogStateStore"/> when omitted.</param>
    /// <param name="clock">The clock; a fresh <see cref="FakeTimeProvider"/> when omitted.</param>
    public DialogTestClient(Func<IDialogStateStore, TimeProvider, DialogRunner> createRunner, IDialogStateStore? store = null, FakeTimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(createRunner);
        _createRunner = createRunner;
        Store = store ?? new InMemoryDialogStateStore();
        Clock = clock ?? new FakeTimeProvider();
        Runner = createRunner(Store, Clock);
    }

    /// <summary>A client over <paramref name="dialogs"/> with default runner options and <paramref name="rootDialogId"/> as the menu.</summary>
    public DialogTestClient(DialogSet dialogs, string rootDialogId, IDialogStateStore? store = null, FakeTimeProvider? clock = null)
        : this((s, c) => new DialogRunner(dialogs, s, c, new DialogRunnerOptions { RootDialogId = rootDialogId }), store, clock)
    {
    }

    /// <summary>Where the conversation's state lives; survives <see cref="Restart"/>.</summary>
    public IDialogStateStore Store { get; }

    /// <summary>The runner's clock; set or advance it between turns.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The current runner; replaced by <see cref="Restart"/>.</summary>
    public DialogRunner Runner { get; private set; }

    /// <summary>The conversation the next turn is sent to; change it to talk in another conversation.</summary>
    public string ConversationKey { get; set; } = "test/conversations/1";

    public string UserKey { get; set; } = "test/users/1";

    public string Locale { get; set; } = "en-US";

    /// <summary>The user's time zone sent with each turn.</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>The name the channel shows for the user, sent with every turn (<see cref="TurnInput.DisplayName"/>).</summary>
    public string? DisplayName { get; set; }

    /// <summary>The last turn sent.</summary>
    public TestTurn? LastTurn { get; private set; }

    /// <summary>Sends a typed message.</summary>
    public Task<TestTurn> Send(string? text, CancellationToken cancellationToken = default) =>
        Run(new TurnInput { ConversationKey = ConversationKey, UserKey = UserKey, Text = text, Locale = Locale, TimeZone = TimeZone, DisplayName = DisplayName }, cancellationToken);

    /// <summary>Sends a card or modal submit, or any raw <see cref="TurnInput.Value"/>.</summary>
    public Task<TestTurn> SendValue(JsonElement value, string? text = null, CancellationToken cancellationToken = default) =>
        Run(new TurnInput { ConversationKey = ConversationKey, UserKey = UserKey, Text = text, Value = value, Locale = Locale, TimeZone = TimeZone, DisplayName = DisplayName }, cancellationToken);

    /// <summary>Presses the button with <paramref name="value"/>, the way adapters report it (see <see cref="ButtonPayload"/>).</summary>
    public Task<TestTurn> Press(string value, CancellationToken cancellationToken = default) =>
        SendValue(ButtonPayload.Create(value), null, cancellationToken);

    /// <summary>Submits a form: field id to string value.</summary>
    public Task<TestTurn> Submit(IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var copy = new Dictionary<string, string>(fields, StringComparer.Ordinal);
        return SendValue(JsonSerializer.SerializeToElement(copy), null, cancellationToken);
    }

    /// <summary>Simulates a process restart: a new runner (and dialogs, if the factory builds them) over the same store and clock.</summary>
    public void Restart() => Runner = _createRunner(Store, Clock);

    /// <summary>Sends an arbitrary input, e.g. from another conversation or user.</summary>
    public async Task<TestTurn> Run(TurnInput input, CancellationToken cancellationToken = default)
    {
        TurnResult result = await Runner.RunTurnAsync(input, cancellationToken).ConfigureAwait(false);
        LastTurn = new TestTurn(input, result);
        return LastTurn;
    }
}
