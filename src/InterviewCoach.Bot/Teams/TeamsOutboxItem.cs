using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>One activity for the outbox; <paramref name="Source"/> is the reply it renders (to split or keep it).</summary>
/// <param name="Activity">The addressed outbound activity.</param>
/// <param name="Source">The engine reply behind it; null for a typing indicator.</param>
internal sealed record TeamsOutboxItem(Activity Activity, Reply? Source)
{
    /// <summary>A typing indicator is worth one try and nothing more.</summary>
    public bool BestEffort => Source is null;
}
