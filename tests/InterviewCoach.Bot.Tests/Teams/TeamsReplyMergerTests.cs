using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Tests.Teams;

public sealed class TeamsReplyMergerTests
{
    private static readonly ChoiceButton[] s_two = [new("Yes", "yes"), new("No", "no")];

    [Fact]
    public void ConsecutiveTextIsOneMessageInParagraphs()
    {
        IReadOnlyList<Activity> activities = TeamsReplyRenderer.Render([new TextReply("Saved."), new TextReply("Next, type **sketch**.")]);

        Activity message = Assert.Single(activities);
        Assert.Equal("Saved.\n\nNext, type **sketch**.", message.Text);
    }

    [Fact]
    public void AQuestionWithSuggestedActionsJoinsTheTextBeforeItAndClosesTheMessage()
    {
        IReadOnlyList<Activity> activities = TeamsReplyRenderer.Render(
            [new TextReply("Let's set your goals."), new ChoiceReply("Ready?", s_two), new TextReply("Type **help** any time.")]);

        Assert.Equal(2, activities.Count);
        Assert.Equal("Let's set your goals.\n\nReady?", activities[0].Text);
        Assert.Equal(["Yes", "No"], activities[0].SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Equal("Type **help** any time.", activities[1].Text);
        Assert.Null(activities[1].SuggestedActions);
    }

    [Fact]
    public void CardsKeepTheirPlaceAndAreNeverJoined()
    {
        var card = new CardReply("Saved: your goals");
        var many = new ChoiceReply("Pick one", [new("A", "a"), new("B", "b"), new("C", "c"), new("D", "d")]);

        IReadOnlyList<Reply> merged = TeamsReplyMerger.Merge([card, new TextReply("one"), new TextReply("two"), many, new TextReply("three")]);

        Assert.Equal(4, merged.Count);
        Assert.Same(card, merged[0]);
        Assert.Equal("one\n\ntwo", Assert.IsType<TextReply>(merged[1]).Markdown);
        Assert.Same(many, merged[2]);
        Assert.Equal("three", Assert.IsType<TextReply>(merged[3]).Markdown);
    }

    [Fact]
    public void LongTextStartsANewMessageRatherThanGrowPastTheLimit()
    {
        string long1 = new('a', TeamsReplyMerger.MaxJoinedBytes - 10);
        var replies = new Reply[] { new TextReply(long1), new TextReply("short one"), new TextReply("short two") };

        IReadOnlyList<Reply> merged = TeamsReplyMerger.Merge(replies);

        Assert.Equal(2, merged.Count);
        Assert.Same(replies[0], merged[0]);
        Assert.Equal("short one\n\nshort two", Assert.IsType<TextReply>(merged[1]).Markdown);
    }

    [Fact]
    public void ASingleReplyIsPassedOnAsItIs()
    {
        var only = new ChoiceReply("Ready?", s_two);

        Assert.Same(only, Assert.Single(TeamsReplyMerger.Merge([only])));
        Assert.Same(only, Assert.Single(TeamsReplyMerger.Merge([only, new CardReply("x")]).Take(1)));
    }
}
