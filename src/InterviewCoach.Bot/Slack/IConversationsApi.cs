namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>conversations.*</c> Web API methods.</summary>
internal interface IConversationsApi
{
    /// <summary>
    /// Opens (or finds) the direct message with <paramref name="userId"/>; returns its channel id (<c>D…</c>).
    /// See <see href="https://docs.slack.dev/reference/methods/conversations.open">conversations.open</see>.
    /// </summary>
    Task<string> OpenAsync(string userId, CancellationToken cancellationToken = default);
}
