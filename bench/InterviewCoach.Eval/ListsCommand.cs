using System.Globalization;
using System.Text.Json.Nodes;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>lists</c>: question lists in, near-duplicate pairs out (0-based, i &lt; j). <c>--score file.jsonl</c>
/// prints pair precision, recall and F1 over all lists; <c>--misses</c> lists the pairs got wrong; <c>--tune file.jsonl</c>
/// prints the same for a grid of duplicate settings.
/// </summary>
internal static class ListsCommand
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ISentenceEmbedder? model = EvalModel.Load(error);
        int tuneAt = Array.IndexOf(args, "--tune");
        if (tuneAt >= 0 && tuneAt + 1 < args.Length && model is not null)
        {
            return Tune(args[tuneAt + 1], model, output, error);
        }

        string? score = JsonLines.ScoreFile(args);
        if (score is null)
        {
            foreach (JsonObject item in JsonLines.Read(input, error))
            {
                var pairs = new JsonArray();
                foreach ((int first, int second) in QuestionChecker.DuplicatePairs(Questions(item), model))
                {
                    pairs.Add(new JsonArray(first, second));
                }

                JsonLines.Write(output, new JsonObject { ["id"] = item["id"]?.DeepClone(), ["duplicates"] = pairs });
            }

            return 0;
        }

        int truePairs = 0, foundPairs = 0, agreed = 0, lists = 0;
        bool showMisses = args.Contains("--misses");
        foreach (JsonObject item in JsonLines.ReadFile(score, error))
        {
            lists++;
            List<string> questions = Questions(item);
            var expected = new HashSet<(int, int)>();
            foreach (JsonNode? pair in item["duplicates"] as JsonArray ?? [])
            {
                if (pair is JsonArray { Count: 2 } p)
                {
                    int a = p[0]!.GetValue<int>(), b = p[1]!.GetValue<int>();
                    expected.Add((Math.Min(a, b), Math.Max(a, b)));
                }
            }

            var found = QuestionChecker.DuplicatePairs(questions, model).ToHashSet();
            truePairs += expected.Count;
            foundPairs += found.Count;
            agreed += found.Count(expected.Contains);
            if (showMisses)
            {
                foreach ((int a, int b) in found.Except(expected))
                {
                    output.WriteLine($"  extra {JsonLines.Text(item, "id")} [{a},{b}]: {questions[a]} | {questions[b]}");
                }

                foreach ((int a, int b) in expected.Except(found))
                {
                    output.WriteLine($"  missed {JsonLines.Text(item, "id")} [{a},{b}]: {questions[a]} | {questions[b]}");
                }
            }
        }

        double precision = foundPairs == 0 ? 1 : (double)agreed / foundPairs;
        double recall = truePairs == 0 ? 1 : (double)agreed / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lists {Path.GetFileName(score)}: {lists} lists, {truePairs} labelled pairs, {foundPairs} found"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pair precision {precision:0.000}  recall {recall:0.000}  F1 {f1:0.000}"));
        return 0;
    }

    /// <summary>
    /// Pair precision, recall and F1 on <paramref name="file"/> (the development lists; never the held-aside ones)
    /// for a grid of blend weights and thresholds, best first. The constants in <c>QuestionReader</c> come from here.
    /// </summary>
    private static int Tune(string file, ISentenceEmbedder model, TextWriter output, TextWriter error)
    {
        var lists = new List<(QuestionPairScore[,] Scores, HashSet<(int, int)> Expected)>();
        foreach (JsonObject item in JsonLines.ReadFile(file, error))
        {
            List<string> questions = Questions(item);
            var expected = new HashSet<(int, int)>();
            foreach (JsonNode? pair in item["duplicates"] as JsonArray ?? [])
            {
                if (pair is JsonArray { Count: 2 } p)
                {
                    int a = p[0]!.GetValue<int>(), b = p[1]!.GetValue<int>();
                    expected.Add((Math.Min(a, b), Math.Max(a, b)));
                }
            }

            if (QuestionReader.PairScores([.. questions.Select(QuestionReader.Core)], model, withAims: true) is { } scores)
            {
                lists.Add((scores, expected));
            }
        }

        var results = new List<(float Weight, float Threshold, double Precision, double Recall, double F1)>();
        for (int w = 0; w <= 10; w++)
        {
            for (int t = 30; t <= 90; t++)
            {
                float weight = w / 10f, threshold = t / 100f;
                int found = 0, agreed = 0, truePairs = lists.Sum(l => l.Expected.Count);
                foreach ((QuestionPairScore[,] scores, HashSet<(int, int)> expected) in lists)
                {
                    foreach ((int a, int b) in QuestionReader.Pairs(scores, weight, threshold))
                    {
                        found++;
                        agreed += expected.Contains((a, b)) ? 1 : 0;
                    }
                }

                double precision = found == 0 ? 1 : (double)agreed / found, recall = truePairs == 0 ? 1 : (double)agreed / truePairs;
                results.Add((weight, threshold, precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
            }
        }

        foreach (var r in results.OrderByDescending(r => r.F1).ThenBy(r => Math.Abs(r.Precision - r.Recall)).Take(30))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole weight {r.Weight:0.00}  threshold {r.Threshold:0.00}  P {r.Precision:0.000}  R {r.Recall:0.000}  F1 {r.F1:0.000}"));
        }

        return 0;
    }

    private static List<string> Questions(JsonObject item) =>
        (item["questions"] as JsonArray ?? []).Select(q => q is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty).ToList();
}
