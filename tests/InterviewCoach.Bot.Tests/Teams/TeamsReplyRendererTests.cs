using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Coaching.Prep;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Tests.Teams;

public sealed class TeamsReplyRendererTests
{
    // Keeps apostrophes and accents readable so assertions match what the user sees.
    private static readonly JsonSerializerOptions s_readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ChoiceButton[] s_three = [new("Set a goal", "goal"), new("Contacts", "contacts"), new("Help", "help")];

    [Fact]
    public void TextBecomesAMarkdownMessage()
    {
        Activity activity = TeamsReplyRenderer.Render(new TextReply("**Hi** _there_"));
        Assert.Equal("markdown", activity.TextFormat);
        Assert.Equal("**Hi** _there_", activity.Text);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void ThePrepsClosingLinesReachTheCardWithTheirCommandInBold()
    {
        CardReply prep = MeetingPrep.Checklist(null, null, null, TimeZoneInfo.Utc);

        string card = Card(TeamsReplyRenderer.Render(prep)).ToJsonString(s_readable);

        Assert.Contains("Closing lines", card, StringComparison.Ordinal);
        Assert.Contains("I asked you for 20 minutes and I want to keep to that", card, StringComparison.Ordinal);
        Assert.Contains("We've been talking for 30 minutes", card, StringComparison.Ordinal);
        Assert.Contains("Type **rehearse**", card, StringComparison.Ordinal);
    }

    [Fact]
    public void UpToThreeButtonsBecomeSuggestedActionsThatSendTheTitle()
    {
        Activity activity = TeamsReplyRenderer.Render(new ChoiceReply("Pick one", s_three));
        Assert.Equal(["Set a goal", "Contacts", "Help"], activity.SuggestedActions!.Actions.Select(a => a.Value));
        Assert.All(activity.SuggestedActions.Actions, a => Assert.Equal("imBack", a.Type));
    }

    [Fact]
    public void MoreButtonsBecomeACardWhoseSubmitsCarryTheChoicePayload()
    {
        ChoiceButton[] four = [.. s_three, new("Progress", "progress")];
        JsonObject card = Card(TeamsReplyRenderer.Render(new ChoiceReply("Pick one", four)));
        Assert.Null(TeamsReplyRenderer.Render(new ChoiceReply("Pick one", four)).Text);
        Assert.Equal(4, card["actions"]!.AsArray().Count);
        Assert.Equal("progress", card["actions"]![3]!["data"]!["choice"]!.GetValue<string>());
    }

    [Fact]
    public void ManyOrMultiSelectChoicesBecomeAChoiceSetNamedChoice()
    {
        ChoiceButton[] many = [.. Enumerable.Range(1, 8).Select(i => new ChoiceButton("Option " + i, "o" + i))];
        JsonObject card = Card(TeamsReplyRenderer.Render(new ChoiceReply("Pick", many) { MultiSelect = true }));
        JsonNode input = card["body"]![1]!;
        Assert.Equal("Input.ChoiceSet", input["type"]!.GetValue<string>());
        Assert.Equal(ButtonPayload.ChoiceProperty, input["id"]!.GetValue<string>());
        Assert.True(input["isMultiSelect"]!.GetValue<bool>());
    }

    [Fact]
    public void FormFieldsBecomeTypedInputsKeyedByFieldIdWithErrorsAndInitialValues()
    {
        var form = new FormReply("f", "Meeting", [
            new FormField("who", "Who", FormFieldKind.Text) { Required = true, InitialValue = "Ana" },
            new FormField("notes", "Notes", FormFieldKind.MultilineText),
            new FormField("day", "Day", FormFieldKind.Date),
            new FormField("time", "Time", FormFieldKind.Time),
            new FormField("mins", "Minutes", FormFieldKind.Number) { Min = 10, Max = 60 },
            new FormField("kind", "Kind", FormFieldKind.Choice) { Choices = [new("Phone", "phone"), new("Video", "video")] },
            new FormField("tags", "Tags", FormFieldKind.MultiChoice) { Choices = [new("A", "a"), new("B", "b")] },
            new FormField("remind", "Remind me", FormFieldKind.Toggle),
        ])
        { Errors = [new FormFieldError("day", "Pick a date.")] };

        JsonArray body = Card(TeamsReplyRenderer.Render(form))["body"]!.AsArray();
        Dictionary<string, JsonNode> inputs = body.Where(e => e!["id"] is not null).ToDictionary(e => e!["id"]!.GetValue<string>(), e => e!);

        Assert.Equal("Input.Text", inputs["who"]["type"]!.GetValue<string>());
        Assert.Equal("Ana", inputs["who"]["value"]!.GetValue<string>());
        Assert.True(inputs["who"]["isRequired"]!.GetValue<bool>());
        Assert.True(inputs["notes"]["isMultiline"]!.GetValue<bool>());
        Assert.Equal("Input.Date", inputs["day"]["type"]!.GetValue<string>());
        Assert.Equal("Input.Time", inputs["time"]["type"]!.GetValue<string>());
        Assert.Equal("Input.Number", inputs["mins"]["type"]!.GetValue<string>());
        Assert.Equal("Input.ChoiceSet", inputs["kind"]["type"]!.GetValue<string>());
        Assert.True(inputs["tags"]["isMultiSelect"]!.GetValue<bool>());
        Assert.Equal("Input.Toggle", inputs["remind"]["type"]!.GetValue<string>());
        Assert.Contains(body, e => e!["text"]?.GetValue<string>() == "Pick a date." && e["color"]!.GetValue<string>() == "Attention");
    }

    [Fact]
    public void TheWeeklyReviewCardShowsEachDatedSummaryUnderItsOwnHeading()
    {
        JsonArray body = Card(TeamsReplyRenderer.Render(WeekOfTwo()))["body"]!.AsArray();
        string[] texts = [.. body.Select(b => b!["text"]?.GetValue<string>() ?? string.Empty)];

        Assert.Equal("Your week: 2 conversations", texts[0]);
        Assert.Contains("Mon 5 Jan 2026 to Sun 11 Jan 2026", texts);
        int maria = Array.IndexOf(texts, "Mon 5 Jan 2026: Maria Lopez");
        int ben = Array.IndexOf(texts, "Wed 7 Jan 2026: Ben Cho");
        Assert.True(maria > 0 && ben > maria, string.Join(" | ", texts));
        Assert.Equal("Bolder", body[maria]!["weight"]!.GetValue<string>());
        Assert.Contains("Rotas change every six weeks.", texts[maria + 1], StringComparison.Ordinal);
        Assert.Contains("Analysts start on the service desk.", texts[ben + 1], StringComparison.Ordinal);
    }
    private static CardReply WeekOfTwo()
    {
        var now = new DateTimeOffset(2026, 1, 9, 16, 0, 0, TimeSpan.Zero);
        InterviewCoach.Coaching.Debrief.DebriefRecord[] week =
        [
            new() { Id = "20260105-a", ContactId = "c-maria", ContactName = "Maria Lopez", MetOn = new DateOnly(2026, 1, 5), Learned = "Rotas change every six weeks.", CreatedAt = now },
            new() { Id = "20260107-b", ContactId = "c-ben", ContactName = "Ben Cho", MetOn = new DateOnly(2026, 1, 7), Learned = "Analysts start on the service desk.", CreatedAt = now },
        ];
        return InterviewCoach.Coaching.Debrief.WeeklyReview.Card(week, now);
    }

    private static JsonObject Card(Activity activity)
    {
        Attachment attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        JsonObject card = attachment.Content!.AsObject();
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        return card;
    }
}
