using System.ComponentModel.DataAnnotations;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>How the host runs conversations.</summary>
internal sealed class CoachConversationOptions
{
    public const string SectionName = "Conversations";

    /// <summary>
    /// How many conversations' dialog state each instance keeps in memory, so an ordinary turn costs one conditional
    /// write and no read. A stale entry (another instance wrote since) costs one 412 and a re-read, never a lost update.
    /// 0 turns the cache off.
    /// </summary>
    [Range(0, 1_000_000)]
    public int StateCacheSize { get; set; } = 10_000;

    /// <summary>How long a turn may wait on storage before the user gets an apology instead.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
