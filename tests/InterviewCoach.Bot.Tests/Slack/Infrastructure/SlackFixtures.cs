using System.Text.Json;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>The Slack payload fixtures, copied byte for byte into the repository (see Fixtures/Slack/SOURCES.md).</summary>
public static class SlackFixtures
{
    public static string Directory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "InterviewCoach.Bot.Tests", "Fixtures", "Slack");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static JsonElement Json(string name) => JsonDocument.Parse(Bytes(name)).RootElement;

    /// <summary>A decoded interactive payload as Slack posts it: <c>payload=&lt;form-encoded JSON&gt;</c>.</summary>
    public static byte[] AsInteractionForm(string json) =>
        System.Text.Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(json));

    /// <summary>Every fixture file (not the provenance note).</summary>
    public static IEnumerable<string> All() =>
        System.IO.Directory.EnumerateFiles(Directory).Select(Path.GetFileName).Where(n => n != "SOURCES.md").Order(StringComparer.Ordinal)!;
}
