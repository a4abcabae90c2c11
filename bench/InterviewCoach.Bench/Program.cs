if (args.Length > 0 && args[0] == "reminders")
{
    await InterviewCoach.Bench.Reminders.ReminderDispatchBenchmark.RunAsync(args[1..]);
    return;
}

Console.WriteLine("benchmarks");
