using System.Text;
using System.Text.Json;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;

namespace InterviewCoach.Bot.Tests.Slack;

/// <summary>
/// Slack's real payloads (Fixtures/Slack, unedited) read into the typed records: a misspelt field name would silently
/// drop DMs or presses, so each field the endpoints act on is checked against the fixture that carries it.
/// </summary>
public sealed class SlackPayloadTests
{
    [Fact]
    public void ADirectMessageEventReadsAsAMessageFromItsUserInTheIm()
    {
        SlackEventEnvelope envelope = Envelope("event_message_im.json");

        Assert.Equal("event_callback", envelope.Type);
        Assert.Equal("T061EG9R6", envelope.Team());
        Assert.Equal("Ev0PV52K21", envelope.EventId);
        Assert.Equal(("message", "im", "U2147483697", "D024BE91L"), (envelope.Event!.Type, envelope.Event.ChannelType, envelope.Event.User, envelope.Event.Channel));
        Assert.Equal("Hello hello can you hear me?", envelope.Event.Text);
        Assert.Null(envelope.Event.BotId);
    }

    [Fact]
    public void AnotherAppsMessageCarriesItsBotId()
    {
        Assert.Equal("B999", Envelope("event_message_bot_modern.json").Event!.BotId);
    }

    [Fact]
    public void AnAppHomeVisitNamesTheUserAndTheirDm()
    {
        SlackEventEnvelope envelope = Envelope("event_app_home_opened.json");

        Assert.Equal("T111", envelope.Team());
        Assert.Equal(("app_home_opened", "W111", "D111"), (envelope.Event!.Type, envelope.Event.User, envelope.Event.Channel));
    }

    [Fact]
    public void TheUrlCheckCarriesItsChallenge()
    {
        SlackEventEnvelope envelope = Envelope("url_verification.json");

        Assert.Equal("url_verification", envelope.Type);
        Assert.False(string.IsNullOrEmpty(envelope.Challenge));
        Assert.Equal(SlackFixtures.Json("url_verification.json").GetProperty("challenge").GetString(), envelope.Challenge);
    }

    [Fact]
    public void AnOrgWideEventWithoutATeamIdFallsBackToItsAuthorizationThenItsEnterprise()
    {
        var envelope = JsonSerializer.Deserialize(
            """{"type":"event_callback","enterprise_id":"E1","authorizations":[{"team_id":null,"enterprise_id":"E2"}]}""",
            SlackJsonContext.Default.SlackEventEnvelope)!;

        Assert.Equal("E2", envelope.Team());
        Assert.Equal("E1", (envelope with { Authorizations = null }).Team());
    }

    [Fact]
    public void AButtonPressReadsItsActionLabelContainerAndTeam()
    {
        SlackInteraction interaction = Interaction("block_actions_home_tab.json");

        Assert.Equal("block_actions", interaction.Type);
        Assert.Equal(("U123", "T123"), (interaction.User!.Id, interaction.TeamId()));
        Assert.Equal("view", interaction.Container!.Type);
        Assert.Null(interaction.Container.DirectMessageChannel);
        SlackAction action = Assert.Single(interaction.Actions!)!;
        Assert.Equal(("home_button_1", "home_actions", "create_task", "Create New Task"), (action.ActionId, action.BlockId, action.Value, action.Text!.Text));
        Assert.False(string.IsNullOrEmpty(interaction.TriggerId));
    }

    [Fact]
    public void AModalSubmitReadsItsCallbackAndTypedValues()
    {
        SlackInteraction interaction = Interaction("view_submission_modal.json");

        Assert.Equal("view_submission", interaction.Type);
        Assert.Equal("request-modal", interaction.View!.CallbackId);
        Assert.Equal("test test test", interaction.View.State!.Values!["request-block"]!["request-action"]!.Value);
        Assert.Equal("""{"request-block":"test test test"}""", SlackInteractionsEndpoint.ModalValues(interaction.View.State).ToJsonString());
    }

    [Fact]
    public void TheSignedSlashCommandReadsItsTeamUserTextAndUrls()
    {
        SlackCommand command = SlackCommand.Read(new SlackRequestBody(SlackFixtures.Bytes("slash_command_signed.txt")))!;

        Assert.Equal(("T1DC2JH3J", "U2CERLKJA", string.Empty), (command.TeamId, command.UserId, command.Text));
        Assert.Equal("hooks.slack.com", command.ResponseUrl!.Host);
        Assert.Equal("398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c", command.TriggerId);
    }

    [Theory]
    [InlineData("team_id")]
    [InlineData("user_id")]
    public void ACommandWithoutItsTeamOrUserIsNotACommand(string field)
    {
        string form = string.Join('&', SlackFixtures.Text("slash_command_signed.txt").Split('&').Where(p => !p.StartsWith(field + "=", StringComparison.Ordinal)));

        Assert.Null(SlackCommand.Read(new SlackRequestBody(Encoding.UTF8.GetBytes(form))));
    }

    private static SlackEventEnvelope Envelope(string fixture) =>
        JsonSerializer.Deserialize(SlackFixtures.Bytes(fixture), SlackJsonContext.Default.SlackEventEnvelope)!;

    private static SlackInteraction Interaction(string fixture) =>
        JsonSerializer.Deserialize(SlackFixtures.Bytes(fixture), SlackJsonContext.Default.SlackInteraction)!;
}
