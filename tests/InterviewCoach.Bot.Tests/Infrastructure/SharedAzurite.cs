namespace InterviewCoach.Bot.Tests.Infrastructure;

/// <summary>Test classes marked <c>[Collection(SharedAzurite.Name)]</c> share one Azurite process.</summary>
[CollectionDefinition(Name)]
public sealed class SharedAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
