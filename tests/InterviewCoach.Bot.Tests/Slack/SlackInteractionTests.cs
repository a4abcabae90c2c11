using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;

namespace InterviewCoach.Bot.Tests.Slack;

[Collection(SharedAzurite.Name)]
public sealed class SlackInteractionTests(AzuriteFixture azurite)
{
    private const string Team = "T1";
    private const string User = "U1";

    private static async Task StartMenuAsync(SlackTestHost host)
    {
        using HttpResponseMessage response = await host.PostCommandAsync(Team, User, "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Slack.WaitForAsync("chat.postMessage");
    }

    private static string ChoiceActionId(FakeSlackCall post, string value)
    {
        foreach (JsonElement block in post.Json.GetProperty("blocks").EnumerateArray())
        {
            if (block.TryGetProperty("elements", out JsonElement elements))
            {
                foreach (JsonElement element in elements.EnumerateArray())
                {
                    if (element.TryGetProperty("value", out JsonElement v) && v.GetString() == value)
                    {
                        return element.GetProperty("action_id").GetString()!;
                    }
                }
            }
        }

        throw new InvalidOperationException("No button with value " + value);
    }

    [Fact]
    public async Task AButtonPressRoutesItsValueToTheWaitingPromptAndTheNextQuestionArrivesInTheDm()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await StartMenuAsync(host);
        FakeSlackCall menu = host.Slack.CallsTo("chat.postMessage").Single();

        using HttpResponseMessage response = await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, ChoiceActionId(menu, "goal"), "goal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FakeSlackCall next = (await host.Slack.WaitForAsync("chat.postMessage", 2))[1];
        Assert.Contains(SlackTestDialogs.GoalQuestion, next.Body, StringComparison.Ordinal);

        // A typed DM answers the text prompt; user text is escaped on the way back.
        using HttpResponseMessage dm = await host.PostEventAsync(SlackTestHost.DirectMessage(Team, User, "Learn about <UX> & research", "Ev1"));
        FakeSlackCall saved = (await host.Slack.WaitForAsync("chat.postMessage", 3))[2];
        Assert.Contains("Goal saved: Learn about &lt;UX&gt; &amp; research", saved.Json.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormOpensAsAModalValidatesInlineAndClosesOnAValidSubmit()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await StartMenuAsync(host);
        FakeSlackCall menu = host.Slack.CallsTo("chat.postMessage").Single();

        // The press carries a fresh trigger, so the form opens as a modal straight away (and the DM gets a button to reopen it).
        await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, ChoiceActionId(menu, "add contact"), "add contact"));
        FakeSlackCall opened = (await host.Slack.WaitForAsync("views.open")).Single();
        Assert.Equal("trigger-1", opened.Json.GetProperty("trigger_id").GetString());
        Assert.Equal("contact", opened.Json.GetProperty("view").GetProperty("private_metadata").GetString());
        FakeSlackCall formMessage = (await host.Slack.WaitForAsync("chat.postMessage", 2))[1];
        Assert.Contains(SlackActionIds.FormOpen, formMessage.Body, StringComparison.Ordinal);

