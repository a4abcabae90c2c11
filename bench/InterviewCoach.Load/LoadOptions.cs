using System.Globalization;

namespace InterviewCoach.Load;

/// <summary>Command-line options; every default is bounded so a bare run stops by itself.</summary>
public sealed record LoadOptions
{
    public string Channel { get; init; } = "teams";

    public string Auth { get; init; } = "local";

    public int Concurrency { get; init; } = 16;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public int? MaxTurns { get; init; }

    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The host's port; the fake services take the next ports.</summary>
    public int PortBase { get; init; } = 5200;

    public int AzuritePort { get; init; } = 10500;

    /// <summary>Attach to this host instead of starting one.</summary>
    public Uri? Target { get; init; }

    public int? HostPid { get; init; }

    public string? JsonPath { get; init; }

    public bool Trace { get; init; }

    public string? RepositoryRoot { get; init; }

    public const string Usage = """
        InterviewCoach.Load: drives the bot host over HTTP as Teams or Slack would and prints figures.

          --channel teams|slack-ack|slack-dm   (teams)
          --auth local|jwt                     Teams inbound auth (local)
          --concurrency N                      simulated users / concurrent requests (16)
          --warmup S  --duration S             seconds (3, 20; at most 600 each)
          --max-turns N                        stop the measured window after N turns
          --turn-timeout S                     (10)
          --port-base P                        host on P, fakes on P+1..P+4 (5200)
          --azurite-port P                     (10500)
          --target URL [--host-pid N]          attach to a running host (its fakes must be configured by you)
          --repo DIR                           repository root (found upwards from here)
          --json FILE                          also write the result as JSON
          --trace                              print the first conversation's transcript
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--channel" => options with { Channel = OneOf(Value(), name, "teams", "slack-ack", "slack-dm") },
                "--auth" => options with { Auth = OneOf(Value(), name, "local", "jwt") },
                "--concurrency" => options with { Concurrency = Int(Value(), name, 1, 2000) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Int(Value(), name, 0, 600)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int(Value(), name, 1, 600)) },
                "--max-turns" => options with { MaxTurns = Int(Value(), name, 1, 10_000_000) },
                "--turn-timeout" => options with { TurnTimeout = TimeSpan.FromSeconds(Int(Value(), name, 1, 120)) },
                "--port-base" => options with { PortBase = Int(Value(), name, 1024, 65_000) },
                "--azurite-port" => options with { AzuritePort = Int(Value(), name, 1024, 65_535) },
                "--target" => options with { Target = new Uri(Value().TrimEnd('/') + "/") },
                "--host-pid" => options with { HostPid = Int(Value(), name, 1, int.MaxValue) },
                "--json" => options with { JsonPath = Value() },
                "--repo" => options with { RepositoryRoot = Value() },
                "--trace" => options with { Trace = true },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options;
    }

    private static string OneOf(string value, string name, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw new ArgumentException($"{name} must be one of {string.Join(", ", allowed)}.");

    private static int Int(string value, string name, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}.");
}
