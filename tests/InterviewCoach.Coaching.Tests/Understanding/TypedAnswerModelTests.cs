using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>Typed answers the step can't read, with the real model: they are asked again, never taken as a wish to restart.</summary>
public sealed class TypedAnswerModelTests
{
    [Fact]
    public async Task AnUnreadableAnswerThatSoundsLikeTheCurrentFlowIsAskedAgainNotOfferedAsALeave()
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");

        await coach.Client.Send("career changer")
            .AssertReply<ChoiceReply>(r => !r.Markdown.StartsWith("Leave", StringComparison.Ordinal) && r.Markdown.Contains("Where are you right now", StringComparison.Ordinal));
    }
    /// <summary>A new user with the real model, through goal setting up to "What do you want these conversations to do for you?".</summary>
    private static async Task<CoachHarness> AtThePurposesAsync()
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip");
        await coach.Client.Send("still exploring");
        await coach.Client.Send("product management, ux research").AssertReply("What do you want these conversations to do for you?");
        return coach;
    }

    [Theory]
    [InlineData("I want to see if product fits me", "See whether the field suits me")]
    [InlineData("mostly to find out how people break in", "Learn the way in: education, credentials, experience")]
    [InlineData("to build my network I guess", "Meet more people in the field")]
    public async Task APurposeTypedAsASentenceIsReadByMeaning(string typed, string purpose)
    {
        CoachHarness coach = await AtThePurposesAsync();

        TestTurn turn = await coach.Client.Send(typed);
        if (turn.Replies[0].ToPlainText().Contains("Did you mean", StringComparison.Ordinal))
        {
            Assert.Contains(purpose, turn.Replies[0].ToPlainText(), StringComparison.Ordinal);
            turn = await coach.Client.Send("yes");
        }

        Assert.Contains("How many conversations", turn.Replies[0].ToPlainText(), StringComparison.Ordinal);
        await coach.Client.Send("2").AssertReply<CardReply>();
        Assert.Equal([purpose], (await coach.ProfileAsync())!.Purposes.ToLabels());
    }

    [Fact]
    public async Task YesWithNoOfferIsNotReadAsAnOption()
    {
        CoachHarness coach = await AtThePurposesAsync();

        await coach.Client.Send("yes").AssertReply<ChoiceReply>(r => !r.Markdown.Contains("Did you mean", StringComparison.Ordinal) && r.Markdown.Contains("What do you want", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("nah")]
    [InlineData("nothing")]
    [InlineData("neither")]
    public async Task PickingNothingWhereThereIsNoSuchOptionSaysSoInsteadOfGuessingACommand(string answer)
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");

        TestTurn turn = await coach.Client.Send(answer)
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("There's no option for that here", StringComparison.Ordinal)
                && r.Markdown.Contains("Where are you right now", StringComparison.Ordinal)
                && r.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Still exploring my options", "Set on a direction" }))
            .AssertNoMoreReplies();
        Assert.DoesNotContain(turn.Replies, r => r.ToPlainText().Contains("Did you mean", StringComparison.Ordinal));

        await coach.Client.Send("still exploring").AssertReply("Which fields");
    }

    [Fact]
    public async Task NahToTheNextStepsIsAPoliteNoNotAGuess()
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("none")
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("No problem.", StringComparison.Ordinal) && !r.Buttons.Any(b => b.Title == "My progress"))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task WhoToAskNamesTheFieldsTheUserChoseInsteadOfSendingThemBackToGoalSetting()
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("how do i find people to talk to when i dont know anybody in this area?")
            .AssertReply("name the work exactly (**pediatric nursing** and **school counselling**)")
            .AssertNoReplyContains("Narrow down your field first");
    }

    [Fact]
    public async Task WhoToAskWithNoFieldsChosenSaysToNarrowThemDownFirst()
    {
        var coach = await CoachHarness.WithModelAsync();

        await coach.Client.Send("how do i find people to talk to when i dont know anybody in this area?")
            .AssertReply("Narrow down your field first");
    }
}
