using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>The Teams / Emulator payload fixtures (copied verbatim from their sources, see SOURCES.md beside them).</summary>
public static class TeamsFixtures
{
    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "InterviewCoach.Bot.Tests", "Fixtures", "Teams");

    public static IEnumerable<string> Names => System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).Order()!;

    public static JsonObject Load(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, name)))!.AsObject();

    /// <summary>
    /// The fixture aimed at <paramref name="connectorBaseUrl"/>: its serviceUrl's host is replaced and its path kept, so
    /// tests also prove that replies keep the path of tenant-specific serviceUrls.
    /// </summary>
    public static JsonObject LoadFor(string name, string connectorBaseUrl)
    {
        JsonObject activity = Load(name);
        var original = new Uri(activity["serviceUrl"]!.GetValue<string>());
        activity["serviceUrl"] = connectorBaseUrl.TrimEnd('/') + original.AbsolutePath;
        return activity;
    }
}
