using System.Diagnostics;
using InterviewCoach.Bot.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// The Slack Web API HttpClient's resilience pipeline: a retry around a 15 s per-attempt timeout. Only an HTTP 429 is
/// retried here (Slack refused the call, so nothing landed), after exactly the <c>Retry-After</c> Slack asked for (1 s
/// when it gave none), at most <see cref="SlackOptions.MaxRateLimitRetries"/> times; a Retry-After longer than
/// <see cref="SlackOptions.MaxRetryAfter"/> is not waited for inline but comes back to the caller as <c>ratelimited</c>.
/// Other failures are the caller's to judge (<see cref="SlackTurnProcessor"/> retries deliveries).
/// </summary>
internal static partial class SlackResilience
{
    public const string PipelineName = "slack";

    /// <summary>How long one Web API call may take.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan s_defaultRetryAfter = TimeSpan.FromSeconds(1);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        IServiceProvider services = context.ServiceProvider;
        SlackOptions options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        TimeProvider time = services.GetRequiredService<TimeProvider>();
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<SlackApiClient>();
        if (options.MaxRateLimitRetries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRateLimitRetries,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is { StatusCode: System.Net.HttpStatusCode.TooManyRequests } response && RetryAfter(response, time) <= options.MaxRetryAfter),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryAfter(args.Outcome.Result, time)),
                OnRetry = args =>
                {
                    Log.RateLimited(logger, args.RetryDelay, args.AttemptNumber + 1);
                    Activity.Current?.AddEvent(new ActivityEvent("rate limited", tags: new ActivityTagsCollection { ["coach.retry.delay_ms"] = args.RetryDelay.TotalMilliseconds }));
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddTimeout(AttemptTimeout);
    }

    /// <summary>The wait Slack asked for, 1 s when it gave none.</summary>
    public static TimeSpan RetryAfter(HttpResponseMessage? response, TimeProvider time) =>
        OutboundFailures.RetryAfter(response, time) ?? s_defaultRetryAfter;

    private static partial class Log
    {
        [LoggerMessage(3, LogLevel.Information, "Slack rate limited a call; retrying after {RetryAfter} (attempt {Attempt})")]
        public static partial void RateLimited(ILogger logger, TimeSpan retryAfter, int attempt);
    }
}
