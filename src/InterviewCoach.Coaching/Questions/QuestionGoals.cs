using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// Which questions serve which of the user's goals (S059): the bank questions the planner leads with for each goal,
/// the categories that count towards it, and the goals a list leaves uncovered. Goals come in the order the
/// user's career stage puts them (S006), with this meeting's own goal first when it is one of them.
/// </summary>
public static class QuestionGoals
{
    private static readonly Dictionary<InterviewPurposes, string[]> s_leads = new()
    {
        [InterviewPurposes.JudgeFit] = ["role-2", "role-5", "insights-1", "balance-1"],
        [InterviewPurposes.LearnEntryPath] = ["skills-3", "skills-2", "skills-5", "lookfor-1"],
        [InterviewPurposes.GrowNetwork] = ["resources-2", "market-3"],
        [InterviewPurposes.FindLocalEmployers] = ["market-1", "market-5"],
        [InterviewPurposes.EvaluateEmployer] = ["path-2", "org-5", "org-4"],
        [InterviewPurposes.LearnHowPeopleGetHired] = ["market-4", "lookfor-4"],
        [InterviewPurposes.PractiseForJobInterviews] = [],
    };

    private static readonly Dictionary<InterviewPurposes, QuestionCategory[]> s_categories = new()
    {
        [InterviewPurposes.JudgeFit] = [QuestionCategory.RoleAndDay, QuestionCategory.Insights, QuestionCategory.WorkLifeBalance],
        [InterviewPurposes.LearnEntryPath] = [QuestionCategory.SkillsAndTraining, QuestionCategory.WhatTheyLookFor],
        [InterviewPurposes.GrowNetwork] = [QuestionCategory.ResourcesAndPeople],
        [InterviewPurposes.FindLocalEmployers] = [QuestionCategory.LocalMarket],
        [InterviewPurposes.EvaluateEmployer] = [QuestionCategory.Organisation],
        [InterviewPurposes.LearnHowPeopleGetHired] = [QuestionCategory.LocalMarket, QuestionCategory.WhatTheyLookFor],
        [InterviewPurposes.PractiseForJobInterviews] = [],
    };

    /// <summary>The bank questions the planner proposes for <paramref name="goal"/>, best first.</summary>
    public static IReadOnlyList<string> Leads(InterviewPurposes goal) => s_leads.GetValueOrDefault(goal, []);

    /// <summary>
    /// The goals a list is built around, most important first: this meeting's goal when it is one of the starter
    /// goals, then the profile's goals in the order the career stage gives them. With none chosen, the stage's first two.
    /// </summary>
    public static IReadOnlyList<InterviewPurposes> Order(CoachingProfile? profile, string? meetingGoal)
    {
        CareerStage stage = profile?.Stage ?? CareerStage.ExploringOptions;
        InterviewPurposes[] stageOrder = [.. GoalDialog.PurposeChoices(stage)
            .Select(c => Enum.TryParse(c.Value, out InterviewPurposes p) ? p : InterviewPurposes.None)
            .Where(p => p != InterviewPurposes.None)];
        var goals = new List<InterviewPurposes>();
        if (FromLabel(meetingGoal) is { } forThisMeeting)
        {
            goals.Add(forThisMeeting);
        }

        InterviewPurposes chosen = profile?.Purposes ?? InterviewPurposes.None;
        goals.AddRange(chosen == InterviewPurposes.None ? stageOrder.Take(2) : stageOrder.Where(p => chosen.HasFlag(p)));
        return [.. goals.Distinct()];
    }

    /// <summary>The starter goal whose label is <paramref name="text"/> (as the meeting's goal buttons give it), or null.</summary>
    public static InterviewPurposes? FromLabel(string? text) =>
        Enum.GetValues<InterviewPurposes>()
            .Where(p => p != InterviewPurposes.None)
            .Select(p => (InterviewPurposes?)p)
            .FirstOrDefault(p => string.Equals(p!.Value.ToLabel(), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="question"/> was tagged with <paramref name="goal"/> or is the kind of question that serves it.</summary>
    public static bool Serves(PlannedQuestion question, InterviewPurposes goal)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Goal == goal
            || (question.BankId is { } id && Leads(goal).Contains(id))
            || (question.Category is { } category && s_categories.GetValueOrDefault(goal, []).Contains(category));
    }

    /// <summary>The list's goals that no question serves. Practising for job interviews is served by holding the conversation at all.</summary>
    public static IReadOnlyList<InterviewPurposes> Uncovered(QuestionList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return
        [
            .. list.Goals.Where(goal => goal != InterviewPurposes.PractiseForJobInterviews
                && !(goal == InterviewPurposes.GrowNetwork && list.ReferralQuestion.Length > 0)
                && !list.Questions.Any(q => Serves(q, goal))),
        ];
    }

    /// <summary>The bank's categories with those serving <paramref name="goals"/> first, in goal order (S006, S065).</summary>
    public static IReadOnlyList<QuestionCategory> CategoryOrder(IReadOnlyList<InterviewPurposes> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);
        IEnumerable<QuestionCategory> first = goals.SelectMany(g => s_categories.GetValueOrDefault(g, []));
        return [.. first.Concat(Enum.GetValues<QuestionCategory>()).Distinct()];
    }

    /// <summary>"find employers near me": a goal's label as it reads inside a sentence.</summary>
    /// <summary>The goal as the topic of questions: "questions on whether the field suits you".</summary>
    public static string AsTopic(InterviewPurposes goal) => goal switch
    {
        InterviewPurposes.JudgeFit => "whether the field suits you",
        InterviewPurposes.LearnEntryPath => "the way in",
        InterviewPurposes.GrowNetwork => "meeting more people in the field",
        InterviewPurposes.FindLocalEmployers => "employers near you",
        InterviewPurposes.EvaluateEmployer => "the employer you're sizing up",
        InterviewPurposes.LearnHowPeopleGetHired => "how people get hired",
        InterviewPurposes.PractiseForJobInterviews => "talking about yourself, as practice for job interviews",
        _ => InSentence(goal),
    };

    public static string InSentence(InterviewPurposes goal)
    {
        string label = goal.ToLabel();
        return string.Concat(char.ToLowerInvariant(label[0]).ToString(), label[1..]);
    }
}
