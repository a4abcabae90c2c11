using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Privacy;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Conversations;

public sealed class CommandButtonsTests
{
    private static readonly UserAddress s_user = new("msteams", "tenant-1", "29:ana");

    [Fact]
    public async Task AReminderButtonPressedInsideAnotherFlowStartsItsOwnFlowInsteadOfAnsweringTheQuestion()
    {
        var states = new InMemoryDialogStateStore();
        var services = new CoachServices(new InMemoryUserRecordStore(), TimeProvider.System);
        var runner = new DialogRunner(CoachDialogs.Create(services), states, TimeProvider.System, new DialogRunnerOptions { RootDialogId = CoachDialogs.MenuDialogId });
        using var conversation = new CoachConversation(runner, states, new PendingErasures(), Options.Create(new CoachConversationOptions()), NullLogger<CoachConversation>.Instance);
        await Send(conversation, "hi", null);
        TurnResult goal = await Send(conversation, "goal", null);
        Assert.Contains(goal.Replies, r => r.ToPlainText().Contains("what name do you give", StringComparison.Ordinal));

        TurnResult pressed = await Send(conversation, null, ButtonPayload.Create("thankyou 0123456789abcdef0123456789abcdef"));

        Assert.Contains(pressed.Replies, r => r.ToPlainText().Contains("debrief to draft a thank-you from", StringComparison.Ordinal));
        Assert.Null((await services.Records.GetAsync(s_user.Key, UserRecordKinds.Profile, "main", CoachingJsonContext.Default.CoachingProfile))?.Value);
    }

    [Theory]
    [InlineData("goal")]
    [InlineData("Still exploring my options")]
    [InlineData("today")]
    public void OrdinaryButtonValuesStayAnswers(string value)
    {
        Assert.False(CommandButtons.TryConvert(value, CoachDialogs.Commands, out _));
    }

    private static Task<TurnResult> Send(CoachConversation conversation, string? text, System.Text.Json.JsonElement? value) =>
        conversation.HandleAsync(CoachConversation.Input(s_user, text, value, "en-US", null), CancellationToken.None);
}
