using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// What each judgement about a call or email sounds like, as example sentences with look-alike traps. Written from
/// the label definitions with varied wording; the held-aside evaluation set never feeds them.
/// </summary>
internal static class AskPrototypes
{
    public static readonly MeaningPrototypes HowGotName = new(
        [
            "Priya Shah suggested I give you a call.",
            "My cousin Raj passed on your number.",
            "I got your name from the alumni directory.",
            "Your name came up when I spoke with Tom Reed last week.",
            "I found you on the association's member list.",
            "I heard your talk at the regional design conference.",
            "I read your article about supply chains in the trade magazine.",
            "Anita from my course recommended that I contact you.",
            "I was given your details by Mrs. Okafor, my former manager.",
            "Dr. Lee at the university thought you'd be the right person to speak to.",
            "I saw your profile in the alumni network on LinkedIn.",
            "My professor, Elena Ruiz, told me to get in touch with you.",
            "Carlos, my neighbour, mentioned you work in conservation.",
            "We met briefly at the careers fair and you gave me your card.",
            "I listened to your podcast interview about nursing.",
            "I am calling on the recommendation of Mr. Tanaka.",
        ],
        [
            "A friend told me about you.",
            "Someone said you might be able to help.",
            "I saw your company's job advert online.",
            "I'm calling about the position you advertised.",
            "I'm interested in your field.",
            "I hope you're having a good day.",
            "I have been working in sales for ten years.",
            "Could you tell me who I should contact?",
            "I'm researching careers in marketing.",
            "I'm a student at the university.",
        ],
        minSimilarity: 0.42f,
        margin: 0.02f);

    public static readonly MeaningPrototypes ChecksAvailability = new(
        [
            "Is now a good time to talk?",
            "Is this an okay time for a quick chat?",
            "Have I caught you at a bad moment?",
            "Do you have a couple of minutes to talk right now?",
            "Got a minute?",
            "Are you free to speak for a moment?",
            "Can you talk now, or are you in the middle of something?",
            "Is it convenient for you to speak at the moment?",
            "Is this a bad time to call?",
            "Do you have a second right now?",
            "Would now be alright for a few minutes?",
            "Is it okay to talk now?",
        ],
        [
            "Sorry to bother you.",
            "I know you're very busy.",
            "I promise to be brief.",
            "I'll keep this short.",
            "Would you have time for a coffee next week?",
            "Could we meet for twenty minutes sometime?",
            "Could you call me back when you're free?",
            "Please call me back on this number.",
            "When would be a good time for us to meet?",
            "Thank you for your time.",
            "How are you today?",
            "I hope you're well.",
        ],
        minSimilarity: 0.5f,
        margin: 0.04f);

    private static readonly string[] s_researchPurposes =
    [
        "I'm researching careers in public health.",
        "I'm exploring a move into user experience design.",
        "I'd love to learn more about your field.",
        "I'm hoping to get your advice about getting into journalism.",
        "I'm trying to find out what working in logistics is really like.",
        "I'm gathering information about the renewable energy sector.",
        "I'm calling to ask for some advice and information about careers in law.",
        "I would like to understand how the publishing industry works.",
        "I'd value your perspective on a career in data science.",
        "I'm looking into physiotherapy as a possible career and want to hear about it from someone inside.",
        "I want to pick your brain about what the work involves.",
        "The purpose of my call is to learn about your profession.",
        "The reason I'm ringing is to understand what a career in audit actually involves.",
        "I'm doing some career exploration and wanted first-hand information about town planning.",
        "I'm trying to work out whether speech therapy is the right path for me, so I'd like to hear your experience.",
        "I wanted to know more about the scope and growth in the actuarial line.",
        "Kindly guide me regarding career prospects in hotel management.",
        "I am informing myself about the profession of translator before I decide.",
        "I want to know how is the work of a sommelier in the reality.",
        "I would like you to teach me about the situation of the game industry.",
        "Could I get your take on what working in broadcasting is really like?",
        "I'm weighing up a switch into cybersecurity and hoping for some guidance from someone who knows it.",
        "I'd like a sense of what the job is actually like from someone who does it.",
        "I'm hoping for a first-hand account of working in the sector before I make up my mind.",
        "I'm asking a few people in the trade what it's really like, to see if it would suit me.",
        "My aim is simply to understand the realities of the role from the inside.",
    ];

    private static readonly string[] s_notResearchPurposes =
    [
        "I understand you're very busy.",
        "I've been learning to code in my spare time.",
        "I'd love to hear from you about any openings.",
        "I've always dreamed of working in film.",
        "I'm very interested in marketing.",
        "I've always loved architecture.",
        "I've always been fascinated by aviation.",
        "Journalism has been my passion since school.",
        "I'm hoping to move into the charity sector soon.",
        "I really want to break into investment banking.",
        "I'm calling about the vacancy.",
        "I'd like to discuss the open role with you.",
        "I'm eager to start my career at your company.",
        "I've researched your current openings.",
        "I've done my research on your firm.",
        "I read about your company on its website.",
        "I'm not asking for a job.",
        "This isn't about a job.",
        "Are you hiring at the moment?",
        "I'm looking for a job in finance.",
        "I have five years of experience in retail.",
        "Priya suggested I call you.",
        "Is now a good time?",
        "I'm calling to check whether you got my application.",
        "I'd like some information about your products and prices.",
        "I've been studying for my professional exams.",
        "I already know a lot about the industry.",
    ];

