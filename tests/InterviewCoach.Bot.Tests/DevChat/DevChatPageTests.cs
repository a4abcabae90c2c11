using System.Text.Json;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Playwright;

namespace InterviewCoach.Bot.Tests.DevChat;

/// <summary>
/// The dev chat page in Debian's headless Chromium (never a downloaded browser), against the real host in local mode:
/// the welcome, a choice by clicking a card button, a form filled and submitted; and every card shape the bot sends,
/// parsed and rendered by the official adaptivecards package with Teams' host config at schema 1.5.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class DevChatPageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private TeamsTestHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "InterviewCoach.Bot.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is needed: apt-get install -y chromium");
        _host = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task AUserIsWelcomedPicksAGoalByClickingAndSubmitsTheForm()
    {
        IPage page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1000 }, TimezoneId = "Europe/Paris" });
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync(_host.BaseAddress.ToString());
        await page.GetByText(TestDialogs.Welcome).First.WaitForAsync();
        Assert.Contains("Europe/Paris", await page.InnerTextAsync("#transcript"), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Set a goal" }).ClickAsync();
        try
        {
            await page.GetByText(TestDialogs.FormTitle).WaitForAsync();
        }
        catch (TimeoutException)
        {
            Assert.Fail("form did not come: " + await page.InnerTextAsync("body"));
        }

        ILocator form = page.Locator(".msg.card").Last;
        await form.Locator("input[type=text], input:not([type])").First.FillAsync("UX research");
        await form.Locator("input[type=date]").FillAsync("2026-12-01");
        await form.Locator("input[type=time]").FillAsync("09:30");
        await form.GetByText("Career changer").ClickAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();

        await page.GetByText("Saved goal: UX research by 2026-12-01 at 09:30 as changer").WaitForAsync();
        Directory.CreateDirectory(ScreenshotDirectory);
        string screenshot = Path.Combine(ScreenshotDirectory, "devchat-goal-flow.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 1000);
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task ANewUserIsWelcomedAndSetsTheirGoalsWithTheRealCoachByClickingAndTyping()
    {
        await using TeamsTestHost coach = await TeamsTestHost.StartAsync(azurite.Azurite, channel: null, realCoach: true);
        IPage page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 900, Height = 1400 }, TimezoneId = "Europe/Paris" });
        await page.GotoAsync(coach.BaseAddress.ToString());

        await page.GetByText("informational interview is a short conversation").WaitForAsync();
        // The menu has more actions than a card shows as buttons, so it comes as a pick list with a Send button.
        ILocator menu = page.Locator(".msg.card").Last;
        await menu.GetByText("Set my goals").ClickAsync();
        await menu.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await AnswerAsync(page, "what name do you give", "Ana Souza");
        await AnswerAsync(page, "Which phone number", "skip");
        await page.GetByText("Where are you right now?").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Still exploring my options" }).Last.ClickAsync();
        await AnswerAsync(page, "Which fields do you want to learn about?", "UX research (design), data journalism");
        await AnswerAsync(page, "What do you want these conversations to do for you?", "1, 3");
        await AnswerAsync(page, "How many conversations would you like to have each week?", "2");

        await page.GetByText("Saved: your goals").WaitForAsync();
        string transcript = await page.InnerTextAsync("#transcript");
        Assert.Contains("UX research", transcript, StringComparison.Ordinal);
        Directory.CreateDirectory(ScreenshotDirectory);
        string screenshot = Path.Combine(ScreenshotDirectory, "devchat-real-goal-flow.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 1000);
    }

    private static async Task AnswerAsync(IPage page, string question, string answer)
    {
        await page.GetByText(question).Last.WaitForAsync();
        await page.FillAsync("#text", answer);
        await page.PressAsync("#text", "Enter");
    }

    [Fact]
    public async Task EveryCardTheBotSendsParsesValidatesAndRendersWithTheTeamsHostConfig()
    {
        IPage page = await _browser.NewPageAsync();
        await page.GotoAsync(_host.BaseAddress.ToString());
        await page.WaitForFunctionAsync("() => window.devChat !== undefined && window.AdaptiveCards !== undefined");

        foreach ((string name, Reply reply) in SampleReplies())
        {
            Activity activity = TeamsReplyRenderer.Render(reply);
            string card = activity.Attachments![0].Content!.ToJsonString();
            JsonElement result = await page.EvaluateAsync<JsonElement>("card => window.devChat.validateCard(JSON.parse(card))", card);

            Assert.True(result.GetProperty("parseErrors").GetArrayLength() == 0, $"{name}: {result}");
            Assert.True(result.GetProperty("validationErrors").GetArrayLength() == 0, $"{name}: {result}");
            Assert.True(result.GetProperty("rendered").GetBoolean(), name);
        }
    }

    private static IEnumerable<(string Name, Reply Reply)> SampleReplies()
    {
        ChoiceButton[] four = [new("Set a goal", "goal"), new("Contacts", "contacts"), new("Rehearse", "rehearse"), new("Help", "help")];
        ChoiceButton[] many = [.. Enumerable.Range(1, 9).Select(i => new ChoiceButton("Option " + i, "o" + i))];
        yield return ("four buttons", new ChoiceReply("What next?", four));
        yield return ("long list", new ChoiceReply("Pick one", many));
        yield return ("multi-select", new ChoiceReply("Pick any", four) { MultiSelect = true });
        yield return ("card", new CardReply("Ana Souza") with
        {
            Subtitle = "UX researcher at Contoso",
            Facts = [new CardFact("Stage", "Meeting booked"), new CardFact("When", "Tue 3 Dec, 09:30")],
            Sections = [new CardSection { Heading = "Questions", Markdown = "Keep it to **20 minutes**.", Items = ["What does a week look like?", "How did you start?"] }],
            Actions = [new ChoiceButton("Debrief", "debrief"), new ChoiceButton("Reschedule", "reschedule")],
        });
        yield return ("form with errors", new FormReply("meeting", "Meeting details", [
            new FormField("who", "Who", FormFieldKind.Text) { Required = true, Placeholder = "Name", InitialValue = "Ana", Max = 100 },
            new FormField("notes", "Notes", FormFieldKind.MultilineText),
            new FormField("minutes", "Minutes", FormFieldKind.Number) { Min = 10, Max = 60, InitialValue = "20" },
            new FormField("day", "Day", FormFieldKind.Date) { Required = true, InitialValue = "2026-12-03" },
            new FormField("time", "Time", FormFieldKind.Time) { InitialValue = "09:30" },
            new FormField("how", "How", FormFieldKind.Choice) { Choices = [new("Phone", "phone"), new("Video", "video")] },
            new FormField("topics", "Topics", FormFieldKind.MultiChoice) { Choices = [.. many] },
            new FormField("remind", "Remind me the day before", FormFieldKind.Toggle) { InitialValue = "true" },
        ])
        { Markdown = "Fix the fields below.", Errors = [new FormFieldError("day", "Pick a date.")] });
    }
}
