using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// How far a user's conversation got according to storage: the last script turn whose stored dialog position matches
/// the reference walk's, where "the whole script" also needs the saved profile to hold every answer the user gave.
/// </summary>
internal static class ConversationProgress
{
    /// <returns>The index of the last turn storage reflects, or -1 when it reflects none.</returns>
    public static int Of(int user, string storedPosition, CoachingProfile? profile, IReadOnlyList<string> referencePositions)
    {
        if (GoalScript.Mismatch(user, profile) is null)
        {
            return GoalScript.Turns - 1;
        }

        for (int turn = GoalScript.Turns - 2; turn >= 0; turn--)
        {
            if (referencePositions[turn] == storedPosition)
            {
                return turn;
            }
        }

        return -1;
    }
}
