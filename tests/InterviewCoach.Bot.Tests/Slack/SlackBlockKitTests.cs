using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Coaching.Prep;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Tests.Slack;

public sealed class SlackBlockKitTests
{
    // Keeps apostrophes and accents readable so assertions match what the user sees.
    private static readonly JsonSerializerOptions s_readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!channel> hi", "&lt;!channel&gt; hi")]
    [InlineData("<@U123|bob>", "&lt;@U123|bob&gt;")]
    [InlineData("\"quotes\" and 'apostrophes' stay", "\"quotes\" and 'apostrophes' stay")]
    [InlineData("&amp;", "&amp;amp;")]
    public void OnlyAmpersandAndAngleBracketsAreEscaped(string input, string expected) =>
        Assert.Equal(expected, SlackMrkdwn.Escape(input));

    [Fact]
    public void TheEnginesMarkdownBecomesMrkdwn() =>
        Assert.Equal(
            "*Bold* and _italic_ <https://example.com/a?b=1&amp;c=2|a link>\n• one\n• two &lt;script&gt;",
            SlackMrkdwn.FromMarkdown("**Bold** and _italic_ [a link](https://example.com/a?b=1&c=2)\n- one\n- two <script>"));

    [Fact]
    public void ThePrepsClosingLinesBecomeMrkdwnWithTheirCommandInBold()
    {
        CardReply prep = MeetingPrep.Checklist(null, null, null, TimeZoneInfo.Utc);

        string text = string.Join('\n', SlackBlockKit.RenderMessages([prep]).SelectMany(m => m.Blocks).Select(b => b!.ToJsonString(s_readable)));

        Assert.Contains("I asked you for 20 minutes and I want to keep to that", text, StringComparison.Ordinal);
        Assert.Contains("We've been talking for 30 minutes", text, StringComparison.Ordinal);
        Assert.Contains("Type *rehearse*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**rehearse**", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongTextIsSplitIntoSectionsOfAtMost3000Characters()
    {
        string text = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"Line {i}: " + new string('x', 40)));
        IReadOnlyList<SlackMessage> messages = SlackBlockKit.RenderMessages([new TextReply(text)]);

        List<string> sections = [.. messages.SelectMany(m => m.Blocks).Select(b => b!["text"]!["text"]!.GetValue<string>())];
        Assert.All(sections, s => Assert.InRange(s.Length, 1, SlackBlockKit.MaxSectionText));
        Assert.Equal(text, string.Join('\n', sections));
    }

