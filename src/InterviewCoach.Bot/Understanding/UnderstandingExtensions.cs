using InterviewCoach.Coaching.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewCoach.Bot.Understanding;

/// <summary>Registers the sentence-embedding model and loads it in the background at start-up.</summary>
internal static class UnderstandingExtensions
{
    public static WebApplicationBuilder AddUnderstanding(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Both registered as the instance itself: a container disposes what its factories return, and the process-wide
        // model must outlive any one host (several share it in a test run, or in a blue/green swap).
        builder.Services.TryAddSingleton(MiniLmSentenceEmbedder.Shared);
        builder.Services.TryAddSingleton<ISentenceEmbedder>(MiniLmSentenceEmbedder.Shared);
        // The model's counters, for /api/stats and metrics: whichever model the host ended up with (a test may give its own).
        builder.Services.TryAddSingleton(sp => sp.GetRequiredService<MiniLmSentenceEmbedder>().Meter);
        builder.Services.AddHostedService<SentenceModelLoaderService>();
        return builder;
    }
}