    public static readonly MeaningPrototypes ResearchPurpose = new(s_researchPurposes, s_notResearchPurposes, minSimilarity: 0.42f, margin: 0.03f);

    /// <summary>
    /// For sentences whose learning words ("find out", "information", "understand") could be about anything: the
    /// purpose examples against learning said of something else (an application, an order, a product), and the
    /// sentence counts unless it is clearly nearer the latter.
    /// </summary>
    public static readonly MeaningPrototypes ResearchPurposeRatherThanErrand = new(
        s_researchPurposes,
        [
            "I'm calling to check whether you got my application.",
            "I'd like some information about your products and prices.",
            "I want to find out whether my order has been sent.",
            "I'm calling to understand the invoice you sent me.",
            "I'd like information about booking your venue.",
            "I wanted to learn whether the vacancy is still open.",
            "I'd like to know more about your delivery times.",
            "I'm ringing to find out the status of my claim.",
        ],
        minSimilarity: 0f,
        margin: -0.05f);

    public static readonly MeaningPrototypes NotJobRequest = new(
        [
            "I'm not asking you for a job.",
            "This isn't a job request.",
            "I'm not looking for work with your company.",
            "To be clear, I'm not calling about openings or positions.",
            "I don't expect you to have a job for me.",
            "I'm not after a position, just advice.",
            "It's not about employment or job leads.",
            "I'm not hoping for an interview or a role.",
        ],
        [
            "I don't have a job at the moment.",
            "I'm not sure which job would suit me.",
            "I lost my job last year.",
            "I'm not happy in my current job.",
            "I don't know much about this field.",
            "I haven't applied for any jobs yet.",
            "I'm looking for a job.",
        ],
        minSimilarity: 0.45f,
        margin: 0.02f);

    public static readonly MeaningPrototypes LeavesChoice = new(
        [
            "Whenever suits you is fine with me.",
            "I can fit around your schedule.",
            "When would be convenient for you?",
            "It's entirely your call when and where.",
            "I'm happy to meet wherever is easiest for you.",
            "When are you free?",
            "Tuesday or Wednesday would work, or another time that suits you better.",
            "Just let me know what time works best for you.",
            "Phone, video or in person, whatever you prefer.",
            "Any day that is good for you.",
            "What day would work for you?",
        ],
        [
            "Could we meet on Thursday at four at the café?",
            "Can we talk right now?",
            "I'd like to meet next Monday at 9 am.",
            "Let's meet at your office at noon tomorrow.",
            "I would like twenty minutes of your time.",
            "Is now a good time to talk?",
            "I will call you again on Friday.",
            "I'm available every day.",
        ],
        minSimilarity: 0.45f,
        margin: 0.03f);

    public static readonly MeaningPrototypes AsksForJob = new(
        [
            "Are you hiring at the moment?",
            "Do you have any openings on your team?",
            "I'd love to be considered for any positions you have.",
            "Could you pass my résumé on to the hiring manager?",
            "Please keep me in mind if a role comes up.",
            "Would you put in a good word for me for the analyst job?",
            "I'm looking for an internship at your company.",
            "Could you refer me for the opening in your department?",
            "I was hoping you could get me an interview for the role.",
            "Is there any chance of a job with you?",
            "I'm calling to see if there are vacancies.",
            "I'd like to apply for a position with your firm.",
            "Could you help me get hired there?",
            "I want to work for your company, can you help me get in?",
            "Would your team have room for one more person like me?",
            "I wondered whether you could use an extra pair of hands.",
            "Might you be taking anyone new on this year?",
            "I'm calling to follow up on the application I sent you.",
            "I'd like to know how I could get hired at your firm.",
        ],
        [
            "I'm not asking for a job.",
            "I was laid off from my job in March.",
            "In my current job I manage a small team.",
            "Before I start applying for jobs, I want to understand the field.",
            "I'd like your advice on how to present my résumé for this field.",
            "I can send you my résumé if it would help you see my background.",
            "What do hiring managers in this field look for?",
            "I'm researching careers in banking.",
            "My job is in customer service at the moment.",
            "I'm thinking about changing jobs in the future.",
            "How did you get your job?",
            "I'd love to hear about your role.",
            "What advice would you give someone like me?",
            "Last summer I did an internship at a small firm.",
            "Would you have room for a short call next week?",
            "How did your team grow so quickly?",
        ],
        minSimilarity: 0.45f,
        margin: 0.04f);

    public static readonly MeaningPrototypes BusyAndBrief = new(
        [
            "I know you're busy, so I'll keep this short.",
            "I promise not to take much of your time.",
            "I'll be quick.",
            "I realise your time is precious.",
            "This will only take a moment.",
            "I won't keep you long.",
        ],
        [
            "Is now a good time to talk?",
            "I'm researching the field.",
            "Would you have twenty minutes next week?",
            "Thank you for your time.",
        ],
        minSimilarity: 0.5f,
        margin: 0.03f);
}
