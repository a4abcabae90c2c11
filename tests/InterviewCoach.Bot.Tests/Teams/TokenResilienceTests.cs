using System.Net;
using System.Text;
using InterviewCoach.Bot.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>
/// The bot's Connector token requests through the HttpClient the host registers for MSAL: a busy or failing token
/// endpoint is retried (and MSAL does not add retries of its own), a refused secret is not.
/// </summary>
public sealed class TokenResilienceTests
{
    private const string Authority = "https://login.contoso.test/botframework.com";

    [Fact]
    public async Task ABusyTokenEndpointIsRetriedAndTheTokenArrives()
    {
        var login = new FakeLogin(HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests, HttpStatusCode.OK);
        MsalTokenProvider provider = CreateProvider(login);

        string? token = await provider.GetTokenAsync();

        Assert.Equal("token-3", token);
        Assert.Equal(3, login.TokenRequests);
    }

    [Fact]
    public async Task ATokenEndpointThatKeepsFailingIsTriedFourTimesThenTheFailureSurfaces()
    {
        var login = new FakeLogin(Enumerable.Repeat(HttpStatusCode.BadGateway, 10).ToArray());
        MsalTokenProvider provider = CreateProvider(login);

        await Assert.ThrowsAnyAsync<MsalException>(() => provider.GetTokenAsync());

        // One try and three retries by our pipeline; MSAL's own 5xx retry is off, so the two do not multiply.
        Assert.Equal(4, login.TokenRequests);
    }

    [Fact]
    public async Task ARefusedSecretIsNotRetried()
    {
        var login = new FakeLogin(HttpStatusCode.Unauthorized, HttpStatusCode.OK);
        MsalTokenProvider provider = CreateProvider(login);

        await Assert.ThrowsAsync<MsalServiceException>(() => provider.GetTokenAsync());

        Assert.Equal(1, login.TokenRequests);
    }

    private static MsalTokenProvider CreateProvider(FakeLogin login)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        // The host's registration (TeamsExtensions), with the network replaced by the fake login service.
        services.AddHttpClient(TokenResilience.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => login)
            .AddResilienceHandler(TokenResilience.HttpClientName, TokenResilience.Configure);
        ServiceProvider provider = services.BuildServiceProvider();
        var bot = new BotFrameworkOptions
        {
            MicrosoftAppId = "7d2f6b4e-2c1a-4f0e-9b61-3c5d8e9f0a12",
            MicrosoftAppPassword = "secret",
            ToChannelFromBotLoginUrl = Authority,
        };
        return new MsalTokenProvider(Options.Create(bot), provider.GetRequiredService<IHttpClientFactory>());
    }

    /// <summary>An Entra ID stand-in: OpenID metadata for the authority, and a token endpoint answering with the given statuses in turn.</summary>
    private sealed class FakeLogin(params HttpStatusCode[] tokenAnswers) : HttpMessageHandler
    {
        private int _tokenRequests;

        public int TokenRequests => Volatile.Read(ref _tokenRequests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string path = request.RequestUri!.AbsolutePath;
            if (path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
            {
                return Task.FromResult(Json(HttpStatusCode.OK, $$"""
                    {"token_endpoint":"{{Authority}}/oauth2/v2.0/token","authorization_endpoint":"{{Authority}}/oauth2/v2.0/authorize","issuer":"{{Authority}}/v2.0"}
                    """));
            }

            if (request.Method == HttpMethod.Post && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                int n = Interlocked.Increment(ref _tokenRequests);
                HttpStatusCode status = tokenAnswers[Math.Min(n, tokenAnswers.Length) - 1];
                HttpResponseMessage response = status == HttpStatusCode.OK
                    ? Json(status, $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-{{n}}"}""")
                    : Json(status, """{"error":"temporarily_unavailable","error_description":"try later"}""");
                if (status == HttpStatusCode.Unauthorized)
                {
                    response = Json(status, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}""");
                }
                else if (status == HttpStatusCode.TooManyRequests)
                {
                    response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
                }

                return Task.FromResult(response);
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
            new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
