using System.Text.Json.Nodes;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Bot.Tests.Conversations;

/// <summary>
/// Booking a meeting as each channel draws it: the length is a box the user can type "half an hour" into (not a
/// number box), and a length past the cap comes back as buttons offering 30 minutes, in Teams and in Slack.
/// </summary>
public sealed class MeetingLengthRenderingTests
{
    private static async Task<(DialogTestClient Client, TestTurn Form)> BookingFormAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var records = new InMemoryUserRecordStore(clock);
        var client = new DialogTestClient(CoachDialogs.Create(new CoachServices(records, clock)), CoachDialogs.MenuDialogId, clock: clock);
        Contact maria = Contact.Create("Maria Lopez", clock.GetUtcNow()) with { Stage = ContactStage.Asked };
        await records.SaveAsync(client.UserKey, UserRecordKinds.Contact, maria.Id, maria, CoachingJsonContext.Default.Contact, IUserRecordStore.AnyETag);
        await client.Send("hi");
        await client.Send("contacts");
        await client.Press($"stage:{maria.Id}");
        await client.Press(nameof(ContactStage.MeetingSet));
        return (client, await client.Send("Thursday at 10am"));
    }

    [Fact]
    public async Task TeamsShowsTheLengthAsATextBoxAndTheCapAsButtons()
    {
        (DialogTestClient client, TestTurn formTurn) = await BookingFormAsync();
        FormReply form = formTurn.Replies.OfType<FormReply>().Single();

        JsonObject card = AdaptiveCards.ForForm(form);
        JsonObject minutes = Inputs(card).Single(i => i["id"]!.GetValue<string>() == "minutes");
        Assert.Equal(("Input.Text", "20"), (minutes["type"]!.GetValue<string>(), minutes["value"]!.GetValue<string>()));
        Assert.Equal("Input.Toggle", Inputs(card).Single(i => i["id"]!.GetValue<string>() == "call")["type"]!.GetValue<string>());

        TestTurn offer = await client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4", ["timeZone"] = "UTC", ["minutes"] = "an hour" });
        string rendered = AdaptiveCards.ForChoices(offer.Replies.OfType<ChoiceReply>().Single()).ToJsonString();
        Assert.Contains("60 minutes is more than a first conversation should ask for", rendered, StringComparison.Ordinal);
        Assert.Contains("\"30 minutes\"", rendered, StringComparison.Ordinal);
        Assert.Contains("\"20 minutes\"", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlackShowsTheLengthAsATextInputAndTheCapAsButtons()
    {
        (DialogTestClient client, TestTurn formTurn) = await BookingFormAsync();
        FormReply form = formTurn.Replies.OfType<FormReply>().Single();

        JsonArray blocks = SlackBlockKit.RenderModal(form)["blocks"]!.AsArray();
        JsonNode minutes = blocks.Single(b => b!["block_id"]?.GetValue<string>() == "minutes")!["element"]!;
        Assert.Equal(("plain_text_input", "20"), (minutes["type"]!.GetValue<string>(), minutes["initial_value"]!.GetValue<string>()));

        TestTurn offer = await client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4", ["timeZone"] = "UTC", ["minutes"] = "45 mins" });
        JsonArray message = SlackBlockKit.RenderMessages(offer.Replies).Single().Blocks;
        string text = message.ToJsonString();
        Assert.Contains("45 minutes is more than a first conversation should ask for", text, StringComparison.Ordinal);
        List<string> buttons = [.. message.SelectMany(b => b!["elements"]?.AsArray() ?? []).Where(e => e!["type"]?.GetValue<string>() == "button").Select(e => e!["text"]!["text"]!.GetValue<string>())];
        Assert.Equal(["30 minutes", "20 minutes"], buttons);
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : Inputs(n)),
        _ => [],
    };
}
