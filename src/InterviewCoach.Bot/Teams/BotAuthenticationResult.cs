namespace InterviewCoach.Bot.Teams;

/// <summary>
/// The outcome of checking an inbound request. <see cref="ServiceUrlTrusted"/> is true when the token vouched for
/// the activity's serviceUrl (so the bot may send its own token there); in local mode it is false.
/// </summary>
internal sealed record BotAuthenticationResult(bool IsAuthenticated, bool ServiceUrlTrusted, string? FailureReason)
{
    public static BotAuthenticationResult Anonymous { get; } = new(true, false, null);

    public static BotAuthenticationResult Fail(string reason) => new(false, false, reason);
}