    [Fact]
    public void ManyRepliesAreSpreadOverMessagesOfAtMost50Blocks()
    {
        Reply[] replies = [.. Enumerable.Range(0, 120).Select(i => new TextReply($"Reply {i}"))];
        IReadOnlyList<SlackMessage> messages = SlackBlockKit.RenderMessages(replies);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(m.Blocks.Count, 1, SlackBlockKit.MaxMessageBlocks));
        Assert.Equal(120, messages.Sum(m => m.Blocks.Count));
        Assert.StartsWith("Reply 0", messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeBlocksAreSpreadSoNoMessageCarriesMoreThanAboutTwelveThousandCharacters()
    {
        Reply[] replies = [.. Enumerable.Range(0, 10).Select(i => new TextReply(new string('y', 2900)))];
        IReadOnlyList<SlackMessage> messages = SlackBlockKit.RenderMessages(replies);
        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Blocks.ToJsonString().Length <= SlackBlockKit.MaxMessageCharacters + 200));
    }

    [Fact]
    public void ChoiceButtonsCarryTheirValueAndLongTitlesOrValuesStayWithinLimits()
    {
        string longValue = new('v', 2500);
        var reply = new ChoiceReply("Pick <one>", [new ChoiceButton("Yes", "yes"), new ChoiceButton(new string('T', 100), longValue)]);
        JsonArray blocks = SlackBlockKit.RenderMessages([reply]).Single().Blocks;

        Assert.Equal("Pick &lt;one&gt;", blocks[0]!["text"]!["text"]!.GetValue<string>());
        JsonArray buttons = blocks[1]!["elements"]!.AsArray();
        Assert.Equal("yes", buttons[0]!["value"]!.GetValue<string>());
        Assert.StartsWith(SlackActionIds.Choice, buttons[0]!["action_id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(SlackBlockKit.MaxButtonText, buttons[1]!["text"]!["text"]!.GetValue<string>().Length);
        Assert.InRange(buttons[1]!["value"]!.GetValue<string>().Length, 1, SlackBlockKit.MaxButtonValue);
    }

    [Fact]
    public void ActionIdsAndBlockIdsAreUniqueWithinAMessage()
    {
        Reply[] replies =
        [
            new ChoiceReply("One", [.. Enumerable.Range(0, 12).Select(i => new ChoiceButton($"B{i}", $"b{i}"))]),
            new ChoiceReply("Two", [new ChoiceButton("A", "a"), new ChoiceButton("B", "b")]),
            new CardReply("Card") { Actions = [new ChoiceButton("C", "c")] },
        ];
        JsonArray blocks = SlackBlockKit.RenderMessages(replies).Single().Blocks;

        List<string> blockIds = [.. blocks.Select(b => b!["block_id"]?.GetValue<string>()).OfType<string>()];
        List<string> actionIds = [.. blocks.SelectMany(b => b!["elements"]?.AsArray() ?? []).Select(e => e!["action_id"]?.GetValue<string>()).OfType<string>()];
        Assert.Equal(blockIds.Count, blockIds.Distinct().Count());
        Assert.Equal(15, actionIds.Count);
        Assert.Equal(actionIds.Count, actionIds.Distinct().Count());
    }

    [Fact]
    public void AFormBecomesAModalWithOneInputBlockPerFieldKeyedByFieldId()
    {
        JsonObject modal = SlackBlockKit.RenderModal(SlackTestDialogs.ContactForm with { Title = "A title longer than twenty-four characters" });

        Assert.Equal("modal", modal["type"]!.GetValue<string>());
        Assert.Equal(SlackActionIds.FormCallback, modal["callback_id"]!.GetValue<string>());
        Assert.Equal(SlackTestDialogs.FormId, modal["private_metadata"]!.GetValue<string>());
        Assert.InRange(modal["title"]!["text"]!.GetValue<string>().Length, 1, SlackBlockKit.MaxViewTitle);
        JsonArray blocks = modal["blocks"]!.AsArray();
        Assert.Equal(["name", "meetings", "met"], blocks.Select(b => b!["block_id"]!.GetValue<string>()));
        Assert.Equal(["plain_text_input", "number_input", "datepicker"], blocks.Select(b => b!["element"]!["type"]!.GetValue<string>()));
        Assert.False(blocks[0]!["optional"]!.GetValue<bool>());
        Assert.True(blocks[1]!["optional"]!.GetValue<bool>());
    }

    [Fact]
    public void FieldErrorsBecomeAnErrorsResponseKeyedByBlockId()
    {
        JsonObject answer = SlackBlockKit.RenderErrors([new FormFieldError("name", "Required"), new FormFieldError("meetings", "Between 0 and 10")]);
        Assert.Equal("""{"response_action":"errors","errors":{"name":"Required","meetings":"Between 0 and 10"}}""", answer.ToJsonString());
    }

    [Fact]
    public void ADateAndTimeQuestionShowsPickersInTheMessageAndOtherFormsAButtonThatOpensAModal()
    {
        JsonArray pickers = SlackBlockKit.RenderMessages([SlackTestDialogs.DatePicker]).Single().Blocks;
        JsonArray form = SlackBlockKit.RenderMessages([SlackTestDialogs.ContactForm]).Single().Blocks;

        Assert.Equal(["datepicker", "timepicker", "button"], pickers[^1]!["elements"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()));
        JsonNode open = form[^1]!["elements"]![0]!;
        Assert.Equal(SlackActionIds.FormOpen, open["action_id"]!.GetValue<string>());
        Assert.Equal(SlackTestDialogs.FormId, open["value"]!.GetValue<string>());
    }

    [Fact]
    public void TheHomeTabStaysWithinOneHundredBlocks()
    {
        JsonObject home = SlackBlockKit.RenderHome("Home", [.. Enumerable.Range(0, 80).Select(i => $"Section {i}")], SlackCommandRouter.MenuButtons());
        Assert.Equal(SlackBlockKit.MaxViewBlocks, home["blocks"]!.AsArray().Count);
    }

    [Fact]
    public void TheWeeklyReviewCardShowsEachDatedSummaryInBoldMrkdwn()
    {
        string text = string.Join('\n', SlackBlockKit.RenderMessages([WeekOfTwo()]).SelectMany(m => m.Blocks).Select(b => b!.ToJsonString(s_readable)));

        int maria = text.IndexOf("*Mon 5 Jan 2026: Maria Lopez*", StringComparison.Ordinal);
        int ben = text.IndexOf("*Wed 7 Jan 2026: Ben Cho*", StringComparison.Ordinal);
        Assert.True(maria >= 0 && ben > maria, text);
        Assert.True(text.IndexOf("Rotas change every six weeks.", StringComparison.Ordinal) > maria);
        Assert.True(text.IndexOf("Analysts start on the service desk.", StringComparison.Ordinal) > ben);
        Assert.Contains("*Learned:*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
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
}
