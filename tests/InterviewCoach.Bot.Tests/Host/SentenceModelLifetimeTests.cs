using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Host;

/// <summary>
/// The sentence model is loaded once per process and shared by every host in it (several run at once in a test run,
/// or during a blue/green swap): stopping one host must not pull the model out from under another's turns.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SentenceModelLifetimeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StoppingOneHostLeavesTheSharedModelLoadedForTheOthers()
    {
        Assert.True(MiniLmSentenceEmbedder.Shared.Load(), "the model did not load on this machine");
        await using BotFactory staying = BotFactory.WithStorage(azurite.Azurite, new Dictionary<string, string?>());
        ISentenceEmbedder stayingModel = staying.Services.GetRequiredService<ISentenceEmbedder>();

        await using (BotFactory leaving = BotFactory.WithStorage(azurite.Azurite, new Dictionary<string, string?>()))
        {
            Assert.Same(stayingModel, leaving.Services.GetRequiredService<ISentenceEmbedder>());
        }

        Assert.True(stayingModel.IsReady);
        Assert.NotNull(stayingModel.Embed(["how long should the call be?"]));
    }
}
