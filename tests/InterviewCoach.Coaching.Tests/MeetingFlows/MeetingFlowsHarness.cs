using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.MeetingFlows;

/// <summary>The flows of <see cref="CoachDialogs.AddMeetingFlows"/> behind a test menu, over in-memory records and a fake clock.</summary>
internal sealed class MeetingFlowsHarness
{
    public MeetingFlowsHarness(bool withHooks = false, ISentenceEmbedder? embedder = null)
    {
        Clock = new FakeTimeProvider();
        Records = new InMemoryUserRecordStore(Clock);
        Hooks = withHooks ? new RecordingHooks() : null;
        Reminders = withHooks ? new FakeReminderScheduler() : null;
        Services = new CoachServices(Records, Clock, Reminders, Embedder: embedder);
        var set = new DialogSet();
        CoachPrompts.Register(set, Services.Slots);
        CoachDialogs.AddMeetingFlows(set, Services, Hooks);
        set.Add(new TestRootDialog(CoachDialogs.MeetingCommands));
        Client = new DialogTestClient(set, TestRootDialog.DialogId, clock: Clock);
    }

    public FakeTimeProvider Clock { get; }

    public CoachServices Services { get; }

    public InMemoryUserRecordStore Records { get; }

    public RecordingHooks? Hooks { get; }

    /// <summary>The reminder store, with the hooks; null without them (the flows then promise nothing).</summary>
    public FakeReminderScheduler? Reminders { get; }

    public DialogTestClient Client { get; }

    public string User => Client.UserKey;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public async Task SaveProfileAsync(CoachingProfile profile) =>
        await Records.SaveAsync(User, UserRecordKinds.Profile, "main", profile, CoachingJsonContext.Default.CoachingProfile, IUserRecordStore.AnyETag);

    public async Task<Contact> AddContactAsync(Contact contact)
    {
        await Records.SaveAsync(User, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, null);
        return contact;
    }

    public async Task<Contact> GetContactAsync(string id) =>
        (await Records.GetAsync(User, UserRecordKinds.Contact, id, CoachingJsonContext.Default.Contact))!.Value;

    public async Task<IReadOnlyList<Contact>> ListContactsAsync() =>
        (await Records.ListAsync(User, UserRecordKinds.Contact, CoachingJsonContext.Default.Contact)).Select(r => r.Value).ToList();

    /// <summary>The text of the last reply of the last turn.</summary>
    public string LastText => Client.LastTurn!.LastReply.ToPlainText();

    public static string Text(Reply reply) => reply.ToPlainText();
}
