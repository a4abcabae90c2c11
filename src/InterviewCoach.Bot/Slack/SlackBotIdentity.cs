namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Our bot's own user id and bot id (from <c>auth.test</c>), so the events endpoint can drop our own messages.
/// Fetched once in the background; until it is known, messages carrying any <c>bot_id</c> are dropped anyway.
/// </summary>
internal sealed partial class SlackBotIdentity(IAuthApi auth, ILogger<SlackBotIdentity> logger)
{
    private volatile SlackAuthTest? _identity;

    public SlackAuthTest? Current => _identity;

    public async Task<SlackAuthTest?> EnsureAsync(CancellationToken cancellationToken)
    {
        if (_identity is { } known)
        {
            return known;
        }

        try
        {
            _identity = await auth.TestAsync(cancellationToken).ConfigureAwait(false);
            Log.Identified(logger, _identity.UserId, _identity.BotId);
            return _identity;
        }
        catch (SlackApiException ex)
        {
            Log.Failed(logger, ex.ErrorCode);
            return null;
        }
        catch (HttpRequestException ex)
        {
            Log.Failed(logger, ex.GetType().Name);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack bot identified: user {BotUserId}, bot {BotId}")]
        public static partial void Identified(ILogger logger, string botUserId, string? botId);

        [LoggerMessage(2, LogLevel.Warning, "Slack auth.test failed ({Error}); check Slack:BotToken")]
        public static partial void Failed(ILogger logger, string error);
    }
}
