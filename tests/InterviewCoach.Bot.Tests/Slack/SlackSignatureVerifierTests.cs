using System.Text;
using System.Text.Json;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;

namespace InterviewCoach.Bot.Tests.Slack;

public sealed class SlackSignatureVerifierTests
{
    private static readonly TimeSpan s_tolerance = TimeSpan.FromMinutes(5);
    private static readonly JsonElement s_meta = SlackFixtures.Json("slash_command_signed.meta.json");
    private static readonly byte[] s_body = SlackFixtures.Bytes("slash_command_signed.txt");
    private static readonly string s_secret = s_meta.GetProperty("signing_secret").GetString()!;
    private static readonly string s_timestamp = s_meta.GetProperty("x_slack_request_timestamp").GetString()!;
    private static readonly string s_signature = s_meta.GetProperty("x_slack_signature").GetString()!;
    private static readonly DateTimeOffset s_signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(s_timestamp, System.Globalization.CultureInfo.InvariantCulture));

    private static SlackSignatureResult Verify(string? secret = null, string? timestamp = null, string? signature = null, byte[]? body = null, DateTimeOffset? now = null) =>
        SlackSignatureVerifier.Verify(secret ?? s_secret, timestamp ?? s_timestamp, signature ?? s_signature, body ?? s_body, now ?? s_signedAt, s_tolerance);

    [Fact]
    public void SlacksPublishedExampleVerifiesAtItsOwnTime() => Assert.Equal(SlackSignatureResult.Valid, Verify());

    [Fact]
    public void SigningTheExampleReproducesSlacksSignature() => Assert.Equal(s_signature, SlackSignatureVerifier.Sign(s_secret, s_timestamp, s_body));

    [Fact]
    public void AnUpperCaseSignatureIsTheSameSignature() =>
        Assert.Equal(SlackSignatureResult.Valid, Verify(signature: "v0=" + s_signature[3..].ToUpperInvariant()));

    [Fact]
    public void ASignatureMadeWithAnotherSecretIsRefused() =>
        Assert.Equal(SlackSignatureResult.Mismatch, Verify(signature: SlackSignatureVerifier.Sign("not-the-secret", s_timestamp, s_body)));

    [Fact]
    public void AChangedBodyIsRefused()
    {
        byte[] tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(s_body).Replace("text=", "text=goal", StringComparison.Ordinal));
        Assert.Equal(SlackSignatureResult.Mismatch, Verify(body: tampered));
    }

    [Fact]
    public void AOneByteLongerBodyIsRefused() => Assert.Equal(SlackSignatureResult.Mismatch, Verify(body: [.. s_body, (byte)'\n']));

    [Fact]
    public void ATimestampReusedWithTheOldSignatureIsRefused() =>
        Assert.Equal(SlackSignatureResult.Mismatch, Verify(timestamp: (long.Parse(s_timestamp, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(-301, SlackSignatureResult.StaleTimestamp)]
    [InlineData(-300, SlackSignatureResult.Valid)]
    [InlineData(300, SlackSignatureResult.Valid)]
    [InlineData(301, SlackSignatureResult.FutureTimestamp)]
    public void TimestampsMoreThanFiveMinutesOffEitherWayAreRefused(int requestOffsetSeconds, SlackSignatureResult expected) =>
        Assert.Equal(expected, Verify(now: s_signedAt.AddSeconds(-requestOffsetSeconds)));

    [Theory]
    [InlineData(null, "v0=abc", SlackSignatureResult.MissingHeaders)]
    [InlineData("1531420618", "", SlackSignatureResult.MissingHeaders)]
    [InlineData("15314x0618", "v0=abc", SlackSignatureResult.MalformedTimestamp)]
    [InlineData("-1531420618", "v0=abc", SlackSignatureResult.MalformedTimestamp)]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackSignatureResult.MalformedSignature)]
    [InlineData("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5", SlackSignatureResult.MalformedSignature)]
    [InlineData("1531420618", "v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SlackSignatureResult.MalformedSignature)]
    public void MissingOrMalformedHeadersAreRefused(string? timestamp, string signature, SlackSignatureResult expected) =>
        Assert.Equal(expected, SlackSignatureVerifier.Verify(s_secret, timestamp, signature, s_body, s_signedAt, s_tolerance));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void WithoutASecretEveryRequestIsRefusedEvenACorrectlySignedOne(string? secret) =>
        Assert.Equal(SlackSignatureResult.NoSecretConfigured, SlackSignatureVerifier.Verify(secret, s_timestamp, s_signature, s_body, s_signedAt, s_tolerance));
}
