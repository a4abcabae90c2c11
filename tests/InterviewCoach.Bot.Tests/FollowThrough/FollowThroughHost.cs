using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Reminders;
using InterviewCoach.Bot.Tests.Teams;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace InterviewCoach.Bot.Tests.FollowThrough;

/// <summary>
/// The real host on Kestrel in local Development mode (dev chat mapped, stats on) with a hand-moved clock; one user
/// talks to it Emulator-style through <c>/api/messages</c> and the replies land on a loopback <see cref="FakeChannel"/>.
/// The dispatcher only polls when a test says so.
/// </summary>
internal sealed class FollowThroughHost : IAsyncDisposable
{
    private static int s_serial;

    private FollowThroughHost(BotFactory factory, HttpClient client, FakeChannel channel, ManualTimeProvider clock)
    {
        Factory = factory;
        Client = client;
        Channel = channel;
        Clock = clock;
    }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public FakeChannel Channel { get; }

    public ManualTimeProvider Clock { get; }

    public string UserId { get; } = "user-" + Guid.NewGuid().ToString("N")[..8];

    public string ConversationId => "conv-" + UserId;

    public string UserKey => new UserAddress("emulator", ActivityReaderTenant, UserId).Key;

    public IReminderScheduler Reminders => Factory.Services.GetRequiredService<IReminderScheduler>();

    public IUserRecordStore Records => Factory.Services.GetRequiredService<IUserRecordStore>();

    private static string ActivityReaderTenant => Bot.Teams.ActivityReader.NoTenant;

    public static async Task<FollowThroughHost> StartAsync(AzuriteProcess azurite, DateTimeOffset now, IReadOnlyDictionary<string, string?>? extra = null)
    {
        FakeChannel channel = await FakeChannel.StartAsync();
        var clock = new ManualTimeProvider(now);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:TablePrefix"] = "ft" + Interlocked.Increment(ref s_serial).ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..8],
            ["urls"] = "http://127.0.0.1:0",
            ["Reminders:PollInterval"] = "01:00:00",
            ["Diagnostics:Stats"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (KeyValuePair<string, string?> pair in extra ?? new Dictionary<string, string?>())
        {
            settings[pair.Key] = pair.Value;
        }

        BotFactory factory = BotFactory.WithStorage(azurite, settings, services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        factory.UseKestrel();
        factory.StartServer();
        foreach (TableClient table in factory.Services.GetRequiredService<CoachTables>().All)
        {
            await table.CreateIfNotExistsAsync();
        }

        string address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        return new FollowThroughHost(factory, client, channel, clock);
    }

    /// <summary>Sends a message (text or a button value) and returns the replies' plain text, in order.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> SayAsync(string? text, JsonObject? value = null)
    {
        JsonObject activity = TeamsFixtures.LoadFor("emulator-message.json", Channel.BaseUrl);
        activity["id"] = "ft-" + Interlocked.Increment(ref s_serial).ToString(CultureInfo.InvariantCulture);
        activity["from"]!["id"] = UserId;
        activity["conversation"]!["id"] = ConversationId;
        activity["text"] = text;
        activity["value"] = value;
        activity["timestamp"] = Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        string path = "/v3/conversations/" + Uri.EscapeDataString(ConversationId) + "/";
        int before = Channel.Calls.Count(c => c.Path.StartsWith(path, StringComparison.Ordinal));
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await Client.PostAsync("api/messages", content);
        Assert.Equal(200, (int)response.StatusCode);
        return [.. Channel.Calls.Where(c => c.Path.StartsWith(path, StringComparison.Ordinal)).Skip(before)];
    }

    /// <summary>Presses a button: the value a card or suggested action sends.</summary>
    public Task<IReadOnlyList<ConnectorCall>> PressAsync(string choice) => SayAsync(null, new JsonObject { ["choice"] = choice });

    /// <summary>Submits a form.</summary>
    public Task<IReadOnlyList<ConnectorCall>> SubmitAsync(IReadOnlyDictionary<string, string> fields)
    {
        var value = new JsonObject();
        foreach (KeyValuePair<string, string> field in fields)
        {
            value[field.Key] = field.Value;
        }

        return SayAsync(null, value);
    }

    public static string Joined(IReadOnlyList<ConnectorCall> replies) => string.Join("\n", replies.Select(r => r.PlainText));

    public async Task<Contact> AddContactAsync(Contact contact)
    {
        await Records.SaveAsync(UserKey, UserRecordKinds.Contact, contact.Id, contact, CoachingJsonContext.Default.Contact, null);
        return contact;
    }

    public async Task<Contact?> GetContactAsync(string id) =>
        (await Records.GetAsync(UserKey, UserRecordKinds.Contact, id, CoachingJsonContext.Default.Contact))?.Value;

    public Task<IReadOnlyList<ScheduledReminder>> UpcomingAsync() => Reminders.ListUpcomingAsync(UserKey);

    /// <summary>One dispatcher poll at the clock's current time.</summary>
    public Task<DispatchPollResult> PollAsync() =>
        Factory.Services.GetServices<IHostedService>().OfType<ReminderDispatcher>().Single().RunOnceAsync();

    /// <summary>What the dev chat page would read for this user's conversation.</summary>
    public async Task<JsonArray> DevChatActivitiesAsync()
    {
        using HttpResponseMessage response = await Client.GetAsync("devchat/conversations/" + Uri.EscapeDataString(ConversationId) + "/activities");
        Assert.Equal(200, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }

    public async Task<JsonElement> StatsAsync()
    {
        using HttpResponseMessage response = await Client.GetAsync("api/stats");
        Assert.Equal(200, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static long Delta(JsonElement before, JsonElement after, params string[] path) => Read(after, path) - Read(before, path);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Channel.DisposeAsync();
    }

    private static long Read(JsonElement root, string[] path)
    {
        JsonElement node = root;
        foreach (string name in path)
        {
            if (!node.TryGetProperty(name, out node))
            {
                return 0;
            }
        }

        return node.GetInt64();
    }
}
