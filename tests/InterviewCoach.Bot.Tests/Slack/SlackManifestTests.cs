using System.Diagnostics;
using System.Text.Json;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Slack;

/// <summary>The Slack app manifest against Slack's published schema (validated by Node with the repository's ajv).</summary>
public sealed class SlackManifestTests
{
    private static readonly string s_manifest = Path.Combine("manifests", "slack", "manifest.yml");
    private static readonly string s_validator = Path.Combine("manifests", "slack", "validate-manifest.js");

    private static (int ExitCode, string Output) Node(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "node did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static JsonElement Manifest()
    {
        (int exit, string json) = Node("-e", "process.stdout.write(JSON.stringify(require('yaml').parse(require('fs').readFileSync(process.argv[1], 'utf8'))))", s_manifest);
        Assert.True(exit == 0, json);
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact]
    public void TheManifestPassesSlacksPublishedSchema()
    {
        (int exit, string output) = Node(s_validator, s_manifest);
        Assert.True(exit == 0, output);
        Assert.Contains("ok manifest.yml", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheValidatorRejectsAManifestSlackWouldRefuse()
    {
        string bad = Path.Combine(Path.GetTempPath(), $"slack-manifest-{Guid.NewGuid():N}.yml");
        File.WriteAllText(bad, File.ReadAllText(Path.Combine(RepositoryPaths.Root, s_manifest)).Replace("  bot_user:", "  bot_users:", StringComparison.Ordinal));
        try
        {
            (int exit, string output) = Node(s_validator, bad);
            Assert.True(exit == 1, output);
            Assert.Contains("ERROR", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void TheManifestAsksForTheMinimalScopesAndWiresEveryEndpoint()
    {
        JsonElement manifest = Manifest();
        JsonElement features = manifest.GetProperty("features");
        JsonElement settings = manifest.GetProperty("settings");

        Assert.Equal(["chat:write", "commands", "files:write", "im:history", "im:write", "users:read"], manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["app_home_opened", "app_uninstalled", "message.im", "tokens_revoked"], settings.GetProperty("event_subscriptions").GetProperty("bot_events").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal));
        Assert.EndsWith("/api/slack/events", settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString(), StringComparison.Ordinal);
        Assert.True(settings.GetProperty("interactivity").GetProperty("is_enabled").GetBoolean());
        Assert.EndsWith("/api/slack/interactions", settings.GetProperty("interactivity").GetProperty("request_url").GetString(), StringComparison.Ordinal);
        JsonElement command = features.GetProperty("slash_commands").EnumerateArray().Single();
        Assert.Equal("/coach", command.GetProperty("command").GetString());
        Assert.EndsWith("/api/slack/commands", command.GetProperty("url").GetString(), StringComparison.Ordinal);
        JsonElement home = features.GetProperty("app_home");
        Assert.True(home.GetProperty("home_tab_enabled").GetBoolean());
        Assert.True(home.GetProperty("messages_tab_enabled").GetBoolean());
        Assert.False(home.GetProperty("messages_tab_read_only_enabled").GetBoolean());
        Assert.True(features.TryGetProperty("bot_user", out _));
    }
}
