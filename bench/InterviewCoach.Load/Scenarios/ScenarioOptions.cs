using System.Globalization;
using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Load.Scenarios;

/// <summary>Command-line options of the fault scenarios (<c>--name value</c>), with the repository they run from.</summary>
internal sealed class ScenarioOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    private ScenarioOptions(string[] args)
    {
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            _values[args[i].TrimStart('-')] = args[i + 1];
        }

        RepositoryRoot = AzuriteServer.FindRepositoryRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Run from inside the repository (InterviewCoachBot.sln not found).");
    }

    public string RepositoryRoot { get; }

    public static ScenarioOptions Parse(string[] args) => new(args);

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out string? value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public TimeSpan Seconds(string name, double fallback) =>
        TimeSpan.FromSeconds(_values.TryGetValue(name, out string? value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback);
}
