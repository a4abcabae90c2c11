using System.Diagnostics;
using System.Globalization;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Eval;

/// <summary>
/// <c>checker-bench</c>: how long the pitch checker takes on a 100-word pitch with the real model (after a warm-up
/// that embeds the fixed examples once): a first check (no sentence cached), the same check again (every sentence
/// cached), and a first check of a pitch worded so that the exact rules settle little and the model reads most of
/// it; then the one batched model call over all of a pitch's pieces alone, the same pieces one call each, and the
/// check without the model. Prints median and p95.
/// </summary>
internal static class CheckerBenchCommand
{
    private const string Pitch =
        "Hello, my name is Daniela Ortiz, and Marcus Lee from the Leeds alumni network suggested I give you a call. " +
        "Is now a good time, or shall I ring back later? I'm researching careers in urban planning and I'd really value " +
        "your advice on how people get started. I've spent six years in retail management and I'm curious how people " +
        "make that move. I'm not asking for a job, just your perspective. I know you're busy, so " +
        "would you have twenty minutes in the next couple of weeks, whenever suits you, for a short conversation about your work? Thank you so much.";

    // Worded away from the phrase rules, so the model has to read nearly every piece.
    private const string Paraphrased =
        "Good afternoon, Ravi Menon on the line. The events team passed me your number after the lecture you gave at the " +
        "city library. I wondered whether this moment suits you, or whether I have rung at an awkward point. " +
        "For six years I have worked as a hospital pharmacist, and lately I keep wondering what a move into health " +
        "economics would involve day to day. Anything you could share about how the work really looks from the inside would " +
        "help me a great deal. Might we sit down together for twenty minutes at a moment of your choosing? " +
        "Many thanks for hearing me out, and sorry for calling out of the blue.";

    // A whole outreach email of about 100 body words, with a referral, the contact's organisation named by what they
    // did and a field framed by the writer's interest, so the narrow-and-broad reading and the field phrases run.
    private const string Email =
        "Dear Ms Mensah,\n\nAkua Darko, who sat on the Ghana Red Cross youth committee with me, suggested I write to you. " +
        "I'm a pharmacist with four years in a district hospital, and I have a growing interest in supply chain work " +
        "in global health. Akua mentioned that you moved from hospital pharmacy to the procurement unit at UNICEF in " +
        "Copenhagen. I'd love to hear how you made that change, what a normal week looks like for you now, and where " +
        "you think medicine supply in West Africa is heading. Would you have twenty minutes for a call at a time " +
        "that suits you?\n\nWith thanks,\nEsi Owusu";

    // Ten questions a user might list for one contact, some of them repeating each other in other words.
    private static readonly string[] QuestionList =
    [
        "What does a normal week look like for you?", "How did you get into conservation work?", "Could you walk me through an ordinary working day?",
        "What do you enjoy most about the job?", "What is the hardest part of fieldwork?", "Which skills matter most for a ranger?",
        "How do you see the sector changing over the next few years?", "What training did you need?", "What would you do first if you were starting out now?",
        "Who else would you suggest I talk to?",
    ];

    // Both caches: the checkers' sentence vectors and the model's own recent texts, so a "first" check runs the network.
    private static void Forget(ISentenceEmbedder model)
    {
        CheckedSentenceVectors.Clear(model);
        (model as MiniLmSentenceEmbedder)?.ForgetRecentTexts();
    }

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ISentenceEmbedder? model = EvalModel.Load(error);
        if (model is null)
        {
            return 1;
        }

        int words = Pitch.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        int paraphrasedWords = Paraphrased.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        int runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out int n) ? n : 200;
        PitchChecker.Check(Pitch, embedder: model);
        PitchChecker.Check(Paraphrased, embedder: model);
        IReadOnlyList<SpokenSentence> pieces = SentenceSplitter.SplitUnits(Pitch);
        string[] texts = [.. pieces.Select(p => p.Text)];
        double[] first = Time(runs, () =>
        {
            Forget(model);
            PitchChecker.Check(Pitch, embedder: model);
        });
        double[] again = Time(runs, () => PitchChecker.Check(Pitch, embedder: model));
        SentenceModelMeter? meter = (model as MiniLmSentenceEmbedder)?.Meter;
        (long calls, long texts) before = (meter?.Calls ?? 0, meter?.Texts ?? 0);
        double[] paraphrased = Time(runs, () =>
        {
            Forget(model);
            PitchChecker.Check(Paraphrased, embedder: model);
        });
        (long calls, long texts) paraphrasedRuns = ((meter?.Calls ?? 0) - before.calls, (meter?.Texts ?? 0) - before.texts);
        double[] embed = Time(runs, () =>
        {
            Forget(model);
            model.Embed(texts);
        });
        double[] oneByOne = Time(runs, () =>
        {
            Forget(model);
            foreach (string text in texts)
            {
                model.Embed([text]);
            }
        });
        double[] rules = Time(runs, () => PitchChecker.Check(Pitch));
        InterviewCoach.Coaching.Questions.QuestionChecker.DuplicatePairs(QuestionList, model);
        double[] list = Time(runs, () =>
        {
            Forget(model);
            InterviewCoach.Coaching.Questions.QuestionChecker.DuplicatePairs(QuestionList, model);
        });
        double[] listAgain = Time(runs, () => InterviewCoach.Coaching.Questions.QuestionChecker.DuplicatePairs(QuestionList, model));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pitch check, {words} words, {pieces.Count} pieces, {runs} runs, first check: median {first[runs / 2]:0.0} ms  p95 {first[(int)(runs * 0.95)]:0.0} ms  max {first[^1]:0.0} ms"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  the same pitch checked again (sentences cached): median {again[runs / 2]:0.00} ms  p95 {again[(int)(runs * 0.95)]:0.00} ms"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  a {paraphrasedWords}-word pitch the rules settle little of, first check: median {paraphrased[runs / 2]:0.0} ms  p95 {paraphrased[(int)(runs * 0.95)]:0.0} ms ({(double)paraphrasedRuns.calls / runs:0.##} model calls, {(double)paraphrasedRuns.texts / runs:0.##} pieces each check)"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  one batched model call over all {pieces.Count} pieces: median {embed[runs / 2]:0.0} ms (one call each: {oneByOne[runs / 2]:0.0} ms); the check without the model: median {rules[runs / 2]:0.00} ms"));
        OutreachEmailChecker.Check(Email, embedder: model);
        double[] email = Time(runs, () =>
        {
            Forget(model);
            OutreachEmailChecker.Check(Email, embedder: model);
        });
        double[] emailAgain = Time(runs, () => OutreachEmailChecker.Check(Email, embedder: model));
        double[] emailRules = Time(runs, () => OutreachEmailChecker.Check(Email));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"email check, {EmailBody.CountWords(EmailBody.Extract(Email))} body words, first check: median {email[runs / 2]:0.0} ms  p95 {email[(int)(runs * 0.95)]:0.0} ms; checked again: median {emailAgain[runs / 2]:0.00} ms; without the model: median {emailRules[runs / 2]:0.00} ms"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"question list of {QuestionList.Length}, near-duplicates, first check: median {list[runs / 2]:0.0} ms  p95 {list[(int)(runs * 0.95)]:0.0} ms; checked again: median {listAgain[runs / 2]:0.00} ms"));
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
