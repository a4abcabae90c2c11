using System.Globalization;

namespace InterviewCoach.Load.Channels.Teams;

/// <summary>One simulated Teams user in a fresh personal conversation with the bot.</summary>
public sealed class TeamsConversation(string runId, int number, string tenantId)
{
    private int _sent;

    public string ConversationId { get; } = string.Create(CultureInfo.InvariantCulture, $"a:load-{runId}-{number}");

    public string UserId { get; } = string.Create(CultureInfo.InvariantCulture, $"29:load-{runId}-{number}");

    public string UserName { get; } = string.Create(CultureInfo.InvariantCulture, $"Load User {number}");

    public string TenantId { get; } = tenantId;

    /// <summary>A new activity id for each message sent.</summary>
    public string NextActivityId() => string.Create(CultureInfo.InvariantCulture, $"{ConversationId}-{Interlocked.Increment(ref _sent)}");
}
