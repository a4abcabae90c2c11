using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>The parts of the checkers that the definitions make exact: sentences, fillers, lengths, who calls whom, the email body.</summary>
public sealed class ExactRuleTests
{
    [Fact]
    public void SentencesSurviveTitlesAbbreviationsAndAMissingFullStop()
    {
        IReadOnlyList<SpokenSentence> sentences = SentenceSplitter.Split(
            "Mr. Tanaka suggested I call, e.g. about nursing. It's 2.5 hours away! Is now a good time");

        Assert.Equal(
            ["Mr. Tanaka suggested I call, e.g. about nursing.", "It's 2.5 hours away!", "Is now a good time"],
            sentences.Select(s => s.Text));
        Assert.False(sentences[2].IsQuestion);
        Assert.True(SentenceSplitter.Split("Got a minute?")[0].IsQuestion);
    }

    [Theory]
    [InlineData("I'd like to learn what kind of work you do. Do you know when you started?", 0)]
    [InlineData("Um, I was, like, hoping to, uh, talk.", 3)]
    [InlineData("It sounds like you kind of, you know, basically run the place.", 3)]
    [InlineData("Roles like yours sort of appeal to me.", 1)]
    [InlineData("Erm, well, um.", 2)]
    public void FillersCountOnlyHedges(string text, int expected) => Assert.Equal(expected, FillerCounter.Count(text));

    [Theory]
    [InlineData("Could we talk for 20 minutes?", true)]
    [InlineData("Would half an hour suit you?", true)]
    [InlineData("Maybe a quarter of an hour?", true)]
    [InlineData("Could I have 15 to 20 minutes?", true)]
    [InlineData("A 25-minute call would be great.", true)]
    [InlineData("After 15 years in sales I want a change.", false)]
    [InlineData("I'll ring back in 20 minutes.", false)]
    [InlineData("Could we meet for an hour?", false)]
    [InlineData("Could I have 10 to 15 minutes?", false)]
    [InlineData("Could we talk for a few minutes?", false)]
    public void MeetingLengthIsFifteenToThirtyMinutes(string text, bool expected) =>
        Assert.Equal(expected, MeetingLength.AsksShortSpecific(MeetingLength.Find(text)));

    [Theory]
    [InlineData("i can call you back later if that's easier", true, false)]
    [InlineData("shall i try you again tomorrow", true, false)]
    [InlineData("would you rather i called you back", true, false)]
    [InlineData("could you call me back when you're free", false, true)]
    [InlineData("please give me a ring on 0161 496 0000", false, true)]
    [InlineData("i was hoping you'd call me back", false, true)]
    [InlineData("i'll try you again on monday so there's no need to call me back", true, false)]
    [InlineData("i will telephone again tomorrow", true, false)]
    [InlineData("could i call you on tuesday at 6 for twenty minutes?", false, false)]
    [InlineData("can i call you friday at 4?", false, false)]
    [InlineData("feel free to call me back at 0161 496 0000", false, false)]
    [InlineData("you can reach me on 0161 496 0000", false, false)]
    [InlineData("can you call me back on 0161 496 0000?", false, true)]
    [InlineData("if she can call me back, i will be very grateful", false, true)]
    [InlineData("kindly ask him to call me on 0161 496 0000", false, true)]
    public void WhoCallsWhom(string folded, bool offers, bool asksContact)
    {
        Assert.Equal(offers, CallBackWording.OffersCallBack(folded));
        Assert.Equal(asksContact, CallBackWording.AsksContactToCall(folded));
    }

    [Theory]
    [InlineData("would you be open to a quick chat?", true, "Neutral")]
    [InlineData("could we speak for 20 minutes?", true, "Neutral")]
    [InlineData("is it okay if i call you this week?", true, "Neutral")]
    [InlineData("i would appreciate 20 minutes of your time.", false, "Neutral")]
    [InlineData("i hope this message finds you in good health.", false, "Neutral")]
    [InlineData("i'm not looking for a job, only your advice.", false, "Neutral")]
    [InlineData("i'd be happy to share my cv if that would help.", false, "Neutral")]
    [InlineData("would you be open to a short call about how you built your freelance practice?", true, "Contact")]
    [InlineData("i'd love to hear how you moved from nursing into policy.", false, "Contact")]
    [InlineData("i loved your recent article on urban gardening.", false, "Contact")]
    [InlineData("what advice would you give someone starting out?", true, "Contact")]
    [InlineData("i am writing to ask for your advice about moving into research.", false, "Contact")]
    [InlineData("i'm curious about public radio.", false, "Sender")]
    [InlineData("i am a translator and i want to go freelance.", false, "Sender")]
    public void EmailSentenceSubjectSetsAsideThePronounsThatOnlyFrameIt(string folded, bool isQuestion, string expected) =>
        Assert.Equal(expected, EmailSubjects.Of(folded, isQuestion, asksForJob: false).ToString());

    [Fact]
    public void AnEmailSentenceAskingForAJobIsAboutTheSender() =>
        Assert.Equal(EmailSubject.Sender, EmailSubjects.Of("could you refer me for the trainee role at your firm?", isQuestion: true, asksForJob: true));

    [Fact]
    public void EmailBodyLeavesOutGreetingSignatureAndQuotedThread()
    {
        const string Email = "Subject: Advice\nDear Dr. Lee,\n\nPriya Shah suggested I write. Would you have 20 minutes?\n\n" +
            "Kind regards,\nSam Lee\n07700 900123\n\nOn Mon, 3 Mar 2025 at 09:12, Dr. Lee wrote:\n> Sure, write to me.";

        Assert.Equal("Priya Shah suggested I write. Would you have 20 minutes?", EmailBody.Extract(Email));
        Assert.Equal("Thanks for your time. Would you share your advice?", EmailBody.Extract("Hi Sam, Thanks for your time. Would you share your advice? Best, Ana Ruiz"));
    }

