using System.Diagnostics;
using System.Runtime;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Bot.Understanding;

/// <summary>
/// Loads the sentence-embedding model once, on a background thread, so start-up and the first turns never wait
/// for it; until it is ready, or if it fails, the coach understands exact commands and buttons only.
/// </summary>
internal sealed partial class SentenceModelLoaderService(MiniLmSentenceEmbedder embedder, IServiceProvider services, ILogger<SentenceModelLoaderService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            long started = Stopwatch.GetTimestamp();
            if (embedder.Load())
            {
                // The package reads its model out of the assembly into a ~90 MB buffer that ONNX Runtime copies;
                // hand that garbage back now rather than whenever the next full collection happens.
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                // The intent examples are embedded here too, so no user's turn pays for them.
                services.GetService<CoachServices>()?.PrepareUnderstanding(stoppingToken);
                Log.Loaded(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                Log.LoadFailed(logger, embedder.LoadFailure);
            }
        },
        stoppingToken);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Sentence model and intent examples loaded in {ElapsedMs:F0} ms")]
        public static partial void Loaded(ILogger logger, double elapsedMs);

        [LoggerMessage(2, LogLevel.Error, "Sentence model failed to load; the coach falls back to exact matching of commands and buttons")]
        public static partial void LoadFailed(ILogger logger, Exception? exception);
    }
}
