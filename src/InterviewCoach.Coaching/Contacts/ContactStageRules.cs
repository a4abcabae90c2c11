namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Which stage changes are normal. Forward moves on the main track are normal, any stage may close as
/// <see cref="ContactStage.NoAnswer"/> or <see cref="ContactStage.Declined"/>, and a contact with no answer may be
/// asked again or may answer later. Anything else is an explicit correction, reported as such.
/// </summary>
public static class ContactStageRules
{
    private static readonly ContactStage[] s_mainTrack =
    [
        ContactStage.ToContact,
        ContactStage.Asked,
        ContactStage.MeetingSet,
        ContactStage.Met,
        ContactStage.Thanked,
        ContactStage.KeepingInTouch,
    ];

    public static StageTransition Classify(ContactStage from, ContactStage to)
    {
        return new StageTransition(from, to, KindOf(from, to));
    }

    public static bool IsNormal(ContactStage from, ContactStage to) => Classify(from, to).IsNormal;

    public static bool IsRegression(ContactStage from, ContactStage to) => Classify(from, to).IsRegression;

    /// <summary>The moves to offer from <paramref name="from"/>, the usual next step first.</summary>
    public static IReadOnlyList<ContactStage> NormalNextStages(ContactStage from) =>
        Enum.GetValues<ContactStage>()
            .Select(to => Classify(from, to))
            .Where(t => t.IsNormal)
            .OrderBy(t => t.Kind switch
            {
                StageChangeKind.NextStep or StageChangeKind.Retry => 0,
                StageChangeKind.SkipAhead => 1,
                _ => 2,
            })
            .ThenBy(t => t.To)
            .Select(t => t.To)
            .ToList();

    private static StageChangeKind KindOf(ContactStage from, ContactStage to)
    {
        if (from == to)
        {
            return StageChangeKind.NoChange;
        }

        if (to is ContactStage.NoAnswer or ContactStage.Declined)
        {
            return StageChangeKind.Closed;
        }

        if (from == ContactStage.Declined)
        {
            return StageChangeKind.Reopened;
        }

        if (from == ContactStage.NoAnswer)
        {
            // No answer means they were asked: asking again is a retry, a later reply moves things forward.
            return to switch
            {
                ContactStage.Asked => StageChangeKind.Retry,
                ContactStage.ToContact => StageChangeKind.Regression,
                _ => StageChangeKind.SkipAhead,
            };
        }

        int step = Array.IndexOf(s_mainTrack, to) - Array.IndexOf(s_mainTrack, from);
        return step switch
        {
            1 => StageChangeKind.NextStep,
            > 1 => StageChangeKind.SkipAhead,
            _ => StageChangeKind.Regression,
        };
    }
}
