using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests;

/// <summary>The whole coach over in-memory stores with a fake clock (Monday 5 January 2026, 09:00 UTC).</summary>
internal sealed class CoachHarness
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public CoachHarness(IUserRecordStore? records = null, IReminderScheduler? reminders = null, ISentenceEmbedder? embedder = null, CoachingOptions? options = null)
    {
        Clock = new FakeTimeProvider(Start);
        Memory = new InMemoryUserRecordStore(Clock);
        Records = records ?? Memory;
        Services = new CoachServices(Records, Clock, reminders, Embedder: embedder, Options: options);
        // A turn never waits for the examples' vectors (the exact rules answer meanwhile), so with the real model the
        // harness embeds them first: otherwise a test class embedding them at the same moment changes the answer.
        if (embedder is { IsReady: true })
        {
            Services.PrepareUnderstanding();
        }

        Dialogs = CoachDialogs.Create(Services);
        Client = new DialogTestClient(Dialogs, CoachDialogs.MenuDialogId, clock: Clock);
    }

    public InterviewCoach.Dialogs.DialogSet Dialogs { get; }

    public FakeTimeProvider Clock { get; }

    public InMemoryUserRecordStore Memory { get; }

    public IUserRecordStore Records { get; }

    public CoachServices Services { get; }

    public DialogTestClient Client { get; }

    public string User => Client.UserKey;

    /// <summary>The real sentence model, loaded once per process; the harness prepares its examples when given it.</summary>
    public static MiniLmSentenceEmbedder Model
    {
        get
        {
            MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
            Assert.True(model.Load(), model.LoadFailure?.ToString());
            return model;
        }
    }

    /// <summary>A new user at the menu, with the real sentence model behind what they type.</summary>
    public static async Task<CoachHarness> WithModelAsync()
    {
        var harness = new CoachHarness(embedder: Model);
        await harness.Client.Send("hi");
        return harness;
    }

    /// <summary>A returning user with goals set, at the menu.</summary>
    public static async Task<CoachHarness> WithProfileAsync(CoachingProfile? profile = null, ISentenceEmbedder? embedder = null)
    {
        var harness = new CoachHarness(embedder: embedder);
        await harness.SaveProfileAsync(profile ?? Samples.Profile());
        await harness.Client.Send("hi");
        return harness;
    }

    /// <summary>
    /// Stores a profile behind the conversation's back, as if an earlier conversation had set it. The product never
    /// writes one outside a turn, so a conversation started after this must not assume a new user has none.
    /// </summary>
    public async Task SaveProfileAsync(CoachingProfile profile)
    {
        Dialogs.NewConversationFacts = [];
        await Records.SaveAsync(User, UserRecordKinds.Profile, "main", profile, CoachingJsonContext.Default.CoachingProfile, IUserRecordStore.AnyETag);
    }

    public async Task<CoachingProfile?> ProfileAsync() =>
        (await Records.GetAsync(User, UserRecordKinds.Profile, "main", CoachingJsonContext.Default.CoachingProfile))?.Value;

    public async Task SaveContactAsync(Contact contact) =>
        await Records.SaveAsync(User, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, IUserRecordStore.AnyETag);

    public async Task<IReadOnlyList<Contact>> ContactsAsync() =>
        (await Records.ListAsync(User, UserRecordKinds.Contact, CoachingJsonContext.Default.Contact)).Select(r => r.Value).ToList();

    public async Task<IReadOnlyList<PracticeAttempt>> AttemptsAsync() =>
        (await Records.ListAsync(User, UserRecordKinds.PracticeAttempt, CoachingJsonContext.Default.PracticeAttempt)).Select(r => r.Value).ToList();
}
