using Azure.Data.Tables;
using System.Net;
using System.Text;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Slack;

[Collection(SharedAzurite.Name)]
public sealed class SlackEndpointSigningTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "/api/slack/commands", "slash_command_signed.txt", "application/x-www-form-urlencoded" },
        { "/api/slack/events", "event_message_im.json", "application/json" },
        { "/api/slack/events", "url_verification.json", "application/json" },
        { "/api/slack/interactions", "block_actions_home_tab.form.txt", "application/x-www-form-urlencoded" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ForgedMissingStaleFutureAndTamperedSignaturesGet401AndDoNothing(string path, string fixture, string contentType)
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        byte[] body = SlackFixtures.Bytes(fixture);
        string now = host.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string stale = host.Clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string future = host.Clock.GetUtcNow().AddMinutes(6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        byte[] tampered = [.. body.Take(body.Length - 1), (byte)'X'];

        var attempts = new List<(string Case, Task<HttpResponseMessage> Response)>
        {
            ("forged", host.PostSignedAsync(path, body, contentType, secret: "someone-elses-secret")),
            ("no headers", host.PostAsync(path, body, contentType, null, null)),
            ("no signature", host.PostAsync(path, body, contentType, now, null)),
            ("no timestamp", host.PostAsync(path, body, contentType, null, SlackSignatureVerifier.Sign(host.SigningSecret, now, body))),
            ("stale", host.PostSignedAsync(path, body, contentType, timestamp: stale)),
            ("future", host.PostSignedAsync(path, body, contentType, timestamp: future)),
            ("tampered", host.PostAsync(path, tampered, contentType, now, SlackSignatureVerifier.Sign(host.SigningSecret, now, body))),
        };

        foreach ((string name, Task<HttpResponseMessage> response) in attempts)
        {
            using HttpResponseMessage answer = await response;
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {answer.StatusCode}");
            Assert.Equal(string.Empty, await answer.Content.ReadAsStringAsync());
        }

        await Task.Delay(300);
        Assert.Empty(host.Slack.Effects);
        Assert.Empty(await ReadAllAsync(host.Services.GetRequiredService<CoachTables>().SlackEvents));
        Assert.Empty(await ReadAllAsync(host.Services.GetRequiredService<CoachTables>().ConversationReferences));
    }

    [Fact]
    public async Task WithNoSigningSecretConfiguredEveryRequestIsRefused()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite, secret: null);
        byte[] body = SlackFixtures.Bytes("url_verification.json");
        string ts = host.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (string path in new[] { "/api/slack/commands", "/api/slack/events", "/api/slack/interactions" })
        {
            // Even a request signed with an empty key, which is what a missing secret would verify against.
            using HttpResponseMessage response = await host.PostAsync(path, body, "application/json", ts, "v0=" + new string('0', 64));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Empty(host.Slack.Calls);
    }

    [Fact]
    public async Task AStartWithOnlyOneOfTheTwoSlackSecretsFailsNamingTheMissingKey()
    {
        await using FakeSlackWebApi slack = await FakeSlackWebApi.StartAsync();
        Exception error = BotFactory.StartUpFailure<Exception>(() => BotFactory.WithStorage(azurite.Azurite, new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "set",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        }));
        Assert.Contains("Slack:BotToken", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedBeforeAnythingIsParsed()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        byte[] body = Encoding.UTF8.GetBytes("payload=" + new string('a', SlackSignatureFilter.MaxBodyBytes));
        using HttpResponseMessage response = await host.PostSignedAsync("/api/slack/interactions", body, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<List<TableEntity>> ReadAllAsync(TableClient table)
    {
        var all = new List<TableEntity>();
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>())
        {
            all.Add(entity);
        }

        return all;
    }
}
