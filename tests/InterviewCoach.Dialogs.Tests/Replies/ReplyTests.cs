using System.Text.Json;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Replies;

public sealed class ReplyTests
{
    private static readonly JsonSerializerOptions s_web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void RepliesSerialiseWithATypeDiscriminatorAndComeBackEqual()
    {
        Reply[] replies =
        [
            new TextReply("**Hi** _there_"),
            new ChoiceReply("Pick", [new ChoiceButton("One", "1")]) { MultiSelect = true },
            new CardReply("Ada") { Subtitle = "UX lead", Facts = [new CardFact("Met", "2026-01-05")], Sections = [new CardSection { Heading = "Questions", Items = ["Why UX?"] }] },
            new FormReply("f", "Form", [new FormField("n", "Name", FormFieldKind.Text) { Required = true }]) { Errors = [new FormFieldError("n", "Required")] },
        ];

        string json = JsonSerializer.Serialize(replies, s_web);
        Reply[] back = JsonSerializer.Deserialize<Reply[]>(json, s_web)!;

        Assert.Contains("\"type\":\"card\"", json, StringComparison.Ordinal);
        Assert.Equal(replies.Select(r => r.ToPlainText()), back.Select(r => r.ToPlainText()));
        Assert.Equal(replies.Select(r => r.GetType()), back.Select(r => r.GetType()));
    }

    [Fact]
    public void PlainTextFlattensCardsForFallbacks()
    {
        var card = new CardReply("Ada") { Facts = [new CardFact("Role", "Designer")], Sections = [new CardSection { Heading = "Next", Items = ["Send thanks"] }], Actions = [new ChoiceButton("Done", "done")] };
        Assert.Equal("Ada\nRole: Designer\nNext\n- Send thanks\n[Done]", card.ToPlainText());
    }

    [Fact]
    public void ButtonPayloadsRoundTrip()
    {
        Assert.True(ButtonPayload.TryGetChoice(ButtonPayload.Create("écoute"), out string value));
        Assert.Equal("écoute", value);
        Assert.True(ButtonPayload.TryGetStart(ButtonPayload.CreateStart("debrief", new { MeetingId = 7 }), out string dialogId, out JsonElement? options));
        Assert.Equal("debrief", dialogId);
        Assert.Equal(7, options!.Value.GetProperty("meetingId").GetInt32());
        Assert.False(ButtonPayload.TryGetChoice(null, out _));
    }
}
