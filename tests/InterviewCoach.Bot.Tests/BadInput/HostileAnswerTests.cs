using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using InterviewCoach.Coaching;
using Xunit.Abstractions;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// One user walks every flow the menu lists through the local Teams endpoint and answers every prompt first with
/// 10,000 characters and then with emoji and astral text (typed, and as every field of a form), before an ordinary
/// answer moves the flow on. Each answer must get a reply, never a 5xx or silence, and the user can carry on after.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class HostileAnswerTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int MaxStepsPerFlow = 14;
    private static readonly string s_long = string.Concat(Enumerable.Repeat("Informational interviews, ", 400))[..10_000];
    private static readonly string s_astral = string.Concat(Enumerable.Repeat("🧑‍💻 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 👩🏽‍🔬 ‮ɹǝʌǝɹ‬ 🏳️‍🌈 ", 60));
    private static readonly string[] s_ordinaryAnswers = ["Ana Souza", "skip", "1", "yes", "ana@example.com", "2031-03-14", "done"];

    [Fact]
    public async Task LongAndAstralAnswersToEveryPromptOfEveryFlowGetARepromptOrAreAccepted()
    {
        await using LocalBadInputHost local = await LocalBadInputHost.StartAsync(azurite.Azurite);
        LocalChat chat = local.Chat("hostile-answers");
        var problems = new List<string>();
        int hostileAnswers = 0;

        // Delete-my-data last, so the other flows walk with whatever the earlier ones stored.
        foreach (CoachCommand command in CoachDialogs.Commands.OrderBy(c => c.Keyword == "delete my data"))
        {
            (int status, IReadOnlyList<ConnectorCall> current) = await chat.SayAsync("menu");
            Require(status, current, "menu before " + command.Keyword, problems);
            (status, current) = await chat.SayAsync(command.Keyword);
            Require(status, current, command.Keyword, problems);
            int prompts = 0;
            bool ended = false;
            for (int step = 0; step < MaxStepsPerFlow && !ended && !Ends(current); step++)
            {
                prompts++;
                foreach (string hostile in new[] { s_long, s_astral })
                {
                    JsonObject? form = FormValues(current, _ => hostile);
                    (status, current) = form is null ? await chat.SayAsync(hostile) : await chat.SayAsync(null, form);
                    hostileAnswers++;
                    Require(status, current, $"{command.Keyword} step {step}, {(hostile == s_long ? "10,000 characters" : "astral text")}", problems);
                    if (Ends(current))
                    {
                        ended = true;
                        break;
                    }
                }

                if (!ended)
                {
                    (status, current) = await AdvanceAsync(chat, current, step);
                    Require(status, current, $"{command.Keyword} step {step}, ordinary answer", problems);
                }
            }

            output.WriteLine($"{command.Keyword,-16} prompts answered with hostile text: {prompts,2}  {(ended || Ends(current) ? "flow finished" : "left mid-flow")}");
        }

        output.WriteLine($"hostile answers sent: {hostileAnswers}");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));
        Assert.True(hostileAnswers >= 2 * CoachDialogs.Commands.Count, $"only {hostileAnswers} hostile answers: the walk did not reach the prompts");
        Assert.True(await chat.FinishGoalFlowAsync(), "the same user could not finish the goal flow afterwards:\n" + chat.LastGoalWalk);
        Assert.Equal(200, await local.HealthAsync());
        Assert.True(local.Errors.Entries.Count == 0, "the host logged errors:\n" + string.Join('\n', local.Errors.Entries.Take(20)));
    }

    private static void Require(int status, IReadOnlyList<ConnectorCall> replies, string what, List<string> problems)
    {
        if (status != 200)
        {
            problems.Add($"{what}: answered {status}");
        }
        else if (replies.Count == 0)
        {
            problems.Add($"{what}: no reply at all");
        }
    }

    private static bool Ends(IReadOnlyList<ConnectorCall> replies) =>
        replies.Any(r => r.PlainText.Contains(LocalChat.NextQuestion, StringComparison.Ordinal));

    /// <summary>Moves a flow on: the first button, a form filled with plausible values, or an ordinary typed answer.</summary>
    private static async Task<(int Status, IReadOnlyList<ConnectorCall> Replies)> AdvanceAsync(LocalChat chat, IReadOnlyList<ConnectorCall> current, int step)
    {
        ConnectorCall? last = current.Count == 0 ? null : current[^1];
        if (last?.Body["suggestedActions"]?["actions"]?[0]?["value"]?.GetValue<string>() is { } suggested)
        {
            return await chat.SayAsync(suggested);
        }

        if (FormValues(current, Plausible) is { } form)
        {
            return await chat.SayAsync(null, form);
        }

        if (last?.Card?["actions"]?.AsArray().FirstOrDefault(a => a?["data"] is JsonObject)?["data"] is JsonObject data)
        {
            return await chat.SayAsync(null, data.DeepClone().AsObject());
        }

        return await chat.SayAsync(s_ordinaryAnswers[step % s_ordinaryAnswers.Length]);
    }

    /// <summary>The last card's inputs filled by <paramref name="fill"/>; null when it has none.</summary>
    private static JsonObject? FormValues(IReadOnlyList<ConnectorCall> current, Func<JsonObject, string> fill)
    {
        JsonObject? card = current.Count == 0 ? null : current[^1].Card;
        if (card?["body"] is not JsonArray body)
        {
            return null;
        }

        var values = new JsonObject();
        foreach (JsonObject input in body.OfType<JsonObject>().Where(e => e["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            values[input["id"]!.GetValue<string>()] = fill(input);
        }

        return values.Count == 0 ? null : values;
    }

    private static string Plausible(JsonObject input) => input["type"]!.GetValue<string>() switch
    {
        "Input.Date" => "2031-03-14",
        "Input.Time" => "10:30",
        "Input.Number" => "3",
        "Input.Toggle" => "true",
        "Input.ChoiceSet" => input["choices"]?[0]?["value"]?.GetValue<string>() ?? "1",
        _ => input["value"]?.GetValue<string>() ?? "Ana Souza",
    };
}
