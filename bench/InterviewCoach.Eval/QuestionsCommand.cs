using System.Text.Json.Nodes;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>questions</c>: single questions in, <c>kind</c> (open/closed) and <c>asks_for_job</c> out. <c>--score
/// file.jsonl</c> prints macro F1 of both against a labelled file; <c>--misses</c> lists disagreements.
/// </summary>
internal static class QuestionsCommand
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ISentenceEmbedder? model = EvalModel.Load(error);
        string? score = JsonLines.ScoreFile(args);
        if (score is null)
        {
            foreach (JsonObject item in JsonLines.Read(input, error))
            {
                string text = JsonLines.Text(item, "text");
                JsonLines.Write(output, new JsonObject
                {
                    ["id"] = item["id"]?.DeepClone(),
                    ["kind"] = QuestionChecker.IsClosed(text, model) ? "closed" : "open",
                    ["asks_for_job"] = QuestionChecker.AsksForJob(text, model),
                });
            }

            return 0;
        }

        var kind = new BinaryScore();
        var job = new BinaryScore();
        bool showMisses = args.Contains("--misses");
        foreach (JsonObject item in JsonLines.ReadFile(score, error))
        {
            string text = JsonLines.Text(item, "text");
            bool closed = QuestionChecker.IsClosed(text, model);
            bool asks = QuestionChecker.AsksForJob(text, model);
            bool expectedClosed = JsonLines.Text(item, "kind") == "closed";
            bool expectedAsks = JsonLines.Flag(item, "asks_for_job");
            kind.Add(expectedClosed, closed);
            job.Add(expectedAsks, asks);
            if (showMisses && (closed != expectedClosed || asks != expectedAsks))
            {
                output.WriteLine($"  miss {JsonLines.Text(item, "id")}: {text} (kind {(closed ? "closed" : "open")}, job {asks})");
            }
        }

        output.WriteLine($"questions {Path.GetFileName(score)}: {kind.Count} items (true = closed for kind)");
        output.WriteLine(kind.Describe("kind"));
        output.WriteLine(job.Describe("asks_for_job"));
        return 0;
    }
}
