using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// A user whose messages arrive at once (a double-click, a client retry, two devices) gets answers, never a server
/// error: turns that race for the same conversation or the same record are re-run or apologised for.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ConcurrentTurnTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Hello")]
    [InlineData("goal")]
    [InlineData("add a contact")]
    public async Task MessagesArrivingTogetherFromOneNewUserAllGetAnAnswerAndNoServerError(string text)
    {
        await using LocalBadInputHost local = await LocalBadInputHost.StartAsync(azurite.Azurite);
        var statuses = new List<int>();
        for (int round = 0; round < 6; round++)
        {
            LocalChat chat = local.Chat($"racer-{round}-{Guid.NewGuid():N}");
            (int Status, IReadOnlyList<ConnectorCall> Replies)[] answers =
                await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => chat.SayAsync(text)));
            statuses.AddRange(answers.Select(a => a.Status));
        }

        Assert.True(statuses.All(s => s == 200), "statuses: " + string.Join(", ", statuses));
        Assert.True(local.Errors.Entries.Count == 0, "the host logged errors:\n" + string.Join('\n', local.Errors.Entries.Take(5)));
    }
}
