using System.Text.Json;
using InterviewCoach.Load;
using InterviewCoach.Load.Load;

// Fault scenarios (Scenarios/) are commands: outage, restart, instances.
if (args.Length > 0 && InterviewCoach.Load.Scenarios.FaultScenarios.TryGet(args[0], out Func<string[], Task<int>>? scenario))
{
    return await scenario(args[1..]);
}

if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

RunResult result = await new LoadRunner(options, Console.Out).RunAsync(cancel.Token);
Console.WriteLine(RunResult.Table([result]));
if (result.Storage is { } storage)
{
    Console.WriteLine($"host: {storage.Turns} turns, {storage.TurnErrors} turn errors, {storage.Requests} table requests ({storage.ConditionalWrites} conditional, {storage.UnconditionalWrites} unconditional writes, {storage.Failures} failures)");
    Console.WriteLine("table ops: " + string.Join(", ", storage.TableOps.OrderByDescending(o => o.Value).Select(o => $"{o.Key}={o.Value}")));
}
else
{
    Console.WriteLine("host: no /api/stats (set Diagnostics__Stats=true on a host that has it)");
}

if (options.JsonPath is not null)
{
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
}

return result.Errors == 0 && result.Turns > 0 ? 0 : 1;
