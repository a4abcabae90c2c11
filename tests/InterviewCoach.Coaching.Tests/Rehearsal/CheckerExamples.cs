using static InterviewCoach.Coaching.Rehearsal.CheckRuleIds;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// Example drafts with the rules each must pass and fail. Every good example lists all rules; the others list
/// the rules the example is about plus a few that must stay unaffected.
/// </summary>
public static class CheckerExamples
{
    private const string GoodPitch =
        "Hello Dr Okafor, my name is Jordan Reyes. Amira Haddad suggested I give you a call. Is this a good time " +
        "to talk for a moment, or should I call you back later? I'm researching occupational therapy and would value " +
        "your advice; I'm not looking for a job. Could we meet for 20 minutes sometime soon, whenever suits you? " +
        "I'm happy to come to your office if that's easier. I know you have a full schedule, so I'll keep it brief " +
        "and make sure every minute counts.";

    private static readonly string[] s_allPitchRules =
        [IntroducesSelf, SaysHowFound, ChecksTime, StatesResearchPurpose, SaysNotAJob, AsksShortTime, LeavesChoiceToThem, NoJobAsk, SpeakingLength, FewFillers];

    private const string GoodEmail =
        "Dear Ms Alvarez,\n\nTom Becker suggested I write to you. Your work on transit projects at the city makes you " +
        "the ideal person to ask about urban planning, and local government more broadly. Would you be open to " +
        "sharing your advice over a 20-minute coffee, whenever suits you? I'm gathering information, not job hunting. " +
        "I'll call your office next Tuesday to follow up.\n\nKind regards,\nLena Fischer";

    private static readonly string[] s_allEmailRules =
        [EmailLength, ConnectionFirst, AsksForAdvice, NoJobAsk, RequestIsQuestion, NamesNarrowAndBroad, AboutTheContact, NoResumeAttached, PromisesFollowUp];

