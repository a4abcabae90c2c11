namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>What refreshing a reference from a user's turn did.</summary>
/// <param name="Written">Whether the stored reference was written (false: this instance wrote the same one within the hour).</param>
/// <param name="WasAway">Whether the row it replaced marked the user unreachable (inactive, or noted away); the mark is now cleared.</param>
internal readonly record struct ReferenceRefresh(bool Written, bool WasAway);
