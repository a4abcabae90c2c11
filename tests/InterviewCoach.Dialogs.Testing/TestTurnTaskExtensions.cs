using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Testing;

/// <summary>Lets a transcript read as one line: <c>await client.Send("hi").AssertReply("Hello");</c>.</summary>
public static class TestTurnTaskExtensions
{
    public static async Task<TestTurn> AssertReply(this Task<TestTurn> turn, string expected)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await turn.ConfigureAwait(false)).AssertReply(expected);
    }

    public static async Task<TestTurn> AssertReply(this Task<TestTurn> turn, Func<Reply, bool> predicate, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await turn.ConfigureAwait(false)).AssertReply(predicate, description);
    }

    public static async Task<TestTurn> AssertReply<TReply>(this Task<TestTurn> turn, Func<TReply, bool>? predicate = null)
        where TReply : Reply
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await turn.ConfigureAwait(false)).AssertReply(predicate);
    }

    public static async Task<TestTurn> AssertReplyContains(this Task<TestTurn> turn, string expected)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await turn.ConfigureAwait(false)).AssertReplyContains(expected);
    }

    public static async Task<TestTurn> AssertNoReplyContains(this Task<TestTurn> turn, string unexpected)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await turn.ConfigureAwait(false)).AssertNoReplyContains(unexpected);
    }

    public static async Task<TestTurn> AssertNoMoreReplies(this Task<TestTurn> turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await turn.ConfigureAwait(false)).AssertNoMoreReplies();
    }

    public static async Task<TestTurn> AssertStatus(this Task<TestTurn> turn, DialogTurnStatus expected)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return (await turn.ConfigureAwait(false)).AssertStatus(expected);
    }
}