    public static TheoryData<string, string, string[], string[]> Pitches => new()
    {
        { "a complete pitch with a referrer", GoodPitch, s_allPitchRules, [] },
        {
            "a lowercase transcript with curly apostrophes",
            "hi dr okafor, i’m jordan reyes. amira haddad gave me your name. is now a good time, or shall i call you back? " +
            "i’m exploring occupational therapy as a career and hoping for your advice, not a job. would you have twenty " +
            "to thirty minutes at your convenience, maybe at your clinic? i know how busy you are and i’ll keep it short. " +
            "thank you for considering it, it would mean a great deal to me.",
            s_allPitchRules, []
        },
        {
            "a pitch that never says how the caller found them",
            GoodPitch.Replace("Amira Haddad suggested I give you a call. ", "I hope you don't mind me ringing out of the blue today. ", StringComparison.Ordinal),
            [IntroducesSelf, ChecksTime, StatesResearchPurpose, NoJobAsk, SpeakingLength], [SaysHowFound]
        },
        {
            "a pitch that asks about openings",
            GoodPitch.Replace("I'm not looking for a job.", "do you have any openings on your team?", StringComparison.Ordinal)
                .Replace("your advice; do", "your advice. Also, do", StringComparison.Ordinal),
            [IntroducesSelf, SaysHowFound, StatesResearchPurpose], [NoJobAsk, SaysNotAJob]
        },
        {
            "a pitch that offers to send a résumé",
            GoodPitch.Replace("I'm happy to come to your office if that's easier.", "Could I send you my résumé beforehand?", StringComparison.Ordinal),
            [SaysNotAJob, AsksShortTime], [NoJobAsk]
        },
        {
            "a pitch that says it is not asking for a job",
            "Good morning Ms Tran, this is Alex Kim. We met at the product design meetup last month. Do you have a minute " +
            "right now? I'm learning about service design and I'm not asking for a job, only for your perspective. " +
            "Would you be willing to give me 15 to 20 minutes, at a time that suits you? I could come to you, or we could " +
            "talk by phone if that's easier. I'd be very grateful, and I promise to be brief and respectful of your time.",
            s_allPitchRules, []
        },
        {
            "a pitch that denies wanting a job and then asks whether they are hiring",
            GoodPitch.Replace("I'm not looking for a job.", "I'm not looking for a job, but are you hiring at the moment?", StringComparison.Ordinal),
            [SaysNotAJob], [NoJobAsk]
        },
        {
            "a pitch that rambles on far too long",
            GoodPitch + " To give you some background, I spent eight years in hospitality management, where I ran teams " +
            "of up to forty people and handled everything from rotas to budgets. Over the last year I have volunteered at " +
            "a rehabilitation centre on weekends, and it made me curious about how therapists plan care, how they measure " +
            "progress, and what the training route looks like for someone changing careers in their thirties.",
            [IntroducesSelf, NoJobAsk], [SpeakingLength]
        },
        {
            "a pitch that is far too short",
            "Hi, I'm Sam. Can we talk about nursing sometime?",
            [IntroducesSelf, NoJobAsk, FewFillers], [SaysHowFound, SaysNotAJob, AsksShortTime, LeavesChoiceToThem, SpeakingLength]
        },
        {
            "a pitch that names no length of meeting",
            GoodPitch.Replace("Could we meet for 20 minutes sometime soon, whenever suits you?", "Could we meet sometime soon, whenever suits you?", StringComparison.Ordinal),
            [LeavesChoiceToThem, SpeakingLength], [AsksShortTime]
        },
        {
            "a pitch that asks for a whole hour",
            GoodPitch.Replace("for 20 minutes", "for an hour", StringComparison.Ordinal),
            [LeavesChoiceToThem], [AsksShortTime]
        },
        {
            "a pitch that asks for forty-five minutes",
            GoodPitch.Replace("for 20 minutes", "for 45 minutes", StringComparison.Ordinal),
            [NoJobAsk], [AsksShortTime]
        },
        {
            "a pitch that asks for half an hour",
            GoodPitch.Replace("for 20 minutes", "for half an hour", StringComparison.Ordinal),
            s_allPitchRules, []
        },
        {
            "a pitch full of filler words",
            "Um, hi, my name is, like, Jordan Reyes. So, basically, Amira Haddad suggested I, um, call you. Is this, " +
            "you know, a good time? I'm kind of researching occupational therapy, and I'm actually not looking for a job. " +
            "Could we, like, meet for 20 minutes, whenever suits you? I just, um, wanted to, sort of, learn from you, " +
            "you know, and I'll literally keep it really short, I mean it.",
            [IntroducesSelf, SaysHowFound, ChecksTime, SaysNotAJob, AsksShortTime, LeavesChoiceToThem], [FewFillers]
        },
        {
            "a pitch that forgets to check the time",
            GoodPitch.Replace("Is this a good time to talk for a moment, or should I call you back later? ", "Thanks so much for picking up the phone this morning. ", StringComparison.Ordinal),
            [IntroducesSelf, SaysHowFound, AsksShortTime], [ChecksTime]
        },
        {
            "a pitch that fixes the time and place itself",
            GoodPitch.Replace("Could we meet for 20 minutes sometime soon, whenever suits you? I'm happy to come to your office if that's easier.",
                "Could we meet for 20 minutes at the Riverside café on Thursday at four? I have already checked that it opens late.", StringComparison.Ordinal),
            [AsksShortTime, NoJobAsk], [LeavesChoiceToThem]
        },
        {
            "a pitch that names no purpose and no reassurance",
            "Hello Mr Adeyemi, my name is Chloe Martin, and Ben Ortiz passed on your number. Is now a good time for you? " +
            "I was hoping we could meet for 20 minutes, whenever suits you best, in your office or anywhere nearby that " +
            "you prefer. I'd bring coffee, of course, and I won't take more than the time we agree. I really appreciate " +
            "you picking up, and I look forward to hearing back from you about a day that works.",
            [IntroducesSelf, SaysHowFound, ChecksTime, AsksShortTime, LeavesChoiceToThem, NoJobAsk], [StatesResearchPurpose, SaysNotAJob]
        },
        {
            "a pitch from an alumni directory",
            GoodPitch.Replace("Amira Haddad suggested I give you a call.", "I found you through the university alumni directory.", StringComparison.Ordinal),
            s_allPitchRules, []
        },
        {
            "a pitch that asks the contact to hire them outright",
            GoodPitch.Replace("I'm not looking for a job.", "I'd love it if you could hire me.", StringComparison.Ordinal),
            [IntroducesSelf], [NoJobAsk, SaysNotAJob]
        },
        { "an empty pitch", "", [], s_allPitchRules },
    };

