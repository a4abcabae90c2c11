namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>users.*</c> Web API methods.</summary>
internal interface IUsersApi
{
    /// <summary>
    /// Reads a user, including their time zone (<c>tz</c>). Sent form-encoded, the only body this method accepts.
    /// See <see href="https://docs.slack.dev/reference/methods/users.info">users.info</see>.
    /// </summary>
    Task<SlackUser> InfoAsync(string userId, bool includeLocale = false, CancellationToken cancellationToken = default);
}
