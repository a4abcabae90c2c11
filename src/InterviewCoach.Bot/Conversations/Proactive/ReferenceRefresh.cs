namespace InterviewCoach.Bot.Conversations.Proactive;

/// <summary>What refreshing a reference from a user's turn did.</summary>
/// <param name="Written">Whether the stored reference was written (false: this instance wrote the same one within the hour).</param>
/// <param name="WasAway">Whether the row it replaced marked the user unreachable (inactive, or noted away); the mark is now cleared.</param>
/// <param name="Created">Whether the write inserted the row: nothing at all was stored for the user's reference before (a new user, or one who deleted their data).</param>
internal readonly record struct ReferenceRefresh(bool Written, bool WasAway, bool Created = false);
