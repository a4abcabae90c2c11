using System.Text;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Load.Channels.Slack;

namespace InterviewCoach.Load.Tests;

public sealed class SlackSignerTests
{
    private static readonly string s_fixtures = Path.Combine(FindShared(), "fixtures", "slack");

    [Fact]
    public void TheSignatureMatchesSlacksPublishedExample()
    {
        // Slack's documented example request (shared fixtures), signed with its documented secret.
        byte[] body = File.ReadAllBytes(Path.Combine(s_fixtures, "slash_command_signed.txt"));

        string signature = new SlackSigner("8f742231b10e8888abcd99yyyzzz85a5").Sign(1531420618, body);

        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", signature);
    }

    [Fact]
    public void TheHostsVerifierAcceptsTheDriversSignatureAndRefusesAChangedBody()
    {
        byte[] body = Encoding.UTF8.GetBytes("team_id=T0LOAD&user_id=U1&command=%2Fcoach&text=help");
        DateTimeOffset now = DateTimeOffset.UtcNow;
        string signature = new SlackSigner("load-secret").Sign(now.ToUnixTimeSeconds(), body);
        string timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(SlackSignatureResult.Valid, SlackSignatureVerifier.Verify("load-secret", timestamp, signature, body, now, TimeSpan.FromMinutes(5)));
        body[^1] = (byte)'x';
        Assert.NotEqual(SlackSignatureResult.Valid, SlackSignatureVerifier.Verify("load-secret", timestamp, signature, body, now, TimeSpan.FromMinutes(5)));
    }

    private static string FindShared()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "fixtures")))
            {
                return candidate;
            }
        }

        return "/work/shared";
    }
}
