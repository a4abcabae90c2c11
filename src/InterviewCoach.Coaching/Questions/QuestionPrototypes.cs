using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Questions;

/// <summary>Example questions, written from the label definitions, that the question checker compares against.</summary>
internal static class QuestionPrototypes
{
    /// <summary>Wh-questions answered with one fact (positives) against ones that invite a story or a view (traps).</summary>
    public static readonly MeaningPrototypes SingleFact = new(
        [
            "How long have you been in this role?",
            "When did you join the company?",
            "Which university did you go to?",
            "How big is your team?",
            "How many people work in your department?",
            "What is your job title?",
            "Where did you train?",
            "What year did you qualify?",
            "Who do you report to?",
            "What degree do you have?",
            "How often do you travel for work?",
            "What time do you usually start work?",
            "Which software do you use most?",
            "How old were you when you started?",
            "What company were you at before this one?",
        ],
        [
            "What does a typical day look like for you?",
            "How did you get into this field?",
            "Why did you choose this career?",
            "What do you enjoy most about your work?",
            "What's it like working in a start-up?",
            "How do you see the industry changing?",
            "What advice would you give someone starting out?",
            "Which skills matter most, and why?",
            "Where do you see the field going in the next few years?",
            "Who else would you suggest I talk to?",
            "What challenges does your team face?",
            "How would you describe the culture here?",
            "What surprised you most when you started?",
            "How do you balance work and family?",
        ],
        minSimilarity: 0.5f,
        margin: 0.06f);

    public static readonly MeaningPrototypes AsksForJob = new(
        [
            "Are you hiring right now?",
            "Do you have any openings on your team?",
            "Could I get an internship with you?",
            "How can I get hired on your team?",
            "Would you refer me for the analyst role?",
            "Could you put in a good word for me with the hiring manager?",
            "Would you pass my résumé on to HR?",
            "Can you keep my CV on file?",
            "What would the salary be if you hired me?",
            "Is there a job for me at your company?",
            "Are there any vacancies I could apply for?",
            "Would you consider me for a position?",
        ],
        [
            "What do hiring managers in this field look for?",
            "How did you get your job?",
            "What is your role like day to day?",
            "How is the job market for graduates right now?",
            "What skills do employers value most in this industry?",
            "How do people usually get hired in this field?",
            "What does your job involve?",
            "How should I present my résumé for this field?",
            "What qualifications do I need to work in this area?",
            "What is the typical salary range in this profession?",
            "Who else would you suggest I talk to?",
            "How did your company hire you?",
        ],
        minSimilarity: 0.45f,
        margin: 0.02f);
}
