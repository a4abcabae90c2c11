using System.Text.Json;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>The checkers with the real sentence model, on the phrasings that fixed phrase lists used to get wrong.</summary>
public sealed class MeaningCheckerTests(MeaningCheckerTests.LoadedModel model) : IClassFixture<MeaningCheckerTests.LoadedModel>
{
    private readonly ISentenceEmbedder _model = model.Embedder;

    [Theory]
    [InlineData("Hi, I'm Sam Lee. Is this an okay time to talk?")]
    [InlineData("Hello, Sam here. Have I caught you at a bad moment?")]
    [InlineData("Hello, this is Sam. Got a minute?")]
    [InlineData("Hi, it's Sam. If now's not good, I can ring you back later.")]
    public void AnyWayOfCheckingTheMomentIsCredited(string pitch) =>
        Assert.True(PitchChecker.Label(pitch, _model).ChecksAvailability, pitch);

    [Theory]
    [InlineData("Can we speak for 30 minutes at your convenience?", false)]
    [InlineData("Would you be open to a 15-minute phone call whenever suits you?", false)]
    [InlineData("Is this a good time for a 20-minute chat?", true)]
    [InlineData("Could you ask her when might be a good time for me to call back?", true)]
    public void AskingForAMeetingLaterIsNotCheckingTheMoment(string sentence, bool checks) =>
        Assert.Equal(checks, PitchChecker.Label("Hi, I'm Sam Lee. My uncle Raj Patel suggested I call. " + sentence, _model).ChecksAvailability);

    [Theory]
    [InlineData("Are you free right now?", false)]
    [InlineData("Could we talk for 20 minutes? How about Tuesday at 3?", false)]
    [InlineData("How about Tuesday at 3, or another time that suits you better?", true)]
    public void AFixedSlotLeavesNoChoiceUnlessAnotherTimeIsOffered(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in nursing. " + sentence, _model).LeavesChoiceToContact);

    [Theory]
    [InlineData("Is now a bad time? I can ring back later if so.", false)]
    [InlineData("Do you have a couple of minutes right now, or shall I phone back?", false)]
    [InlineData("May I ring you at a time that is more convenient?", true)]
    public void ACheckOnTheMomentLeavesNoMeetingToThemButATimeTheyPickDoes(string sentence, bool leaves)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. I'd like your advice on careers in ecology. " + sentence, embedder: _model);

        CheckFinding choice = report.Findings.Single(f => f.RuleId == CheckRuleIds.LeavesChoiceToThem);
        Assert.Equal(leaves, choice.Passed);
        Assert.Equal(leaves ? "You let them choose the time and place." : "Leave the time and place to them: \"whenever and wherever suits you\".", choice.Message);
    }

