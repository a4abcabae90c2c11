using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>lists --models dev.jsonl [held.jsonl...]</c>: the duplicate decision with MiniLM alone, arctic-embed-xs alone,
/// the two models' scores mixed, and both models having to agree. Every setting is chosen on the first file (the
/// development lists) and only scored on the others.
/// </summary>
internal static class ListModelsCompare
{
    private sealed record ListScores(QuestionPairScore[,] MiniLm, QuestionPairScore[,] Arctic, HashSet<(int, int)> Expected);

    private sealed record Setting(string Name, Func<ListScores, IEnumerable<(int, int)>> Decide);

    private static readonly string[] s_costList =
    [
        "What does a normal week look like for you?", "How did you get into conservation work?", "Could you walk me through an ordinary working day?",
        "What do you enjoy most about the job?", "What is the hardest part of fieldwork?", "Which skills matter most for a ranger?",
        "How do you see the sector changing over the next few years?", "What training did you need?", "What would you do first if you were starting out now?",
        "Who else would you suggest I talk to?",
    ];

    /// <summary>
    /// <c>lists --models-cost</c>: what arctic-embed-xs would add: its load time and resident memory, its aim wordings
    /// embedded once, and a 10-question list check with MiniLM alone and with both models (first and repeated).
    /// </summary>
    public static int Cost(ISentenceEmbedder miniLm, TextWriter output, TextWriter error)
    {
        var fresh = Stopwatch.StartNew();
        using (var another = new MiniLmSentenceEmbedder())
        {
            another.Load();
        }

        double miniLmLoad = fresh.Elapsed.TotalMilliseconds;
        long before = Resident();
        var arctic = new ArcticXsSentenceEmbedder();
        var watch = Stopwatch.StartNew();
        if (!arctic.Load())
        {
            error.WriteLine($"arctic-embed-xs failed to load: {arctic.LoadFailure}");
            return 1;
        }

        double arcticLoad = watch.Elapsed.TotalMilliseconds;
        long after = Resident();
        var prefixed = new Prefixed(arctic, "Represent this sentence for searching relevant passages: ");
        watch.Restart();
        QuestionAims.VectorsFor(prefixed);
        double aims = watch.Elapsed.TotalMilliseconds;
        string[] cores = [.. s_costList.Select(QuestionReader.Core)];
        IEnumerable<(int, int)> Product() => QuestionReader.Pairs(QuestionReader.PairScores(cores, miniLm)!, QuestionReader.DuplicateBlend, QuestionReader.DuplicateSimilarity);
        IEnumerable<(int, int)> Both() => QuestionReader.Pairs(
            Mix(QuestionReader.PairScores(cores, miniLm, withAims: true, withPieces: false)!, QuestionReader.PairScores(cores, prefixed, withAims: true, withPieces: false)!, 0.5f),
            new QuestionBlend(0.5f, 0),
            0.5f);
        void ForgetAll()
        {
            CheckedSentenceVectors.Clear(miniLm);
            CheckedSentenceVectors.Clear(prefixed);
            (miniLm as MiniLmSentenceEmbedder)?.ForgetRecentTexts();
            arctic.ForgetRecentTexts();
        }

        _ = Product().Count() + Both().Count();
        const int runs = 100;
        // Alternated, so a busy machine weighs on both the same.
        double[] productFirst = new double[runs], productAgain = new double[runs], bothFirst = new double[runs], bothAgain = new double[runs];
        for (int r = 0; r < runs; r++)
        {
            productFirst[r] = Time(1, () => { ForgetAll(); _ = Product().Count(); })[0];
            productAgain[r] = Time(1, () => _ = Product().Count())[0];
            bothFirst[r] = Time(1, () => { ForgetAll(); _ = Both().Count(); })[0];
            bothAgain[r] = Time(1, () => _ = Both().Count())[0];
        }

        foreach (double[] times in (double[][])[productFirst, productAgain, bothFirst, bothAgain])
        {
            Array.Sort(times);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MiniLM load (a second instance): {miniLmLoad:0} ms; arctic-embed-xs load: {arcticLoad:0} ms, resident memory +{(after - before) / 1048576.0:0} MB ({before / 1048576.0:0} -> {after / 1048576.0:0} MB); its {QuestionAims.Texts.Length} aim wordings embedded once: {aims:0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"10-question list, MiniLM alone: first median {productFirst[runs / 2]:0.0} ms p95 {productFirst[(int)(runs * 0.95)]:0.0} ms; again median {productAgain[runs / 2]:0.00} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"10-question list, both models: first median {bothFirst[runs / 2]:0.0} ms p95 {bothFirst[(int)(runs * 0.95)]:0.0} ms; again median {bothAgain[runs / 2]:0.00} ms"));
        return 0;
    }

    private static long Resident()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    private static double[] Time(int runs, Action action)
    {
        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            long started = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    public static int Run(string[] files, ISentenceEmbedder miniLm, TextWriter output, TextWriter error)
    {
        var arctic = new ArcticXsSentenceEmbedder();
        if (!arctic.Load())
        {
            error.WriteLine($"arctic-embed-xs failed to load: {arctic.LoadFailure}");
            return 1;
        }

        // arctic-embed was trained to put this before a search query; tried on both questions of a pair.
        string? prefix = Environment.GetEnvironmentVariable("ARCTIC_PREFIX");
        ISentenceEmbedder second = string.IsNullOrEmpty(prefix) ? arctic : new Prefixed(arctic, prefix);
        List<ListScores>[] sets = [.. files.Select(f => Read(f, miniLm, second, error))];
        List<ListScores> dev = sets[0];

        var candidates = new List<(string Family, Setting Setting)>();
        for (int mix = 0; mix <= 10; mix++)
        {
            float alpha = mix / 10f;
            for (int w = 0; w <= 10; w++)
            {
                for (int t = 0; t <= 95; t++)
                {
                    var blend = new QuestionBlend(w / 10f, 0);
                    float threshold = t / 100f;
                    string family = mix switch { 0 => "MiniLM alone", 10 => "arctic alone", _ => "mixed" };
                    candidates.Add((family, new Setting(
                        string.Create(CultureInfo.InvariantCulture, $"arctic share {alpha:0.00} whole {blend.Whole:0.0} threshold {threshold:0.00}"),
                        l => QuestionReader.Pairs(Mix(l.MiniLm, l.Arctic, alpha), blend, threshold))));
                }
            }
        }

        // The product's MiniLM blend (whole and aims) mixed with arctic's whole-question cosine only.
        for (int mix = 1; mix <= 9; mix++)
        {
            float alpha = mix / 10f;
            for (int t = 0; t <= 95; t++)
            {
                float threshold = t / 100f;
                candidates.Add(("product blend + arctic whole", new Setting(
                    string.Create(CultureInfo.InvariantCulture, $"arctic whole share {alpha:0.0} threshold {threshold:0.00}"),
                    l => QuestionReader.Pairs(MixWhole(l.MiniLm, l.Arctic, alpha), new QuestionBlend(1, 0), threshold))));
            }
        }

        // Both must agree: MiniLM as the product decides it, and arctic at its own setting.
        for (int w = 0; w <= 10; w++)
        {
            for (int t = 0; t <= 95; t++)
            {
                var blend = new QuestionBlend(w / 10f, 0);
                float threshold = t / 100f;
                candidates.Add(("both agree", new Setting(
                    string.Create(CultureInfo.InvariantCulture, $"product MiniLM and arctic whole {blend.Whole:0.0} threshold {threshold:0.00}"),
                    l => QuestionReader.Pairs(l.MiniLm, QuestionReader.DuplicateBlend, QuestionReader.DuplicateSimilarity)
                        .Intersect(QuestionReader.Pairs(l.Arctic, blend, threshold)))));
            }
        }

        // Either model: more recall, for comparison.
        for (int t = 0; t <= 95; t++)
        {
            float threshold = t / 100f;
            for (int w = 0; w <= 10; w += 2)
            {
                var blend = new QuestionBlend(w / 10f, 0);
                candidates.Add(("either", new Setting(
                    string.Create(CultureInfo.InvariantCulture, $"product MiniLM or arctic whole {blend.Whole:0.0} threshold {threshold:0.00}"),
                    l => QuestionReader.Pairs(l.MiniLm, QuestionReader.DuplicateBlend, QuestionReader.DuplicateSimilarity)
                        .Union(QuestionReader.Pairs(l.Arctic, blend, threshold)))));
            }
        }

        var product = new Setting("product (MiniLM, current constants)", l => QuestionReader.Pairs(l.MiniLm, QuestionReader.DuplicateBlend, QuestionReader.DuplicateSimilarity));
        Report("product", product, sets, files, output);

        // Per-list counts of every candidate on the development lists, for the choice and the leave-one-out.
        var counts = new (int Found, int Agreed)[candidates.Count, dev.Count];
        Parallel.For(0, candidates.Count, c =>
        {
            for (int l = 0; l < dev.Count; l++)
            {
                var found = candidates[c].Setting.Decide(dev[l]).ToHashSet();
                counts[c, l] = (found.Count, found.Count(dev[l].Expected.Contains));
            }
        });

        foreach (string family in candidates.Select(c => c.Family).Distinct())
        {
            int[] members = [.. Enumerable.Range(0, candidates.Count).Where(c => candidates[c].Family == family)];
            int best = members.MaxBy(c => F1(counts, c, dev, _ => true));
            Report(family + " best on dev", candidates[best].Setting, sets, files, output);

            int foundOut = 0, agreedOut = 0;
            for (int left = 0; left < dev.Count; left++)
            {
                int chosen = members.MaxBy(c => F1(counts, c, dev, l => l != left));
                foundOut += counts[chosen, left].Found;
                agreedOut += counts[chosen, left].Agreed;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    dev, each list left out in turn: F1 {Score(foundOut, agreedOut, dev.Sum(l => l.Expected.Count)).F1:0.000}"));
        }

        // A ceiling, not a choice: the best setting of each family picked on the held-aside lists themselves.
        List<ListScores> held = [.. sets.Skip(1).SelectMany(s => s)];
        var heldF1 = new double[candidates.Count];
        Parallel.For(0, candidates.Count, c =>
        {
            int f = 0, a = 0;
            foreach (ListScores l in held)
            {
                var found = candidates[c].Setting.Decide(l).ToHashSet();
                f += found.Count;
                a += found.Count(l.Expected.Contains);
            }

            heldF1[c] = Score(f, a, held.Sum(l => l.Expected.Count)).F1;
        });
        foreach (string family in candidates.Select(c => c.Family).Distinct())
        {
            int best = Enumerable.Range(0, candidates.Count).Where(c => candidates[c].Family == family).MaxBy(c => heldF1[c]);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ceiling {family}: {candidates[best].Setting.Name}  held aside pooled F1 {heldF1[best]:0.000}"));
        }

        return 0;
    }

    /// <summary>The two models' scores averaged with <paramref name="alpha"/> the arctic share; the contrast is the rules', the same for both.</summary>
    internal static QuestionPairScore[,] Mix(QuestionPairScore[,] miniLm, QuestionPairScore[,] arctic, float alpha)
    {
        int n = miniLm.GetLength(0);
        var mixed = new QuestionPairScore[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                QuestionPairScore m = miniLm[i, j], a = arctic[i, j];
                mixed[i, j] = new QuestionPairScore(((1 - alpha) * m.Whole) + (alpha * a.Whole), ((1 - alpha) * m.Aim) + (alpha * a.Aim), 0, m.Contrasted);
            }
        }

        return mixed;
    }

    /// <summary>The product's MiniLM blend mixed with arctic's whole cosine, as a whole-only score.</summary>
    internal static QuestionPairScore[,] MixWhole(QuestionPairScore[,] miniLm, QuestionPairScore[,] arctic, float alpha)
    {
        int n = miniLm.GetLength(0);
        var mixed = new QuestionPairScore[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                float score = ((1 - alpha) * miniLm[i, j].Blend(QuestionReader.DuplicateBlend)) + (alpha * arctic[i, j].Whole);
                mixed[i, j] = new QuestionPairScore(score, score, 0, miniLm[i, j].Contrasted);
            }
        }

        return mixed;
    }

    private static double F1((int Found, int Agreed)[,] counts, int c, List<ListScores> dev, Func<int, bool> include)
    {
        int f = 0, a = 0, t = 0;
        for (int l = 0; l < dev.Count; l++)
        {
            if (include(l))
            {
                f += counts[c, l].Found;
                a += counts[c, l].Agreed;
                t += dev[l].Expected.Count;
            }
        }

        return Score(f, a, t).F1;
    }

    private static (double P, double R, double F1) Score(int found, int agreed, int truePairs)
    {
        double p = found == 0 ? 1 : (double)agreed / found, r = truePairs == 0 ? 1 : (double)agreed / truePairs;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static void Report(string label, Setting setting, List<ListScores>[] sets, string[] files, TextWriter output)
    {
        output.WriteLine($"{label}: {setting.Name}");
        int heldFound = 0, heldAgreed = 0, heldTrue = 0;
        for (int s = 0; s < sets.Length; s++)
        {
            int found = 0, agreed = 0, truePairs = 0;
            foreach (ListScores list in sets[s])
            {
                var pairs = setting.Decide(list).ToHashSet();
                found += pairs.Count;
                agreed += pairs.Count(list.Expected.Contains);
                truePairs += list.Expected.Count;
            }

            (double p, double r, double f1) = Score(found, agreed, truePairs);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {Path.GetFileName(files[s]),-22} P {p:0.000}  R {r:0.000}  F1 {f1:0.000}"));
            if (s > 0)
            {
                heldFound += found;
                heldAgreed += agreed;
                heldTrue += truePairs;
            }
        }

        (double hp, double hr, double hf1) = Score(heldFound, heldAgreed, heldTrue);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {"held aside pooled",-22} P {hp:0.000}  R {hr:0.000}  F1 {hf1:0.000}"));
    }

    private static List<ListScores> Read(string file, ISentenceEmbedder miniLm, ISentenceEmbedder arctic, TextWriter error)
    {
        var lists = new List<ListScores>();
        foreach (JsonObject item in JsonLines.ReadFile(file, error))
        {
            string[] questions = [.. (item["questions"] as JsonArray ?? []).Select(q => q is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty).Select(QuestionReader.Core)];
            var expected = new HashSet<(int, int)>();
            foreach (JsonNode? pair in item["duplicates"] as JsonArray ?? [])
            {
                if (pair is JsonArray { Count: 2 } p)
                {
                    int a = p[0]!.GetValue<int>(), b = p[1]!.GetValue<int>();
                    expected.Add((Math.Min(a, b), Math.Max(a, b)));
                }
            }

            if (QuestionReader.PairScores(questions, miniLm, withAims: true, withPieces: false) is { } m
                && QuestionReader.PairScores(questions, arctic, withAims: true, withPieces: false) is { } arcticScores)
            {
                lists.Add(new ListScores(m, arcticScores, expected));
            }
        }

        return lists;
    }

    private sealed class Prefixed(ISentenceEmbedder inner, string prefix) : ISentenceEmbedder
    {
        public bool IsReady => inner.IsReady;

        public int Dimensions => inner.Dimensions;

        public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts) => inner.Embed([.. texts.Select(t => prefix + t)]);
    }
}