    [Fact]
    public void EmailWordLimitCountsTheBodyOnly()
    {
        string body = string.Join(' ', Enumerable.Repeat("word", 70)) + " 15-minute call?";
        string email = $"Dear Professor Adeyemi-Okonkwo of the Department,\n\n{body}\n\nWith very best wishes and thanks,\nSam Alexander Lee\nMSc candidate, University of Leeds\n+44 7700 900123";

        EmailLabels labels = OutreachEmailChecker.Label(email);

        Assert.True(labels.Under75Words);
        Assert.Equal(72, OutreachEmailChecker.Check(email).WordCount);
    }

    [Fact]
    public void TooLongAndFillerHeavyFollowTheCounts()
    {
        string words113 = string.Join(' ', Enumerable.Repeat("word", 113));

        Assert.True(PitchChecker.Label(words113).TooLong);
        Assert.False(PitchChecker.Label(string.Join(' ', Enumerable.Repeat("word", 112))).TooLong);
        Assert.False(PitchChecker.Label("I'm not looking for a job. Would sometime next week work for you?").AsksForJob);
        Assert.True(PitchChecker.Label("I would love to work for you one day.").AsksForJob);
        Assert.True(PitchChecker.Label("Um, hi, uh, I'm, like, Sam.").FillerHeavy);
        Assert.False(PitchChecker.Label("I'd like to know what kind of work you do.").FillerHeavy);
    }

    [Theory]
    [InlineData("I wondered whether your studio has room for another junior designer this year.")]
    [InlineData("I was wondering if your chambers might be taking a pupil next autumn.")]
    [InlineData("Could your kitchen use an extra pair of hands at weekends?")]
    [InlineData("I'd like to understand the steps to getting hired at your bank.")]
    [InlineData("I'm hoping you could get me an interview at your hospital.")]
    [InlineData("If your agency ever needs a freelance illustrator, I'd love to be on your list.")]
    [InlineData("Is your research unit bringing in any new analysts this year?")]
    [InlineData("I think I'd be a great fit for the process engineer role.")]
    [InlineData("Please give me a chance for an interview.")]
    public void APostAskedForWithNoJobWordIsFlaggedWithoutTheModel(string sentence)
    {
        PitchLabels labels = PitchChecker.Label("Hi, I'm Sam Lee. " + sentence);

        Assert.True(labels.AsksForJob, sentence);
        Assert.False(labels.StatesResearchPurpose, sentence);
    }

