using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;

namespace InterviewCoach.Coaching.Tests.Questions;

public sealed class QuestionBankTests
{
    [Fact]
    public void BankHasAtLeastSixtyQuestionsInEveryCategory()
    {
        Assert.True(QuestionBank.All.Count >= 60, $"Only {QuestionBank.All.Count} questions.");
        foreach (QuestionCategory category in Enum.GetValues<QuestionCategory>())
        {
            Assert.True(QuestionBank.InCategory(category).Count >= 5, $"{category} has too few questions.");
        }
    }

    [Fact]
    public void IdsAreUniqueAndEveryGoalsLeadQuestionsExist()
    {
        Assert.Equal(QuestionBank.All.Count, QuestionBank.All.Select(q => q.Id).Distinct().Count());
        foreach (InterviewPurposes goal in Enum.GetValues<InterviewPurposes>())
        {
            Assert.All(QuestionGoals.Leads(goal), id => Assert.NotNull(QuestionBank.Find(id)));
        }

        Assert.Equal(QuestionBank.Referral, QuestionBank.Find("referral"));
        Assert.Equal(QuestionBank.ResumeReview, QuestionBank.Find("resume-review"));
        Assert.DoesNotContain(QuestionBank.ResumeReview, QuestionBank.All);
    }

    [Fact]
    public void EveryBankQuestionPassesTheCheckerWithAndWithoutDetails()
    {
        QuestionContext[] contexts = [QuestionContext.Generic, new("pediatric nursing", "St Anne's", "Dr Tomas Berg")];
        foreach (QuestionContext context in contexts)
        {
            foreach (BankQuestion question in QuestionBank.All.Append(QuestionBank.Referral).Append(QuestionBank.PresentingExperience).Append(QuestionBank.ResumeReview))
            {
                string text = context.Fill(question.Template);
                QuestionCheck check = QuestionChecker.Check(text, [], context);
                Assert.True(check.IsClean, $"{question.Id}: {text} -> {string.Join("; ", check.Findings.Select(f => f.Kind))}");
                Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void NoTwoBankQuestionsAreNearDuplicates()
    {
        var texts = QuestionBank.All.Select(q => QuestionContext.Generic.Fill(q.Template)).ToList();
        for (int i = 0; i < texts.Count; i++)
        {
            Assert.Null(QuestionChecker.FindNearDuplicate(texts[i], texts.Where((_, j) => j != i).ToList()));
        }
    }

    [Theory]
    [InlineData(null, null, null, "How did you first find your way into your field?")]
    [InlineData("Maria Lopez", "pediatric nursing", null, "Maria, how did you first find your way into pediatric nursing?")]
    [InlineData("Dr Tomas Berg", "pediatric nursing", null, "Dr Berg, how did you first find your way into pediatric nursing?")]
    public void TemplatesUseDetailsOrFallBackGracefully(string? contact, string? field, string? organisation, string expected)
    {
        var context = new QuestionContext(field, organisation, contact);

        Assert.Equal(expected, context.Fill(QuestionBank.Find("path-1")!.Template));
    }

    [Fact]
    public void OrganisationFallsBackToYourOrganisation()
    {
        Assert.Equal("What drew you to your organisation in particular?", QuestionContext.Generic.Fill(QuestionBank.Find("path-2")!.Template));
        Assert.Equal("What drew you to Northside Clinic in particular?", new QuestionContext(null, "Northside Clinic", null).Fill(QuestionBank.Find("path-2")!.Template));
    }
}
