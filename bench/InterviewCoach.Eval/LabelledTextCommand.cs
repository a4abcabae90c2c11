using System.Text.Json.Nodes;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// The shape shared by the commands that give a text yes/no labels (<c>pitches</c>, <c>emails</c>): answer each
/// stdin item with its labels, or with <c>--score file.jsonl</c> compare with a labelled file and print per-label
/// macro F1 (<c>--misses</c> lists disagreements).
/// </summary>
internal static class LabelledTextCommand
{
    public static int Run(
        string name,
        string[] labels,
        Func<string, ISentenceEmbedder?, Dictionary<string, bool>> decide,
        string[] args,
        TextReader input,
        TextWriter output,
        TextWriter error)
    {
        ISentenceEmbedder? model = EvalModel.Load(error);
        string? score = JsonLines.ScoreFile(args);
        if (score is null)
        {
            foreach (JsonObject item in JsonLines.Read(input, error))
            {
                var answer = new JsonObject();
                foreach ((string label, bool value) in decide(JsonLines.Text(item, "text"), model))
                {
                    answer[label] = value;
                }

                JsonLines.Write(output, new JsonObject { ["id"] = item["id"]?.DeepClone(), ["labels"] = answer });
            }

            return 0;
        }

        var table = new LabelTable(labels);
        TextWriter misses = args.Contains("--misses") ? output : TextWriter.Null;
        foreach (JsonObject item in JsonLines.ReadFile(score, error))
        {
            table.Add(JsonLines.Text(item, "id"), item["labels"] as JsonObject ?? [], decide(JsonLines.Text(item, "text"), model), misses);
        }

        table.Print(output, $"{name} {Path.GetFileName(score)}");
        return 0;
    }
}
