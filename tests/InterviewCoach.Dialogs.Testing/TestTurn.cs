using System.Text;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Testing;

/// <summary>
/// The replies of one turn sent by <see cref="DialogTestClient"/>, with transcript assertions.
/// <see cref="AssertReply(string)"/> checks replies in order, one per call, like Bot Builder's <c>TestFlow</c>.
/// </summary>
public sealed class TestTurn
{
    private int _next;

    internal TestTurn(TurnInput input, TurnResult result)
    {
        Input = input;
        Result = result;
    }

    /// <summary>What was sent.</summary>
    public TurnInput Input { get; }

    /// <summary>What the runner returned: replies, status, stored state and attempts.</summary>
    public TurnResult Result { get; }

    public IReadOnlyList<Reply> Replies => Result.Replies;

    public DialogTurnStatus Status => Result.Status;

    /// <summary>The last reply of the turn.</summary>
    /// <exception cref="DialogAssertionException">The turn sent nothing.</exception>
    public Reply LastReply => Replies.Count > 0 ? Replies[^1] : throw Fail("Expected a reply but the turn sent none.");

    /// <summary>Asserts the next reply's plain text contains <paramref name="expected"/> (ignoring case).</summary>
    public TestTurn AssertReply(string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Reply reply = Next($"a reply containing \"{expected}\"");
        if (!reply.ToPlainText().Contains(expected, StringComparison.OrdinalIgnoreCase))
        {
            throw Fail($"Reply {_next} should contain \"{expected}\".");
        }

        return this;
    }

    /// <summary>Asserts the next reply satisfies <paramref name="predicate"/>.</summary>
    public TestTurn AssertReply(Func<Reply, bool> predicate, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        Reply reply = Next(description ?? "a reply");
        if (!predicate(reply))
        {
            throw Fail($"Reply {_next} does not match {description ?? "the predicate"}.");
        }

        return this;
    }

    /// <summary>Asserts the next reply is a <typeparamref name="TReply"/> (satisfying <paramref name="predicate"/> when given).</summary>
    public TestTurn AssertReply<TReply>(Func<TReply, bool>? predicate = null)
        where TReply : Reply
    {
        Reply reply = Next($"a {typeof(TReply).Name}");
        if (reply is not TReply typed)
        {
            throw Fail($"Reply {_next} should be a {typeof(TReply).Name}.");
        }

        if (predicate is not null && !predicate(typed))
        {
            throw Fail($"Reply {_next} does not match the {typeof(TReply).Name} predicate.");
        }

        return this;
    }

    /// <summary>Asserts some reply of the turn contains <paramref name="expected"/> (ignoring case), wherever it is.</summary>
    public TestTurn AssertReplyContains(string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        foreach (Reply reply in Replies)
        {
            if (reply.ToPlainText().Contains(expected, StringComparison.OrdinalIgnoreCase))
            {
                return this;
            }
        }

        throw Fail($"No reply contains \"{expected}\".");
    }

    /// <summary>Asserts no reply of the turn contains <paramref name="unexpected"/> (ignoring case).</summary>
    public TestTurn AssertNoReplyContains(string unexpected)
    {
        ArgumentNullException.ThrowIfNull(unexpected);
        foreach (Reply reply in Replies)
        {
            if (reply.ToPlainText().Contains(unexpected, StringComparison.OrdinalIgnoreCase))
            {
                throw Fail($"A reply contains \"{unexpected}\".");
            }
        }

        return this;
    }

    /// <summary>Asserts every reply has been checked by an <c>AssertReply</c> call.</summary>
    public TestTurn AssertNoMoreReplies()
    {
        if (_next < Replies.Count)
        {
            throw Fail($"Expected no more replies after {_next}.");
        }

        return this;
    }

    public TestTurn AssertStatus(DialogTurnStatus expected)
    {
        if (Status != expected)
        {
            throw Fail($"Expected status {expected} but was {Status}.");
        }

        return this;
    }

    public override string ToString() => Describe();

    private Reply Next(string wanted)
    {
        if (_next >= Replies.Count)
        {
            throw Fail($"Expected {wanted} but the turn sent only {Replies.Count} replies.");
        }

        return Replies[_next++];
    }

    private DialogAssertionException Fail(string message) => new($"{message}\n{Describe()}");

    private string Describe()
    {
        var text = new StringBuilder();
        text.Append("User: ").Append(Input.Text ?? Input.Value?.GetRawText() ?? "(nothing)");
        for (int i = 0; i < Replies.Count; i++)
        {
            text.Append("\nBot ").Append(i + 1).Append(" (").Append(Replies[i].GetType().Name).Append("): ").Append(Replies[i].ToPlainText());
        }

        return text.ToString();
    }
}
