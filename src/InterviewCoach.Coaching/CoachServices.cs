using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching;

/// <summary>What the coaching flows need from the host: the user's records, the clock and, when the host has one, the reminder store.</summary>
/// <param name="Records">The user's records.</param>
/// <param name="Time">The clock.</param>
/// <param name="Reminders">The reminder store; null where reminders are not available (the <c>reminders</c> command says so).</param>
/// <param name="Policy">When each kind of reminder falls due; the defaults when the host configures none.</param>
/// <param name="Embedder">The sentence model behind typed-text understanding and the checkers; null (or not loaded yet) means exact command words and exact checker rules only.</param>
/// <param name="Options">The coach's own settings; the defaults when the host configures none.</param>
public sealed record CoachServices(
    IUserRecordStore Records, TimeProvider Time, IReminderScheduler? Reminders = null, ReminderPolicy? Policy = null, ISentenceEmbedder? Embedder = null, CoachingOptions? Options = null)
{
    /// <summary>The coach's settings to draft and check with.</summary>
    public CoachingOptions Coaching { get; } = Options ?? new CoachingOptions();

    private readonly Lazy<IIntentRecognizer> _intents = new(() => new IntentRecognizer(Embedder, IntentCommands.ExactWords));
    private SlotAnswers? _slots;

    /// <summary>The reminder policy to plan with.</summary>
    public ReminderPolicy ReminderPolicy { get; } = Policy ?? new ReminderPolicy(new ReminderPolicyOptions());

    /// <summary>Local development only: shows a reminder's message on demand ("Send now" in the reminders list).</summary>
    public IReminderPreview? ReminderPreview { get; init; }

    /// <summary>Reads typed text as a command, a coaching question or nothing; its examples are embedded on first use.</summary>
    internal IIntentRecognizer Intents => _intents.Value;

    /// <summary>
    /// Embeds the intent and answer-check examples now rather than on the first typed message that needs them; the
    /// host calls it once the sentence model has loaded. Does nothing while the model is not ready.
    /// </summary>
    public void PrepareUnderstanding(CancellationToken cancellationToken = default) => Slots.Prepare(cancellationToken);

    /// <summary>Checks on free-text answers (names, fields, goals) before they are stored.</summary>
    internal SlotAnswers Slots => LazyInitializer.EnsureInitialized(ref _slots, () => new SlotAnswers(Embedder, Intents));
}
