using System.Text.Json;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Dialogs.Tests.Prompts;

public sealed class FormPromptTests
{
    private static readonly FormReply s_form = new("contact", "New contact",
    [
        new FormField("name", "Name", FormFieldKind.Text) { Required = true, Max = 100, Placeholder = "Ada Lovelace" },
        new FormField("notes", "Notes", FormFieldKind.MultilineText),
        new FormField("years", "Years in the field", FormFieldKind.Number) { Min = 0, Max = 60 },
        new FormField("met", "First met", FormFieldKind.Date),
        new FormField("at", "Time", FormFieldKind.Time),
        new FormField("how", "How you know them", FormFieldKind.Choice) { Choices = [new("Colleague", "colleague"), new("Friend", "friend")] },
        new FormField("topics", "Topics", FormFieldKind.MultiChoice) { Choices = [new("Career", "career"), new("Skills", "skills")] },
        new FormField("remind", "Remind me", FormFieldKind.Toggle),
    ])
    {
        SubmitLabel = "Save contact",
    };

    private static readonly PromptOptions s_options = new() { Form = s_form };

    private static string Describe(FormSubmission s) =>
        string.Join("; ", s.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    [Fact]
    public async Task ShowsTheFormWithItsFieldsAndSubmitLabel()
    {
        var client = PromptHarness.Create(new FormPrompt("form"), s_options, Describe);
        await client.Send("hi").AssertReply<FormReply>(f => f.Fields.Count == 8 && f.SubmitLabel == "Save contact" && f.Errors.Count == 0);
    }

    [Fact]
    public async Task AcceptsAValidSubmitWithCanonicalTypedValues()
    {
        var client = PromptHarness.Create(new FormPrompt("form"), s_options, Describe);
        await client.Send("hi");
        using var submit = JsonDocument.Parse("""
            {"name":" Ada ","notes":"Met at a meetup 🎉","years":"12","met":"2025-11-02T00:00:00","at":"9:05",
             "how":"friend","topics":["career","skills"],"remind":true,"extra":"ignored"}
            """);
        await client.SendValue(submit.RootElement.Clone())
            .AssertReply("Got: at=09:05; how=friend; met=2025-11-02; name=Ada; notes=Met at a meetup 🎉; remind=true; topics=career,skills; years=12");
    }

    [Fact]
    public async Task ReadsTypedValuesFromTheSubmission()
    {
        FormSubmission? captured = null;
        var prompt = new FormPrompt("form", (context, _) =>
        {
            captured = context.Value;
            return ValueTask.FromResult(true);
        });
        var client = PromptHarness.Create(prompt, s_options, Describe);
        await client.Send("hi");
        await client.Submit(new Dictionary<string, string> { ["name"] = "Ada", ["years"] = "7", ["met"] = "2025-11-02", ["topics"] = "career,skills", ["remind"] = "false" });
        Assert.NotNull(captured);
        Assert.Equal("Ada", captured.GetText("name"));
        Assert.Equal(7m, captured.GetNumber("years"));
        Assert.Equal(new DateOnly(2025, 11, 2), captured.GetDate("met"));
        Assert.Null(captured.GetTime("at"));
        Assert.Equal(["career", "skills"], captured.GetChoices("topics"));
        Assert.False(captured.GetToggle("remind"));
    }

    [Fact]
    public async Task RefusesBadFieldsOneByOneAndKeepsWhatTheUserEntered()
    {
        var client = PromptHarness.Create(new FormPrompt("form"), s_options, Describe);
        await client.Send("hi");
        await client.Submit(new Dictionary<string, string>
        {
            ["name"] = string.Empty,
            ["years"] = "seventy",
            ["met"] = "02/11/2025",
            ["at"] = "25:00",
            ["how"] = "enemy",
            ["topics"] = "career,cooking",
            ["remind"] = "perhaps",
            ["notes"] = "kept",
        }).AssertReply<FormReply>(f =>
            f.Errors.Select(e => e.FieldId).SequenceEqual(["name", "years", "met", "at", "how", "topics", "remind"])
            && f.Fields.Single(x => x.Id == "notes").InitialValue == "kept"
            && f.Fields.Single(x => x.Id == "years").InitialValue == "seventy")
            .AssertStatus(DialogTurnStatus.Waiting);
    }

    [Fact]
    public async Task RefusesNumbersOutOfRangeAndOverlongText()
    {
        var client = PromptHarness.Create(new FormPrompt("form"), s_options, Describe);
        await client.Send("hi");
        await client.Submit(new Dictionary<string, string> { ["name"] = new string('n', 10_000), ["years"] = "61" })
            .AssertReply<FormReply>(f => f.Errors.Count == 2
                && f.Errors[0].Message.Contains("under 100", StringComparison.Ordinal)
                && f.Errors[1].Message.Contains("from 0 to 60", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PromptHarness.HostileInputs), MemberType = typeof(PromptHarness))]
    public async Task TypedTextInsteadOfASubmitAsksToUseTheForm(string answer)
    {
        var client = PromptHarness.Create(new FormPrompt("form"), s_options, Describe);
        await client.Send("hi");
        await client.Send(answer).AssertReply<FormReply>(f => f.Markdown!.Contains("fill in the form", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedTextTheReaderUnderstandsIsCheckedLikeASubmit()
    {
        FormTextReader read = (_, text) => text.StartsWith("not ", StringComparison.Ordinal) ? null
            : new Dictionary<string, string> { ["name"] = text, ["years"] = "7" };
        var client = PromptHarness.Create(new FormPrompt("form", readText: read), s_options with { RetryPrompt = "Type a name or use the form." }, Describe);
        await client.Send("hi");

        await client.Send("not a name").AssertReply<FormReply>(f => f.Markdown == "Type a name or use the form." && f.Errors.Count == 0);
        await client.Send(new string('n', 101)).AssertReply<FormReply>(f => f.Errors.Count == 1 && f.Errors[0].FieldId == "name");
        await client.Send("Ada").AssertReply("Got: at=; how=; met=; name=Ada; notes=; remind=false; topics=; years=7");
    }

    [Fact]
    public async Task ValidatorAddsCrossFieldErrors()
    {
        var prompt = new FormPrompt("form", (context, _) =>
        {
            if (context.Value.GetToggle("remind") && context.Value.GetDate("met") is null)
            {
                context.AddFieldError("met", "I need a date to remind you.");
                return ValueTask.FromResult(false);
            }

            return ValueTask.FromResult(true);
        });
        var client = PromptHarness.Create(prompt, s_options, Describe);
        await client.Send("hi");
        await client.Submit(new Dictionary<string, string> { ["name"] = "Ada", ["remind"] = "true" })
            .AssertReply<FormReply>(f => f.Errors.Single() == new FormFieldError("met", "I need a date to remind you."));
        await client.Submit(new Dictionary<string, string> { ["name"] = "Ada", ["remind"] = "true", ["met"] = "2026-02-01" })
            .AssertReply("Got: ");
    }

    [Fact]
    public async Task GivesUpAfterThreeBadSubmits()
    {
        var client = PromptHarness.Create(new FormPrompt("form"), s_options, Describe);
        await client.Send("hi");
        await client.Submit(new Dictionary<string, string>());
        await client.Submit(new Dictionary<string, string>());
        await client.Submit(new Dictionary<string, string>()).AssertReply("leave it for now").AssertReply(PromptHarness.GaveUp);
    }
    [Fact]
    public async Task AFormWithOneFieldLeftToFillTakesATypedLineForItAndKeepsTheDefaults()
    {
        var form = new FormReply("where", "Where",
        [
            new FormField("place", "Place", FormFieldKind.Text) { Required = true },
            new FormField("zone", "Time zone", FormFieldKind.Text) { Required = true, InitialValue = "Europe/London" },
            new FormField("call", "It's a call", FormFieldKind.Toggle) { InitialValue = "false" },
            new FormField("notes", "Notes", FormFieldKind.MultilineText),
        ]);
        var client = PromptHarness.Create(new FormPrompt("form", readText: FormTextReaders.IntoOnlyRequiredField), new PromptOptions { Form = form }, Describe);
        await client.Send("hi");

        await client.Send("the café on Mill Road").AssertReply("Got: call=false; notes=; place=the café on Mill Road; zone=Europe/London");
    }

    [Fact]
    public void AFormNeedingTwoTypedAnswersIsNotGuessedFromOneLine()
    {
        var form = new FormReply("two", "Two",
        [
            new FormField("name", "Name", FormFieldKind.Text) { Required = true },
            new FormField("email", "Email", FormFieldKind.Text) { Required = true },
        ]);

        Assert.Null(FormTextReaders.IntoOnlyRequiredField(form, "Ada"));
    }
}
