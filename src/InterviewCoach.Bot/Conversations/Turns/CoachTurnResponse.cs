using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// What to send back for a turn. <see cref="Saved"/> is false when storage failed and the turn was not kept;
/// <see cref="Duplicate"/> is true when the conversation had already handled this delivery (nothing to send).
/// </summary>
public sealed record CoachTurnResponse(IReadOnlyList<Reply> Replies, bool Saved, bool Duplicate = false);
