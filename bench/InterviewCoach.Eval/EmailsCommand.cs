using System.Text.Json.Nodes;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>emails</c>: whole pasted emails in (greeting, body, signature), the seven email labels out. <c>--score file.jsonl</c> compares with
/// a labelled file (items with <c>labels</c>) and prints per-label macro F1; <c>--misses</c> lists disagreements.
/// </summary>
internal static class EmailsCommand
{
    public static readonly string[] Labels =
    [
        "under_75_words", "connection_first", "asks_advice_not_jobs", "request_is_question", "interest_narrow_and_broad",
        "mostly_about_contact", "no_resume_attached",
    ];

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ISentenceEmbedder? model = EvalModel.Load(error);
        string? score = JsonLines.ScoreFile(args);
        if (score is null)
        {
            foreach (JsonObject item in JsonLines.Read(input, error))
            {
                JsonLines.Write(output, Answer(item, model));
            }

            return 0;
        }

        var table = new LabelTable(Labels);
        TextWriter misses = args.Contains("--misses") ? output : TextWriter.Null;
        foreach (JsonObject item in JsonLines.ReadFile(score, error))
        {
            table.Add(JsonLines.Text(item, "id"), item["labels"] as JsonObject ?? [], Decide(JsonLines.Text(item, "text"), model), misses);
        }

        table.Print(output, $"emails {Path.GetFileName(score)}");
        return 0;
    }

    public static Dictionary<string, bool> Decide(string text, ISentenceEmbedder? model)
    {
        EmailLabels l = OutreachEmailChecker.Label(text, model);
        return new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["under_75_words"] = l.Under75Words,
            ["connection_first"] = l.ConnectionFirst,
            ["asks_advice_not_jobs"] = l.AsksAdviceNotJobs,
            ["request_is_question"] = l.RequestIsQuestion,
            ["interest_narrow_and_broad"] = l.InterestNarrowAndBroad,
            ["mostly_about_contact"] = l.MostlyAboutContact,
            ["no_resume_attached"] = l.NoResumeAttached,
        };
    }

    private static JsonObject Answer(JsonObject item, ISentenceEmbedder? model)
    {
        var labels = new JsonObject();
        foreach ((string name, bool value) in Decide(JsonLines.Text(item, "text"), model))
        {
            labels[name] = value;
        }

        return new JsonObject { ["id"] = item["id"]?.DeepClone(), ["labels"] = labels };
    }
}
