using InterviewCoach.Bot.Teams;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>The sovereign-cloud outbound keys: ToChannelFromBotLoginUrl and ToChannelFromBotOAuthScope.</summary>
public sealed class OutboundLoginTests
{
    private static BotFrameworkOptions Bot(string? loginUrl = null, string? scope = null) => new()
    {
        MicrosoftAppId = "7d2f6b4e-2c1a-4f0e-9b61-3c5d8e9f0a12",
        MicrosoftAppPassword = "secret",
        ToChannelFromBotLoginUrl = loginUrl,
        ToChannelFromBotOAuthScope = scope,
    };

    private static ValidateOptionsResult Validate(BotFrameworkOptions options) =>
        new BotFrameworkOptionsValidator(new HostingEnvironment { EnvironmentName = Environments.Production }).Validate(null, options);

    [Theory]
    [InlineData("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us", null, true)]
    [InlineData(null, "https://api.botframework.us", true)]
    [InlineData("http://127.0.0.1:5202/botframework.com", null, false)]
    [InlineData("https://login.microsoftonline.us/", null, false)]
    [InlineData("login.microsoftonline.us/tenant", null, false)]
    [InlineData(null, "api.botframework.us", false)]
    public void TheOverridesAreValidated(string? loginUrl, string? scope, bool valid)
    {
        ValidateOptionsResult result = Validate(Bot(loginUrl, scope));

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains(loginUrl is null ? "ToChannelFromBotOAuthScope" : "ToChannelFromBotLoginUrl", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithoutOverridesTokensComeFromTheBotFrameworkTenantForTheConnector()
    {
        var provider = new MsalTokenProvider(Options.Create(Bot()));

        Assert.StartsWith("https://login.microsoftonline.com/botframework.com", provider.Authority, StringComparison.Ordinal);
        Assert.Equal([MsalTokenProvider.Scope], provider.Scopes);
    }

    [Fact]
    public void TheOverridesChooseTheAuthorityAndTheScope()
    {
        var provider = new MsalTokenProvider(Options.Create(Bot("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us", "https://api.botframework.us/")));

        // MSAL keeps the authority lower-cased.
        Assert.StartsWith("https://login.microsoftonline.us/microsoftservices.onmicrosoft.us", provider.Authority, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["https://api.botframework.us/.default"], provider.Scopes);
    }
}
