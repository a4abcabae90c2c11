using InterviewCoach.Bot.Slack;

namespace InterviewCoach.Bot.Tests.Slack;

public sealed class SlackCommandRouterTests
{
    [Theory]
    [InlineData("", "menu")]
    [InlineData("   ", "menu")]
    [InlineData(null, "menu")]
    [InlineData("menu", "menu")]
    [InlineData("goal", "goal")]
    [InlineData("GOAL", "goal")]
    [InlineData("contacts", "contacts")]
    [InlineData("add contact", "add contact")]
    [InlineData("add   Contact", "add contact")]
    [InlineData("add contact Jane Doe", "add contact")]
    [InlineData("rehearse", "rehearse")]
    [InlineData("questions", "questions")]
    [InlineData("debrief", "debrief")]
    [InlineData("reminders", "reminders")]
    [InlineData("progress", "progress")]
    [InlineData("help", "help")]
    [InlineData("dance", "help")]
    [InlineData("add", "help")]
    [InlineData("goals and stuff", "help")]
    public void SubcommandsMapToTheirKeywordAndUnknownOnesToHelp(string? text, string expected) =>
        Assert.Equal(expected, SlackCommandRouter.Route(text));

    [Fact]
    public void TheMenuOffersEveryFixedCommandWhileTheCoachListsNone() =>
        Assert.Equal(
            ["goal", "contacts", "add contact", "rehearse", "questions", "debrief", "reminders", "progress", "help"],
            SlackCommandRouter.MenuButtons().Select(b => b.Value));
}
