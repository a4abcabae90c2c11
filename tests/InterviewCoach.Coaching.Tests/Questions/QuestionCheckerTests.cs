using InterviewCoach.Coaching.Questions;

namespace InterviewCoach.Coaching.Tests.Questions;

public sealed class QuestionCheckerTests
{
    private static readonly QuestionContext s_context = new("pediatric nursing", "St Anne's", "Maria Lopez");

    private static readonly string[] s_existing =
    [
        "What surprised you most once you started working in nursing?",
        "Which skills matter most for doing well in nursing?",
        "How did you first find your way into nursing?",
    ];

    private const QuestionFindingKind Empty = QuestionFindingKind.Empty;
    private const QuestionFindingKind TooLong = QuestionFindingKind.TooLong;
    private const QuestionFindingKind Closed = QuestionFindingKind.Closed;
    private const QuestionFindingKind Job = QuestionFindingKind.AsksForJob;
    private const QuestionFindingKind Duplicate = QuestionFindingKind.NearDuplicate;

    /// <summary>Question, then every finding the checker should report (none for a clean question).</summary>
    public static TheoryData<string, QuestionFindingKind[]> Table => new()
    {
        // Open questions pass as written.
        { "What does a normal week look like for you?", [] },
        { "How did you decide to specialise in children's care?", [] },
        { "Why did you choose this hospital over others?", [] },
        { "Which parts of the job drain your energy?", [] },
        { "Tell me about a project you're proud of.", [] },
        { "Could you walk me through how a shift is organised?", [] },
        { "Would you mind describing how your team is structured?", [] },
        { "Can you tell me how you got your first role?", [] },
        { "Where do people in this field usually go next in their careers?", [] },
        { "How do people usually get hired into roles like yours?", [] },
        { "Do you enjoy the work, and what keeps you going?", [] },
        { "I'm not looking for a job, but how would you describe the culture here?", [] },
        { "What do you wish someone had told you early on?", [] },
        { "I'm not asking for a job, just advice: what would you do in my place?", [] },
        { "What do you find hardest about nursing?", [] },

        // Closed questions get an open rewrite.
        { "Do you like your job?", [Closed] },
        { "Is it stressful?", [Closed] },
        { "Are there many opportunities for growth?", [Closed] },
        { "Did you always want to be a nurse?", [Closed] },
        { "Do I need a master's degree?", [Closed] },
        { "Would you recommend this career?", [Closed] },
        { "Can you recommend any books?", [Closed] },
        { "Is there much travel involved?", [Closed] },
        { "Should I get a certificate first?", [Closed] },
        { "Have you ever thought about leaving?", [Closed] },
        { "So, does the team work weekends?", [Closed] },
        { "Is there anything else I should read?", [Closed] },
        { "Was it hard to switch careers?", [Closed] },
        { "Don't you find the hours long?", [Closed] },

        // Asking for a job gets a warning and an advice-style question instead (not a closed-question rewrite).
        { "Are you hiring?", [Job] },
        { "Do you have any openings on your team?", [Job] },
        { "Could you pass my résumé to HR?", [Job] },
        { "What vacancies are coming up at your hospital?", [Job] },
        { "Is your team recruiting at the moment?", [Job] },
        { "How can I apply for a position with you?", [Job] },
        { "Would you consider me for an internship?", [Job] },
        { "Would you like a copy of my CV?", [Job] },
        { "Any openings I should know about?", [Job] },
        { "Are you hiring? 🙂", [Job] },

        // Near duplicates of the list above.
        { "What surprised you most when you started in nursing?", [Duplicate] },
        { "Which skills matter most to do well in nursing?", [Duplicate] },
        { "How did you first find your way into nursing?", [Duplicate] },
        { "how did you first find your way into NURSING", [Duplicate] },
        { "Do skills matter most for doing well in nursing?", [Closed, Duplicate] },

        // Nothing to check.
        { "", [Empty] },
        { "   ", [Empty] },
        { "🙂🙂", [Empty] },
        { "?", [Empty] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void ReportsExactlyTheExpectedFindings(string question, QuestionFindingKind[] expected)
    {
        QuestionCheck check = QuestionChecker.Check(question, s_existing, s_context);

        Assert.Equal(expected.Order(), check.Findings.Select(f => f.Kind).Order());
        Assert.Equal(expected.Length == 0, check.IsClean);
    }

    [Fact]
    public void TableHasAtLeastFortyRowsCoveringEveryKindOfQuestion()
    {
        var rows = Table.Select(row => (QuestionFindingKind[])row[1]).ToList();

        Assert.True(rows.Count >= 40, $"Only {rows.Count} rows.");
        Assert.True(rows.Count(r => r.Length == 0) >= 10);
        Assert.True(rows.Count(r => r.Contains(Closed)) >= 10);
        Assert.True(rows.Count(r => r.Contains(Job)) >= 8);
        Assert.True(rows.Count(r => r.Contains(Duplicate)) >= 4);
    }

    [Theory]
    [InlineData("Do you like your job?", "What do you enjoy most about your job?")]
    [InlineData("Is it stressful?", "How stressful is it, and what makes it so?")]
    [InlineData("Are there many opportunities for growth?", "What opportunities for growth are there?")]
    [InlineData("Did you always want to be a nurse?", "How did you come to be a nurse?")]
    [InlineData("Do I need a master's degree?", "How much weight do people in pediatric nursing give to a master's degree?")]
    [InlineData("Would you recommend this career?", "What would you say to someone weighing up this career?")]
    [InlineData("Can you recommend any books?", "Which books would you recommend?")]
    [InlineData("Should I get a certificate first?", "How would you advise someone like me on whether to get a certificate first?")]
    [InlineData("Is there anything else I should read?", "What else should I read?")]
    [InlineData("Is there a career ladder at St Anne's?", "What can you tell me about a career ladder at St Anne's?")]
    [InlineData("so, Do you really love the night shifts?", "What do you enjoy most about the night shifts?")]
    [InlineData("Have you ever thought about leaving?", "Have you ever thought about leaving? Either way, what has your experience been?")]
    [InlineData("Do you use Python at work?", "What has your experience of using Python at work been like?")]
    [InlineData("Do they hire graduates?", "How do they go about hiring graduates?")]
    [InlineData("Did you go to university?", "How did going to university shape your path?")]
    [InlineData("Do you plan your own week?", "What has your experience of planning your own week been like?")]
    public void ClosedQuestionsGetAnOpenRewrite(string question, string expected)
    {
        QuestionCheck check = QuestionChecker.Check(question, [], s_context);

        Assert.Equal(expected, check.Suggestion);
        Assert.False(QuestionChecker.IsClosed(check.Suggestion), $"The rewrite is still closed: {check.Suggestion}");
    }

    // Closed by meaning rather than by their first word: the model flags them in the product; the rewrite keeps the topic.
    [Theory]
    [InlineData("You like your job?", "What do you enjoy most about your job?")]
    [InlineData("How long have you worked there?", "How has your work changed in the time you've worked there?")]
    [InlineData("How long have you been in nursing?", "How has your work changed in the time you've been in nursing?")]
    [InlineData("How long did it take you to get promoted?", "What did it take to get promoted, and what made the difference?")]
    [InlineData("When did you start in marketing?", "How did you come to start in marketing, and what led up to it?")]
    [InlineData("Do you think the field is growing?", "Do you think the field is growing? Either way, what has your experience been?")]
    public void SingleFactQuestionsGetARewriteThatKeepsTheirTopic(string question, string expected)
    {
        string rewrite = QuestionChecker.RewriteOpen(question, s_context);

        Assert.Equal(expected, rewrite);
        Assert.False(QuestionChecker.IsClosed(rewrite), $"The rewrite is still closed: {rewrite}");
    }

    [Fact]
    public void JobQuestionsGetAnAdviceStyleAlternative()
    {
        QuestionCheck general = QuestionChecker.Check("Do you have any jobs going?", [], s_context);
        QuestionCheck resume = QuestionChecker.Check("Can I send you my résumé?", [], s_context);

        Assert.Equal("What advice would you give someone who hopes to work in pediatric nursing one day?", general.Suggestion);
        Assert.Contains("presents their experience to people in pediatric nursing", resume.Suggestion, StringComparison.Ordinal);
        Assert.False(QuestionChecker.AsksForJob(general.Suggestion));
        Assert.False(QuestionChecker.AsksForJob(resume.Suggestion));
    }

    [Fact]
    public void DuplicateFindingNamesTheSimilarQuestion()
    {
        QuestionCheck check = QuestionChecker.Check("Which skills matter most to do well in nursing?", s_existing, s_context);

        QuestionFinding finding = Assert.Single(check.Findings);
        Assert.Equal(1, finding.DuplicateIndex);
        Assert.Contains("question 2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugePasteIsCheckedQuicklyAndCalledTooLong()
    {
        string paste = string.Concat(Enumerable.Repeat("would you tell me more about ", 400));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        QuestionCheck check = QuestionChecker.Check(paste, s_existing, s_context);

        Assert.True(paste.Length >= 10_000);
        Assert.True(check.Has(QuestionFindingKind.TooLong));
        Assert.Contains("2,400 words".Replace(",", string.Empty, StringComparison.Ordinal), check.Findings[0].Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"Took {watch.Elapsed}.");
    }

    [Fact]
    public void NullAndEmptyInputsAreSafe()
    {
        Assert.True(QuestionChecker.Check(null).Has(QuestionFindingKind.Empty));
        Assert.Equal(0, QuestionChecker.Similarity(null, "What is it like?"));
        Assert.Null(QuestionChecker.FindNearDuplicate("", s_existing));
        Assert.Equal("What would you most like to learn from them?", QuestionChecker.RewriteOpen("   "));
    }
}