    public static TheoryData<string, string, string[], string[]> Emails => new()
    {
        { "a complete email with a referrer", GoodEmail, s_allEmailRules, [] },
        {
            "an email mostly about the sender",
            "Dear Mr Chen,\n\nTom Becker suggested I write to you. I am a recent graduate and I have always loved design. " +
            "I want to learn about UX design, and the tech industry more broadly, because I think my skills fit. " +
            "Could I have 20 minutes of your time? I will call next week to follow up.\n\nThanks,\nLena",
            [ConnectionFirst, AsksForAdvice, RequestIsQuestion, PromisesFollowUp, NoJobAsk], [AboutTheContact, NamesNarrowAndBroad]
        },
        {
            "an email with a résumé attached",
            GoodEmail.Replace("I'm gathering information, not job hunting.", "I've attached my résumé so you know my background.", StringComparison.Ordinal),
            [ConnectionFirst, AsksForAdvice, RequestIsQuestion], [NoResumeAttached]
        },
        {
            "an email that says no résumé is attached",
            GoodEmail.Replace("I'm gathering information, not job hunting.", "I haven't attached a CV, as this is only about advice.", StringComparison.Ordinal),
            s_allEmailRules, []
        },
        {
            "an email with no promise to follow up",
            GoodEmail.Replace(" I'll call your office next Tuesday to follow up.", " Hoping to hear from you soon.", StringComparison.Ordinal),
            [ConnectionFirst, RequestIsQuestion, NoResumeAttached], [PromisesFollowUp]
        },
        {
            "an email whose request has no question mark",
            GoodEmail.Replace("Would you be open to sharing your advice over a 20-minute coffee, whenever suits you?",
                "Please let me know when you could share your advice over a 20-minute coffee.", StringComparison.Ordinal),
            [ConnectionFirst, AsksForAdvice], [RequestIsQuestion]
        },
        {
            "an email that asks about openings",
            GoodEmail.Replace("I'm gathering information, not job hunting.", "Does your department have any vacancies?", StringComparison.Ordinal),
            [ConnectionFirst, RequestIsQuestion], [NoJobAsk]
        },
        {
            "an email that runs far too long",
            GoodEmail.Replace("I'm gathering information, not job hunting.",
                "I'm gathering information, not job hunting. For context, I spent six years in logistics, planning delivery " +
                "routes across three regions, and I became fascinated by how street layouts and zoning shape traffic. " +
                "I have since taken two evening courses in geographic information systems.", StringComparison.Ordinal),
            [ConnectionFirst, RequestIsQuestion, NoJobAsk], [EmailLength]
        },
        {
            "an email that leaves the connection until late",
            "Dear Ms Alvarez,\n\nYour talk on cycle lanes stayed with me for weeks. Would you be open to sharing your advice " +
            "on urban planning, and local government more broadly, over a 20-minute coffee? Tom Becker suggested I write " +
            "to you. I'll call your office next Tuesday to follow up.\n\nKind regards,\nLena",
            [RequestIsQuestion, PromisesFollowUp], [ConnectionFirst, NamesNarrowAndBroad]
        },
        {
            "an email that names only a narrow interest",
            GoodEmail.Replace("urban planning, and local government more broadly", "urban planning", StringComparison.Ordinal),
            [ConnectionFirst, AboutTheContact], [NamesNarrowAndBroad]
        },
        {
            "an email that opens with a pleasantry before the connection",
            GoodEmail.Replace("Tom Becker suggested I write to you.", "I hope you're well. Tom Becker suggested I write to you.", StringComparison.Ordinal),
            [EmailLength, AsksForAdvice, NoJobAsk, RequestIsQuestion, NamesNarrowAndBroad, AboutTheContact, NoResumeAttached, PromisesFollowUp], [ConnectionFirst]
        },
        {
            "an email in curly quotes and odd spacing",
            GoodEmail.Replace("'", "\u2019", StringComparison.Ordinal).Replace(" ", "   ", StringComparison.Ordinal),
            s_allEmailRules, []
        },
        { "an empty email", "   ", [], s_allEmailRules },
    };
}
