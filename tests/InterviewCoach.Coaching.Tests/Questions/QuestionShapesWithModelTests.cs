using System.Text.Json;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Tests.Understanding;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Questions;

/// <summary>
/// The single-question check with the real sentence model, on the shapes the definitions name: one fact or a yes/no
/// in any dress, and a post asked for with no job word; what the user sees is the finding and its message.
/// </summary>
public sealed class QuestionShapesWithModelTests(MeaningCheckerTests.LoadedModel model) : IClassFixture<MeaningCheckerTests.LoadedModel>
{
    private readonly ISentenceEmbedder _model = model.Embedder;

    [Theory]
    [InlineData("What would the day rate be for a freelance editor starting out?")]
    [InlineData("How much does a staff nurse in Cork take home?")]
    [InlineData("I'd like to know if your clinic runs evening sessions.")]
    [InlineData("Kindly confirm whether the diploma is compulsory")]
    [InlineData("We haven't met before, but could you tell me whether the diploma is needed?")]
    [InlineData("It's a role where you travel a lot, isn't it?")]
    public void AFigureOrAYesNoInAnyDressIsFlaggedAsClosed(string question)
    {
        QuestionCheck check = QuestionChecker.Check(question, embedder: _model);

        QuestionFinding finding = Assert.Single(check.Findings);
        Assert.Equal(QuestionFindingKind.Closed, finding.Kind);
        Assert.Contains("yes or no or a single fact", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I'm not after work, but could you tell me what a site survey involves?")]
    [InlineData("When you moved to Dubai, how did you find your feet?")]
    [InlineData("Which clients do you prefer, and why?")]
    [InlineData("What made you pick conservation over curating?")]
    public void AStoryAskedForAfterALeadInIsOpen(string question) =>
        Assert.True(QuestionChecker.Check(question, embedder: _model).IsClean, question);

    [Theory]
    [InlineData("You're not taking on trainees this year, are you?")]
    [InlineData("Do you suppose I'd fit in on your ward?")]
    [InlineData("How would I go about getting into your agency myself?")]
    [InlineData("Should a slot open up on your desk, would you let me know?")]
    [InlineData("Could you mention my name to your boss next time you're hiring?")]
    [InlineData("What would you pay me if I started with you in June?")]
    [InlineData("Does your workshop ever want an apprentice like me?")]
    public void APostAskedForWithNoJobWordIsFlaggedWithAnAdviceQuestionInstead(string question)
    {
        QuestionCheck check = QuestionChecker.Check(question, embedder: _model);

        QuestionFinding finding = Assert.Single(check.Findings);
        Assert.Equal(QuestionFindingKind.AsksForJob, finding.Kind);
        Assert.Contains("asking for a job", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("What advice would you give", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is my CV strong enough for marketing roles in general?")]
    [InlineData("My job search is dragging; how did you keep going during yours?")]
    [InlineData("How do companies in your industry decide whom to hire?")]
    [InlineData("Are you looking for a new challenge yourself?")]
    [InlineData("If a big contract comes in, how does your team staff it?")]
    public void TheFieldOwnJobsAndTheirWorkAreNotJobAsks(string question) =>
        Assert.False(QuestionChecker.AsksForJob(question, _model), question);

    [Theory]
    [InlineData("Hello ma'am, is the exam very hard?")]
    [InlineData("I was only wondering whether you kept your chartership.")]
    [InlineData("I'd be interested to know whether the role involves nights.")]
    [InlineData("What grade did you come in at?")]
    [InlineData("Which awarding body runs the diploma?")]
    [InlineData("What was the title of your dissertation?")]
    [InlineData("Whose decision was it to close the branch?")]
    [InlineData("Where's your nearest office?")]
    [InlineData("Which suits you better, mornings or evenings?")]
    [InlineData("Could I ask what year you moved to Nairobi?")]
    [InlineData("What share of your budget goes on training?")]
    public void OneFactNamedByItsNounAChoiceOrAYesNoAfterAGreetingIsClosed(string question) =>
        Assert.True(QuestionChecker.IsClosed(question, _model), question);

    [Theory]
    [InlineData("Might I ask how you chose your speciality?")]
    [InlineData("Do you mind me asking why you moved to Perth?")]
    [InlineData("Can I ask you to describe an ordinary shift?")]
    [InlineData("Do you have any tips for the assessment centre?")]
    [InlineData("When a deadline slips, how does your team cope?")]
    [InlineData("What's your take on the new pay scales?")]
    [InlineData("Where is the profession heading?")]
    [InlineData("Who's the best person to ask about grants?")]
    [InlineData("I don't want a job from you, I only wonder how you started out in radio?")]
    public void AStoryInsideAPoliteFrameAViewOrAForecastIsOpen(string question) =>
        Assert.False(QuestionChecker.IsClosed(question, _model), question);

    [Theory]
    [InlineData("Could your clinic use another pair of hands this spring?")]
    [InlineData("Is there a seat going on your desk for a trainee like me?")]
    [InlineData("What's the quickest way onto your team for someone like me?")]
    [InlineData("What would it take for your manager to pick me for the scheme?")]
    [InlineData("Could you hang on to my details in case your unit expands?")]
    [InlineData("If your practice took me on, what would I earn?")]
    [InlineData("Who do I send my application to at your agency?")]
    [InlineData("Do you think I could get a place in your lab next year?")]
    public void RoomForANewcomerAWayOntoTheirTeamOrPapersKeptThereAreJobAsks(string question) =>
        Assert.True(QuestionChecker.AsksForJob(question, _model), question);

    [Theory]
    [InlineData("How many trainees did your team bring in last year?")]
    [InlineData("Could you keep my number in case we need to move the call?")]
    [InlineData("What would you change on my CV to make it read better for policy work?")]
    [InlineData("Should I send my CV to agencies or straight to employers?")]
    [InlineData("Is there room in your diary for a quick chat next week?")]
    [InlineData("What's the usual route into your profession?")]
    [InlineData("I'm not after a job, I just wonder how you found your first client?")]
    [InlineData("I don't want a job from you, I only wonder how you started out in radio?")]
    public void TheirPastHiringADiarySlotTheResumeItselfAndADenialAreNotJobAsks(string question) =>
        Assert.False(QuestionChecker.AsksForJob(question, _model), question);

    [Theory]
    [InlineData("Who interviewed you for the traineeship?")]
    [InlineData("Who first mentored you at the depot?")]
    [InlineData("What's the starting salary for a freelance translator?")]
    [InlineData("What salary would you like?")]
    [InlineData("When did you first start at the depot?")]
    public void WhoDidSomethingToYouAndAPayFigureAreClosed(string question) =>
        Assert.True(QuestionChecker.IsClosed(question, _model), question);

    [Theory]
    [InlineData("What's the money like for freelance translators these days?")]
    [InlineData("What's the pay like in court interpreting, roughly?")]
    [InlineData("What was the training like when you first started at the depot?")]
    [InlineData("What were the hours like while you were a junior doctor?")]
    [InlineData("Who would you recommend I shadow for a day?")]
    public void WhatThePayOrTheStartWasLikeAndWhomToSeeAreOpen(string question) =>
        Assert.False(QuestionChecker.IsClosed(question, _model), question);

    [Theory]
    [InlineData("How could I get myself into your practice next year?")]
    [InlineData("Is there a way for me to work my way onto your crew?")]
    [InlineData("What's the fastest route for me into a paid post at your studio?")]
    [InlineData("madam any vacancy at your firm for a graduate like me, please let me know")]
    [InlineData("Do you have any openings in your unit at the moment?")]
    public void GettingMyselfOntoTheirSideAndAVacancyThereAreJobAsks(string question) =>
        Assert.True(QuestionChecker.AsksForJob(question, _model), question);

    [Theory]
    [InlineData("Which qualities would you look for if you were recruiting a junior analyst?")]
    [InlineData("If you were hiring tomorrow, which skills would matter most?")]
    [InlineData("How did you get yourself onto the team you're in now?")]
    [InlineData("Were there many vacancies in forestry when you started?")]
    [InlineData("What's the usual route into a paid post in conservation?")]
    public void ASupposedHiringTheirOwnWayInAndTheMarketAreNotJobAsks(string question) =>
        Assert.False(QuestionChecker.AsksForJob(question, _model), question);

    [Theory]
    [InlineData("Tell me honestly: does your hospital still run the rotation scheme?")]
    [InlineData("At which stage did you move into management?")]
    [InlineData("good morning sir, I finished my diploma last year, kindly inform me whether the clinic takes volunteers.")]
    [InlineData("If I may ask, how much does the observatory pay its night assistants?")]
    [InlineData("Could you help me get a reference from the course leader?")]
    [InlineData("Any pointers?")]
    public void AYesNoAfterALeadInAMomentAPayFigureOrAFavourIsClosed(string question) =>
        Assert.True(QuestionChecker.IsClosed(question, _model), question);

    [Theory]
    [InlineData("Could you help me understand how the certification works?")]
    [InlineData("Can you help me get a sense of what the first year is like?")]
    [InlineData("At what stage of a project do you enjoy the work most, and why?")]
    [InlineData("i want to know how you started in radio, was it by chance or planned")]
    [InlineData("Any advice on building a portfolio for museum work?")]
    [InlineData("What does your museum pay attention to in a portfolio?")]
    [InlineData("How did you end up at the observatory, if you don't mind me asking?")]
    public void AnExplanationAnEmbeddedStoryOrAdviceOnSomethingIsOpen(string question) =>
        Assert.False(QuestionChecker.IsClosed(question, _model), question);

    [Theory]
    [InlineData("Your studio is taking on more work - could I be part of that somehow?")]
    [InlineData("Could you tell me whether your agency has a trainee programme I could apply for?")]
    [InlineData("Nuna, would you kindly refer me to your manager for the junior analyst role?")]
    [InlineData("Do you reckon I would suit your practice's trainee intake?")]
    [InlineData("Any tips for getting onto your newsroom's trainee list?")]
    [InlineData("What's the quickest way to join your crew next spring?")]
    [InlineData("You wouldn't by any chance be needing an intern at the gallery?")]
    [InlineData("Could I send you my CV for the opening on your team?")]
    [InlineData("Could you help me get an apprenticeship at your boatyard?")]
    [InlineData("Is there any chance of a placement at your brewery this summer?")]
    public void JoiningASideNamedEarlierApplyingThereAReferralOrAdviceOnGettingInAreJobAsks(string question) =>
        Assert.True(QuestionChecker.AsksForJob(question, _model), question);

    [Theory]
    [InlineData("How did you apply to your agency back then?")]
    [InlineData("Your studio sounds lively; how long have you been part of it?")]
    [InlineData("Do you reckon the course would suit someone like me?")]
    [InlineData("Might I email my CV over so you could say how it reads for broadcasting?")]
    [InlineData("How long did it take to get onto your team?")]
    [InlineData("How did you end up at the observatory, if you don't mind me asking?")]
    [InlineData("Did you need an assistant when you started the practice?")]
    [InlineData("How did you land a job at your distillery?")]
    [InlineData("Were you offered an internship at your agency before the full post?")]
    public void TheirOwnWayInAResumeShownForFeedbackAndAPoliteAsideAreNotJobAsks(string question) =>
        Assert.False(QuestionChecker.AsksForJob(question, _model), question);

    // Macro F1 of both labels on the labelled single questions, the same measure as `questions --score`: a floor
    // a little under each set's figure when it was last scored, so a change that loses questions there is seen.
    [Theory]
    [InlineData("questions.dev.jsonl", 0.97, 0.98)]
    [InlineData("questions.heldout.jsonl", 0.98, 0.98)]
    [InlineData("questions.heldout2.jsonl", 0.98, 0.98)]
    [InlineData("questions.heldout3.jsonl", 0.98, 0.98)]
    [InlineData("questions.heldout4.jsonl", 0.98, 0.98)]
    [InlineData("questions.heldout5.jsonl", 0.98, 0.98)]
    [InlineData("questions.heldout6.jsonl", 0.98, 0.98)]
    [InlineData("questions.heldout7.jsonl", 0.95, 0.88)]
    public void LabelledQuestionsKeepTheirMacroF1(string file, double kindFloor, double jobFloor)
    {
        var kind = new int[4];
        var job = new int[4];
        foreach (string line in File.ReadAllLines(DataFile(file)).Where(l => l.Length > 0))
        {
            JsonElement item = JsonSerializer.Deserialize<JsonElement>(line);
            string text = item.GetProperty("text").GetString()!;
            Count(kind, item.GetProperty("kind").GetString() == "closed", QuestionChecker.IsClosed(text, _model));
            Count(job, item.GetProperty("asks_for_job").GetBoolean(), QuestionChecker.AsksForJob(text, _model));
        }

        Assert.True(MacroF1(kind) >= kindFloor, $"{file}: kind macro F1 {MacroF1(kind):F3} under {kindFloor:F2}");
        Assert.True(MacroF1(job) >= jobFloor, $"{file}: asks_for_job macro F1 {MacroF1(job):F3} under {jobFloor:F2}");
    }

    // Counts: true positive, false positive, false negative, true negative.
    private static void Count(int[] counts, bool expected, bool actual) => counts[(expected, actual) switch
    {
        (true, true) => 0,
        (false, true) => 1,
        (true, false) => 2,
        _ => 3,
    }]++;

    private static double MacroF1(int[] c) => (F1(c[0], c[1], c[2]) + F1(c[3], c[2], c[1])) / 2;

    private static double F1(int tp, int fp, int fn) => tp == 0 ? (fp + fn == 0 ? 1 : 0) : 2.0 * tp / (2 * tp + fp + fn);

    private static string DataFile(string name)
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
}
