using System.Globalization;
using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Load.Scenarios;

/// <summary>
/// The welcome and the whole goal flow (8 turns, as <c>bench/peer/goal-script.json</c>) with answers unique to
/// each user, so what storage holds at the end can be checked against what that user sent.
/// </summary>
internal static class GoalScript
{
    public const int Turns = 8;

    public static string Utterance(int user, int turn) => turn switch
    {
        0 => "hi",
        1 => "goal",
        2 => Name(user),
        3 => Phone(user),
        4 => user % 2 == 0 ? "exploring" : "clear path",
        5 => Field(user) + " (design), data journalism",
        6 => user % 2 == 0 ? "1, 3" : "2",
        7 => Target(user).ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(turn)),
    };

    // Names carry no digits (the coach refuses those as names): the user number is spelled in letters after "Q".
    public static string Name(int user)
    {
        var letters = new System.Text.StringBuilder("Chaos Q");
        int n = user;
        do
        {
            letters.Append((char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return letters.ToString();
    }

    public static string Phone(int user) => string.Create(CultureInfo.InvariantCulture, $"+44 20 7946 {user % 10000:0000}");

    public static string Field(int user) => string.Create(CultureInfo.InvariantCulture, $"ux research {user}");

    public static int Target(int user) => 1 + (user % 20);

    /// <summary>Every answer the user gave is in the saved profile; returns what differs, or null.</summary>
    public static string? Mismatch(int user, CoachingProfile? profile)
    {
        if (profile is null)
        {
            return "no profile";
        }

        CareerStage stage = user % 2 == 0 ? CareerStage.ExploringOptions : CareerStage.OnAClearPath;
        // The choices put the purposes that suit the stage first: exploring offers JudgeFit, LearnEntryPath, then the
        // rest in enum order (so "1, 3" is JudgeFit and GrowNetwork); a clear path offers FindLocalEmployers first and
        // EvaluateEmployer second (so "2" is EvaluateEmployer).
        InterviewPurposes purposes = user % 2 == 0 ? InterviewPurposes.JudgeFit | InterviewPurposes.GrowNetwork : InterviewPurposes.EvaluateEmployer;
        return profile.DisplayName != Name(user) ? "name"
            : profile.Phone != Phone(user) ? "phone"
            : profile.Stage != stage ? "stage"
            : profile.FieldsOfInterest.Count != 2 || !string.Equals(profile.FieldsOfInterest[0].Name, Field(user), StringComparison.OrdinalIgnoreCase) ? "fields"
            : profile.Purposes != purposes ? "purposes"
            : profile.WeeklyTarget != Target(user) ? "target"
            : null;
    }
}
