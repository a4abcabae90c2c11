using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Dialogs.Tests.Prompts;

/// <summary>A one-question conversation: the root waterfall asks with the prompt under test and echoes what it got.</summary>
internal static class PromptHarness
{
    public const string GaveUp = "GAVE UP";

    public static DialogTestClient Create<T>(Prompt<T> prompt, PromptOptions options, Func<T, string>? describe = null)
    {
        describe ??= value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var root = new WaterfallDialog("root",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) =>
            {
                var result = (PromptResult<T>)step.Result!;
                step.Send(result.Succeeded ? $"Got: {describe(result.Value!)} (attempt {result.Attempts})" : $"{GaveUp} after {result.Attempts}");
                return step.EndDialogAsync(result, ct);
            },
        ]);
        return new DialogTestClient(new DialogSet().Add(root).Add(prompt), "root");
    }

    /// <summary>Inputs that must never throw and never be accepted by a structured prompt.</summary>
    public static TheoryData<string> HostileInputs() => new()
    {
        string.Empty,
        "   ",
        new string('x', 10_000),
        "🎉🎉🎉",
        "مرحبا بالعالم",
        "你好，世界",
        "<script>alert(1)</script>",
        "\u0000\u0001\u202E",
    };
}
