using System.Diagnostics;
using InterviewCoach.Bot.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// The Bot Connector HttpClient's resilience pipeline: a retry around a per-attempt timeout
/// (<see cref="TeamsOptions.ConnectorTimeout"/>). Answers 429, 412, 502 and 504 (the statuses the Teams docs say to
/// retry; none of them delivered the activity) are retried up to <see cref="TeamsOptions.ConnectorMaxRetries"/> times,
/// waiting the Retry-After the Connector asks for up to <see cref="TeamsOptions.ConnectorRetryMaxDelay"/>, otherwise
/// an exponentially growing wait with jitter from <see cref="TeamsOptions.ConnectorRetryBaseDelay"/>. A timeout or a
/// connection lost mid-call is not retried: every Connector call is a POST that may have landed, and a second try
/// would show the user the message twice. A connection that was never made is retried like a 502.
/// </summary>
internal static partial class ConnectorResilience
{
    public const string PipelineName = "connector";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        IServiceProvider services = context.ServiceProvider;
        TeamsOptions options = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        TimeProvider time = services.GetRequiredService<TimeProvider>();
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<ConnectorClient>();
        if (options.ConnectorMaxRetries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.ConnectorMaxRetries,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    OutboundFailures.Backoff(args.AttemptNumber, OutboundFailures.RetryAfter(args.Outcome.Result, time), options.ConnectorRetryBaseDelay, options.ConnectorRetryMaxDelay)),
                OnRetry = args =>
                {
                    int status = args.Outcome.Result is { } response ? (int)response.StatusCode : 0;
                    Log.Retrying(logger, status, args.RetryDelay, args.AttemptNumber + 1);
                    Activity.Current?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["http.response.status_code"] = status, ["coach.retry.delay_ms"] = args.RetryDelay.TotalMilliseconds }));
                    return ValueTask.CompletedTask;
                },
            });
        }

        pipeline.AddTimeout(options.ConnectorTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode is 429 or 412 or 502 or 504,
        { Exception: { } exception } => OutboundFailures.MayRetry(exception, context.GetRequestMessage()),
        _ => false,
    };

    private static partial class Log
    {
        [LoggerMessage(2, LogLevel.Information, "Bot Connector answered {Status}; retry in {Delay} (attempt {Attempt})")]
        public static partial void Retrying(ILogger logger, int status, TimeSpan delay, int attempt);
    }
}
