namespace InterviewCoach.Coaching.Goals;

/// <summary>The coach's wording for goal enums, for buttons and summaries.</summary>
public static class GoalsLabels
{
    public static string ToLabel(this CareerStage stage) => stage switch
    {
        CareerStage.ExploringOptions => "Still exploring my options",
        CareerStage.OnAClearPath => "Set on a direction",
        _ => stage.ToString(),
    };

    public static string ToLabel(this ExperienceLevel level) => level switch
    {
        ExperienceLevel.NotSaid => "Not said",
        ExperienceLevel.Student => "Student or recent graduate",
        ExperienceLevel.Limited => "Some experience, little in this field",
        ExperienceLevel.Experienced => "Lots of relevant experience",
        _ => level.ToString(),
    };

    /// <summary>The label of one purpose; for a combination use <see cref="ToLabels"/>.</summary>
    public static string ToLabel(this InterviewPurposes purpose) => purpose switch
    {
        InterviewPurposes.None => "Nothing chosen yet",
        InterviewPurposes.JudgeFit => "See whether the field suits me",
        InterviewPurposes.LearnEntryPath => "Learn the way in: education, credentials, experience",
        InterviewPurposes.GrowNetwork => "Meet more people in the field",
        InterviewPurposes.FindLocalEmployers => "Find employers near me",
        InterviewPurposes.EvaluateEmployer => "Size up a particular employer",
        InterviewPurposes.LearnHowPeopleGetHired => "Learn how people get hired",
        InterviewPurposes.PractiseForJobInterviews => "Practise for job interviews",
        _ => string.Join("; ", purpose.ToLabels()),
    };

    /// <summary>Labels of every purpose set in <paramref name="purposes"/>, in declaration order.</summary>
    public static IReadOnlyList<string> ToLabels(this InterviewPurposes purposes) =>
        Enum.GetValues<InterviewPurposes>()
            .Where(p => p != InterviewPurposes.None && purposes.HasFlag(p))
            .Select(p => p.ToLabel())
            .ToList();
}
