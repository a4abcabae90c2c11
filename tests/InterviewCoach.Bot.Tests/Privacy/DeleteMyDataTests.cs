using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Privacy;

public sealed class DeleteMyDataTests
{
    private static readonly UserAddress s_alice = new("msteams", "tenant-1", "29:alice");
    private static readonly UserAddress s_bob = new("slack", "T1", "U-bob");
    private const string KeptText = "Your goal is saved: talk to two nurses by June.";

    [Fact]
    public async Task AfterDeleteMyDataNoEntityOfTheUserRemainsInAnyTableAndOtherUsersKeepTheirs()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using BotFactory factory = BotFactory.WithStorage(azurite);
        using HttpClient client = factory.CreateClient();
        Assert.True((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode);
        IServiceProvider services = factory.Services;
        var conversation = services.GetRequiredService<CoachConversation>();
        foreach (UserAddress user in new[] { s_alice, s_bob })
        {
            await SeedAsync(services, conversation, user);
        }

        Assert.NotEmpty(await EntitiesOfAsync(services, s_alice));

        TurnResult ask = await Say(conversation, s_alice, "delete my data");
        Assert.Contains(ask.Replies, r => r.ToPlainText().Contains("permanently deletes", StringComparison.Ordinal));
        TurnResult done = await Say(conversation, s_alice, "yes");

        Assert.True(done.Saved);
        Assert.Empty(await EntitiesOfAsync(services, s_alice));
        Assert.NotEmpty(await EntitiesOfAsync(services, s_bob));
    }

    private static async Task SeedAsync(IServiceProvider services, CoachConversation conversation, UserAddress user)
    {
        await Say(conversation, user, "hi");
        var records = services.GetRequiredService<IUserRecordStore>();
        Contact contact = Contact.Create("Dana Reyes", DateTimeOffset.UtcNow) with { Organisation = "City Hospital" };
        await records.SaveAsync(user.Key, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, null);
        var scheduler = services.GetRequiredService<IReminderScheduler>();
        var policy = services.GetRequiredService<ReminderPolicy>();
        await scheduler.ApplyAsync(user.Key, policy.Plan(new VoicemailLeft(new ReminderContact(contact.Id, contact.Name, contact.Organisation), DateTimeOffset.UtcNow), TimeZoneInfo.Utc));
        await services.GetRequiredService<UserSeenRecorder>().RecordAsync(user, "{\"serviceUrl\":\"https://example.invalid/\"}", "Europe/London", default);
        await services.GetRequiredService<UndeliveredReplies>().KeepAsync(user.Key, [new TextReply(KeptText)]);
        await services.GetRequiredService<PendingFileUploads>().AddAsync(user.Key, new FileReply("interview-coach-data.json", "application/json", "{\"contacts\":[]}", "Your data."));
    }

    [Fact]
    public async Task ExportMyDataIncludesRepliesKeptForTheNextTurnAndFilesOffered()
    {
        await using var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        await using BotFactory factory = BotFactory.WithStorage(azurite);
        using HttpClient client = factory.CreateClient();
        Assert.True((await client.GetAsync(new Uri("/healthz", UriKind.Relative))).IsSuccessStatusCode);
        IServiceProvider services = factory.Services;
        var conversation = services.GetRequiredService<CoachConversation>();
        await SeedAsync(services, conversation, s_alice);

        TurnResult export = await Say(conversation, s_alice, "export my data");

        string exported = string.Concat(export.Replies.Select(r => r is FileReply file ? file.Content : r.ToPlainText()));
        Assert.Contains(UndeliveredReplies.ExportKind, exported, StringComparison.Ordinal);
        Assert.Contains(KeptText, exported, StringComparison.Ordinal);
        Assert.Contains(PendingFileUploads.ExportKind, exported, StringComparison.Ordinal);
        Assert.Contains("\"reminder-settings\"", exported, StringComparison.Ordinal);
        Assert.Contains("City Hospital", exported, StringComparison.Ordinal);

        // The package's TableEntity carries storage bookkeeping in the same bag as the data: none of it is the user's.
        foreach (string noise in new[] { "PartitionKey", "RowKey", "odata.etag", "@odata.type", "\"ETag\"", "\"Timestamp\"" })
        {
            Assert.DoesNotContain(noise, exported, StringComparison.Ordinal);
        }
    }

    private static Task<TurnResult> Say(CoachConversation conversation, UserAddress user, string text) =>
        conversation.HandleAsync(CoachConversation.Input(user, text, null, "en-US", null), CancellationToken.None);

    /// <summary>Every entity in every table that belongs to the user: in their partition, or naming them in a property.</summary>
    private static async Task<List<string>> EntitiesOfAsync(IServiceProvider services, UserAddress user)
    {
        var found = new List<string>();
        string partition = TableKey.Encode(user.Key);
        foreach (TableClient table in services.GetRequiredService<CoachTables>().All)
        {
            await foreach (TableEntity entity in table.QueryAsync<TableEntity>())
            {
                bool names = entity.PartitionKey == partition || entity.Where(p => p.Key is not ("PartitionKey" or "RowKey")).Select(p => p.Value).OfType<string>().Any(v => v == user.Key);
                if (names)
                {
                    found.Add($"{table.Name}/{entity.PartitionKey}/{entity.RowKey}");
                }
            }
        }

        return found;
    }
}
