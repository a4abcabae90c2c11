using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Storage;

[Collection(SharedAzurite.Name)]
public sealed class TableUserRecordStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly JsonTypeInfo<string> s_text = (JsonTypeInfo<string>)JsonSerializerOptions.Default.GetTypeInfo(typeof(string));
    private TableUserRecordStore _store = null!;

    public async Task InitializeAsync()
    {
        var tables = new CoachTables(azurite.Service, Options.Create(new StorageOptions { TablePrefix = "u" + Guid.NewGuid().ToString("N")[..8] }));
        await tables.UserRecords.CreateIfNotExistsAsync();
        _store = new TableUserRecordStore(tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AContactRoundTripsAndListsOnlyItsOwnKindAndUser()
    {
        const string User = "msteams|tenant/1|29:alice";
        Contact maria = Contact.Create("María José Ñúñez", s_now) with { Organisation = "Clinic #4", Role = "Nurse manager" };
        Contact sam = Contact.Create("Sam", s_now);
        await _store.SaveAsync(User, UserRecordKinds.Contact, maria.Id, maria, CoachingJsonContext.Default.Contact, null);
        await _store.SaveAsync(User, UserRecordKinds.Contact, sam.Id, sam, CoachingJsonContext.Default.Contact, null);
        await _store.SaveAsync("slack|T1|U2", UserRecordKinds.Contact, "other", Contact.Create("Other user's contact", s_now), CoachingJsonContext.Default.Contact, null);
        await _store.SaveAsync(User, UserRecordKinds.Debrief, "d1", "{}", s_text, null);

        IReadOnlyList<StoredRecord<Contact>> contacts = await _store.ListAsync(User, UserRecordKinds.Contact, CoachingJsonContext.Default.Contact);
        StoredRecord<Contact>? read = await _store.GetAsync(User, UserRecordKinds.Contact, maria.Id, CoachingJsonContext.Default.Contact);

        Assert.Equal(2, contacts.Count);
        Assert.Equal(maria, read?.Value);
        Assert.Contains(contacts, c => c.Value.Name == "Sam");
    }

    [Fact]
    public async Task SavesAreConditionalOnTheETagThatWasRead()
    {
        const string User = "slack|T1|U1";
        Contact contact = Contact.Create("Lee", s_now);
        string first = await _store.SaveAsync(User, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, null);

        await Assert.ThrowsAsync<UserRecordConflictException>(async () =>
            await _store.SaveAsync(User, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, null));
        string second = await _store.SaveAsync(User, UserRecordKinds.Contact, contact.Id, contact with { Role = "Editor" }, CoachingJsonContext.Default.Contact, first);
        await Assert.ThrowsAsync<UserRecordConflictException>(async () =>
            await _store.SaveAsync(User, UserRecordKinds.Contact, contact.Id, contact with { Role = "Lost update" }, CoachingJsonContext.Default.Contact, first));

        StoredRecord<Contact>? stored = await _store.GetAsync(User, UserRecordKinds.Contact, contact.Id, CoachingJsonContext.Default.Contact);
        Assert.Equal("Editor", stored?.Value.Role);
        Assert.Equal(second, stored?.ETag);
    }

    [Fact]
    public async Task ExportAndDeleteAllCoverEveryRecordOfTheUserAndNoOtherUser()
    {
        const string User = "msteams|t|29:bob";
        for (int i = 0; i < 130; i++)
        {
            await _store.SaveAsync(User, UserRecordKinds.PracticeAttempt, "a" + i, "attempt " + i, s_text, null);
        }

        await _store.SaveAsync(User, UserRecordKinds.Profile, "main", "profile", s_text, null);
        await _store.SaveAsync("msteams|t|29:carol", UserRecordKinds.Profile, "main", "carol", s_text, null);

        IReadOnlyList<ExportedRecord> exported = await _store.ExportAllAsync(User);
        int deleted = await _store.DeleteAllAsync(User);

        Assert.Equal(131, exported.Count);
        Assert.Contains(exported, r => r.Kind == UserRecordKinds.Profile && r.Json == "\"profile\"");
        Assert.Equal(131, deleted);
        Assert.Empty(await _store.ExportAllAsync(User));
        Assert.Single(await _store.ExportAllAsync("msteams|t|29:carol"));
    }

    [Theory]
    [InlineData("contact", "a/b")]
    [InlineData("con.tact", "x")]
    [InlineData("contact", "")]
    public async Task UnsafeKindsAndIdsAreRefused(string kind, string id)
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await _store.SaveAsync("u", kind, id, "v", s_text, null));
    }
}
