using InterviewCoach.Bot.Slack;
using InterviewCoach.Coaching;

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
    [InlineData("goals and stuff", "goal")]
    [InlineData("debrief 0123456789abcdef0123456789ABCDEF", "debrief 0123456789abcdef0123456789ABCDEF")]
    [InlineData("Reminders done r12ab", "reminders done r12ab")]
    public void SubcommandsMapToTheirKeywordAndUnknownOnesToHelp(string? text, string expected) =>
        Assert.Equal(expected, SlackCommandRouter.Route(text));

    [Fact]
    public void TheMenuOffersTheCoachsMenuCommandsIncludingEveryFixedOne()
    {
        IReadOnlyList<string> buttons = [.. SlackCommandRouter.MenuButtons().Select(b => b.Value)];

        Assert.Equal(CoachDialogs.Commands.Where(c => c.InMenu).Select(c => c.Keyword), buttons);
        Assert.All(SlackCommandRouter.FixedCommands, fixedCommand => Assert.Contains(fixedCommand.Value, buttons));
    }
}