        // The "Open the form" button finds the waiting form in the dialog state and opens it with its own trigger.
        using HttpResponseMessage reopen = await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, SlackActionIds.FormOpen, "contact", triggerId: "trigger-3"));
        Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        Assert.Equal("trigger-3", host.Slack.CallsTo("views.open")[1].Json.GetProperty("trigger_id").GetString());

        var bad = new JsonObject
        {
            ["name"] = SlackPayloads.Input("plain_text_input", "value", null),
            ["meetings"] = SlackPayloads.Input("number_input", "value", "42"),
            ["met"] = SlackPayloads.Input("datepicker", "selected_date", null),
        };
        using HttpResponseMessage refused = await host.PostInteractionAsync(SlackPayloads.ViewSubmission(Team, User, "contact", bad));
        JsonElement errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("errors", errors.GetProperty("response_action").GetString());
        Assert.Equal(["meetings", "name"], errors.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var good = new JsonObject
        {
            ["name"] = SlackPayloads.Input("plain_text_input", "value", "Jane"),
            ["meetings"] = SlackPayloads.Input("number_input", "value", "3"),
            ["met"] = SlackPayloads.Input("datepicker", "selected_date", "2026-01-02"),
        };
        using HttpResponseMessage accepted = await host.PostInteractionAsync(SlackPayloads.ViewSubmission(Team, User, "contact", good));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(string.Empty, await accepted.Content.ReadAsStringAsync());
        FakeSlackCall saved = (await host.Slack.WaitForAsync("chat.postMessage", 3))[2];
        Assert.Contains("Saved: meetings=3, met=2026-01-02, name=Jane", saved.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateAndTimePickersInAMessageAnswerTheWaitingPromptWhenSubmitted()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await StartMenuAsync(host);
        FakeSlackCall menu = host.Slack.CallsTo("chat.postMessage").Single();
        await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, ChoiceActionId(menu, "schedule"), "schedule"));
        FakeSlackCall pickers = (await host.Slack.WaitForAsync("chat.postMessage", 2))[1];
        Assert.Contains("\"datepicker\"", pickers.Body, StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("views.open"));

        // Changing a picker alone does nothing; the submit button sends both values.
        await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, SlackActionIds.Field + "date", null));
        var state = new JsonObject
        {
            ["form_0"] = new JsonObject
            {
                [SlackActionIds.Field + "date"] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = "2026-03-04" },
                [SlackActionIds.Field + "time"] = new JsonObject { ["type"] = "timepicker", ["selected_time"] = "09:30" },
            },
        };
        await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, SlackActionIds.FormSubmit, "when", stateValues: state));

        FakeSlackCall saved = (await host.Slack.WaitForAsync("chat.postMessage", 3))[2];
        Assert.Contains("Saved: date=2026-03-04, time=09:30", saved.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APressedQuestionLosesItsButtonsSoAStalePressCannotAnswerALaterQuestion()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        await StartMenuAsync(host);
        FakeSlackCall menu = host.Slack.CallsTo("chat.postMessage").Single();
        JsonNode message = JsonNode.Parse(menu.Body)!;
        message["ts"] = "1.2";
        string actionBlock = menu.Json.GetProperty("blocks").EnumerateArray().First(b => b.GetProperty("type").GetString() == "actions").GetProperty("block_id").GetString()!;

        await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, ChoiceActionId(menu, "goal"), "goal", message: message, blockId: actionBlock, buttonText: "Goal"));

        FakeSlackCall update = (await host.Slack.WaitForAsync("chat.update")).Single();
        Assert.Equal("DU1", update.Field("channel"));
        Assert.Equal("1.2", update.Field("ts"));
        Assert.DoesNotContain(update.Json.GetProperty("blocks").EnumerateArray(), b => b.GetProperty("type").GetString() == "actions");
        Assert.Contains("✓ Goal", update.Body, StringComparison.Ordinal);
        Assert.Contains(SlackTestDialogs.MenuQuestion, update.Body, StringComparison.Ordinal);
        await host.Slack.WaitForAsync("chat.postMessage", 2);
    }

    [Theory]
    [InlineData("""{"type":"block_actions","user":{"id":"U1","team_id":"T1"},"actions":[{"action_id":"coach.multi.submit","value":"multi_0"}],"state":{"values":{"multi_0":"oops"}},"message":"nope","container":{"type":"message","channel_id":"DU1","message_ts":"1.2"}}""")]
    [InlineData("""{"type":"block_actions","user":{"id":"U1","team_id":"T1"},"actions":[{"action_id":"coach.form.submit","value":"when"}],"state":{"values":[1,2]},"message":{"blocks":7}}""")]
    [InlineData("""{"type":"block_actions","user":"U1","actions":"none"}""")]
    [InlineData("""{"type":"view_submission","user":{"id":"U1","team_id":"T1"},"view":{"callback_id":"coach.form","private_metadata":"contact","state":{"values":{"name":null,"meetings":{"value":null}}}}}""")]
    [InlineData("""[1,2,3]""")]
    public async Task OddlyShapedPayloadsNeverCauseAServerError(string payload)
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostInteractionAsync(payload);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }

    [Fact]
    public async Task HomeTabCommandButtonsStartTheirFlowInTheDm()
    {
        await using SlackTestHost host = await SlackTestHost.StartAsync(azurite.Azurite);
        using HttpResponseMessage response = await host.PostInteractionAsync(SlackPayloads.BlockAction(Team, User, SlackActionIds.Command + "8", "help"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        FakeSlackCall post = (await host.Slack.WaitForAsync("chat.postMessage")).Single();
        Assert.Equal("DU1", post.Field("channel"));
    }
}
