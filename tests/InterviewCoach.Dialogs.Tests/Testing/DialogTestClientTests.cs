using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Testing;

public sealed class DialogTestClientTests
{
    private static DialogTestClient Client() => new(
        new DialogSet().Add(new WaterfallDialog("root", [(step, ct) => { step.Send("one"); step.Send(new CardReply("Card") { Facts = [new("Role", "UX")] }); return step.EndDialogAsync(null, ct); }])),
        "root");

    [Fact]
    public async Task AFailedAssertionThrowsWithTheTranscript()
    {
        var error = await Assert.ThrowsAsync<DialogAssertionException>(() => Client().Send("hi").AssertReply("two"));
        Assert.Contains("User: hi", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot 1 (TextReply): one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepliesAreCheckedInOrder()
    {
        TestTurn turn = await Client().Send("hi").AssertReply("one").AssertReply<CardReply>(c => c.Facts[0].Value == "UX").AssertNoMoreReplies();
        Assert.IsType<CardReply>(turn.LastReply);
        Assert.Throws<DialogAssertionException>(() => turn.AssertReply("more"));
    }

    [Fact]
    public async Task AssertReplyContainsLooksAtEveryReply()
    {
        await Client().Send("hi").AssertReplyContains("Role: UX").AssertNoReplyContains("secret");
        await Assert.ThrowsAsync<DialogAssertionException>(() => Client().Send("hi").AssertReplyContains("absent"));
        await Assert.ThrowsAsync<DialogAssertionException>(() => Client().Send("hi").AssertStatus(DialogTurnStatus.Waiting));
    }

    [Fact]
    public void TheFakeClockOnlyMovesForward()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(2)));
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 22, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 22, 5, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }
}
