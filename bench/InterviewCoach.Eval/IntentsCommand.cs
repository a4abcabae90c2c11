using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>intents</c>: <c>{"id","text"}</c> lines in, <c>{"id","intent","score"}</c> lines out, with the real model loaded
/// first. <c>intents --score labelled.jsonl</c> prints accuracy and macro F1 against the lines' <c>intent</c> field;
/// <c>intents --latency labelled.jsonl</c> prints what recognising one message costs once the examples are embedded.
/// </summary>
internal static class IntentsCommand
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (!MiniLmSentenceEmbedder.Shared.Load())
        {
            error.WriteLine($"The sentence model did not load: {MiniLmSentenceEmbedder.Shared.LoadFailure?.Message}");
            return 1;
        }

        var recognizer = new IntentRecognizer(MiniLmSentenceEmbedder.Shared, IntentCommands.ExactWords);
        if (args is ["--score", string scorePath])
        {
            return Score(recognizer, Read(File.ReadAllLines(scorePath)), output, error);
        }

        if (args is ["--latency", string latencyPath])
        {
            return Latency(recognizer, Read(File.ReadAllLines(latencyPath)), output);
        }

        if (args is ["--tune", string devPath])
        {
            return Tune(Read(File.ReadAllLines(devPath)), output);
        }

        if (args.Length > 0)
        {
            error.WriteLine("usage: intents [--score labelled.jsonl | --latency items.jsonl] < items.jsonl > answers.jsonl");
            return 2;
        }

        var lines = new List<string>();
        while (input.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        foreach (Item item in Read(lines))
        {
            IntentMatch match = recognizer.Recognize(item.Text);
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["id"] = item.Id,
                ["intent"] = match.Intent,
                ["score"] = Math.Round(match.Score, 4),
            }));
        }

        return 0;
    }

    private static int Score(IntentRecognizer recognizer, IReadOnlyList<Item> items, TextWriter output, TextWriter error)
    {
        var pairs = new List<(string Gold, string Predicted)>();
        foreach (Item item in items)
        {
            if (item.Intent is null)
            {
                error.WriteLine($"item {item.Id} has no \"intent\" label");
                return 2;
            }

            string predicted = recognizer.Recognize(item.Text).Intent;
            pairs.Add((item.Intent, predicted));
            if (predicted != item.Intent)
            {
                error.WriteLine($"{item.Id}\t{item.Intent}\t→ {predicted}\t{item.Text}");
            }
        }

        (double accuracy, double macroF1) = IntentScores.Compute(pairs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items {pairs.Count}  accuracy {accuracy:F3}  macro F1 {macroF1:F3}"));
        return 0;
    }

    /// <summary>
    /// Leave-one-out over the examples and the development set, per scoring; never the held-aside set. Development items
    /// that are also examples are left out of the development figure, since the recognizer has seen them.
    /// </summary>
    private static int Tune(IReadOnlyList<Item> dev, TextWriter output)
    {
        var examples = IntentExamples.All.SelectMany(e => e.Texts).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        Item[] unseen = [.. dev.Where(i => !examples.Contains(TextNormalizer.Normalize(i.Text)))];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"development items {dev.Count}, of which not among the examples {unseen.Length}"));
        foreach (int neighbours in new[] { 1, 2 })
        {
            foreach (float weight in new[] { 1f, 0.8f, 0.7f, 0.6f, 0.5f })
            {
                foreach (float unsure in new[] { 0.35f, 0.4f, 0.45f })
                {
                    var scoring = new IntentScoring(NearestWeight: weight, UnsureScore: unsure) { Neighbours = neighbours };
                    var recognizer = new IntentRecognizer(MiniLmSentenceEmbedder.Shared, IntentCommands.ExactWords, scoring);
                    double loo = recognizer.LeaveOneOutAccuracy() ?? 0;
                    var pairs = unseen.Select(i => (i.Intent ?? string.Empty, recognizer.Recognize(i.Text).Intent)).ToList();
                    (double accuracy, double f1) = IntentScores.Compute(pairs);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"neighbours {neighbours} nearest {weight:F2} unsure {unsure:F2}: leave-one-out {loo:F3}, unseen dev accuracy {accuracy:F3} macro F1 {f1:F3}"));
                }
            }
        }

        return 0;
    }

    private static int Latency(IntentRecognizer recognizer, IReadOnlyList<Item> items, TextWriter output)
    {
        var build = Stopwatch.StartNew();
        recognizer.Recognize("warm up the example index");
        build.Stop();

        // The first pass sees every text for the first time (a model run); the next two ask again, and the model's cache
        // of recent texts answers those it still holds (its last 256). Reported apart, so the cache cannot flatter the
        // model's cost.
        var first = new List<double>();
        var again = new List<double>();
        for (int round = 0; round < 3; round++)
        {
            foreach (Item item in items)
            {
                long start = Stopwatch.GetTimestamp();
                recognizer.Recognize(item.Text);
                (round == 0 ? first : again).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"examples embedded once in {build.Elapsed.TotalMilliseconds:F0} ms"));
        output.WriteLine(Percentiles("per message, first time (model run)", first));
        output.WriteLine(Percentiles("per message, the same texts again", again));
        return 0;
    }

    private static string Percentiles(string label, List<double> times)
    {
        times.Sort();
        return string.Create(CultureInfo.InvariantCulture,
            $"{label} over {times.Count} calls: p50 {times[times.Count / 2]:F2} ms, p90 {times[(int)(times.Count * 0.9)]:F2} ms, p99 {times[(int)(times.Count * 0.99)]:F2} ms");
    }

    private static List<Item> Read(IEnumerable<string> lines)
    {
        var items = new List<Item>();
        foreach (string line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            string id = root.TryGetProperty("id", out JsonElement idElement) ? idElement.ToString() : items.Count.ToString(CultureInfo.InvariantCulture);
            string text = root.TryGetProperty("text", out JsonElement textElement) ? textElement.GetString() ?? string.Empty : string.Empty;
            string? intent = root.TryGetProperty("intent", out JsonElement intentElement) ? intentElement.GetString() : null;
            items.Add(new Item(id, text, intent));
        }

        return items;
    }

    private sealed record Item(string Id, string Text, string? Intent);
}
