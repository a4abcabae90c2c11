using InterviewCoach.Coaching.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterviewCoach.Bot.Understanding;

/// <summary>Registers the sentence-embedding model and loads it in the background at start-up.</summary>
public static class UnderstandingExtensions
{
    public static WebApplicationBuilder AddUnderstanding(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Registered as an instance, so no container disposes the process-wide model under another host.
        builder.Services.TryAddSingleton(MiniLmSentenceEmbedder.Shared);
        builder.Services.TryAddSingleton<ISentenceEmbedder>(sp => sp.GetRequiredService<MiniLmSentenceEmbedder>());
        builder.Services.AddHostedService<SentenceModelLoaderService>();
        return builder;
    }
}