    [Fact]
    public void AskingTheContactToCallBackIsNotCheckingTheMomentAndIsFlagged()
    {
        const string Pitch = "Hi, this is Sam Lee. Could you call me back when you're free? My number is 07700 900123.";

        PitchReport report = PitchChecker.Check(Pitch, embedder: _model);

        Assert.False(PitchChecker.Label(Pitch, _model).ChecksAvailability);
        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.KeepsTheCallBack && !f.Passed);
    }

    [Fact]
    public void AVoicemailThatOffersToCallAgainIsCredited()
    {
        const string Voicemail = "Hello, this is Sam Lee. Priya Shah suggested I get in touch about careers in nursing. " +
            "My number is 07700 900123. I'll try you again tomorrow morning.";

        PitchReport report = VoicemailChecker.Check(Voicemail, Samples.Now, embedder: _model);

        Assert.True(PitchChecker.Label(Voicemail, _model).ChecksAvailability);
        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.SaysWhenCallingBack && f.Passed);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == CheckRuleIds.KeepsTheCallBack);
    }

    [Theory]
    [InlineData("I was referred to you by Priya Shah.")]
    [InlineData("Your name was given to me by Tom Reed at the Leeds alumni network.")]
    [InlineData("My former manager, Sunita Rao, told me you'd be the person to ask.")]
    public void PassiveAndPastReferralsNameTheSource(string sentence) =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence, _model).NamesReferrerOrSource, sentence);

    [Theory]
    [InlineData("I read about Infosys in the Economic Times and I really liked their campus.")]
    [InlineData("Your colleague Marco Bianchi won the design prize this year, congratulations to the whole studio.")]
    [InlineData("I have just finished the memoir of Indra Nooyi and it made me think about consumer goods.")]
    public void ANameOrReadingThatIsNotAboutTheContactIsNotASource(string sentence)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in that field.", embedder: _model);

        Assert.False(report.Findings.Single(f => f.RuleId == CheckRuleIds.SaysHowFound).Passed, sentence);
    }

    [Fact]
    public void AFriendWithNoNameIsNotASource() =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. A friend told me about you.", _model).NamesReferrerOrSource);

    [Theory]
    [InlineData("I understand you're busy, so I'll be quick. I've always wanted to be a paramedic.", false)]
    [InlineData("I have been learning Python in the evenings and I really like data work.", false)]
    [InlineData("I would love to hear from you about any openings on your team.", false)]
    [InlineData("I am passionate by cinema and I dream to work in post-production.", false)]
    [InlineData("I'm trying to get a feel for what community nursing involves day to day before I commit to retraining.", true)]
    [InlineData("I wanted an insider's view of how clinical trials are run, because I'm weighing a move into that area.", true)]
    [InlineData("Before I decide on a master's, I'd be grateful to hear what the work of an urban planner is really like.", true)]
    [InlineData("I simply want to ask you a few questions about how the shipping industry works.", true)]
    public void AResearchPurposeIsWantingToLearnAboutTheFieldNotTheSameWordsSaidOfSomethingElse(string sentence, bool expected) =>
        Assert.Equal(expected, PitchChecker.Label("Hi, this is Sam Lee. " + sentence, _model).StatesResearchPurpose);

    [Theory]
    [InlineData("I've been obsessed with wildlife photography since I was a kid and I'd love to make it my career.")]
    [InlineData("I have big interest for the hotel business and my goal is to become a hotel manager.")]
    [InlineData("Renewable energy excites me and I'm determined to get into it next year.")]
    public void InterestOrTheWishToEnterAFieldIsNotAResearchPurpose(string sentence) =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. Aiko Tanaka gave me your number. " + sentence, _model).StatesResearchPurpose, sentence);

    [Fact]
    public void SayingWhereTheNameCameFromIsNotAResearchPurpose() =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. I found your name in the Royal Society of Chemistry member directory.", _model).StatesResearchPurpose);

    [Theory]
    [InlineData("Good morning, myself Arjun Rao, calling from Hyderabad.")]
    [InlineData("Hello sir, Arjun Rao this side.")]
    public void IndianEnglishSelfIntroductionsGiveTheName(string opening) =>
        Assert.True(PitchChecker.Label(opening + " Is this a good time?", _model).IntroducesSelf, opening);

    [Theory]
    [InlineData("My tutor Grace Obi introduced me to your research.")]
    [InlineData("Professor Haddad connected us by email last week.")]
    public void IntroducedOrConnectedByANamedPersonIsASource(string sentence) =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence, _model).NamesReferrerOrSource, sentence);

    [Fact]
    public void ResearchOnTheirFirmIsNotAResearchPurpose()
    {
        PitchLabels labels = PitchChecker.Label("Hi, I'm Sam Lee. I've done my research on your firm and I'm very interested in marketing.", _model);

        Assert.False(labels.StatesResearchPurpose);
    }

    [Fact]
    public void UnderstandingTheFieldBeforeApplyingIsAPurposeNotAJobAsk()
    {
        PitchLabels labels = PitchChecker.Label("Hi, I'm Sam Lee. Before I start applying for jobs, I want to understand what the work is really like.", _model);

        Assert.False(labels.AsksForJob);
        Assert.True(labels.StatesResearchPurpose);
    }

    [Theory]
    [InlineData("I can send you my résumé if it would help you see my background.")]
    [InlineData("I'd like your advice on how to present my résumé for this field.")]
    [InlineData("I was laid off from my job in March.")]
    public void OfferingAResumeOrTalkingAboutOnesOwnJobIsNotAJobAsk(string sentence) =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence, _model).AsksForJob, sentence);

    [Theory]
    [InlineData("Could you pass my CV on to your hiring manager?")]
    [InlineData("Please keep me in mind if a role opens up on your team.")]
    [InlineData("Are you hiring at the moment?")]
    public void RealJobAsksAreCaught(string sentence) =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence, _model).AsksForJob, sentence);

    [Fact]
    public void TheRehearsalChecksTheBusyAndBriefLine()
    {
        PitchReport with = PitchChecker.Check("Hi, I'm Sam Lee. I know you're busy, so I'll keep this short.", embedder: _model);
        PitchReport without = PitchChecker.Check("Hi, I'm Sam Lee. I'm researching nursing.", embedder: _model);

        Assert.Contains(with.Findings, f => f.RuleId == CheckRuleIds.AcknowledgesBusy && f.Passed);
        Assert.Contains(without.Findings, f => f.RuleId == CheckRuleIds.AcknowledgesBusy && !f.Passed);
    }

    [Fact]
    public void AConnectionInTheSecondSentenceIsNotConnectionFirst()
    {
        const string Later = "Dear Ms Patel,\n\nI hope this email finds you well. We both studied at Leeds. Would you have 20 minutes for a call?\n\nBest,\nSam";
        const string First = "Dear Ms Patel,\n\nWe both studied at Leeds. I hope this email finds you well. Would you have 20 minutes for a call?\n\nBest,\nSam";

        Assert.False(OutreachEmailChecker.Label(Later, _model).ConnectionFirst);
        Assert.True(OutreachEmailChecker.Label(First, _model).ConnectionFirst);
    }

    [Fact]
    public void EmailWordCountLeavesOutGreetingAndSignature()
    {
        string body = string.Join(' ', Enumerable.Repeat("advice", 73)) + " please?";
        string email = $"Dear Dr Alexandra Okonkwo-Smith,\n\n{body}\n\nWith warmest regards,\nSam Lee\nUniversity of Leeds\n07700 900123";

        Assert.True(OutreachEmailChecker.Label(email, _model).Under75Words);
        Assert.False(OutreachEmailChecker.Label(email.Replace("please?", "please, thank you?", StringComparison.Ordinal), _model).Under75Words);
    }

    [Theory]
    [InlineData("How long have you been in your current role?", true)]
    [InlineData("When did you join the company?", true)]
    [InlineData("Could you tell me whether the role involves travel?", true)]
    [InlineData("You like your job?", true)]
    [InlineData("Do you know anyone else I should speak with?", true)]
    [InlineData("Could you walk me through a typical project?", false)]
    [InlineData("Who else would you suggest I talk to?", false)]
    [InlineData("What's it like working in a start-up?", false)]
    [InlineData("Tell me about your first year", false)]
    public void QuestionFormFollowsTheDefinitions(string question, bool closed) =>
        Assert.Equal(closed, QuestionChecker.IsClosed(question, _model));

    [Theory]
    [InlineData("What do hiring managers in this field look for?", false)]
    [InlineData("How should I present my résumé for a career in data engineering?", false)]
    [InlineData("How did you get your job?", false)]
    [InlineData("How could I get hired on your team?", true)]
    [InlineData("Would you keep my CV on file?", true)]
    public void JobAsksInQuestionsAreReadByMeaning(string question, bool asks) =>
        Assert.Equal(asks, QuestionChecker.AsksForJob(question, _model));

    [Fact]
    public void EnjoyingAndEnjoyingMostAreNotDuplicates() =>
        Assert.Null(QuestionChecker.FindNearDuplicate("What do you enjoy most about your work?", ["Do you enjoy your work?"], _model));

    [Fact]
    public void AParaphraseIsFlaggedNamingTheEarlierQuestion()
    {
        QuestionCheck check = QuestionChecker.Check(
            "What drew you to nursing in the first place?",
            ["What does a typical week look like?", "Why did you choose nursing?"],
            embedder: _model);

        QuestionFinding duplicate = Assert.Single(check.Findings, f => f.Kind == QuestionFindingKind.NearDuplicate);
        Assert.Equal(1, duplicate.DuplicateIndex);
        Assert.Contains("Why did you choose nursing?", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LikingItBestRepeatsTheStandardListsMostSatisfyingPart()
    {
        // The default list's own question, and what people type on top of it.
        QuestionCheck check = QuestionChecker.Check(
            "what do you like best about your job?",
            ["How did you first find your way into your field?", "Walk me through a recent working day: what filled most of your hours?", "What part of your work gives you the most satisfaction?"],
            embedder: _model);

        Assert.Equal(2, Assert.Single(check.Findings, f => f.Kind == QuestionFindingKind.NearDuplicate).DuplicateIndex);
    }

    [Fact]
    public void MostAndLeastLikedAreNotDuplicates() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What do you like most about the job?", "What do you like least about the job?", "How did you start?"], _model));

    [Fact]
    public void OnlyTheQuestionThatRepeatsAnotherIsPaired() =>
        Assert.Equal(
            [(0, 1)],
            QuestionChecker.DuplicatePairs(
                ["How did you get into social work?", "What made you choose a career in social work?", "What does a social worker's caseload look like?", "What training do social workers need?"],
                _model));

    [Fact]
    public void BestThingAndMostRewardingArePairedButNotTheWorstThing() =>
        Assert.Equal(
            [(0, 1)],
            QuestionChecker.DuplicatePairs(["What's the best thing about nursing?", "What do you find most rewarding about nursing?", "What's the worst thing about nursing?"], _model));

    [Fact]
    public void AdviceForSomeoneGettingInIsNotReadAsAskingForPeople() =>
        Assert.Equal(
            [(0, 2)],
            QuestionChecker.DuplicatePairs(
                ["What advice would you give someone trying to get into architecture?", "What software do architects use most?", "If you were me, how would you go about breaking into architecture?", "Who else should I talk to about architecture?"],
                _model));

    [Fact]
    public void AskingForPeopleStaysApartFromAdviceForSomeoneLikeMe() =>
        Assert.Null(QuestionChecker.FindNearDuplicate("Is there someone else I could speak with about architecture?", ["What advice would you give someone trying to get into architecture?"], _model));

    [Fact]
    public void WhereTheFieldIsHeadingIsNotTheNextStepFromMyPosition() =>
        Assert.Empty(
            QuestionChecker.DuplicatePairs(
                ["Where do you think your line of work is heading?", "If you were in my position, what would your next step be?", "How did you get your first job?", "What tools do you use every day?"],
                _model));

    [Fact]
    public void AddingAForecastNamesNoEarlierNextStepQuestion()
    {
        QuestionCheck check = QuestionChecker.Check(
            "Where do you think your line of work is heading?",
            ["If you were in my position, what would your next step be?", "How did you get your first job?"],
            embedder: _model);

        Assert.DoesNotContain(check.Findings, f => f.Kind == QuestionFindingKind.NearDuplicate);
    }

    [Fact]
    public void APoliteFrameDoesNotHideARepeatedQuestion()
    {
        QuestionCheck check = QuestionChecker.Check(
            "Where is accounting going in the next ten years, if you don't mind me asking?",
            ["How did you qualify?", "In your opinion, how do you see accounting changing over the coming decade?", "What software do you use?"],
            embedder: _model);

        QuestionFinding duplicate = Assert.Single(check.Findings, f => f.Kind == QuestionFindingKind.NearDuplicate);
        Assert.Equal(1, duplicate.DuplicateIndex);
        Assert.Contains("how do you see accounting changing", duplicate.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Could you tell me what keeps you going on the hard days?", "what keeps you going on the hard days?")]
    [InlineData("In your opinion, where is the field heading?", "where is the field heading?")]
    [InlineData("What would you do first, if you don't mind me asking?", "what would you do first?")]
    public void FramesAreSetAsideBeforeComparingMeanings(string question, string core) =>
        Assert.Equal(core, QuestionReader.Core(question));

    [Fact]
    public void TwoQuestionsPlainlyAfterOneAimArePairedWhateverTheirWords() =>
        Assert.Equal(
            [(0, 1)],
            QuestionChecker.DuplicatePairs(["How do you win new business?", "Where do your customers come from?", "What hours do you work?", "Why did you choose this career?"], _model));

    [Fact]
    public void AQuestionPairedByItsAimRepeatsNoOther() =>
        Assert.Equal(
            [(0, 1)],
            QuestionChecker.DuplicatePairs(["How do you find new clients?", "Where does most of your work come from?", "What do you charge per hour?", "What is the job like overall?", "How did you start freelancing?", "What tools do you use?"], _model));

    [Fact]
    public void QuestionsPlainlyAfterDifferentAimsAreNotPaired() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What are you working on these days?", "Which apps do you depend on at work?", "How did you get into design?"], _model));

    [Fact]
    public void TheContactsOwnPathIsNotTheUsualWayIn() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["How did you get into law?", "What's the usual route into law for graduates?", "What do you enjoy most about law?"], _model));

    [Fact]
    public void TheContactIsNotTheWholeCompany() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Which programming languages are you using at the moment?", "Which programming languages does your company use?", "How big is your team?"], _model));

    [Fact]
    public void ThePartLikedTheLessIsTheLeastLiked() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What is the part of nursing you like the most?", "And the part you like the less?", "How long is your shift?"], _model));

    [Fact]
    public void AnyoneWorthMeetingAsksForPeople() =>
        Assert.Equal(
            [(0, 1)],
            QuestionChecker.DuplicatePairs(["Could you point me to anyone else worth meeting?", "Who else do you think I should speak to?", "What do you do all day?"], _model));

    [Fact]
    public void LeastFavouriteIsTheOppositeOfMostSatisfying() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What's your least favourite kind of job to do?", "What's the most satisfying kind of job you get?", "How long did your apprenticeship take?"], _model));

    [Fact]
    public void TheFirstPostIsNotTheOneHeldNow() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["How did you land your first nursing post?", "How did you come to be in the role you have today?", "What do you do on a normal shift?"], _model));

    [Fact]
    public void WhatTheContactDidIsNotWhatTheAskerShouldDo() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["Which courses did you take early on?", "Which courses would you recommend I take?", "How big is your team?"], _model));

    [Fact]
    public void GoodAndBadPointsAreOpposites() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["What are the good points of agency life?", "What are the bad points of agency life?", "How did you train?"], _model));

    [Fact]
    public void AYesNoOnLikingIsNotWhatTheWorkInvolves() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["Do you enjoy working weekends?", "What does a weekend shift involve?", "How did you train?"], _model));

    [Fact]
    public void HindsightIsNotWhatHappened() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["What was your first job out of college?", "Looking back, what would you change about how you began?", "What software do you use?"], _model));

    [Fact]
    public void TheFieldIsNotTheEmployer() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["Why did you go into the hotel industry?", "Why did you pick this company?", "What hours do you work?"], _model));

    [Fact]
    public void AskingForPeopleIsReadAcrossALongerReach() =>
        Assert.Equal(
            [(0, 1)],
            QuestionChecker.DuplicatePairs(["Is there anyone in your circle you feel I really ought to get in touch with?", "Who else should I talk to?", "What do you do all day?"], _model));

    [Fact]
    public void AnApprenticesPayIsNotAJourneymansPay() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["What do apprentices get paid?", "How much does a journeyman earn?", "Which tools do you carry?"], _model));

    [Fact]
    public void AForecastInYearsIsNotHowItWasAtTheStart() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["Where do you see nursing in ten years?", "What was nursing like when you began?", "Which shifts do you prefer?"], _model));

    [Fact]
    public void WhetherAnyoneCanStillGetInIsNotTheContactsOwnPath() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["How did you get into architecture?", "Is it still possible to get into architecture after thirty?", "What software do you use?"], _model));

    [Fact]
    public void WhetherSomethingIsWorthDoingIsNotWhatTheContactNeeded() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["Did you need a teaching licence to start out?", "Is a teaching licence worth getting at the start?", "How big is your school?"], _model));

    [Fact]
    public void ALearnersLikedMoreIsTheMostLikedAndNotAYesNoOnLiking() =>
        Assert.DoesNotContain((0, 1), QuestionChecker.DuplicatePairs(["What is the part of the job you like more?", "You like the job?", "How long are your shifts?"], _model));

    [Fact]
    public void TheOnlyTwoQuestionsAskingForPeopleArePairedWhateverTheirWords() =>
        Assert.Equal(
            [(0, 1)],
            QuestionChecker.DuplicatePairs(["Are there other professionals who might agree to talk with me?", "Any colleagues you think I should meet?", "What do you do all day?", "How did you train?"], _model));

    [Fact]
    public void AWhWordsContractedDidIsReadAsDid() =>
        Assert.Equal("how did you get started?", QuestionReader.Core("How'd you get started?"));

    // Every question on a list shares its topic; a pair that stands out from the rest is a repeat even when its blend
    // alone is low ("customers hear about you" / "work comes from" share no content word).
    [Theory]
    [InlineData("How do customers usually hear about you?", "Where does most of your catering work come from?", "What do you charge for a wedding?", "How did you learn to cook?", "What's the hardest part of running events?")]
    [InlineData("How did you first become an electrician?", "What got you started in the trade?", "What tools do you carry every day?", "What do apprentices earn?", "Who else should I talk to?")]
    [InlineData("What's the growth path like in this line?", "How does one move up to senior roles here?", "What is your typical day?", "Why did you pick this field?", "Do you travel much?")]
    public void APairThatStandsOutFromItsListIsARepeat(string first, string second, string third, string fourth, string fifth) =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs([first, second, third, fourth, fifth], _model));

    // What someone enjoys and what wears them down, in plain words on both sides, are not one question; two
    // wordings of the hard side still are.
    [Fact]
    public void WhatWearsYouDownIsNotWhatGivesYouABuzz() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Which bits of the job leave you worn out?", "What gives you the biggest buzz at work?", "How did you become a surveyor?", "What tools do you use?"], _model));

    [Fact]
    public void TwoWordingsOfTheHardSideArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["Which parts of the work do you find a real struggle?", "What's the toughest aspect of the work?", "How did you become a surveyor?", "What tools do you use?"], _model));

    // "most enjoy" is the superlative of liking as much as "enjoy most".
    [Fact]
    public void MostEnjoyIsNotEnjoy() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Which part do you most enjoy?", "Do you enjoy the job?", "How did you start?", "What tools do you use?"], _model));

    [Fact]
    public void MostEnjoyRepeatsLikeBest() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["Which part do you most enjoy?", "What do you like best about the job?", "How did you start?", "What tools do you use?"], _model));

    // Pay at entry and later in a career, named by rank or years rather than "beginner"/"experienced"; and pay is
    // not how someone qualified.
    [Fact]
    public void PayAtEntryIsNotPayLaterNorTheWayIn() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What does a graduate surveyor start on?", "What can a principal surveyor bring in after fifteen years?", "How did you qualify?", "Who else should I talk to?"], _model));

    [Fact]
    public void TwoWordingsOfEntryPayArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["How much do surveyors get paid when they first qualify?", "What's the entry salary for a newly qualified surveyor?", "How did you get into surveying?", "What tools do you use?"], _model));

    [Fact]
    public void TwoWordingsOfPricingArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["How do you work out what to quote a client?", "How do you set your fees?", "What does a typical day look like?", "Why did you choose this work?"], _model));

    // What prompted the contact's own move is their path, not the way in for others today; what is still required
    // now is not where the field is heading.
    [Fact]
    public void WhatPromptedYourMoveIsNotTheWayInToday() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What inspired your switch from teaching into surveying?", "What is the best way in for school leavers now?", "What do you enjoy most?", "What software do you use?"], _model));

    [Fact]
    public void TwoWordingsOfTheContactsMoveArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["What inspired your switch from teaching into surveying?", "Why did you leave teaching for surveying?", "What does a typical day look like?", "What software do you use?"], _model));

    [Fact]
    public void WhatIsStillRequiredIsNotWhereTheFieldIsHeading() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Is a degree still essential for this work?", "How do you see the field changing over the next ten years?", "What drew you to this work?", "What tools do you use?"], _model));

    // A credential a post needs (degree, licence, exams) is not a quality that makes someone good at it; two
    // wordings of either side still pair.
    [Fact]
    public void ADegreeNeededIsNotWhatMakesSomeoneStrong() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Do you need a master's degree to work as a hydrologist?", "What makes someone a strong hydrologist?", "What does a typical week look like?", "Who else should I talk to?"], _model));

    [Fact]
    public void TwoWordingsOfTheCredentialsArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["Which certificates does a hydrologist need?", "What qualifications are required to work as a hydrologist?", "How did you get into hydrology?", "Who else should I talk to?"], _model));

    [Fact]
    public void TwoWordingsOfTheQualitiesArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["Which qualities help a hydrologist most in the field?", "What abilities does a good hydrologist rely on?", "How did you get into hydrology?", "Who else should I talk to?"], _model));

    // "manager" inside a job title ("assistant site manager") is no rank; a senior one against a starter is still later
    // against entry, and two later wordings pair.
    [Fact]
    public void AnAssistantManagerStartingIsNotASeniorManager() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["How much does an assistant site manager earn when they start?", "What does a senior site manager take home?", "How did you get into construction?", "What software do you use?"], _model));

    [Fact]
    public void TwoWordingsOfLaterManagerPayArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["What does a site manager earn after ten years?", "How much can an experienced site manager make?", "How did you get into construction?", "What software do you use?"], _model));

    // What employers expect of applicants today is not a forecast; "expect … to change" is.
    [Fact]
    public void WhatEmployersExpectTodayIsNotAForecast() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Which licences do employers expect from new drone pilots today?", "What changes do you expect in drone work over the next decade?", "How did you start flying drones?", "Who else should I talk to?"], _model));

    [Fact]
    public void ExpectingChangeRepeatsWhereTheFieldIsHeading() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["How do you expect drone work to change in the coming years?", "Where is the drone industry heading?", "How did you start flying drones?", "Who else should I talk to?"], _model));

    // Equipment, gear and instruments are tools: what the contact works with is not what makes someone good at it.
    [Fact]
    public void TheEquipmentIsNotTheSkills() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What equipment do you rely on at the furnace?", "Which skills matter most for a glassblower?", "How did you get into glassblowing?", "Who else should I talk to?"], _model));

    [Fact]
    public void TwoWordingsOfTheEquipmentArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["What equipment do you rely on at the furnace?", "Which gear and instruments does your furnace work call for?", "How did you get into glassblowing?", "Who else should I talk to?"], _model));

    // "you prefer" is liking: which material someone prefers is not the one they find hardest.
    [Fact]
    public void WhatYouPreferIsNotWhatIsHardest() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Which kinds of glass do you prefer to blow, clear or coloured?", "Which kinds of glass are the hardest to blow?", "How did you get into glassblowing?", "Who else should I talk to?"], _model));

    [Fact]
    public void TwoWordingsOfAPreferenceArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["Which kinds of glass do you prefer to blow, clear or coloured?", "Would you rather blow clear glass or coloured glass?", "How did you get into glassblowing?", "Who else should I talk to?"], _model));

    // The way into a field is not the skills it takes once there, though both are about getting started.
    [Fact]
    public void TheWayInIsNotTheSkills() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["What's the best way for a chemistry graduate to get into glassblowing?", "Which skills does a glassblower need to build first?", "What equipment do you rely on at the furnace?", "Who else should I talk to?"], _model));

    [Fact]
    public void TwoWordingsOfTheWayInArePaired() =>
        Assert.Equal([(0, 1)], QuestionChecker.DuplicatePairs(["What's the best way for a chemistry graduate to get into glassblowing?", "How would a chemistry graduate usually break into glassblowing?", "What equipment do you rely on at the furnace?", "Who else should I talk to?"], _model));

    // Two questions that each stand closer to their own near-miss (tools / skills, the contact's start / how anyone
    // starts today) are not paired with each other on closeness alone; a paraphrase next to a near-miss still is.
    [Fact]
    public void TwoSidesOfDifferentNearMissesAreNotPaired() =>
        Assert.Empty(QuestionChecker.DuplicatePairs(["Which tools do you rely on for tree surveys?", "Which skills do you rely on for tree surveys?", "How did you start surveying trees?", "How does someone start surveying trees today?", "Who else should I talk to?"], _model));

    [Fact]
    public void AParaphraseBesideANearMissIsStillPaired() =>
        Assert.Equal([(0, 2)], QuestionChecker.DuplicatePairs(["What do you enjoy most about pottery?", "What do you enjoy least about pottery?", "Which part of the craft gives you the greatest satisfaction?", "How did you learn the craft?", "What tools do you use?"], _model));

    // Pair F1 on the labelled lists, the same measure as `lists --score`: a floor under each held-aside batch (and the
    // development lists) so a change that loses pairs there is seen. Batch 8's to 11's floors were set from
    // their scoring with the code that shipped with them (their misses not read).
    [Theory]
    [InlineData("lists.dev.jsonl", 0.88)]
    [InlineData("lists.heldout.jsonl", 0.75)]
    [InlineData("lists.heldout2.jsonl", 0.80)]
    [InlineData("lists.heldout3.jsonl", 0.80)]
    [InlineData("lists.heldout4.jsonl", 0.70)]
    [InlineData("lists.heldout5.jsonl", 0.80)]
    [InlineData("lists.heldout6.jsonl", 0.80)]
    [InlineData("lists.heldout7.jsonl", 0.60)]
    [InlineData("lists.heldout8.jsonl", 0.65)]
    [InlineData("lists.heldout9.jsonl", 0.70)]
    [InlineData("lists.heldout10.jsonl", 0.55)]
    [InlineData("lists.heldout11.jsonl", 0.50)]
    [InlineData("lists.heldout12.jsonl", 0.60)]
    public void LabelledListsKeepTheirPairF1(string file, double floor)
    {
        int truePairs = 0, found = 0, agreed = 0;
        foreach (string line in File.ReadAllLines(ListsFile(file)).Where(l => l.Length > 0))
        {
            JsonElement item = JsonSerializer.Deserialize<JsonElement>(line);
            string[] questions = [.. item.GetProperty("questions").EnumerateArray().Select(q => q.GetString()!)];
            var expected = item.GetProperty("duplicates").EnumerateArray()
                .Select(p => (Math.Min(p[0].GetInt32(), p[1].GetInt32()), Math.Max(p[0].GetInt32(), p[1].GetInt32())))
                .ToHashSet();
            IReadOnlyList<(int First, int Second)> pairs = QuestionChecker.DuplicatePairs(questions, _model);
            truePairs += expected.Count;
            found += pairs.Count;
            agreed += pairs.Count(p => expected.Contains((p.First, p.Second)));
        }

        double precision = found == 0 ? 1 : (double)agreed / found, recall = (double)agreed / Math.Max(1, truePairs);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Assert.True(f1 >= floor, $"{file}: pair F1 {f1:F3} under {floor:F2}");
    }

    private static string ListsFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "bench", "InterviewCoach.Eval", "Data", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }

    [Theory]
    [InlineData("Could your unit consider someone like me for a graduate post?", true)]
    [InlineData("Would you forward my application to the person recruiting?", true)]
    [InlineData("Is your agency taking trainees this autumn?", true)]
    [InlineData("How much pay would you offer me if you took me on?", true)]
    [InlineData("What is the usual starting pay for paralegals in this city?", false)]
    public void IndirectJobAsksInQuestionsAreCaughtButMarketQuestionsAreNot(string question, bool asks) =>
        Assert.Equal(asks, QuestionChecker.AsksForJob(question, _model));

    [Fact]
    public void AnEmailNamingTheTeamTheyLeadAndWhereTheFieldIsHeadingIsNarrowAndBroad()
    {
        const string Email = "Dear Dr Mensah,\n\nWe were both in the Accra Rotaract club. I read that you run the malaria diagnostics group at Noguchi Institute, " +
            "and I'd love to hear where you think tropical medicine research is heading. Could we talk for 20 minutes?\n\nBest,\nKojo";
        const string OnlyTheTeam = "Dear Dr Mensah,\n\nWe were both in the Accra Rotaract club. I read that you run the malaria diagnostics group at Noguchi Institute. " +
            "Could we talk for 20 minutes?\n\nBest,\nKojo";

        Assert.True(OutreachEmailChecker.Label(Email, _model).InterestNarrowAndBroad);
        Assert.False(OutreachEmailChecker.Label(OnlyTheTeam, _model).InterestNarrowAndBroad);
    }

    [Theory]
    [InlineData("I wondered whether your studio has room for another junior designer this year.")]
    [InlineData("I was wondering if your chambers might be taking a pupil next autumn.")]
    [InlineData("I'm hoping you could get me an interview at your hospital.")]
    public void APostAskedForWithNoJobWordIsAJobAskAndNotASource(string sentence)
    {
        PitchLabels labels = PitchChecker.Label("Hi, it's Ayesha. Is now a good time? " + sentence, _model);

        Assert.True(labels.AsksForJob, sentence);
        Assert.False(labels.NamesReferrerOrSource, sentence);
    }

    [Theory]
    [InlineData("Would you have room in your diary for a short call next week?")]
    [InlineData("What advice would you give someone like me?")]
    [InlineData("Last summer I did an internship at a small firm in Kobe.")]
    public void RoomForACallOrAdviceForSomeoneLikeMeIsNotAJobAskByMeaning(string sentence) =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence, _model).AsksForJob, sentence);

    [Fact]
    public void WhatSomethingWasLikeIsNotHowYouGotThere() =>
        Assert.Equal(
            [(1, 2)],
            QuestionChecker.DuplicatePairs(
                ["What was your first day as a nurse like?", "How did you become a nurse?", "What route did you take into nursing?", "Which skills matter most on a ward?"],
                _model));

    [Fact]
    public void OneFactIsNotADescription() =>
        Assert.Null(QuestionChecker.FindNearDuplicate("How long does a typical project last?", ["What is a typical project like?"], _model));

    [Fact]
    public void AFieldNamedAsASpecialtyAndWhereItIsGoingIsTheBroadHalf()
    {
        const string Both = "Dear Dr Okafor,\n\nYour former student Ada Nwosu suggested I write. I'm keen to hear how your team at St Thomas' Hospital runs its stroke unit, " +
            "and where neurology as a specialty is going. Would you have 20 minutes for a call?\n\nBest,\nTobi";
        const string OnlyTheField = "Dear Dr Okafor,\n\nYour former student Ada Nwosu suggested I write. I'm keen to hear where neurology as a specialty is going. " +
            "Would you have 20 minutes for a call?\n\nBest,\nTobi";

        Assert.True(OutreachEmailChecker.Label(Both, _model).InterestNarrowAndBroad);
        Assert.False(OutreachEmailChecker.Label(OnlyTheField, _model).InterestNarrowAndBroad);
    }

    [Fact]
    public void AskingHowTheContactHiresIsAdviceNotAJobAsk()
    {
        const string AboutTheirHiring = "Dear Ms Ito,\n\nLike you, I studied at Osaka University. I'm curious how you recruit and train new analysts, " +
            "and what skills matter most across the analytics field. Would a 15-minute call next week be possible?\n\nBest,\nRen";
        const string ForMe = "Dear Ms Ito,\n\nLike you, I studied at Osaka University. Is there any possibility of an internship in your analytics department? " +
            "Would a 15-minute call next week be possible?\n\nBest,\nRen";

        Assert.True(OutreachEmailChecker.Label(AboutTheirHiring, _model).AsksAdviceNotJobs);
        Assert.False(OutreachEmailChecker.Label(ForMe, _model).AsksAdviceNotJobs);
    }

    [Fact]
    public void WantingToKnowWhetherThereIsAPostStaysAJobAsk()
    {
        const string Email = "Dear Ms Ito,\n\nLike you, I studied at Osaka University. I'd like to know whether your team could offer a graduate trainee place " +
            "this year. Would a 15-minute call next week be possible?\n\nBest,\nRen";

        Assert.False(OutreachEmailChecker.Label(Email, _model).AsksAdviceNotJobs);
    }

    [Fact]
    public void TheOrganisationTheContactMovedToIsNarrowButWhereTheySpokeIsNot()
    {
        const string MovedThere = "Dear Mr Walsh,\n\nWe rowed in the same crew at Durham. I'd love to hear how you moved from banking into grant-making at the Wellcome Trust, " +
            "and how you see the charity sector changing. Could we talk for 20 minutes?\n\nBest,\nOrla";
        const string SpokeThere = "Dear Mr Walsh,\n\nWe rowed in the same crew at Durham. I read your interview in The Guardian and I'd love to hear " +
            "how you see the charity sector changing. Could we talk for 20 minutes?\n\nBest,\nOrla";

        Assert.True(OutreachEmailChecker.Label(MovedThere, _model).InterestNarrowAndBroad);
        Assert.False(OutreachEmailChecker.Label(SpokeThere, _model).InterestNarrowAndBroad);
    }

    [Fact]
    public void WantingToHearWhatTheWorkIsLikeIsAboutTheContact()
    {
        const string Email = "Dear Ms Haddad,\n\nWe worked together at KPMG in 2017. Having followed your move to UNICEF, I'd be very interested to hear " +
            "what supply work at a humanitarian agency involves and how it compares with audit. Would you be free for a 20-minute call?\n\nBest,\nYara";

        Assert.True(OutreachEmailChecker.Label(Email, _model).MostlyAboutContact);
    }

    [Theory]
    [InlineData("I'm calling to find out whether you got the application I posted last week.", false)]
    [InlineData("I'd like some information about your firm's products for the shop where I work.", false)]
    [InlineData("I only wish to understand how a career in clinical research unfolds.", true)]
    [InlineData("I'm hoping to learn how people move from teaching into museum education.", true)]
    public void LearningWordsCountAsAPurposeOnlyWhenTheyAreAboutTheCareer(string sentence, bool purpose)
    {
        string pitch = "Hello, this is Ravi Menon. Asha Pillai gave me your number. Is now a good time? " + sentence +
            " Could we talk for 20 minutes whenever suits you?";

        Assert.Equal(purpose, PitchChecker.Label(pitch, _model).StatesResearchPurpose);
    }

    [Theory]
    [InlineData("Hello, you're speaking with Priya Nair. Is this a good time?", true)]
    [InlineData("Hi, it's me, Tom. Sorry, Tom Ashworth. Is this a good time?", true)]
    [InlineData("Hi, I'm a nursing student at Leeds. Is this a good time?", false)]
    [InlineData("Hi, I am Amal's nephew. Is this a good time?", false)]
    public void TheCallerGivesTheirNameInLessUsualWordsButARoleIsNotAName(string pitch, bool introduces)
    {
        PitchLabels labels = PitchChecker.Label(pitch, _model);

        Assert.Equal(introduces, labels.IntroducesSelf);
        Assert.False(labels.StatesResearchPurpose);
    }

    [Theory]
    [InlineData("I looked you up on the Chartered Institute of Building's member register.")]
    [InlineData("I heard the radio programme that interviewed you last week.")]
    [InlineData("I'm Amal's nephew.")]
    public void ARegisterAPieceAboutTheContactOrANamedRelativeIsTheSource(string sentence) =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence, _model).NamesReferrerOrSource, sentence);

    [Fact]
    public void AskingWhetherTheCallerIsInterruptingChecksTheMoment() =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. Am I interrupting you?", _model).ChecksAvailability);

    [Theory]
    [InlineData("I've set my heart on becoming a midwife.", false)]
    [InlineData("I aspire to work in renewable energy.", false)]
    [InlineData("I'm looking to transition into product management.", false)]
    [InlineData("I was hoping you could shed some light on how people get into museum curation.", true)]
    [InlineData("I'd like to get the lay of the land in broadcasting before I apply for anything.", true)]
    public void AnAimIsNotAPurposeButAskingToBeShownTheFieldIs(string sentence, bool purpose) =>
        Assert.Equal(purpose, PitchChecker.Label("Hi, this is Sam Lee. " + sentence, _model).StatesResearchPurpose);

    [Fact]
    public void AskingHowToApplyForOnePostIsAJobAskNotAPurpose()
    {
        PitchLabels labels = PitchChecker.Label("Hi, this is Sam Lee. I'd like to know more about the trainee surveyor role and how to apply.", _model);

        Assert.True(labels.AsksForJob);
        Assert.False(labels.StatesResearchPurpose);
    }

    [Fact]
    public void WhatAReferrerSaidOfTheContactNamesTheirOwnOrganisationButAPlaceSharedDoesNot()
    {
        const string Said = "Dear Mr Costa,\n\nInês Duarte mentioned that you run the data desk at Público. I'd love to hear how data " +
            "journalism in Portugal is changing. Could we talk for 20 minutes?\n\nBest,\nRui";
        const string Shared = "Dear Mr Costa,\n\nWe both worked at Público in 2015. I'd love to hear how data " +
            "journalism in Portugal is changing. Could we talk for 20 minutes?\n\nBest,\nRui";

        Assert.True(OutreachEmailChecker.Label(Said, _model).InterestNarrowAndBroad);
        Assert.False(OutreachEmailChecker.Label(Shared, _model).InterestNarrowAndBroad);
    }

    [Fact]
    public void EachHalfOfASentenceThatJoinsTwoStoriesCountsForItsOwnSide()
    {
        const string TheirTeam = "Dear Ms Berg,\n\nWe met through the Oslo rowing club. I've spent three years in retail banking and I'd love " +
            "to hear how you built the risk team at Nordea from scratch. Would you have 20 minutes next week?\n\nBest,\nLars";
        const string AField = "Dear Ms Berg,\n\nI enjoyed your talk at the Oslo fintech meetup. I'm a chemistry student in my final year and " +
            "I'd really like to learn about forensic science. Would you have 20 minutes next week?\n\nBest,\nLars";

        Assert.True(OutreachEmailChecker.Label(TheirTeam, _model).MostlyAboutContact);
        Assert.False(OutreachEmailChecker.Label(AField, _model).MostlyAboutContact);
    }

    [Fact]
    public void AskingWhatTheContactWouldTellSomeoneAtMyStageIsAboutTheContact()
    {
        const string Email = "Dear Ms Berg,\n\nWe met through the Oslo rowing club. I'm weighing up actuarial work as a career. What does " +
            "the job demand, in your experience, and what would you tell someone at my stage? Would you have 20 minutes next week?\n\nBest,\nLars";

        Assert.True(OutreachEmailChecker.Label(Email, _model).MostlyAboutContact);
    }

    [Fact]
    public void AClosedQuestionGetsAnOpenRewriteOnTheSameTopic()
    {
        QuestionCheck check = QuestionChecker.Check("Do you enjoy working in public health?", embedder: _model);

        Assert.True(check.Has(QuestionFindingKind.Closed));
        Assert.Contains("public health", check.Suggestion, StringComparison.Ordinal);
        Assert.False(QuestionChecker.IsClosed(check.Suggestion, _model));
    }

    [Fact]
    public void AFieldNamedInPassingCompletesTheContactsTeam()
    {
        const string Both = "Dear Ms Ito,\n\nWe both studied at Kyoto. I read that you lead the tunnelling group at Obayashi, and I'd love to hear " +
            "how you moved into geotechnics. Would you have 20 minutes for a call?\n\nBest,\nRen";
        const string OnlyTheTeam = "Dear Ms Ito,\n\nWe both studied at Kyoto. I read that you lead the tunnelling group at Obayashi, and I'd love to hear " +
            "how you got there. Would you have 20 minutes for a call?\n\nBest,\nRen";

        Assert.True(OutreachEmailChecker.Label(Both, _model).InterestNarrowAndBroad);
        Assert.False(OutreachEmailChecker.Label(OnlyTheTeam, _model).InterestNarrowAndBroad);
        CheckFinding finding = Assert.Single(OutreachEmailChecker.Check(OnlyTheTeam, embedder: _model).Findings, f => f.RuleId == CheckRuleIds.NamesNarrowAndBroad);
        Assert.False(finding.Passed);
        Assert.Contains("wider field", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheContactsOrganisationMustBeNamedNotJustCalledTheirFirm()
    {
        const string Named = "Dear Mr Hale,\n\nWe both rowed at Durham. Your firm, Halden Partners, keeps coming up as I read about " +
            "restructuring law. Would you have 20 minutes for a call?\n\nBest,\nIsla";
        const string Unnamed = "Dear Mr Hale,\n\nWe both rowed at Durham. I keep coming across work done at your firm as I read about " +
            "restructuring law. Would you have 20 minutes for a call?\n\nBest,\nIsla";

        Assert.True(OutreachEmailChecker.Label(Named, _model).InterestNarrowAndBroad);
        Assert.False(OutreachEmailChecker.Label(Unnamed, _model).InterestNarrowAndBroad);
    }

    [Fact]
    public void ASentenceAboutAVacancyIsTheWritersEvenInTheContactsWords()
    {
        const string Email = "Dear Dr Roy,\n\nWe both rowed at Durham. I'm exploring careers in soil science. Should a vacancy ever come up " +
            "in your lab or your wider research group, I hope you would remember me.\n\nBest,\nIsla";

        EmailReport report = OutreachEmailChecker.Check(Email, embedder: _model);

        Assert.False(OutreachEmailChecker.Label(Email, _model).MostlyAboutContact);
        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.AboutTheContact && !f.Passed);
    }

    [Fact]
    public void WhatTheContactDidAtANamedPlaceAndAFieldTheWriterIsDrawnToAreBothHalves()
    {
        const string Both = "Dear Mr Abebe,\n\nWe both studied at Addis Ababa University. I have a growing interest in air traffic " +
            "management, and I'd love to hear how you qualified at Kenya Airways. Would you have 20 minutes for a call?\n\nBest,\nHana";
        const string NoField = "Dear Mr Abebe,\n\nWe both studied at Addis Ababa University. I'd love to hear how you qualified at " +
            "Kenya Airways. Would you have 20 minutes for a call?\n\nBest,\nHana";

        Assert.True(OutreachEmailChecker.Label(Both, _model).InterestNarrowAndBroad);
        CheckFinding passed = Assert.Single(OutreachEmailChecker.Check(Both, embedder: _model).Findings, f => f.RuleId == CheckRuleIds.NamesNarrowAndBroad);
        Assert.True(passed.Passed);
        Assert.Equal("You name your interest both precisely and broadly.", passed.Message);

        CheckFinding missing = Assert.Single(OutreachEmailChecker.Check(NoField, embedder: _model).Findings, f => f.RuleId == CheckRuleIds.NamesNarrowAndBroad);
        Assert.False(missing.Passed);
        Assert.Contains("wider field", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANamedPlaceWhereTheContactWorksIsTheirs()
    {
        const string Email = "Hi Tomás,\n\nWe were in the same climbing club at Galway. I'm exploring a career in brewing, and I'd " +
            "love to know how recipes get chosen at breweries like Kinnegar, where you work. Any chance of a 15-minute call?\n\nThanks,\nAoife";

        Assert.True(OutreachEmailChecker.Label(Email, _model).InterestNarrowAndBroad);
    }

    [Fact]
    public void TheWritersOwnTeamAtANamedFirmIsNotTheContacts()
    {
        const string Email = "Dear Ms Boateng,\n\nWe both sing in the Accra Community Choir. I currently run a small team in Ecobank's " +
            "payments operations, and I'm curious about the wider world of internal audit. Could we talk for 20 minutes?\n\nBest,\nKofi";

        EmailReport report = OutreachEmailChecker.Check(Email, embedder: _model);

        Assert.False(OutreachEmailChecker.Label(Email, _model).InterestNarrowAndBroad);
        CheckFinding finding = Assert.Single(report.Findings, f => f.RuleId == CheckRuleIds.NamesNarrowAndBroad);
        Assert.Contains("their own team, role or organisation", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Querida Marta,")]
    [InlineData("Estimado Sr. Ruiz,")]
    [InlineData("Chère Madame,")]
    public void ASalutationInAnyLanguageIsNotTheFirstSentence(string salutation)
    {
        string email = salutation + "\n\nWe studied together at the Universidad de Sevilla. I'm thinking about a move into " +
            "translation. Could we talk for 20 minutes?\n\nUn saludo,\nLucía";

        EmailReport report = OutreachEmailChecker.Check(email, embedder: _model);

        Assert.True(OutreachEmailChecker.Label(email, _model).ConnectionFirst);
        Assert.Contains(report.Findings, f => f.RuleId == CheckRuleIds.ConnectionFirst && f.Passed
            && f.Message == "You open with how you're connected, which is why they'll keep reading.");
    }

    [Theory]
    [InlineData("I'm a final-year student at Makerere, your alma mater.")]
    [InlineData("Fellow Leeds chemist here!")]
    public void SharedGroundSaidAnotherWayIsAConnection(string first) =>
        Assert.True(OutreachEmailChecker.Label("Dear Dr Okello,\n\n" + first + " I'm exploring careers in food science. " +
            "Could we talk for 20 minutes?\n\nBest,\nRuth", _model).ConnectionFirst, first);

    [Fact]
    public void ASentencePlacingTheContactIsTheNarrowHalfNotAField()
    {
        // The model weighs topic: "consultant anaesthetist" reads as a field. Where the contact works is the narrow half only.
        const string Email = "Dear Dr Boateng,\n\nWe were house officers at the same hospital in Tamale. I understand you are now a consultant " +
            "anaesthetist at Korle Bu Teaching Hospital. I would value hearing how you prepared for the fellowship exams and what your rota " +
            "is like. Might you spare twenty minutes in the coming weeks?\n\nBest,\nAma";

        EmailLabels labels = OutreachEmailChecker.Label(Email, _model);

        Assert.True(labels.ConnectionFirst);
        Assert.False(labels.InterestNarrowAndBroad);
    }

    [Fact]
    public void AnOrganisationNamedInTheNextClauseIsNotTheContactsOwn()
    {
        // "your logistics company" names no company; "in West Africa" belongs to the next clause, about the field.
        const string Email = "Dear Mr Okoro,\n\nYour cousin Emeka Okoro suggested I write to you. I would like to learn how you built your " +
            "logistics company and how you see e-commerce delivery in West Africa growing. Could I have 20 minutes of your time next week?" +
            "\n\nRegards,\nFunmi";

        Assert.False(OutreachEmailChecker.Label(Email, _model).InterestNarrowAndBroad);
    }

    [Fact]
    public void TheSameGroupNamedInSeveralWordsIsAConnection() =>
        Assert.True(OutreachEmailChecker.Label("Dear Mr Ito,\n\nI am a student of the same Osaka University seminar that you joined in " +
            "2001. I'd love to hear how you chose your first employer. Could we talk for twenty minutes?\n\nBest,\nRen", _model).ConnectionFirst);

    [Fact]
    public void AnApologyIsPolitenessAndAListedQuestionStaysTheContacts()
    {
        // "I am so sorry to write" is no part of the writer's story; "and how the trading business is changing" goes on
        // listing what the contact is asked.
        const string Email = "Dear Mr Ito,\n\nI am so sorry to write to you so suddenly. I am a second-year student of economics at Kobe " +
            "University. I would like to understand how you moved into the planning department of Itochu, and how the trading business " +
            "is changing in Asia. Could you give me 20 minutes?\n\nBest regards,\nRen Abe";

        Assert.True(OutreachEmailChecker.Label(Email, _model).MostlyAboutContact);
    }

    [Fact]
    public void AskingThemToConsiderMyProfileForAnOpeningIsAJobAsk() =>
        Assert.False(OutreachEmailChecker.Label("Dear Sir,\n\nGreetings. I am an MBA student with two years of experience in retail " +
            "banking. I would be obliged if you could consider my profile for any suitable opening, or guide me to the right person. I am " +
            "ready to relocate.\n\nRegards,\nAmit", _model).AsksAdviceNotJobs);

    [Fact]
    public void ASentenceThatNamesNoFieldIsNotTheBroadHalf()
    {
        // The model reads "what your week looks like in that job" near a field by topic; no phrase of it names one.
        const string Email = "Hi Kemi,\n\nI'm a second-year student at Lagos Business School. I saw that you're a brand manager at " +
            "Nestlé Nigeria. I'd love to hear what your week looks like in that job and which habits helped you most. Could we talk " +
            "for 15 minutes?\n\nThanks,\nTobi";

        EmailReport report = OutreachEmailChecker.Check(Email, embedder: _model);

        Assert.False(OutreachEmailChecker.Label(Email, _model).InterestNarrowAndBroad);
        CheckFinding finding = Assert.Single(report.Findings, f => f.RuleId == CheckRuleIds.NamesNarrowAndBroad);
        Assert.Contains("add the wider field", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldWordInsideANameIsAName() =>
        Assert.False(OutreachEmailChecker.Label("Dear Mrs Bello,\n\nWe are both members of the Kaduna Business School alumni " +
            "association. I admired how you rose to branch manager at Zenith Bank. Could we talk for 15 minutes?\n\nBest,\nSani", _model)
            .InterestNarrowAndBroad);

    [Fact]
    public void TheSubjectOfAWhetherClauseCanNameTheField() =>
        Assert.True(OutreachEmailChecker.Label("Hi Ruth,\n\nOur mutual friend Ola Ade suggested I write. I'd like to hear how your " +
            "curriculum team at Khan Academy plans a year, and whether edtech is a sensible place to begin a career. Could we talk " +
            "for 20 minutes?\n\nThanks,\nBisi", _model).InterestNarrowAndBroad);

    [Fact]
    public void AUnitOfTheirNamedOrganisationIsTheirs() =>
        Assert.True(OutreachEmailChecker.Label("Dear Dr Mensah,\n\nWe both studied at the University of Ghana. I read that you now " +
            "advise the WHO's malaria unit, and I would value your view of where global health as a field is heading. Could we talk " +
            "for 20 minutes?\n\nBest,\nAma", _model).InterestNarrowAndBroad);

    [Theory]
    [InlineData("You supervised my placement year at Arup.", true)]
    [InlineData("I took your Corporate Finance module at Warwick in 2019.", true)]
    [InlineData("I worked under you on the Crossrail signalling project.", true)]
    [InlineData("Your former colleague at Shell, Kunle Ade, is my uncle.", true)]
    [InlineData("I attended your lecture at the Science Museum last month.", false)]
    public void APastTieBetweenThemIsAConnection(string first, bool connection) =>
        Assert.Equal(connection, OutreachEmailChecker.Label("Dear Ms Hart,\n\n" + first + " I'm exploring careers in transport " +
            "planning. Could we talk for 20 minutes?\n\nBest,\nSam", _model).ConnectionFirst);

    [Theory]
    [InlineData("Should an opening come up in your studio, I hope you would think of me.", false)]
    [InlineData("If your practice ever has need of a graduate like me, I would be glad to hear.", false)]
    [InlineData("If you have a spare moment, I would love to hear about your role.", true)]
    public void APostOnTheirSidePutAsAConditionIsAJobAsk(string sentence, bool advice) =>
        Assert.Equal(advice, OutreachEmailChecker.Label("Dear Ms Hart,\n\nWe both studied architecture at Bath. " + sentence +
            " Could we talk for 20 minutes?\n\nBest,\nSam", _model).AsksAdviceNotJobs);

    [Theory]
    [InlineData("I'm trying to get a feel for what buying roles are like day to day.")]
    [InlineData("I'd like to understand what a claims handler's job involves.")]
    public void WhatAKindOfWorkIsLikeIsNotAJobAskByMeaning(string sentence)
    {
        PitchLabels labels = PitchChecker.Label("Hi, I'm Sam Lee. " + sentence, _model);

        Assert.False(labels.AsksForJob, sentence);
        Assert.True(labels.StatesResearchPurpose, sentence);
    }

    [Fact]
    public void LettingTheContactSayWhatSuitsIsNoResearchPurposeByMeaning() =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. I'm free any day this week, so just let me know what works best for you.", _model).StatesResearchPurpose);

    [Fact]
    public void SomeoneWhoIsGoodToTalkToIsNoSourceWithoutAName() =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee, a student at Cardiff. A tutor of mine said she'd be good to talk to.", _model).NamesReferrerOrSource);

    public sealed class LoadedModel
    {
        public LoadedModel()
        {
            Assert.True(MiniLmSentenceEmbedder.Shared.Load(), MiniLmSentenceEmbedder.Shared.LoadFailure?.ToString());
            Embedder = MiniLmSentenceEmbedder.Shared;
        }

        public ISentenceEmbedder Embedder { get; }
    }
}
