using System.Globalization;
using System.Text.Json.Nodes;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>lists</c>: question lists in, near-duplicate pairs out (0-based, i &lt; j). <c>--score file.jsonl</c>
/// prints pair precision, recall and F1 over all lists; <c>--misses</c> lists the pairs got wrong.
/// </summary>
internal static class ListsCommand
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ISentenceEmbedder? model = EvalModel.Load(error);
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

    private static List<string> Questions(JsonObject item) =>
        (item["questions"] as JsonArray ?? []).Select(q => q is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty).ToList();
}
