using Microsoft.Extensions.Http.Resilience;
using Microsoft.Identity.Client;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using InterviewCoach.Bot.Http;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// The HttpClient MSAL asks Entra ID for the bot's Connector tokens with. Its pipeline retries 408, 429 and 5xx
/// answers, timeouts and connection failures (a client-credentials request only issues a token, so a repeat is
/// harmless) up to three times, honouring Retry-After up to 10 s and otherwise backing off from 500 ms with jitter;
/// each attempt may take 10 s. MSAL's own single 5xx retry is turned off so the two do not multiply.
/// </summary>
internal sealed class TokenResilience(IHttpClientFactory httpClients) : IMsalHttpClientFactory
{
    public const string HttpClientName = "bot-connector-token";

    private static readonly TimeSpan s_baseDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(10);

    public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        TimeProvider time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 3,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                OutboundFailures.Backoff(args.AttemptNumber, OutboundFailures.RetryAfter(args.Outcome.Result, time), s_baseDelay, s_maxDelay)),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(10));
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode is 408 or 429 or >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };
}
