using System.Diagnostics;
using System.Globalization;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Bench.Dialogs;

/// <summary>
/// Drives a 6-step waterfall (text, number, confirm, choice and date prompts, then a loop back to the start)
/// through <see cref="DialogRunner"/> on in-memory storage on one thread, and prints turns per second and bytes
/// allocated per turn. Usage: <c>dialogs [turns] [conversations]</c>.
/// </summary>
internal static class DialogTurnBenchmark
{
    private const string FlowId = "bench.flow";

    private static readonly string[] s_answers = ["Ada Lovelace", "12", "yes", "2", "tomorrow at 3pm"];

    private static readonly Choice[] s_choices = [new("goals", "Goals"), new("contacts", "Contacts"), new("practice", "Practice")];

    public static async Task<int> RunAsync(string[] args)
    {
        int turns = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300_000;
        int conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;

        var store = new InMemoryDialogStateStore();
        var runner = new DialogRunner(CreateDialogs(), store, TimeProvider.System, new DialogRunnerOptions { RootDialogId = FlowId });
        var inputs = new TurnInput[conversations * s_answers.Length];
        for (int c = 0; c < conversations; c++)
        {
            for (int a = 0; a < s_answers.Length; a++)
            {
                inputs[(c * s_answers.Length) + a] = new TurnInput
                {
                    ConversationKey = "bench/conversations/" + c.ToString(CultureInfo.InvariantCulture),
                    UserKey = "bench/users/" + c.ToString(CultureInfo.InvariantCulture),
                    Text = s_answers[a],
                };
            }
        }

        // Start every conversation (the first turn begins the flow), then warm up the JIT.
        for (int c = 0; c < conversations; c++)
        {
            await runner.RunTurnAsync(inputs[c * s_answers.Length] with { Text = "hi" });
        }

        int[] position = new int[conversations];
        await RunTurnsAsync(runner, inputs, position, Math.Min(turns, 50_000));

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        int gen0Before = GC.CollectionCount(0);
        using var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        long written = await RunTurnsAsync(runner, inputs, position, turns);
        stopwatch.Stop();
        long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        process.Refresh();
        TimeSpan cpu = process.TotalProcessorTime - cpuBefore;

        string? sample = (await store.ReadAsync("bench/conversations/0"))?.StateJson;
        Console.WriteLine("Dialog turns: 6-step waterfall, in-memory store, 1 thread");
        Console.WriteLine(FormattableString.Invariant($"  turns            {turns:N0} over {conversations:N0} conversations ({written:N0} writes)"));
        Console.WriteLine(FormattableString.Invariant($"  elapsed          {stopwatch.Elapsed.TotalMilliseconds:N0} ms"));
        Console.WriteLine(FormattableString.Invariant($"  turns/s          {turns / stopwatch.Elapsed.TotalSeconds:N0} (wall clock)"));
        // On a shared machine the wall clock includes time other processes held the core; CPU time does not.
        Console.WriteLine(FormattableString.Invariant($"  turns/CPU-s      {turns / cpu.TotalSeconds:N0} (process CPU time {cpu.TotalMilliseconds:N0} ms, load average {LoadAverage()})"));
        Console.WriteLine(FormattableString.Invariant($"  bytes/turn       {bytes / (double)turns:N0}"));
        Console.WriteLine(FormattableString.Invariant($"  gen0 GCs         {GC.CollectionCount(0) - gen0Before:N0}"));
        Console.WriteLine(FormattableString.Invariant($"  state size       {sample?.Length ?? 0:N0} chars"));
        return 0;
    }

    private static string LoadAverage()
    {
        const string Path = "/proc/loadavg";
        return File.Exists(Path) ? File.ReadAllText(Path).Split(' ')[0] : "n/a";
    }

    private static async Task<long> RunTurnsAsync(DialogRunner runner, TurnInput[] inputs, int[] position, int turns)
    {
        int conversations = position.Length;
        long written = 0;
        for (int i = 0; i < turns; i++)
        {
            int c = i % conversations;
            int a = position[c];
            position[c] = (a + 1) % s_answers.Length;
            TurnResult result = await runner.RunTurnAsync(inputs[(c * s_answers.Length) + a]);
            if (result.StateWritten)
            {
                written++;
            }
        }

        return written;
    }

    private static DialogSet CreateDialogs()
    {
        var flow = new WaterfallDialog(FlowId,
        [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "What's the name of the person you're meeting?" }, ct),
            (step, ct) =>
            {
                step.Values.Set("name", ((PromptResult<string>)step.Result!).Value);
                return step.PromptAsync("number", new PromptOptions { Prompt = "How many years have they worked in the field?", Min = 0, Max = 60 }, ct);
            },
            (step, ct) =>
            {
                step.Values.Set("years", (int)((PromptResult<decimal>)step.Result!).Value);
                return step.PromptAsync("confirm", new PromptOptions { Prompt = "Have you sent them your questions?" }, ct);
            },
            (step, ct) =>
            {
                step.Values.Set("sent", ((PromptResult<bool>)step.Result!).Value);
                return step.PromptAsync("choice", new PromptOptions { Prompt = "What next?", Choices = s_choices }, ct);
            },
            (step, ct) =>
            {
                step.Values.Set("next", ((PromptResult<Choice>)step.Result!).Value!.Value);
                return step.PromptAsync("date", new PromptOptions { Prompt = "When is the meeting?" }, ct);
            },
            (step, ct) =>
            {
                step.Values.Set("when", ((PromptResult<InterviewCoach.Dialogs.Recognition.DateTimeResolution>)step.Result!).Value!.Value);
                step.Send("Saved. Let's do another one.");
                return step.ReplaceDialogAsync(FlowId, null, ct);
            },
        ]);
        return new DialogSet()
            .Add(flow)
            .Add(new TextPrompt("text"))
            .Add(new NumberPrompt("number"))
            .Add(new ConfirmPrompt("confirm"))
            .Add(new ChoicePrompt("choice"))
            .Add(new DateTimePrompt("date"));
    }
}
