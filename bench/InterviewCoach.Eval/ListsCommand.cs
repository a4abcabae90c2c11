using System.Globalization;
using System.Text.Json.Nodes;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>lists</c>: question lists in, near-duplicate pairs out (0-based, i &lt; j). <c>--score file.jsonl</c>
/// prints pair precision, recall and F1 over all lists; <c>--misses</c> lists the pairs got wrong; <c>--tune file.jsonl</c>
/// prints the same for a grid of duplicate settings; <c>--pairs file.jsonl</c> writes every pair's scores.
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

        int dumpAt = Array.IndexOf(args, "--dump");
        if (dumpAt >= 0 && dumpAt + 1 < args.Length && model is not null)
        {
            return Dump(args[dumpAt + 1], model, output, error);
        }

        int pairsAt = Array.IndexOf(args, "--pairs");
        if (pairsAt >= 0 && pairsAt + 1 < args.Length && model is not null)
        {
            return DumpPairs(args[pairsAt + 1], model, output, error);
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
                    output.WriteLine($"  extra {JsonLines.Text(item, "id")} [{a},{b}]: {questions[a]} | {questions[b]}{Why(questions, a, b, model)}");
                }

                foreach ((int a, int b) in expected.Except(found))
                {
                    output.WriteLine($"  missed {JsonLines.Text(item, "id")} [{a},{b}]: {questions[a]} | {questions[b]}{Why(questions, a, b, model)}");
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
    /// for a grid of blend weights (whole-question cosine, piece alignment, the rest aim profiles) and thresholds,
    /// best first; then the same choice made by leaving each list out in turn (the setting chosen on the other lists,
    /// scored on the one left out), which says how much the best figure owes to fitting these lists. The constants in
    /// <c>QuestionReader</c> come from here.
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

            if (QuestionReader.PairScores([.. questions.Select(QuestionReader.Core)], model, withAims: true, withPieces: true) is { } scores)
            {
                lists.Add((scores, expected));
            }
        }

        var settings = new List<(QuestionBlend Blend, float Threshold)>();
        for (int w = 0; w <= 10; w++)
        {
            for (int p = 0; p + w <= 10; p++)
            {
                for (int t = 20; t <= 95; t++)
                {
                    settings.Add((new QuestionBlend(w / 10f, p / 10f), t / 100f));
                }
            }
        }

        // Found and agreed pairs of every setting on every list, so each choice below is a sum.
        var found = new int[settings.Count, lists.Count];
        var agreed = new int[settings.Count, lists.Count];
        for (int s = 0; s < settings.Count; s++)
        {
            for (int l = 0; l < lists.Count; l++)
            {
                foreach ((int a, int b) in QuestionReader.Pairs(lists[l].Scores, settings[s].Blend, settings[s].Threshold))
                {
                    found[s, l]++;
                    agreed[s, l] += lists[l].Expected.Contains((a, b)) ? 1 : 0;
                }
            }
        }

        int[] truePairs = [.. lists.Select(l => l.Expected.Count)];
        (double P, double R, double F1) Score(int s, Func<int, bool> include)
        {
            int f = 0, a = 0, t = 0;
            for (int l = 0; l < lists.Count; l++)
            {
                if (include(l))
                {
                    f += found[s, l];
                    a += agreed[s, l];
                    t += truePairs[l];
                }
            }

            double precision = f == 0 ? 1 : (double)a / f, recall = t == 0 ? 1 : (double)a / t;
            return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }

        foreach (int s in Enumerable.Range(0, settings.Count).OrderByDescending(s => Score(s, _ => true).F1).Take(30))
        {
            (double precision, double recall, double f1) = Score(s, _ => true);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole {settings[s].Blend.Whole:0.0}  pieces {settings[s].Blend.Pieces:0.0}  threshold {settings[s].Threshold:0.00}  P {precision:0.000}  R {recall:0.000}  F1 {f1:0.000}"));
        }

        // The best threshold of each single signal, for comparison.
        foreach (QuestionBlend alone in (QuestionBlend[])[new(1, 0), new(0, 1), new(0, 0)])
        {
            int s = Enumerable.Range(0, settings.Count).Where(s => settings[s].Blend == alone).MaxBy(s => Score(s, _ => true).F1);
            (double precision, double recall, double f1) = Score(s, _ => true);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alone: whole {alone.Whole:0.0} pieces {alone.Pieces:0.0} threshold {settings[s].Threshold:0.00}  P {precision:0.000}  R {recall:0.000}  F1 {f1:0.000}"));
        }

        int foundOut = 0, agreedOut = 0;
        for (int left = 0; left < lists.Count; left++)
        {
            int best = Enumerable.Range(0, settings.Count).MaxBy(s => Score(s, l => l != left).F1);
            foundOut += found[best, left];
            agreedOut += agreed[best, left];
        }

        double outPrecision = foundOut == 0 ? 1 : (double)agreedOut / foundOut, outRecall = (double)agreedOut / Math.Max(1, truePairs.Sum());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"each list left out in turn: P {outPrecision:0.000}  R {outRecall:0.000}  F1 {2 * outPrecision * outRecall / Math.Max(1e-9, outPrecision + outRecall):0.000}"));
        return 0;
    }

    /// <summary>
    /// <c>--dump file.jsonl</c>: one line per list with each question's core, its sentence vector and the exact
    /// contrasts between every pair, then one line with the aim wordings' vectors, for studying decisions offline.
    /// </summary>
    private static int Dump(string file, ISentenceEmbedder model, TextWriter output, TextWriter error)
    {
        foreach (JsonObject item in JsonLines.ReadFile(file, error))
        {
            string[] cores = [.. Questions(item).Select(QuestionReader.Core)];
            float[][]? vectors = CheckedSentenceVectors.Embed(model, cores);
            QuestionPairScore[,]? scores = QuestionReader.PairScores(cores, model, withAims: false, withPieces: false);
            if (vectors is null || scores is null)
            {
                continue;
            }

            var contrasted = new JsonArray();
            var people = new JsonArray();
            for (int i = 0; i < cores.Length; i++)
            {
                for (int j = i + 1; j < cores.Length; j++)
                {
                    if (scores[i, j].Contrasted)
                    {
                        contrasted.Add(new JsonArray(i, j));
                    }

                    // Without aims, the only same-aim pair is the list's two questions asking for people to meet.
                    if (scores[i, j].SameAim)
                    {
                        people.Add(new JsonArray(i, j));
                    }
                }
            }

            JsonLines.Write(output, new JsonObject
            {
                ["id"] = item["id"]?.DeepClone(),
                ["questions"] = item["questions"]?.DeepClone(),
                ["cores"] = new JsonArray([.. cores.Select(c => (JsonNode)c)]),
                ["duplicates"] = item["duplicates"]?.DeepClone(),
                ["contrasted"] = contrasted,
                ["people"] = people,
                ["vectors"] = new JsonArray([.. vectors.Select(v => (JsonNode)new JsonArray([.. v.Select(x => (JsonNode)x)]))]),
            });
        }

        if (QuestionAims.VectorsFor(model) is { } aims)
        {
            JsonLines.Write(output, new JsonObject
            {
                ["aims"] = new JsonArray([.. QuestionAims.AimOf.Select(a => (JsonNode)a)]),
                ["texts"] = new JsonArray([.. QuestionAims.Texts.Select(t => (JsonNode)t)]),
                ["vectors"] = new JsonArray([.. aims.Vectors.Select(v => (JsonNode)new JsonArray([.. v.Select(x => (JsonNode)x)]))]),
            });
        }

        return 0;
    }

    /// <summary>
    /// <c>--pairs file.jsonl</c>: one line per list with the labelled pairs and, for every pair, the scores the
    /// decision reads (whole cosine, aim profile closeness, contrast, same aim, aims apart), so a copy of the decision
    /// outside the tool can try other settings against every read list.
    /// </summary>
    private static int DumpPairs(string file, ISentenceEmbedder model, TextWriter output, TextWriter error)
    {
        foreach (JsonObject item in JsonLines.ReadFile(file, error))
        {
            string[] cores = [.. Questions(item).Select(QuestionReader.Core)];
            if (QuestionReader.PairScores(cores, model) is not { } scores)
            {
                continue;
            }

            var pairs = new JsonArray();
            for (int i = 0; i < cores.Length; i++)
            {
                for (int j = i + 1; j < cores.Length; j++)
                {
                    QuestionPairScore s = scores[i, j];
                    pairs.Add(new JsonArray(i, j, Math.Round(s.Whole, 5), Math.Round(s.Aim, 5), s.Contrasted, s.SameAim, s.AimsApart));
                }
            }

            JsonLines.Write(output, new JsonObject
            {
                ["id"] = item["id"]?.DeepClone(),
                ["n"] = cores.Length,
                ["duplicates"] = item["duplicates"]?.DeepClone(),
                ["pairs"] = pairs,
            });
        }

        return 0;
    }

    // Why a pair was or was not taken: its blend, a contrast, and each side's nearest question.
    private static string Why(List<string> questions, int a, int b, ISentenceEmbedder? model)
    {
        if (QuestionReader.PairScores([.. questions.Select(QuestionReader.Core)], model, withAims: true, withPieces: true) is not { } scores)
        {
            return string.Empty;
        }

        QuestionBlend blend = QuestionReader.DuplicateBlend;
        float[,] standout = QuestionReader.Standout(scores, blend);
        // A question every other is set apart from has no nearest one.
        string Nearest(int i) => Enumerable.Range(0, questions.Count).Where(k => k != i && !scores[i, k].Contrasted).Select(k => (int?)k).MaxBy(k => standout[i, k!.Value]) is { } k
            ? string.Create(CultureInfo.InvariantCulture, $"{k} {standout[i, k]:0.00}")
            : "none";
        QuestionPairScore s = scores[a, b];
        string aims = QuestionReader.AimCloseness([QuestionReader.Core(questions[a]), QuestionReader.Core(questions[b])], model!) is { } closeness
            ? string.Create(CultureInfo.InvariantCulture, $"; aims of {a}: {TopAims(closeness[0])}, of {b}: {TopAims(closeness[1])}")
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"  (stands out {standout[a, b]:0.00} blend {s.Blend(blend):0.00} whole {s.Whole:0.00} aim {s.Aim:0.00} pieces {s.Pieces:0.00}{(s.Contrasted ? " CONTRAST " + QuestionReader.ContrastReasons(QuestionReader.Core(questions[a]), QuestionReader.Core(questions[b])) : string.Empty)}{(s.SameAim ? " SAMEAIM" : string.Empty)}{(s.AimsApart ? " AIMSAPART" : string.Empty)}; nearest of {a}: {Nearest(a)}, of {b}: {Nearest(b)}{aims})");
    }

    // The three aims a question is closest to, as "index:closeness".
    private static string TopAims(float[] closeness) =>
        string.Join(' ', Enumerable.Range(0, closeness.Length).OrderByDescending(k => closeness[k]).Take(3)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}:{closeness[k]:0.00}")));

    private static List<string> Questions(JsonObject item) =>
        (item["questions"] as JsonArray ?? []).Select(q => q is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty).ToList();
}
