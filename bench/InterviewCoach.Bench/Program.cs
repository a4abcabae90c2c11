using InterviewCoach.Bench.Dialogs;
using InterviewCoach.Bench.Reminders;

// Each mode is a benchmark or load driver; add new ones to this table.
var modes = new Dictionary<string, (string Description, Func<string[], Task<int>> Run)>(StringComparer.OrdinalIgnoreCase)
{
    ["dialogs"] = ("turns/s and bytes allocated per turn for a 6-step waterfall on in-memory storage", DialogTurnBenchmark.RunAsync),
    ["reminders"] = ("10,000 due reminders, 3 dispatchers on one Azurite; poll cost against stored future reminders", ReminderDispatchBenchmark.RunAsync),
};

if (args.Length == 0 || !modes.TryGetValue(args[0], out var mode))
{
    Console.Error.WriteLine("usage: InterviewCoach.Bench <mode> [options]");
    foreach ((string name, (string description, _)) in modes)
    {
        Console.Error.WriteLine($"  {name,-10} {description}");
    }

    return args.Length == 0 ? 0 : 2;
}

return await mode.Run(args[1..]);
