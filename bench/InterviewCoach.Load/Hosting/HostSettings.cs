namespace InterviewCoach.Load.Hosting;

/// <summary>How to start the bot host: where the repository is, the port, and configuration overrides (environment variables).</summary>
public sealed record HostSettings(string RepositoryRoot, int Port, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>The Release build of the host, relative to the repository root.</summary>
    public const string HostDllRelativePath = "src/InterviewCoach.Bot/bin/Release/net10.0/InterviewCoach.Bot.dll";

    public string HostDll => Path.Combine(RepositoryRoot, HostDllRelativePath);

    public string ContentRoot => Path.Combine(RepositoryRoot, "src", "InterviewCoach.Bot");

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");

    /// <summary>The overrides every load run wants: Development, quiet logs, the given storage, stats on, no embedded Azurite.</summary>
    public static Dictionary<string, string> DefaultEnvironment(string storageConnectionString) => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
        ["Storage__ConnectionString"] = storageConnectionString,
        ["Diagnostics__Stats"] = "true",
    };
}
