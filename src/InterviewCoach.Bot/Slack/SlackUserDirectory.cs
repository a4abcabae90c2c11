using System.Text.Json;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using Microsoft.Extensions.Caching.Memory;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Finds each user's DM channel (<c>conversations.open</c>, remembered in the stored conversation reference) and
/// time zone (<c>users.info</c> <c>tz</c>), cached per user so an ordinary turn makes no extra Web API call.
/// </summary>
internal sealed partial class SlackUserDirectory(
    IConversationsApi conversations,
    IUsersApi users,
    ConversationReferenceStore references,
    ILogger<SlackUserDirectory> logger) : IDisposable
{
    private static readonly TimeSpan s_timeZoneLifetime = TimeSpan.FromHours(12);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The user's context; <paramref name="knownChannel"/> is a DM channel Slack just told us about (App Home events).</summary>
    public async Task<SlackUserContext> ResolveAsync(UserAddress user, string? knownChannel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_cache.TryGetValue(user.Key, out SlackUserContext? cached) && cached is not null
            && (knownChannel is null || knownChannel == cached.Channel))
        {
            return cached;
        }

        string? channel = knownChannel;
        string? timeZone = null;
        string? realName = null;
        ConversationReference? stored = null;
        if (channel is null)
        {
            stored = await ReadStoredAsync(user, cancellationToken).ConfigureAwait(false);
            channel = stored is null ? null : Parse(stored.Payload)?.Channel;
        }

        channel ??= await conversations.OpenAsync(user.UserId, cancellationToken).ConfigureAwait(false);
        try
        {
            SlackUser info = await users.InfoAsync(user.UserId, cancellationToken: cancellationToken).ConfigureAwait(false);
            timeZone = info.TimeZone;
            realName = info.RealName;
        }
        catch (SlackApiException ex)
        {
            // Without users:read or while Slack is slow, fall back to what we stored; the turn still runs.
            Log.TimeZoneUnavailable(logger, ex.ErrorCode);
            timeZone = stored?.TimeZoneId;
        }

        var context = new SlackUserContext(user, channel, timeZone, realName);
        Remember(context);
        return context;
    }

    /// <summary>Opens the user's DM again (the remembered channel was not found) and remembers the new channel.</summary>
    public async Task<SlackUserContext> ReopenAsync(UserAddress user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        SlackUserContext? cached = _cache.TryGetValue(user.Key, out SlackUserContext? known) ? known : null;
        string channel = await conversations.OpenAsync(user.UserId, cancellationToken).ConfigureAwait(false);
        var context = new SlackUserContext(user, channel, cached?.TimeZoneId, cached?.RealName);
        Remember(context);
        return context;
    }

    /// <summary>The cached time zone, for turns that must run before any Web API call (modal submits).</summary>
    public string? CachedTimeZone(UserAddress user) =>
        _cache.TryGetValue(user.Key, out SlackUserContext? cached) ? cached?.TimeZoneId : null;

    /// <summary>Forgets a user's channel (Slack said it was not found), so the next turn opens it again.</summary>
    public void Forget(UserAddress user) => _cache.Remove(user.Key);

    public static string CreatePayload(SlackUserContext context) =>
        JsonSerializer.Serialize(new SlackConversationPayload(context.User.Tenant, context.User.UserId, context.Channel), SlackJsonContext.Default.SlackConversationPayload);

    public static SlackConversationPayload? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, SlackJsonContext.Default.SlackConversationPayload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _cache.Dispose();

    private void Remember(SlackUserContext context) =>
        _cache.Set(context.User.Key, context, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = s_timeZoneLifetime });

    private async Task<ConversationReference?> ReadStoredAsync(UserAddress user, CancellationToken cancellationToken)
    {
        try
        {
            ConversationReference? reference = await references.GetAsync(user.Key, cancellationToken).ConfigureAwait(false);
            return reference is { Active: true } ? reference : null;
        }
        catch (Azure.RequestFailedException ex)
        {
            Log.ReferenceUnavailable(logger, ex.Status);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack users.info failed ({Error}); using the stored time zone")]
        public static partial void TimeZoneUnavailable(ILogger logger, string error);

        [LoggerMessage(2, LogLevel.Warning, "Stored Slack conversation reference unreadable (status {Status}); opening the DM again")]
        public static partial void ReferenceUnavailable(ILogger logger, int status);
    }
}
