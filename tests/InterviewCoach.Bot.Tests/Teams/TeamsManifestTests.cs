using System.IO.Compression;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>The Teams app package, validated offline against the official schema shipped in npm @microsoft/app-manifest.</summary>
public sealed class TeamsManifestTests : IDisposable
{
    private const string BotId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private readonly string _out = Path.Combine(Path.GetTempPath(), "teams-package-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task ThePackageScriptWritesAFilledManifestAndAZipThatPassTheOfficialSchema()
    {
        (int exit, string output) = await ProcessRunner.RunAsync("bash", RepositoryPaths.Root, "manifests/teams/package.sh", BotId.ToUpperInvariant(), _out);
        Assert.True(exit == 0, output);

        JsonObject manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "manifest.json")))!.AsObject();
        Assert.Equal(BotId, manifest["id"]!.GetValue<string>());
        JsonNode bot = manifest["bots"]![0]!;
        Assert.Equal(BotId, bot["botId"]!.GetValue<string>());
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(
            ["goal", "contacts", "rehearse", "questions", "debrief", "reminders", "progress", "help"],
            bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));

        string unzipped = Path.Combine(_out, "unzipped");
        ZipFile.ExtractToDirectory(Path.Combine(_out, "interview-coach-teams.zip"), unzipped);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], Directory.GetFiles(unzipped).Select(Path.GetFileName).Order());

        (int valid, string report) = await ProcessRunner.RunAsync("node", RepositoryPaths.Root, "scripts/validate-teams-manifest.js", unzipped);
        Assert.True(valid == 0, report);
        Assert.Contains("v1.22/MicrosoftTeams.schema.json", report, StringComparison.Ordinal);
        Assert.Contains("RESULT: PASS", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheValidatorCatchesASchemaViolation()
    {
        string folder = Path.Combine(_out, "bad");
        Directory.CreateDirectory(folder);
        string source = Path.Combine(RepositoryPaths.Root, "manifests", "teams");
        JsonObject manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "manifest.json")))!.AsObject();
        manifest["name"]!["short"] = new string('x', 31);
        manifest["bots"]![0]!["scopes"] = new JsonArray("everywhere");
        File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest.ToJsonString());
        File.Copy(Path.Combine(source, "color.png"), Path.Combine(folder, "color.png"));
        File.Copy(Path.Combine(source, "color.png"), Path.Combine(folder, "outline.png"));

        (int exit, string report) = await ProcessRunner.RunAsync("node", RepositoryPaths.Root, "scripts/validate-teams-manifest.js", folder);

        Assert.Equal(1, exit);
        Assert.Contains("/name/short", report, StringComparison.Ordinal);
        Assert.Contains("/bots/0/scopes/0", report, StringComparison.Ordinal);
        Assert.Contains("icons.outline must be 32x32", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePackageScriptRefusesAnAppIdThatIsNotAGuid()
    {
        (int exit, string output) = await ProcessRunner.RunAsync("bash", RepositoryPaths.Root, "manifests/teams/package.sh", "not-a-guid", _out);
        Assert.Equal(2, exit);
        Assert.Contains("GUID", output, StringComparison.Ordinal);
    }
}
