using System.Diagnostics;
using System.Globalization;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>checker-bench</c>: how long the pitch checker takes on a 100-word pitch with the real model (after a warm-up
/// that embeds the fixed examples once), then the one batched model call alone, the same pieces embedded one call each (as before batching), and the check
/// without the model. Prints median and p95.
/// </summary>
internal static class CheckerBenchCommand
{
    private const string Pitch =
        "Hello, my name is Daniela Ortiz, and Marcus Lee from the Leeds alumni network suggested I give you a call. " +
        "Is now a good time, or shall I ring back later? I'm researching careers in urban planning and I'd really value " +
        "your advice on how people get started. I've spent six years in retail management and I'm curious how people " +
        "make that move. I'm not asking for a job, just your perspective. I know you're busy, so " +
        "would you have twenty minutes in the next couple of weeks, whenever suits you, for a short conversation about your work? Thank you so much.";

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ISentenceEmbedder? model = EvalModel.Load(error);
        if (model is null)
        {
            return 1;
        }

        int words = Pitch.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        int runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out int n) ? n : 200;
        PitchChecker.Check(Pitch, embedder: model);
        IReadOnlyList<SpokenSentence> pieces = SentenceSplitter.SplitUnits(Pitch);
        string[] texts = [.. pieces.Select(p => p.Text)];
        double[] check = Time(runs, () => PitchChecker.Check(Pitch, embedder: model));
        double[] embed = Time(runs, () => model.Embed(texts));
        double[] oneByOne = Time(runs, () =>
        {
            foreach (string text in texts)
            {
                model.Embed([text]);
            }
        });
        double[] rules = Time(runs, () => PitchChecker.Check(Pitch));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pitch check, {words} words, {pieces.Count} pieces, {runs} runs: median {check[runs / 2]:0.0} ms  p95 {check[(int)(runs * 0.95)]:0.0} ms  max {check[^1]:0.0} ms"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  of which the one batched model call: median {embed[runs / 2]:0.0} ms (the same pieces one call each: {oneByOne[runs / 2]:0.0} ms); the check without the model: median {rules[runs / 2]:0.00} ms"));
        return 0;
    }

    private static double[] Time(int runs, Action action)
    {
        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }
}
