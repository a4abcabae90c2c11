using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

public sealed class TextPromptTests
{
    private static readonly PromptOptions s_options = new() { Prompt = "What's your goal?", Help = "A sentence about the job you want." };

    [Fact]
    public async Task AcceptsATypedAnswerAndTrimsIt()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi").AssertReply("What's your goal?").AssertStatus(DialogTurnStatus.Waiting);
        await client.Send("  Become a UX researcher  ").AssertReply("Got: Become a UX researcher (attempt 1)").AssertStatus(DialogTurnStatus.Complete);
    }

    [Theory]
    [InlineData("🎉 I want to work in games 🎮")]
    [InlineData("أريد أن أعمل في التصميم")]
    [InlineData("我想成为设计师")]
    public async Task AcceptsEmojiAndOtherLanguagesAsIs(string answer)
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi");
        await client.Send(answer).AssertReply($"Got: {answer}");
    }

    [Fact]
    public async Task RefusesTenThousandCharactersWithTheLimitInTheMessage()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi");
        await client.Send(new string('a', 10_000)).AssertReply("10,000 characters; please keep it under 2,000").AssertStatus(DialogTurnStatus.Waiting);
        await client.Send("Shorter now").AssertReply("Got: Shorter now (attempt 2)");
    }

    [Fact]
    public async Task HonoursConfiguredLengthLimits()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options with { Min = 5, Max = 10 });
        await client.Send("hi");
        await client.Send("abc").AssertReply("at least 5");
        await client.Send("abcdefghijkl").AssertReply("under 10");
        await client.Send("abcdef").AssertReply("Got: abcdef");
    }

    [Fact]
    public async Task ControlAndBidiOverrideCharactersAreDropped()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi");
        await client.Send("\u0000\u202E").AssertReply("What's your goal?").AssertStatus(DialogTurnStatus.Waiting);
        await client.Send("ab\u0007c\u202Ed\nnext line").AssertReply("Got: abcd\nnext line");
    }

    [Fact]
    public async Task EmptyAnswerAsksAgainWithTheQuestion()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi");
        await client.Send("   ").AssertReply("What's your goal?");
    }

    [Fact]
    public async Task WithAGiveUpMessageItGivesUpAfterThreeRefusedAnswers()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options with { GiveUpMessage = "Let's leave it for now." });
        await client.Send("hi");
        await client.Send(string.Empty).AssertStatus(DialogTurnStatus.Waiting);
        await client.Send(string.Empty).AssertStatus(DialogTurnStatus.Waiting);
        await client.Send(string.Empty)
            .AssertReply("leave it for now")
            .AssertReply($"{PromptHarness.GaveUp} after 3")
            .AssertStatus(DialogTurnStatus.Complete);
    }

    [Fact]
    public async Task WithoutAGiveUpMessageItKeepsAskingAndSaysHowToStop()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi");
        await client.Send(string.Empty).AssertStatus(DialogTurnStatus.Waiting);
        await client.Send(string.Empty).AssertStatus(DialogTurnStatus.Waiting);
        await client.Send(string.Empty).AssertReply("type **cancel** to stop here").AssertStatus(DialogTurnStatus.Waiting);
        await client.Send("Meet two nurses").AssertReply("Got: Meet two nurses (attempt 4)");
    }

    [Fact]
    public async Task ValidatorCanRefuseWithItsOwnMessage()
    {
        var prompt = new TextPrompt("text", (context, _) =>
        {
            bool ok = context.Value.Contains('@', StringComparison.Ordinal);
            context.RetryMessage = ok ? null : "That doesn't look like an email address.";
            return ValueTask.FromResult(ok);
        });
        var client = PromptHarness.Create(prompt, s_options);
        await client.Send("hi");
        await client.Send("not an email").AssertReply("doesn't look like an email");
        await client.Send("ada@example.com").AssertReply("Got: ada@example.com (attempt 2)");
    }

    [Fact]
    public async Task ButtonPressIsTakenAsTheAnswer()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi");
        await client.Press("from a button").AssertReply("Got: from a button");
    }

    [Fact]
    public async Task RepliesArePlainTextReplies()
    {
        var client = PromptHarness.Create(new TextPrompt("text"), s_options);
        await client.Send("hi").AssertReply<TextReply>(r => r.Markdown == "What's your goal?");
    }
}
