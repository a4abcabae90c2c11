using System.Globalization;
using System.Text.Json;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

public sealed class DateTimePromptTests
{
    private static readonly PromptOptions s_options = new() { Prompt = "When is the interview?" };

    private static string Describe(DateTimeResolution r) => r.Value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) + (r.HasTime ? " timed" : " all-day");

    private static DialogTestClient CreateClient(PromptOptions? options = null, PromptValidator<DateTimeResolution>? validator = null)
    {
        var client = PromptHarness.Create(new DateTimePrompt("when", validator), options ?? s_options, Describe);
        client.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        // Monday 2026-01-05 09:00 UTC = 10:00 in Paris.
        client.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        return client;
    }

    [Theory]
    [InlineData("tomorrow at 9", "2026-01-06 09:00 +01:00 timed")]
    [InlineData("next Tuesday 3pm", "2026-01-06 15:00 +01:00 timed")]
    [InlineData("Friday at 10:30", "2026-01-09 10:30 +01:00 timed")]
    [InlineData("in 2 days", "2026-01-07 00:00 +01:00 all-day")]
    [InlineData("2026-04-01 14:30", "2026-04-01 14:30 +02:00 timed")]
    [InlineData("today", "2026-01-05 00:00 +01:00 all-day")]
    public async Task ResolvesTypedDatesInTheUsersTimeZone(string answer, string expected)
    {
        var client = CreateClient();
        await client.Send("hi").AssertReply("When is the interview?");
        await client.Send(answer).AssertReply($"Got: {expected}");
    }

    [Fact]
    public async Task FollowsTheInjectedClock()
    {
        var client = CreateClient();
        await client.Send("hi");
        client.Clock.Advance(TimeSpan.FromDays(30));
        await client.Send("tomorrow").AssertReply("Got: 2026-02-05");
    }

    [Fact]
    public async Task AcceptsAPickerSubmit()
    {
        var client = CreateClient(s_options with
        {
            Form = new FormReply("when", "Pick a time", [new FormField("date", "Date", FormFieldKind.Date), new FormField("time", "Time", FormFieldKind.Time)]),
        });
        await client.Send("hi").AssertReply<FormReply>(f => f.Markdown == "When is the interview?");
        await client.Submit(new Dictionary<string, string> { ["date"] = "2026-07-14", ["time"] = "16:45" })
            .AssertReply("Got: 2026-07-14 16:45 +02:00 timed");
    }

    [Theory]
    [MemberData(nameof(PromptHarness.HostileInputs), MemberType = typeof(PromptHarness))]
    [InlineData("the 45th of Smarch")]
    [InlineData("whenever")]
    public async Task RefusesNonsenseWithExamples(string answer)
    {
        var client = CreateClient();
        await client.Send("hi");
        await client.Send(answer).AssertReply("tomorrow at 3pm").AssertStatus(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task RefusesAMalformedPickerValue()
    {
        var client = CreateClient();
        await client.Send("hi");
        using var submit = JsonDocument.Parse("""{"date":"14/07/2026"}""");
        await client.SendValue(submit.RootElement.Clone()).AssertReply("couldn't read that date");
    }

    [Fact]
    public async Task ValidatorCanRefusePastDates()
    {
        var client = CreateClient(validator: (context, _) =>
        {
            bool future = context.Value.Value >= context.Context.Now.Date;
            context.RetryMessage = future ? null : "That's in the past; when is the next meeting?";
            return ValueTask.FromResult(future);
        });
        await client.Send("hi");
        await client.Send("2025-12-01").AssertReply("in the past");
        await client.Send("tomorrow").AssertReply("Got: 2026-01-06");
    }
}
