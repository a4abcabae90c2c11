namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// The coach's open-ended questions, grouped by <see cref="QuestionCategory"/>. Every one invites a story or an
/// opinion rather than a yes or no; templates are filled by <see cref="QuestionContext.Fill"/>.
/// </summary>
public static class QuestionBank
{
    /// <summary>The question that always closes a list: who else to talk to, and whether their name may be used.</summary>
    public static BankQuestion Referral { get; } = new(
        "referral",
        QuestionCategory.ResourcesAndPeople,
        "Who else would you suggest I speak with, and would it be all right to mention your name when I contact them?");

    public static IReadOnlyList<BankQuestion> All { get; } =
    [
        new("role-1", QuestionCategory.RoleAndDay, "How would you describe the work you do to someone outside {field}?"),
        new("role-2", QuestionCategory.RoleAndDay, "Walk me through a recent working day: what filled most of your hours?"),
        new("role-3", QuestionCategory.RoleAndDay, "Which parts of your role take more of your time than people expect?"),
        new("role-4", QuestionCategory.RoleAndDay, "What projects are you most excited about at the moment?"),
        new("role-5", QuestionCategory.RoleAndDay, "What part of your work gives you the most satisfaction?"),
        new("role-6", QuestionCategory.RoleAndDay, "Which tasks do you find hardest, and how do you approach them?"),
        new("role-7", QuestionCategory.RoleAndDay, "How has your role at {organisation} changed since you started?"),

        new("path-1", QuestionCategory.PathIntoField, "{contact}, how did you first find your way into {field}?"),
        new("path-2", QuestionCategory.PathIntoField, "What drew you to {organisation} in particular?"),
        new("path-3", QuestionCategory.PathIntoField, "Looking back, which decisions or jobs mattered most in getting you here?"),
        new("path-4", QuestionCategory.PathIntoField, "What did you do before this role, and how does it help you now?"),
        new("path-5", QuestionCategory.PathIntoField, "How did you learn the ropes when you were new to {field}?"),
        new("path-6", QuestionCategory.PathIntoField, "What would you do differently if you were starting out again?"),
        new("path-7", QuestionCategory.PathIntoField, "Which people helped you most along the way, and how?"),

        new("trends-1", QuestionCategory.TrendsAndIssues, "What changes do you see coming for {field} over the next few years?"),
        new("trends-2", QuestionCategory.TrendsAndIssues, "Which issues are people in {field} talking about most right now?"),
        new("trends-3", QuestionCategory.TrendsAndIssues, "How is technology changing the way work gets done in {field}?"),
        new("trends-4", QuestionCategory.TrendsAndIssues, "Where do you think growth in {field} will come from?"),
        new("trends-5", QuestionCategory.TrendsAndIssues, "What challenges worry leaders in {field} the most?"),
        new("trends-6", QuestionCategory.TrendsAndIssues, "How have recent news stories or new rules affected your work?"),
        new("trends-7", QuestionCategory.TrendsAndIssues, "Which corners of {field} seem to be shrinking, and which are expanding?"),

        new("insights-1", QuestionCategory.Insights, "{contact}, what surprised you most once you started working in {field}?"),
        new("insights-2", QuestionCategory.Insights, "What do newcomers usually get wrong about this kind of work?"),
        new("insights-3", QuestionCategory.Insights, "What do you wish you had known before your first year in {field}?"),
        new("insights-4", QuestionCategory.Insights, "Which myths about {field} would you like to put to rest?"),
        new("insights-5", QuestionCategory.Insights, "What is harder about the job than it looks from the outside?"),
        new("insights-6", QuestionCategory.Insights, "How does the reality of the work compare with what you pictured at the start?"),
        new("insights-7", QuestionCategory.Insights, "What lesson took you the longest to learn in this work?"),

        new("org-1", QuestionCategory.Organisation, "Who are the main clients or people that {organisation} serves?"),
        new("org-2", QuestionCategory.Organisation, "How does {organisation} stand apart from others doing similar work?"),
        new("org-3", QuestionCategory.Organisation, "Which organisations do you see as your closest competitors or partners?"),
        new("org-4", QuestionCategory.Organisation, "What are the biggest goals for {organisation} over the next year or two?"),
        new("org-5", QuestionCategory.Organisation, "How would you describe the culture at {organisation}?"),
        new("org-6", QuestionCategory.Organisation, "What is {organisation} especially good at, in your view?"),
        new("org-7", QuestionCategory.Organisation, "How are decisions usually made on your team?"),

        new("skills-1", QuestionCategory.SkillsAndTraining, "Which skills matter most for doing well in {field}?"),
        new("skills-2", QuestionCategory.SkillsAndTraining, "What education or training do people in {field} usually have?"),
        new("skills-3", QuestionCategory.SkillsAndTraining, "Which licences, certificates or professional exams count for something in {field}?"),
        new("skills-4", QuestionCategory.SkillsAndTraining, "How do people in your role keep their skills up to date?"),
        new("skills-5", QuestionCategory.SkillsAndTraining, "What experience would most strengthen the background of someone hoping to join {field}?"),
        new("skills-6", QuestionCategory.SkillsAndTraining, "Which courses or programmes have the best reputation in {field}?"),
        new("skills-7", QuestionCategory.SkillsAndTraining, "What kind of professional development does {organisation} offer its people?"),

        new("lookfor-1", QuestionCategory.WhatTheyLookFor, "When people join {field}, which qualities help them settle in and do well?"),
        new("lookfor-2", QuestionCategory.WhatTheyLookFor, "What would you advise a newcomer to show so that people in {field} take them seriously?"),
        new("lookfor-3", QuestionCategory.WhatTheyLookFor, "Which habits set apart the new people who thrive on your team?"),
        new("lookfor-4", QuestionCategory.WhatTheyLookFor, "What would you tell a career changer about presenting their past experience?"),
        new("lookfor-5", QuestionCategory.WhatTheyLookFor, "How can someone from outside {field} show they understand the work?"),
        new("lookfor-6", QuestionCategory.WhatTheyLookFor, "What early mistakes do you see new people make, and how could they avoid them?"),
        new("lookfor-7", QuestionCategory.WhatTheyLookFor, "Which strengths do you value most in the colleagues you work with?"),

        new("balance-1", QuestionCategory.WorkLifeBalance, "How would you describe the balance between work and the rest of life in {field}?"),
        new("balance-2", QuestionCategory.WorkLifeBalance, "What does a demanding week look like for you, and how do you recharge?"),
        new("balance-3", QuestionCategory.WorkLifeBalance, "How much say do people in your role have over their hours or where they work?"),
        new("balance-4", QuestionCategory.WorkLifeBalance, "What trade-offs have you made between your career and your life outside it?"),
        new("balance-5", QuestionCategory.WorkLifeBalance, "How does {organisation} help people keep a sustainable pace?"),
        new("balance-6", QuestionCategory.WorkLifeBalance, "Which seasons or deadlines make the workload peak?"),

        new("advice-1", QuestionCategory.AdviceForMe, "{contact}, if you were in my position, what would your next step be?"),
        new("advice-2", QuestionCategory.AdviceForMe, "Given my background, what would you suggest I focus on first?"),
        new("advice-3", QuestionCategory.AdviceForMe, "What advice would you give someone hoping to move into {field}?"),
        new("advice-4", QuestionCategory.AdviceForMe, "Which parts of my experience do you think would carry over best?"),
        new("advice-5", QuestionCategory.AdviceForMe, "What gaps should I work on before going further?"),
        new("advice-6", QuestionCategory.AdviceForMe, "How would you test whether {field} really suits someone like me?"),
        new("advice-7", QuestionCategory.AdviceForMe, "What small project or volunteer work would teach me more about {field}?"),

        new("resources-1", QuestionCategory.ResourcesAndPeople, "Which publications, newsletters or podcasts help you keep up with {field}?"),
        new("resources-2", QuestionCategory.ResourcesAndPeople, "Which professional associations or groups would be worth joining?"),
        new("resources-3", QuestionCategory.ResourcesAndPeople, "What events or conferences do people in {field} actually go to?"),
        new("resources-4", QuestionCategory.ResourcesAndPeople, "Which books or courses would you recommend to someone starting out?"),
        new("resources-5", QuestionCategory.ResourcesAndPeople, "Where do people in {field} tend to gather online?"),
        new("resources-6", QuestionCategory.ResourcesAndPeople, "What tools or websites do you rely on every week?"),

        new("market-1", QuestionCategory.LocalMarket, "Which organisations around here take on people who do {field} work?"),
        new("market-2", QuestionCategory.LocalMarket, "How would you describe the market for {field} in this area at the moment?"),
        new("market-3", QuestionCategory.LocalMarket, "Who are the people locally that everyone in {field} seems to know?"),
        new("market-4", QuestionCategory.LocalMarket, "How do people usually come to be hired in {field} around here?"),
        new("market-5", QuestionCategory.LocalMarket, "Which local employers in {field} are growing, and which are holding steady?"),
    ];

    /// <summary>
    /// For a user with little experience: how to talk about volunteering or coursework (S068). Kept out of
    /// <see cref="All"/> so the planner adds it only when the profile fits.
    /// </summary>
    public static BankQuestion PresentingExperience { get; } = new(
        "resume-present",
        QuestionCategory.AdviceForMe,
        "How would you suggest I present things like volunteer work, a class project or work in another field when I describe my background?");

    /// <summary>
    /// For an experienced user who opts in: a résumé critique (S068, D8). Kept out of <see cref="All"/> because it
    /// is never offered otherwise, and the planner places it late, never first.
    /// </summary>
    public static BankQuestion ResumeReview { get; } = new(
        "resume-review",
        QuestionCategory.AdviceForMe,
        "If you had a few minutes to look over my résumé, what would you change so it reads clearly to someone in {field}?");

    /// <summary>The bank question with <paramref name="id"/> (the referral question included), or null.</summary>
    public static BankQuestion? Find(string? id) =>
        new[] { Referral, PresentingExperience, ResumeReview }.FirstOrDefault(q => q.Id == id)
            ?? All.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.Ordinal));

    public static IReadOnlyList<BankQuestion> InCategory(QuestionCategory category) => All.Where(q => q.Category == category).ToList();
}
