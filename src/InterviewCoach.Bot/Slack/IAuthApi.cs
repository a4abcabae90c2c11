namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>auth.*</c> Web API methods.</summary>
internal interface IAuthApi
{
    /// <summary>
    /// Checks the token and says whose it is: the bot's user id, bot id and team.
    /// See <see href="https://docs.slack.dev/reference/methods/auth.test">auth.test</see>.
    /// </summary>
    Task<SlackAuthTest> TestAsync(CancellationToken cancellationToken = default);
}