    [Theory]
    [InlineData("Would you have room in your diary for a short call next week?")]
    [InlineData("I'd like to learn what a career in radiography looks like for someone like me.")]
    [InlineData("Last summer I did an internship at a small firm in Kobe.")]
    public void RoomForACallOrAdviceForSomeoneLikeMeIsNotAJobAsk(string sentence) =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).AsksForJob, sentence);

    [Fact]
    public void HavingBeenInTheContactsClassIsAConnectionFirst() =>
        Assert.True(OutreachEmailChecker.Label(
            "Dear Professor Mensah,\n\nI was in your econometrics seminar at Legon in 2019. How did you move into central banking? Could we talk for 20 minutes?\n\nBest,\nAbena").ConnectionFirst);

    [Theory]
    [InlineData("I saw your name on the company website as the operations manager.")]
    [InlineData("Your firm's website lists you as the operations lead.")]
    public void TheContactsNameOnAListingIsASource(string sentence) =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).NamesReferrerOrSource, sentence);

    [Theory]
    [InlineData("My aunt Bea worked with you at the port authority years ago.", true)]
    [InlineData("My old manager, Ines Duarte, said you would be the person to ask about freight.", true)]
    [InlineData("Tomasz Nowak, who I volunteered with at the hospice, suggested I ring you.", true)]
    [InlineData("Your name was given to me by Dr. Osei, my lecturer.", true)]
    [InlineData("I went to your workshop at the Bristol careers day.", true)]
    [InlineData("I'm calling from the Institution of Civil Engineers member directory, where I found you.", true)]
    [InlineData("A friend of mine told me about you.", false)]
    [InlineData("My aunt thought you might be able to help.", false)]
    public void AReferrerIsANamedPersonOrAConcreteSource(string sentence, bool names) =>
        Assert.Equal(names, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.").NamesReferrerOrSource);

    [Theory]
    [InlineData("Hello, it is Lena Vogel speaking. I'd like advice on careers in audiology.", true)]
    [InlineData("Hi, could you tell Dr Amin that Kofi Mensah rang? I'd like advice on careers in audiology.", true)]
    [InlineData("Hi, could you let her know Kofi called? I'd like advice on careers in audiology.", true)]
    [InlineData("Hi, could you tell Dr Amin that a student rang? I'd like advice on careers in audiology.", false)]
    public void TheCallersNameCountsAlsoInAMessageLeftWithSomeoneElse(string pitch, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(pitch).IntroducesSelf);

    [Theory]
    [InlineData("I'd like to seek your counsel on moving into audiology.", true)]
    [InlineData("Could you tell me how you got into hearing research?", true)]
    [InlineData("I'm calling about careers in audiology.", true)]
    [InlineData("I'd like to ask some questions about the trainee position.", false)]
    [InlineData("I'm writing a research paper about your clinic for my course.", false)]
    public void AResearchPurposeIsAboutTheFieldNotAPost(string sentence, bool research) =>
        Assert.Equal(research, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).StatesResearchPurpose);

    [Theory]
    [InlineData("My manager Ramesh has been very supportive and asked me to explore new areas.", false)]
    [InlineData("Someone I met at a wedding suggested I speak to you.", false)]
    [InlineData("I saw your post on LinkedIn advertising the junior designer opening on your team.", false)]
    [InlineData("Mrs. Okoro, my old chemistry teacher, told me you'd be the right person to ask.", true)]
    [InlineData("I'm calling on the recommendation of Dr Brennan, who supervised my project.", true)]
    [InlineData("My cousin Luis Ortega said you'd be happy to talk.", true)]
    [InlineData("A colleague at Wipro mentioned you know the area well.", false)]
    [InlineData("My mum said you work at Rolls-Royce.", false)]
    [InlineData("I saw the job advert on your website and that is how I found your name.", false)]
    [InlineData("I heard you on the Money Box podcast talking about pensions.", true)]
    [InlineData("I was referred by Dr. Suresh Rao of CMC Vellore.", true)]
    [InlineData("Luca at Dishoom said you might be worth a call.", true)]
    [InlineData("Martin Price, who used to work with you at Deloitte, suggested I get in touch.", true)]
    public void ANameIsASourceOnlyWhenItPassedTheContactOn(string sentence, bool names)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.");

        CheckFinding howFound = report.Findings.Single(f => f.RuleId == CheckRuleIds.SaysHowFound);
        Assert.Equal(names, howFound.Passed);
        Assert.Equal(names ? "You explain how you came to call them." : "Say how you got their name, with the person's name or the concrete source; a mutual contact's name opens doors, so lead with it (\"Priya Shah suggested I call you\").", howFound.Message);
    }

    [Theory]
    [InlineData("Your name was given to me by Carmen Díaz, who coached my daughter's football team.", true)]
    [InlineData("Tariq Aziz said you'd be a good person to ask about audit.", true)]
    [InlineData("We overlapped at Unilever in 2019, when you were on the brand team.", true)]
    [InlineData("We're both Leeds alumni, though a few years apart.", true)]
    [InlineData("I hope you had a restful weekend. Tariq Aziz said you'd be a good person to ask about audit.", false)]
    public void TheFirstSentenceNamesHowWeAreConnected(string opening, bool first)
    {
        EmailReport report = OutreachEmailChecker.Check("Dear Ms Khan,\n\n" + opening + " How did you move into forensic accounting? Could we talk for 20 minutes?\n\nBest,\nNadia");

        CheckFinding connection = report.Findings.Single(f => f.RuleId == CheckRuleIds.ConnectionFirst);
        Assert.Equal(first, connection.Passed);
        Assert.Equal(first ? "You open with how you're connected, which is why they'll keep reading." : "Make your first sentence your connection: who suggested them, or where you share ground.", connection.Message);
    }

    [Theory]
    [InlineData("Are you busy now?", true)]
    [InlineData("Do I disturb you just now?", true)]
    [InlineData("Tell me if I catch you at a bad time.", true)]
    [InlineData("Could I call you on Tuesday at 6 for twenty minutes?", false)]
    public void ChecksWhetherThisMomentSuits(string sentence, bool checks)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.");

        Assert.Equal(checks, report.Findings.Single(f => f.RuleId == CheckRuleIds.ChecksTime).Passed);
    }

    [Theory]
    [InlineData("I'll ring again tomorrow, or you can tell me a better moment.", true)]
    [InlineData("Place and time, you can decide.", true)]
    [InlineData("Could you give me 15 minutes at his convenient time?", true)]
    [InlineData("I'll call back tomorrow, but if another time is better for him, he can let you know.", true)]
    [InlineData("Could you call me back when you're free?", false)]
    [InlineData("I just want to understand how apprenticeships work around here.", false)]
    public void TheContactChoosesTheTime(string sentence, bool leaves)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. I'd like your advice on careers in shipping. " + sentence);

        Assert.Equal(leaves, report.Findings.Single(f => f.RuleId == CheckRuleIds.LeavesChoiceToThem).Passed);
    }

    [Theory]
    [InlineData("I'd love your take on whether agronomy suits someone from chemistry.", true)]
    [InlineData("I'd love to pick your brains about publishing.", true)]
    [InlineData("I want to know what the job's really like.", true)]
    public void AResearchPurposeInOtherWords(string sentence, bool research) =>
        Assert.Equal(research, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).StatesResearchPurpose);

    [Theory]
    [InlineData("Are you free to speak for five minutes?", true)]
    [InlineData("I know you're probably with a patient, so would another time be better?", true)]
    [InlineData("May I ring you at a time that is more convenient?", true)]
    [InlineData("Could you give me a quarter of an hour, at the moment that is convenient for you?", false)]
    public void AShortMinuteOrAnotherTimeChecksThisMoment(string sentence, bool checks)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. I'd like your advice on careers in shipping. " + sentence);

        CheckFinding time = report.Findings.Single(f => f.RuleId == CheckRuleIds.ChecksTime);
        Assert.Equal(checks, time.Passed);
        Assert.Equal(checks ? "You check whether it's a good moment." : "Ask whether now is a good time, and offer to ring back if it isn't.", time.Message);
    }

    [Theory]
    [InlineData("Could we talk for twenty minutes when you have time?", true)]
    [InlineData("Could we talk once you've got a free half hour?", true)]
    [InlineData("Would a different time suit you better?", false)]
    public void WhenTheyHaveTimeLeavesTheChoiceToThem(string sentence, bool leaves)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. I'd like your advice on careers in shipping. " + sentence);

        CheckFinding choice = report.Findings.Single(f => f.RuleId == CheckRuleIds.LeavesChoiceToThem);
        Assert.Equal(leaves, choice.Passed);
        Assert.Equal(leaves ? "You let them choose the time and place." : "Leave the time and place to them: \"whenever and wherever suits you\".", choice.Message);
    }

    [Theory]
    [InlineData("I'm the grandson of your neighbour Mrs. Lata Sen, and I'd value a word.", true)]
    [InlineData("My flatmate Daniel works in your department. He suggested I give you a ring.", true)]
    [InlineData("Her former student, Dr Yusuf, asked me to contact her.", true)]
    [InlineData("My flatmate Daniel works in your department. He loves it there.", false)]
    public void ARelativeOrAStudentOfANamedPersonIsASource(string sentences, bool names)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentences + " I'd like your advice on careers in shipping.");

        CheckFinding howFound = report.Findings.Single(f => f.RuleId == CheckRuleIds.SaysHowFound);
        Assert.Equal(names, howFound.Passed);
        Assert.Equal(names ? "You explain how you came to call them." : "Say how you got their name, with the person's name or the concrete source; a mutual contact's name opens doors, so lead with it (\"Priya Shah suggested I call you\").", howFound.Message);
    }

    [Theory]
    [InlineData("Do you have an internship available this summer?", true)]
    [InlineData("I wanted to find out if your firm offers any kind of placement for students.", true)]
    [InlineData("I'd really like to know if there might be a spot for me in your kitchen.", true)]
    [InlineData("I would love to become part of your team.", true)]
    [InlineData("I'm ringing to see if the junior planner vacancy is still available.", true)]
    [InlineData("Do you have any tips on jobs in this field?", false)]
    [InlineData("I'd like to learn about the role of a conservation architect.", false)]
    public void AJobAskWithoutTheUsualWordsIsStillFlagged(string sentence, bool asks)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence);

        CheckFinding noJobAsk = report.Findings.Single(f => f.RuleId == CheckRuleIds.NoJobAsk);
        Assert.Equal(!asks, noJobAsk.Passed);
        if (asks)
        {
            Assert.Equal("Drop any ask about jobs, openings, hiring or sending your résumé; it turns a friendly chat into a screening.", noJobAsk.Message);
        }
    }

    [Fact]
    public void PassingOnDetailsInAMessageAboutAPostIsAJobAsk()
    {
        Assert.True(PitchChecker.Label("Hi, I'm calling for the hiring manager. I saw the posting for the planner role. Could you pass my details along?").AsksForJob);
        Assert.False(PitchChecker.Label("Hi, this is Sam Lee. Could you pass my details to Dr Lee? I'd like her advice on careers in planning.").AsksForJob);
    }

    [Theory]
    [InlineData("I'd like to learn about the role of a clinical coder and what it involves.", true)]
    [InlineData("I want to know what it takes to become a pilot.", true)]
    [InlineData("I'd like to ask him how he got into forensic accounting.", true)]
    [InlineData("I've done plenty of research about your bakery chain.", false)]
    public void TheLineOfWorkAskedAboutIsAResearchPurpose(string sentence, bool research)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence);

        CheckFinding purpose = report.Findings.Single(f => f.RuleId == CheckRuleIds.StatesResearchPurpose);
        Assert.Equal(research, purpose.Passed);
        Assert.Equal(research ? "You make clear you're researching the field." : "Say you're researching the field and would value their advice.", purpose.Message);
    }

    [Theory]
    [InlineData("Hello, I am called Dmitri Volkov.", true)]
    [InlineData("Good morning, you can call me Ahmed, Ahmed Karim.", true)]
    [InlineData("Good morning, please call me back on 0161 496 0000.", false)]
    public void TheNameAfterIAmCalledIsTheCallers(string opening, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(opening + " I'd like your advice on careers in shipping.").IntroducesSelf);

    [Theory]
    [InlineData("I'm not asking for a training contract, just your advice.", true)]
    [InlineData("I'm not asking about vacancies, only your experience.", true)]
    [InlineData("I want to understand it better, not for job.", true)]
    public void NotAskingForAPostByAnyNameSaysItIsNotAJob(string sentence, bool says) =>
        Assert.Equal(says, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in law. " + sentence).SaysNotJobRequest);

    [Fact]
    public void WhatAReferrerSaidOfTheContactsWorkIsAboutTheContact()
    {
        EmailReading said = EmailReader.Read("Hi Rachel,\n\nBen Carter mentioned that you run the claims team at Aviva.\n\nThanks,\nJenny", null);
        EmailReading related = EmailReader.Read("Hi Rachel,\n\nBen Carter mentioned that you are his former student.\n\nThanks,\nJenny", null);

        Assert.True(said.ContactWords > 0);
        Assert.Equal(0, related.ContactWords);
    }

    [Theory]
    [InlineData("I'm not trying to research anything, I just really want to work for your restaurant group.", false)]
    [InlineData("I'm not calling for advice really, I just wanted to say hello.", false)]
    [InlineData("I'm kind of curious about careers in sports marketing.", false)]
    [InlineData("I'm not looking for a job, just your advice on careers in sports marketing.", true)]
    public void APurposeDeniedOrOnlyCuriosityIsNone(string sentence, bool research) =>
        Assert.Equal(research, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).StatesResearchPurpose);

    [Theory]
    [InlineData("I lost my job last month. I'm not looking for one from you though.", true)]
    [InlineData("Nothing to do with a job, I promise.", true)]
    [InlineData("This call is unrelated to any vacancy.", true)]
    [InlineData("I'm not looking for one of those big firms.", false)]
    public void APostSetAsideWithoutNamingItAgainIsNotAJobRequest(string sentence, bool says) =>
        Assert.Equal(says, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in law. " + sentence).SaysNotJobRequest);

    [Theory]
    [InlineData("Anything you can do for me in your bank, I will be grateful.", true)]
    [InlineData("Is there any way I could come on board with your team?", true)]
    [InlineData("I'd be thrilled to get a foot in the door at your agency.", true)]
    [InlineData("Anything you can tell me about banking would help.", false)]
    [InlineData("I'd love advice on how people get a foot in the door in publishing.", false)]
    public void AFavourOrAPlaceOnTheirSideIsAJobAsk(string sentence, bool asks) =>
        Assert.Equal(asks, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).AsksForJob);

    [Theory]
    [InlineData("Sorry, are you in the middle of something?", true)]
    [InlineData("Have you got two ticks?", true)]
    [InlineData("Are you tied up right now?", true)]
    [InlineData("I was tied up all morning.", false)]
    public void TheMomentAskedInOtherWords(string sentence, bool checks) =>
        Assert.Equal(checks, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.").ChecksAvailability);

    [Fact]
    public void ThePiecesOfTheContactInTheThirdPersonAreASource() =>
        Assert.True(PitchChecker.Label("Hello, could you take a message for Mr Tanaka? This is Yuki Sato. I read his interview in Nikkei Asia about robotics start-ups.").NamesReferrerOrSource);

    [Theory]
    [InlineData("I'd love to hear your story of moving from law into policy work.", true)]
    [InlineData("Could you explain me a little how is this profession in practice?", true)]
    [InlineData("I want to ask her some advices about this career.", true)]
    [InlineData("I'd like some tips on how to present my portfolio in design generally.", true)]
    [InlineData("I've spent the week researching Harlow Logistics and I'd love to be part of it.", false)]
    [InlineData("I'm free most afternoons, so just let me know what works best for you.", false)]
    public void APurposeInOtherWordsCountsAndHomeworkOnANamedFirmDoesNot(string sentence, bool research)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence);

        CheckFinding purpose = report.Findings.Single(f => f.RuleId == CheckRuleIds.StatesResearchPurpose);
        Assert.Equal(research, purpose.Passed);
        Assert.Equal(research ? "You make clear you're researching the field." : "Say you're researching the field and would value their advice.", purpose.Message);
    }

    [Theory]
    [InlineData("Just so you know, this isn't me looking for work.", true, false)]
    [InlineData("It is not for asking a job, only a conversation.", true, false)]
    [InlineData("I don't call to ask you work, I only want to learn how people start.", true, false)]
    public void ADenialWithTheCallerInItIsNotAJobAsk(string sentence, bool deniesJob, bool asksJob)
    {
        PitchLabels labels = PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in law. " + sentence);

        Assert.Equal(deniesJob, labels.SaysNotJobRequest);
        Assert.Equal(asksJob, labels.AsksForJob);
    }

    [Theory]
    [InlineData("I would like that you think of me if something opens in your team.", true)]
    [InlineData("If you can fit me somewhere in your firm, I will work very hard.", true)]
    [InlineData("If you hear of an opening in your bank, I would be very happy if you recommend me.", true)]
    [InlineData("I wanted to ask if Maria's team takes anyone on over the summer.", true)]
    [InlineData("Could you help me land something at your firm?", true)]
    [InlineData("Would you be able to put me forward for the graduate scheme?", true)]
    [InlineData("Maybe you could tell your director about me?", true)]
    [InlineData("My manager put me forward for this course and suggested I call you.", false)]
    [InlineData("If something comes up on your end, feel free to move our chat.", false)]
    [InlineData("Could you introduce me to someone in your marketing team who might share their experience?", false)]
    public void AskingToBePlacedOrSpokenForIsAJobAsk(string sentence, bool asks)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence);

        CheckFinding noJobAsk = report.Findings.Single(f => f.RuleId == CheckRuleIds.NoJobAsk);
        Assert.Equal(!asks, noJobAsk.Passed);
        Assert.Equal(
            asks ? "Drop any ask about jobs, openings, hiring or sending your résumé; it turns a friendly chat into a screening." : "You stay clear of asking about jobs.",
            noJobAsk.Message);
    }

    [Theory]
    [InlineData("Are you free for a quick call right now?", true)]
    [InlineData("Are you available for a short chat now?", true)]
    [InlineData("I was free for a call yesterday.", false)]
    public void FreeForACallNowChecksTheMoment(string sentence, bool checks) =>
        Assert.Equal(checks, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.").ChecksAvailability);

    [Theory]
    [InlineData("Your LinkedIn post about moving from testing into product is why I'm calling.", true)]
    [InlineData("I'm ringing because of her talk at the Leeds summit on rail freight.", true)]
    [InlineData("I'm ringing because I want to move into rail freight.", false)]
    public void TheContactsPieceGivenAsTheReasonForTheCallIsASource(string sentence, bool names) =>
        Assert.Equal(names, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.").NamesReferrerOrSource);

    [Theory]
    [InlineData("Hi Derek, Alyssa Romano.", true)]
    [InlineData("Hello Mrs Okoye, Tunde Bakare.", true)]
    [InlineData("Hello sir, this side Manish Verma.", true)]
    [InlineData("Hi Derek, good morning.", false)]
    public void TheCallersFullNameAfterGreetingTheContactIntroducesThem(string opening, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(opening + " I'd like your advice on careers in shipping.").IntroducesSelf);

    [Theory]
    [InlineData("Hello, Dr Aminata Diallo here, I'm a postdoc in immunology.", true)]
    [InlineData("Morning, Pham Thi Lan here.", true)]
    [InlineData("Good morning Mr Hale. Here speaks Anna Keller, from Graz.", true)]
    [InlineData("Hi Ms Kerr, on the line is Kenta Ito.", true)]
    [InlineData("Hi Ms Kerr, Kim Min-jun is my name.", true)]
    [InlineData("Hi Ms Kerr, my name Tran Van Minh.", true)]
    [InlineData("Hi Ms Kerr, surname Okeke, first name Chidi.", true)]
    [InlineData("Hi Ms Kerr, people know me as Bisi, Olabisi Ade.", true)]
    [InlineData("Bonjour Ms Kerr, moi c'est Olivier Blanc.", true)]
    [InlineData("Hi Ms Kerr, this is, uh, you know, Bartek.", true)]
    [InlineData("Hi Ms Kerr, Tereza Novak from Brno, a pharmacy student.", true)]
    [InlineData("Hi Ms Kerr, this is Dr Wu's assistant.", false)]
    [InlineData("Hi Ms Kerr, I'm Anna Keller's son.", false)]
    [InlineData("Hello, is your surname Kerr?", false)]
    [InlineData("Hi, Maria Lopez from the Red Cross?", false)]
    public void TheCallersNameInOtherFramesIntroducesThemAndSomeoneElsesDoesNot(string opening, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(opening + " I'd like your advice on careers in shipping.").IntroducesSelf);

    [Theory]
    [InlineData("Once again, that's Camila Soto, zero seven seven, two two.", true)]
    [InlineData("That's Lindiwe Khumalo on 082 555 0199.", true)]
    [InlineData("Thanks, bye, Noor.", true)]
    [InlineData("Kind regards, Hamid Rezaei.", true)]
    [InlineData("Thanks, Kerr.", false)]
    [InlineData("Thank you so much, Ms Kerr.", false)]
    [InlineData("That's Monday at ten, if it suits.", false)]
    public void AVoicemailSignedWithTheCallersNameIntroducesThem(string closing, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label("Hi Ms Kerr, I'd like your advice on careers in shipping. " + closing).IntroducesSelf);

    [Theory]
    [InlineData("I'd love to know if I could get an interview slot.", true)]
    [InlineData("I'd be over the moon if you could forward my portfolio to your creative director for the junior designer position.", true)]
    [InlineData("I'd love to pick up some work from your studio if you've got overflow projects.", true)]
    [InlineData("Could you send any leads my way?", true)]
    [InlineData("If anything opens up on your side, even a short contract, I'd really appreciate it if you let me know.", true)]
    [InlineData("Would your clinic have room for a newly qualified physio?", true)]
    [InlineData("If your firm could find something for me, anything at all, I'd be thankful.", true)]
    [InlineData("Could you put in a word for me with the partners?", true)]
    [InlineData("I'd love to come and work with your crew next season.", true)]
    [InlineData("Do you need anyone for weekend shifts?", true)]
    [InlineData("I'd be grateful if you'd think of me when the next contract comes round.", true)]
    [InlineData("Would your department take my son on as a trainee?", true)]
    [InlineData("Does your restaurant ever take on kitchen porters?", true)]
    [InlineData("I'd love some tips on how I could land an interview in consulting.", false)]
    [InlineData("I'm curious how you get work from your clients as a freelancer.", false)]
    [InlineData("If a slot opens up on your side next week, let me know and we can talk.", false)]
    [InlineData("Would you have room for a quick call next week?", false)]
    [InlineData("Do you ever take on speaking engagements at universities?", false)]
    [InlineData("Please think of me if you come to Lagos, I'd love to buy you a coffee.", false)]
    [InlineData("I can send you my CV beforehand so you know my background.", false)]
    [InlineData("I'm happy to email my résumé if that helps you see where I'm coming from.", false)]
    [InlineData("Could I send you my résumé beforehand?", true)]
    [InlineData("I can send you my CV for the analyst role you posted.", true)]
    public void AJobAskWithoutAJobWordIsFoundAndTheCallersOwnCvOfferedAsBackgroundIsNot(string sentence, bool asks) =>
        Assert.Equal(asks, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).AsksForJob);

    [Theory]
    [InlineData("I am not ringing for work, please, I only want to pick your brain.", true)]
    [InlineData("This isn't a call about a job.", true)]
    [InlineData("I'm ringing about the work you do.", false)]
    public void TheCallDeniedAsAnErrandForWorkSaysItIsNotAJobRequest(string sentence, bool denies) =>
        Assert.Equal(denies, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).SaysNotJobRequest);

    [Theory]
    [InlineData("I would be grateful for about fifteen minutes of her time at any date convenient to her.", true)]
    [InlineData("She can ring me when it suits her.", true)]
    [InlineData("I would be grateful for fifteen minutes of her time on Tuesday at 3pm.", false)]
    public void ATimeLeftToTheContactInTheThirdPersonLeavesTheChoice(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hello, please could you pass a message to Mrs Adebayo? My name is Sam Lee. " + sentence).LeavesChoiceToContact);

    [Theory]
    [InlineData("We were in the same Rotary club years back, Dave Murphy reminded me of you.", true)]
    [InlineData("Mr Ali from the Pakistani Pharmacists Association say you are expert in oncology.", true)]
    [InlineData("A senior pharmacist at Boots gave me your number.", false)]
    [InlineData("One of the lads from football gave me your number.", false)]
    [InlineData("A fella at the pub put me onto you.", false)]
    public void ANamedPersonPassesTheContactOnAndAnUnnamedOneAtANamedPlaceDoesNot(string sentence, bool names) =>
        Assert.Equal(names, PitchChecker.Label("Hi Ms Kerr, I'm Sam Lee. " + sentence + " I'd like your advice on careers in pharmacy.").NamesReferrerOrSource);

    [Theory]
    [InlineData("I'm just very interested in machine learning ops.", false)]
    [InlineData("I'd like to learn about careers in machine learning.", true)]
    public void MachineLearningNamesAFieldNotTheCallerLearning(string sentence, bool purpose) =>
        Assert.Equal(purpose, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).StatesResearchPurpose);

    [Theory]
    [InlineData("Would your garage have room to take him on for the summer?", true)]
    [InlineData("Any chance you'd want a spare pair of hands in the kitchen over Christmas?", true)]
    [InlineData("If the salon could take me in any capacity, I would be so happy.", true)]
    [InlineData("Is there anything going at yours, even part-time?", true)]
    [InlineData("I'd love to get onto your data team one day.", true)]
    [InlineData("If there's space for one more junior in the spring, would you let me know?", true)]
    [InlineData("If any of your clients are looking for a sound engineer, could you point them my way?", true)]
    [InlineData("I was wondering if I could come work with you lot on the festival build.", true)]
    [InlineData("I'd love to take her on a tour of the plant if that's allowed.", false)]
    [InlineData("My mum could do with an extra pair of hands at home, so I only work part-time.", false)]
    [InlineData("I'd help in any capacity with the alumni mentoring evening.", false)]
    [InlineData("If you have any tips on reading, please send them my way.", false)]
    [InlineData("Would you have room for a quick call next week? Let me know.", false)]
    [InlineData("I'd love to hear how you came to work with your team.", false)]
    public void AJobAskInCallersOwnWordsIsFoundAndItsLookalikesAreNot(string sentence, bool asks) =>
        Assert.Equal(asks, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).AsksForJob);

    [Theory]
    [InlineData("I'm not applying for the post, I just want to understand the work.", true)]
    [InlineData("I won't be putting in an application for the role.", true)]
    [InlineData("I haven't applied for the job yet but I will.", false)]
    [InlineData("I didn't apply for the internship last year.", false)]
    public void NotApplyingForThePostSaysItIsNotAJobRequest(string sentence, bool denies) =>
        Assert.Equal(denies, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).SaysNotJobRequest);

    [Theory]
    [InlineData("I really enjoyed your session on river restoration at the Wildlife Trust day.", true)]
    [InlineData("I spotted your name listed among the mentors at the Leeds careers evening.", true)]
    [InlineData("I call from the part of Amélie Petit, she was with you at Airbus.", true)]
    [InlineData("We met at Ravi's leaving do. He said you'd be happy to talk.", true)]
    [InlineData("I loved your company's new trainers.", false)]
    [InlineData("A senior nurse at Korle Bu gave me your number.", false)]
    [InlineData("A physio at St Mary's Hospital said you'd talk to me.", false)]
    public void ATalkHeardOrAListingNamesTheSourceAndAnUnnamedPersonInAnyRoleDoesNot(string sentence, bool names) =>
        Assert.Equal(names, PitchChecker.Label("Hi Ms Kerr, I'm Sam Lee. " + sentence + " I'd like your advice on careers in ecology.").NamesReferrerOrSource);

    [Theory]
    [InlineData("Hi Dan, Priya Nair, we were on the same MSc course at Warwick.", true)]
    [InlineData("Hello Ms Ito, Ken Mori from the Osaka alumni list \u2014 I mean, that is where I found your name.", true)]
    [InlineData("Hi Dan, Priya Nair said you'd be good to talk to.", false)]
    [InlineData("Hi Dan, Priya Nair, your old colleague, said you'd be good to talk to.", false)]
    [InlineData("Hello Ms Ito, Ken Mori from Hitachi \u2014 he told me you'd help.", false)]
    [InlineData("Hello Ms Ito, Ken Mori from Hitachi told me you'd help.", false)]
    public void AFullNameAfterTheGreetedContactIsTheCallersWhenTheCallerGoesOn(string opening, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(opening + " I'd like your advice on careers in policy.").IntroducesSelf);

    [Theory]
    [InlineData("I've been a welder for years and wanted to ask how you made the move into inspection.", true)]
    [InlineData("Your colleague Jo Reid said you might tell me what a night on an air ambulance actually looks like.", true)]
    [InlineData("I'd like to ask what employers in this industry value most in a career changer.", true)]
    [InlineData("I wanted to ask when you'd be free for a coffee.", false)]
    [InlineData("I've been a welder for years.", false)]
    public void AskingHowTheContactDidItOrWhatTheFieldIsReallyLikeStatesAPurpose(string sentence, bool purpose) =>
        Assert.Equal(purpose, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).StatesResearchPurpose);

    [Theory]
    [InlineData("It is possible to talk maybe twenty minutes, when you want?", true)]
    [InlineData("We could talk on a day suitable to you.", true)]
    [InlineData("I'd love to know when you started.", false)]
    [InlineData("We could talk on Tuesday at four.", false)]
    public void WhenTheContactWantsOrADaySuitableToThemLeavesTheChoice(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in policy. " + sentence).LeavesChoiceToContact);

    [Theory]
    [InlineData("Are you free for a quick word?", true)]
    [InlineData("Ring you again Thursday if that's easier.", true)]
    [InlineData("Try you again tomorrow.", true)]
    [InlineData("Call me back tomorrow.", false)]
    [InlineData("Are you free for a quick word next Tuesday?", false)]
    public void AQuickWordNowOrACallBackWithTheIDroppedChecksTheMoment(string sentence, bool checks) =>
        Assert.Equal(checks, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in policy. " + sentence).ChecksAvailability);

    [Theory]
    [InlineData("Hello Mr Otieno, here speaks Felix Wagner, from the tram depot.", true)]
    [InlineData("Good evening, is Inés Castaño speaking, a nurse from Seville.", true)]
    [InlineData("Hello, this is, well, Niamh Ní Bhriain, a radiographer.", true)]
    [InlineData("Good evening, is Inés Castaño speaking?", false)]
    [InlineData("Hello, this is, well, a strange question to ask.", false)]
    [InlineData("Hello Mr Otieno, here is the reason for my call.", false)]
    public void AnIntroductionAfterAGreetingOrAFillerIsFoundAndAQuestionForTheContactIsNot(string opening, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(opening + " I'd like your advice on careers in transport planning.").IntroducesSelf);

    [Theory]
    [InlineData("I listened to that podcast episode of yours on soil health.", true)]
    [InlineData("I read a long piece of hers on tidal energy.", true)]
    [InlineData("I listened to a podcast episode of mine on soil health.", false)]
    public void TheContactsPieceNamedAfterTheNounIsASource(string sentence, bool names) =>
        Assert.Equal(names, PitchChecker.Label("Hi Ms Kerr, I'm Sam Lee. " + sentence + " I'd like your advice on careers in farming.").NamesReferrerOrSource);

    [Theory]
    [InlineData("Are you rushed off your feet at the moment?", true)]
    [InlineData("Are you swamped right now?", true)]
    [InlineData("Are you rushed off your feet in the lambing season?", false)]
    public void AskingWhetherTheContactIsBusyNowChecksTheMoment(string sentence, bool checks) =>
        Assert.Equal(checks, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in farming. " + sentence).ChecksAvailability);

    [Theory]
    [InlineData("I'd like to test my idea against someone who has worked in the trade for years.", true)]
    [InlineData("I'm hoping to hear from somebody already in the industry what the first year costs.", true)]
    [InlineData("I'd love the story of how she went from nursing to hospital management.", true)]
    [InlineData("I got your number from someone in the field.", false)]
    [InlineData("I'd love your story to be in our newsletter.", false)]
    public void WantingTheViewOfSomeoneWhoHasDoneItOrTheirStoryStatesAPurpose(string sentence, bool purpose) =>
        Assert.Equal(purpose, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).StatesResearchPurpose);

    [Theory]
    [InlineData("Should your practice ever need cover for locum dentistry, I'd be glad if you thought of me.", true)]
    [InlineData("I'm looking for a sandwich year and wondered whether your unit takes interns over the summer.", true)]
    [InlineData("I'd be glad to come in for a trial day whenever suits.", true)]
    [InlineData("If you ever need anything for the open day, do call me.", false)]
    [InlineData("I read that new cooks often work a trial day; is that common?", false)]
    [InlineData("I'm curious how many interns your unit had last year.", false)]
    public void OfferingToCoverTheirNeedOrToTryOutOrAskingWhetherTheyTakeStudentsAsksForAJob(string sentence, bool asks) =>
        Assert.Equal(asks, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).AsksForJob);

    [Theory]
    [InlineData("We could speak twenty minutes when it arranges you.", true)]
    [InlineData("We could speak twenty minutes when it arranges me, on Friday.", false)]
    public void WhenItArrangesTheContactLeavesTheChoice(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in policy. " + sentence).LeavesChoiceToContact);

    [Theory]
    [InlineData("Could you advise me on how I could win the graduate seat on your audit desk next year?", true)]
    [InlineData("What would be the smartest way for me to get a place in your restoration team?", true)]
    [InlineData("Please, could you mention me to your head chef for the open pastry post?", true)]
    [InlineData("Might I spend a week watching, and if it goes well, stay on as your apprentice?", true)]
    [InlineData("If you hear of something opening up at yours, do give me a shout.", true)]
    [InlineData("i was wondering if u could use some help during the harvest, im free all august", true)]
    [InlineData("Could you advise me on how people usually win a first seat on an audit desk?", false)]
    [InlineData("What would be the smartest way into your line of work, in your view?", false)]
    [InlineData("My cousin, who used to work as your assistant, suggested I call.", false)]
    [InlineData("If you hear of any talks coming up in the field, do give me a shout.", false)]
    [InlineData("I'm the new trainee at Fenwick Foods, on the packaging line.", false)]
    public void AJobAskPutAsMethodOrHelpOrWithNoJobWordIsFound(string sentence, bool asks) =>
        Assert.Equal(asks, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).AsksForJob);

    [Theory]
    [InlineData("This is no plea for work, only for an hour of talk.", true)]
    [InlineData("I'm not ringing about the opening you posted.", true)]
    [InlineData("Honestly I'm not after a gig.", true)]
    [InlineData("I saw the trainee post advertised. I'm not applying for it, though.", true)]
    [InlineData("This is no plea for sympathy, only for an hour of talk.", false)]
    [InlineData("I read the advert for the buyer post, and my old tutor says you're kind. I'm not applying for it.", true)]
    [InlineData("I read your interview, and my old tutor says you're kind. I'm not applying for it.", false)]
    [InlineData("I applied for it last spring and heard nothing.", false)]
    public void ADenialOfAPostInNounsOrPronounsSaysItIsNotAJobRequest(string sentences, bool denies) =>
        Assert.Equal(denies, PitchChecker.Label("Hi, I'm Sam Lee. " + sentences + " I'd like your advice on careers in food.").SaysNotJobRequest);

    [Theory]
    [InlineData("I wanted to ask how independent translators find their first clients.", true)]
    [InlineData("I'd love to discover what a harbour master's week involves.", true)]
    [InlineData("My tutor Ruth thought you could explain to me how patent drafting differs from litigation.", true)]
    [InlineData("I wanted to ask how I can send you my form.", false)]
    [InlineData("I discovered your shop last year and loved it.", false)]
    [InlineData("My tutor Ruth thought you could lend me a book.", false)]
    public void AskingHowOthersDoTheWorkOrWhatTheContactCouldTellIsAPurpose(string sentence, bool purpose) =>
        Assert.Equal(purpose, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).StatesResearchPurpose);

    [Theory]
    [InlineData("I came across your name in the back pages of a rowing almanac.", true)]
    [InlineData("I picked up your number from the parish bulletin.", true)]
    [InlineData("I watched your documentary about canal locks.", true)]
    [InlineData("I'm calling on reference of Lakshmi, your former student.", true)]
    [InlineData("Dr Okafor's suggestion was that I ring you.", true)]
    [InlineData("my aunt priya said you know everyone in textiles.", true)]
    [InlineData("I picked up your number from a friend.", false)]
    [InlineData("I watched a documentary about canal locks.", false)]
    [InlineData("my aunt also said you know everyone in textiles.", false)]
    public void WhereTheNameWasFoundOrANamedSuggestionIsASource(string sentence, bool names) =>
        Assert.Equal(names, PitchChecker.Label("Hello, it's Sam Lee. " + sentence + " I'd like your advice on careers in this area.").NamesReferrerOrSource);

    [Theory]
    [InlineData("Twenty minutes one evening, when it suits, would be lovely.", true)]
    [InlineData("Could we talk twenty minutes sometime that works?", true)]
    [InlineData("We could speak twenty minutes when it passes for you.", true)]
    [InlineData("Twenty minutes when it suits me, Friday at noon, would be lovely.", false)]
    public void ATimeThatSuitsWithNoOneNamedLeavesTheChoice(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in policy. " + sentence).LeavesChoiceToContact);

    [Theory]
    [InlineData("Aye, hello, Morven Gillies.", true)]
    [InlineData("Oh, hi, Dev Anand.", true)]
    [InlineData("Aye, hello, is that the depot?", false)]
    public void AFullNameAfterTwoGreetingWordsIsTheCallers(string opening, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(opening + " I'd like your advice on careers in transport planning.").IntroducesSelf);
}
