using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Dialogs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>
/// The real bot host on Kestrel (real HTTP both ways) with the test dialog set, its own tables on the shared Azurite,
/// and either Bot Framework auth against a <see cref="FakeChannel"/> or local mode.
/// </summary>
internal sealed class TeamsTestHost : IAsyncDisposable
{
    public const string AppId = "00000000-0000-4000-8000-00000000b0b0";
    public const string OutboundToken = "outbound-test-token";

    private static int s_counter;

    private TeamsTestHost(BotFactory factory, HttpClient client, string tablePrefix)
    {
        Factory = factory;
        Client = client;
        TablePrefix = tablePrefix;
    }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public string TablePrefix { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    public IServiceProvider Services => Factory.Services;

    // realCoach: talk to the real coaching flows instead of the small test dialog set.
    // services: extra test registrations, after the host's own.
    public static async Task<TeamsTestHost> StartAsync(AzuriteProcess azurite, FakeChannel? channel, string? tablePrefix = null, IDictionary<string, string?>? extra = null, bool realCoach = false, DialogSet? dialogs = null, Action<IServiceCollection>? services = null)
    {
        tablePrefix ??= "teams" + Interlocked.Increment(ref s_counter) + Guid.NewGuid().ToString("N")[..6].Replace('-', 'x');
        tablePrefix = new string(tablePrefix.Where(char.IsAsciiLetterOrDigit).ToArray());
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:TablePrefix"] = tablePrefix,
            ["urls"] = "http://127.0.0.1:0",
            ["Teams:ConnectorRetryBaseDelay"] = "00:00:00.010",
            ["Teams:ConnectorRetryMaxDelay"] = "00:00:00.200",
            ["Teams:OutboxRetryDelay"] = "00:00:00.050",

            // Tests count the Connector's calls: a typing indicator only where a test asks for one.
            ["Teams:TypingDelay"] = "00:10:00",
        };
        if (channel is not null)
        {
            settings["MicrosoftAppType"] = "SingleTenant";
            settings["MicrosoftAppId"] = AppId;
            settings["MicrosoftAppPassword"] = "not-used-by-tests";
            settings["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47";
            settings["ToBotFromChannelOpenIdMetadataUrl"] = channel.MetadataUrl;
        }

        foreach (KeyValuePair<string, string?> pair in extra ?? new Dictionary<string, string?>())
        {
            settings[pair.Key] = pair.Value;
        }

        BotFactory factory = BotFactory.WithStorage(azurite, settings, registrations =>
        {
            if (!realCoach)
            {
                registrations.AddSingleton(dialogs ?? TestDialogs.Create());
            }

            if (channel is not null)
            {
                registrations.AddSingleton<IConnectorTokenProvider>(new StaticTokenProvider(OutboundToken));
            }

            services?.Invoke(registrations);
        });
        factory.UseKestrel();
        factory.StartServer();
        string address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        foreach (TableClient table in factory.Services.GetRequiredService<CoachTables>().All)
        {
            await table.CreateIfNotExistsAsync();
        }

        var client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        return new TeamsTestHost(factory, client, tablePrefix);
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? token = null) =>
        PostRawAsync(activity.ToJsonString(), token);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token = null, string? traceParent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    public ConversationReferenceStore References => Services.GetRequiredService<ConversationReferenceStore>();

    public DialogSet Dialogs => Services.GetRequiredService<DialogSet>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
