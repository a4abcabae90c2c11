namespace InterviewCoach.Coaching.Questions;

/// <summary>What a question is about; the bank groups its questions by these.</summary>
public enum QuestionCategory
{
    /// <summary>Their role and what a normal working day holds.</summary>
    RoleAndDay,

    /// <summary>How they got where they are.</summary>
    PathIntoField,

    /// <summary>Trends and issues in the field.</summary>
    TrendsAndIssues,

    /// <summary>What surprised them, what outsiders get wrong.</summary>
    Insights,

    /// <summary>The organisation: clients, competitors, strengths, goals.</summary>
    Organisation,

    /// <summary>Skills, education, licences and training the field wants.</summary>
    SkillsAndTraining,

    /// <summary>What they look for in new people, asked as advice.</summary>
    WhatTheyLookFor,

    /// <summary>Work and the rest of life.</summary>
    WorkLifeBalance,

    /// <summary>Advice for the user.</summary>
    AdviceForMe,

    /// <summary>Reading, groups and other people to talk to.</summary>
    ResourcesAndPeople,

    /// <summary>Who employs people locally, the state of the market, the people to know.</summary>
    LocalMarket,
}
