using System.Net;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>Local mode (no MicrosoftAppId): the Emulator's way, anonymous both ways, loopback connectors only, Development only.</summary>
[Collection(SharedAzurite.Name)]
public sealed class LocalModeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TheEmulatorFixtureIsAnsweredWithoutTokensEitherWay()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null);
        JsonObject activity = TeamsFixtures.LoadFor("emulator-message.json", channel.BaseUrl);

        using HttpResponseMessage response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<ConnectorCall> calls = await channel.WaitForCallsAsync(2);
        Assert.Equal(string.Empty, calls[0].Authorization);
        Assert.Equal("/v3/conversations/" + Uri.EscapeDataString("45b27fe0-c38a-11e9-a3eb-39b17536417c|livechat") + "/activities/48bd27d0-c38a-11e9-a495-75f341346f4b", calls[0].Path);
        Assert.Contains("Heard: Hello | - | UTC", calls[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonLoopbackServiceUrlIsRefusedSoAForgedBodyCannotAimTheBotElsewhere()
    {
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null);
        JsonObject activity = TeamsFixtures.Load("emulator-message.json");
        activity["serviceUrl"] = "http://169.254.169.254/latest/";

        using HttpResponseMessage response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void LocalModeOutsideDevelopmentStopsStartUp()
    {
        OptionsValidationException failure = BotFactory.StartUpFailure<OptionsValidationException>(() => new BotFactory(new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["Storage:ConnectionString"] = azurite.Azurite.ConnectionString,
            ["MicrosoftAppId"] = string.Empty,
        }));
        Assert.Contains("MicrosoftAppId", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant", "", "secret", "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", "", "", "MicrosoftAppPassword")]
    [InlineData("Mystery", "t", "s", "MicrosoftAppType")]
    public void AnIncompleteBotIdentityStopsStartUpNamingTheKey(string type, string tenant, string password, string named)
    {
        OptionsValidationException failure = BotFactory.StartUpFailure<OptionsValidationException>(() => new BotFactory(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.Azurite.ConnectionString,
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = "00000000-0000-4000-8000-00000000b0b0",
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        }));
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
