namespace InterviewCoach.Coaching.Questions;

/// <summary>The coach's wording for question enums, for buttons and cards.</summary>
public static class QuestionLabels
{
    public static string ToLabel(this QuestionCategory category) => category switch
    {
        QuestionCategory.RoleAndDay => "Their role and a normal day",
        QuestionCategory.PathIntoField => "How they got here",
        QuestionCategory.TrendsAndIssues => "Trends and issues",
        QuestionCategory.Insights => "Surprises and insights",
        QuestionCategory.Organisation => "Their organisation",
        QuestionCategory.SkillsAndTraining => "Skills and training",
        QuestionCategory.WhatTheyLookFor => "What helps newcomers",
        QuestionCategory.WorkLifeBalance => "Work-life balance",
        QuestionCategory.AdviceForMe => "Advice for me",
        QuestionCategory.ResourcesAndPeople => "Resources and people",
        QuestionCategory.LocalMarket => "Employers and the market here",
        _ => category.ToString(),
    };

    public static string ToLabel(this MeetingFormat format) => format switch
    {
        MeetingFormat.InPerson => "In person",
        MeetingFormat.Phone => "Phone or video call",
        _ => format.ToString(),
    };
}
