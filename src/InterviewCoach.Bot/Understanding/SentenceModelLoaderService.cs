using System.Diagnostics;
using System.Runtime.CompilerServices;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Bot.Understanding;

/// <summary>
/// Loads the sentence-embedding model once, on a background thread, so start-up and the first turns never wait
/// for it; until it is ready, or if it fails, the coach understands exact commands and buttons only.
/// </summary>
internal sealed partial class SentenceModelLoaderService(MiniLmSentenceEmbedder embedder, IServiceProvider services, ILogger<SentenceModelLoaderService> logger) : BackgroundService
{
    private static readonly ConditionalWeakTable<MiniLmSentenceEmbedder, object> s_reportedFailures = [];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            TimeProvider time = services.GetService<TimeProvider>() ?? TimeProvider.System;
            long started = time.GetTimestamp();
            if (!embedder.Load())
            {
                // Once per model: it is not retried, and every later host in the process (tests, a blue/green swap)
                // would only repeat the same error.
                if (s_reportedFailures.TryAdd(embedder, new object()))
                {
                    Log.LoadFailed(logger, embedder.LoadFailure);
                }

                return;
            }

            TimeSpan loaded = time.GetElapsedTime(started);
            // The intent examples are embedded here too, so no user's turn pays for them.
            services.GetService<CoachServices>()?.PrepareUnderstanding(stoppingToken);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            TimeSpan sinceProcessStart = time.GetUtcNow() - new DateTimeOffset(Process.GetCurrentProcess().StartTime);
            embedder.Meter.MarkReady(sinceProcessStart);
            Log.Loaded(logger, loaded.TotalMilliseconds, (time.GetElapsedTime(started) - loaded).TotalMilliseconds, sinceProcessStart.TotalMilliseconds);
        },
        stoppingToken);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Sentence model loaded in {LoadMs:F0} ms, intent examples embedded in {ExamplesMs:F0} ms; ready {ReadyAfterMs:F0} ms after process start")]
        public static partial void Loaded(ILogger logger, double loadMs, double examplesMs, double readyAfterMs);

        [LoggerMessage(2, LogLevel.Error, "Sentence model failed to load; the coach falls back to exact matching of commands and buttons")]
        public static partial void LoadFailed(ILogger logger, Exception? exception);
    }
}
