using System.Text.Json;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;

namespace InterviewCoach.Coaching.Tests.Questions;

public sealed class QuestionListPlannerTests
{
    [Fact]
    public void ProposalOpensWithTheirPathThenServesEachGoalAndUsesTheMeetingLength()
    {
        Contact maria = Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = Samples.Now, TimeZoneId = "UTC", DurationMinutes = 20 },
        };

        QuestionList list = QuestionListPlanner.Propose(maria, Samples.Profile(), MeetingFormat.InPerson, Samples.Now);

        Assert.Equal(["path-1", "role-2", "role-5", "skills-3", "advice-1"], list.Questions.Select(q => q.BankId));
        Assert.Equal(
            [InterviewPurposes.None, InterviewPurposes.JudgeFit, InterviewPurposes.JudgeFit, InterviewPurposes.LearnEntryPath, InterviewPurposes.None],
            list.Questions.Select(q => q.Goal));
        Assert.Equal((maria.Id, maria.Id, "pediatric nursing", 20), (list.Id, list.ContactId, list.Field, list.MeetingMinutes));
        Assert.Equal("Maria, if you were in my position, what would your next step be?", list.Questions[4].Text);
        Assert.Equal((6, 18, false), (list.TotalCount, list.EstimatedMinutes, list.Overruns));
        Assert.StartsWith("Who else would you suggest I speak with", list.AllTexts[^1], StringComparison.Ordinal);
        Assert.Empty(QuestionGoals.Uncovered(list));
    }

    [Theory]
    [InlineData(MeetingFormat.Phone, 15)]
    [InlineData(MeetingFormat.InPerson, 20)]
    public void AGenericListFitsTheAsksOwnLength(MeetingFormat format, int minutes)
    {
        QuestionList list = QuestionListPlanner.Propose(null, null, format, Samples.Now);

        Assert.Equal((QuestionList.GenericId, minutes, false), (list.Id, list.MeetingMinutes, list.Overruns));
        Assert.DoesNotContain(QuestionListPlanner.Warnings(list), w => w.Contains("Heads-up", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("5 1", new[] { 5, 1, 2, 3, 4 })]
    [InlineData("move 2 to 4", new[] { 1, 3, 4, 2, 5 })]
    [InlineData("5, 4, 3, 2, 1", new[] { 5, 4, 3, 2, 1 })]
    [InlineData("5 4 3 2 1 6", new[] { 5, 4, 3, 2, 1 })]
    [InlineData("1 -> 3", new[] { 2, 3, 1, 4, 5 })]
    public void ReorderAcceptsAMoveOrAFullOrder(string typed, int[] expected)
    {
        QuestionList list = QuestionListPlanner.Propose(null, null, MeetingFormat.InPerson, Samples.Now);

        QuestionEdit edit = QuestionListPlanner.Reorder(list, typed);

        Assert.True(edit.Succeeded, edit.Refusal);
        Assert.Equal(expected.Select(n => list.Questions[n - 1]), edit.List.Questions);
        Assert.Equal(list.ReferralQuestion, edit.List.AllTexts[^1]);
    }

    [Theory]
    [InlineData("6 1", "always stays last")]
    [InlineData("0 2", "numbers from 1 to 5")]
    [InlineData("1 2 3", "couldn't read")]
    [InlineData("1 1 2 3 4", "couldn't read")]
    [InlineData("first please", "couldn't read")]
    [InlineData("", "couldn't read")]
    public void ReorderRefusesWhatItCannotDo(string typed, string reason)
    {
        QuestionList list = QuestionListPlanner.Propose(null, null, MeetingFormat.InPerson, Samples.Now);

        QuestionEdit edit = QuestionListPlanner.Reorder(list, typed);

        Assert.False(edit.Succeeded);
        Assert.Contains(reason, edit.Refusal, StringComparison.Ordinal);
        Assert.Same(list, edit.List);
    }

    [Fact]
    public void AddStopsAtTenAndRemoveKeepsTheReferralQuestion()
    {
        QuestionList list = QuestionListPlanner.Propose(null, null, MeetingFormat.InPerson, Samples.Now);
        for (int i = 0; i < 4; i++)
        {
            list = QuestionListPlanner.Add(list, new PlannedQuestion($"What is thing {i} like?")).List;
        }

        Assert.Equal((10, 0), (list.TotalCount, QuestionListPlanner.Room(list)));
        Assert.Contains("already has 10", QuestionListPlanner.Add(list, new PlannedQuestion("One more?")).Refusal, StringComparison.Ordinal);
        Assert.Contains("referral question stays", QuestionListPlanner.Remove(list, 10).Refusal, StringComparison.Ordinal);
        Assert.Contains("no question 11", QuestionListPlanner.Remove(list, 11).Refusal, StringComparison.Ordinal);
        Assert.Equal(9, QuestionListPlanner.Remove(list, 1).List.TotalCount);
    }

    [Fact]
    public void MarkdownExportIsANumberedListWithAHeading()
    {
        QuestionList list = QuestionListPlanner.Propose(Samples.ColdContact(), null, MeetingFormat.Phone, Samples.Now);

        string markdown = QuestionListView.Markdown(list);

        Assert.StartsWith("# Questions for Dr Tomas Berg (Northside Clinic)\n\n_Phone or video call, 15 minutes; about 15 minutes of questions._\n\n1. Dr Berg, how did you first find your way into your field? _(your opener)_\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("5. " + list.ReferralQuestion + " _(always last)_\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionListRoundTripsThroughJson()
    {
        QuestionList list = QuestionListPlanner.Add(
            QuestionListPlanner.Propose(Samples.ReferredContact(), Samples.Profile(), MeetingFormat.Phone, Samples.Now),
            new PlannedQuestion("How do you decide what to learn next?") { Own = true }).List;

        string json = JsonSerializer.Serialize(list, CoachingJsonContext.Default.QuestionList);
        QuestionList? back = JsonSerializer.Deserialize(json, CoachingJsonContext.Default.QuestionList);

        Assert.Equivalent(list, back, strict: true);
        Assert.Contains("\"format\":\"Phone\"", json, StringComparison.Ordinal);
        Assert.Contains("\"category\":\"PathIntoField\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("allTexts", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ChoosingLearnWhatEntryTakesPutsTheFourEntryQuestionsFirstAfterTheOpener()
    {
        Contact maria = Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = Samples.Now, TimeZoneId = "UTC", DurationMinutes = 30, Goal = InterviewPurposes.LearnEntryPath.ToLabel() },
        };

        QuestionList list = QuestionListPlanner.Propose(maria, Samples.Profile(), MeetingFormat.InPerson, Samples.Now);

        Assert.Equal(["path-1", "skills-3", "skills-2", "skills-5", "lookfor-1", "role-2", "role-5", "insights-1", "advice-1"], list.Questions.Select(q => q.BankId));
        Assert.Equal(InterviewPurposes.LearnEntryPath, list.Goals[0]);
        Assert.Equal(QuestionCategory.SkillsAndTraining, QuestionGoals.CategoryOrder(list.Goals)[0]);
        Assert.Equal(10, list.TotalCount);
    }

    [Fact]
    public void AClearPathPutsEmployersFirstAndExploringPutsFitFirst()
    {
        CoachingProfile clear = Samples.Profile() with { Stage = CareerStage.OnAClearPath, Purposes = InterviewPurposes.None };
        CoachingProfile exploring = clear with { Stage = CareerStage.ExploringOptions };

        QuestionList clearList = QuestionListPlanner.Propose(null, clear, MeetingFormat.InPerson, Samples.Now);
        QuestionList exploringList = QuestionListPlanner.Propose(null, exploring, MeetingFormat.InPerson, Samples.Now);

        Assert.Equal("market-1", clearList.Questions[1].BankId);
        Assert.Equal(QuestionCategory.LocalMarket, QuestionGoals.CategoryOrder(clearList.Goals)[0]);
        Assert.Equal("role-2", exploringList.Questions[1].BankId);
        Assert.Equal(QuestionCategory.RoleAndDay, QuestionGoals.CategoryOrder(exploringList.Goals)[0]);
    }

    [Fact]
    public void AGoalNoQuestionServesIsNamedUntilAQuestionIsTaggedWithIt()
    {
        CoachingProfile profile = Samples.Profile() with
        {
            Purposes = InterviewPurposes.JudgeFit | InterviewPurposes.LearnEntryPath | InterviewPurposes.FindLocalEmployers,
        };
        QuestionList list = QuestionListPlanner.Propose(null, profile, MeetingFormat.Phone, Samples.Now);

        Assert.Equal([InterviewPurposes.FindLocalEmployers], QuestionGoals.Uncovered(list));
        Assert.Contains(QuestionListPlanner.Warnings(list), w => w.StartsWith("**Nothing here covers:** find employers near me.", StringComparison.Ordinal));

        QuestionEdit tagged = QuestionListPlanner.Tag(list, 2, InterviewPurposes.FindLocalEmployers);

        Assert.Empty(QuestionGoals.Uncovered(tagged.List));
        Assert.Contains("_(for: find employers near me)_", QuestionListView.Status(tagged.List), StringComparison.Ordinal);
        Assert.False(QuestionListPlanner.Tag(list, 9, InterviewPurposes.JudgeFit).Succeeded);
    }

    [Fact]
    public void AListWithNothingAboutThePersonGetsANudgeThatTheirOwnPathQuestionClears()
    {
        QuestionList list = QuestionListPlanner.Propose(null, null, MeetingFormat.InPerson, Samples.Now);
        Assert.True(QuestionListPlanner.IsAboutThem(list.Questions[0]));
        while (list.Questions.Any(QuestionListPlanner.IsAboutThem))
        {
            list = QuestionListPlanner.Remove(list, list.Questions.ToList().FindIndex(QuestionListPlanner.IsAboutThem) + 1).List;
        }

        Assert.Contains(QuestionListPlanner.Warnings(list), w => w.StartsWith("Nothing here asks about them", StringComparison.Ordinal));

        QuestionList withOwn = QuestionListPlanner.Add(list, new PlannedQuestion("How did you get into nursing?") { Own = true }).List;

        Assert.DoesNotContain(QuestionListPlanner.Warnings(withOwn), w => w.StartsWith("Nothing here asks about them", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ExperienceLevel.Student, false, "resume-present")]
    [InlineData(ExperienceLevel.Limited, true, "resume-present")]
    [InlineData(ExperienceLevel.Experienced, true, "resume-review")]
    [InlineData(ExperienceLevel.Experienced, false, null)]
    [InlineData(ExperienceLevel.NotSaid, true, null)]
    public void TheResumeQuestionMatchesExperienceAndComesLate(ExperienceLevel level, bool optedIn, string? expected)
    {
        QuestionList list = QuestionListPlanner.Propose(null, Samples.Profile() with { Experience = level }, MeetingFormat.InPerson, Samples.Now, optedIn);

        string?[] resumeIds = [.. list.Questions.Select(q => q.BankId).Where(id => id is "resume-present" or "resume-review")];
        Assert.Equal(expected is null ? [] : [expected], resumeIds);
        if (expected is not null)
        {
            Assert.Equal(expected, list.Questions[^1].BankId);
            Assert.Equal(QuestionListPlanner.AdviceId, list.Questions[^2].BankId);
        }
    }

    [Theory]
    [InlineData(MeetingFormat.InPerson, 0, false, false, 20)]
    [InlineData(MeetingFormat.InPerson, 45, false, false, 30)]
    [InlineData(MeetingFormat.InPerson, 25, false, false, 25)]
    [InlineData(MeetingFormat.Phone, 30, false, false, 15)]
    [InlineData(MeetingFormat.InPerson, 0, true, false, 15)]
    [InlineData(MeetingFormat.InPerson, 0, false, true, 20)]
    public void TheListPlansTheSameLengthAsTheAskAndNeverPastTheCap(MeetingFormat format, int booked, bool farAway, bool busy, int expected)
    {
        Contact contact = Samples.ColdContact() with
        {
            LongDistance = farAway,
            ShortAsk = busy,
            Meeting = booked == 0 ? null : new MeetingDetails { StartsAt = Samples.Now, TimeZoneId = "UTC", DurationMinutes = booked },
        };

        Assert.Equal(expected, QuestionListPlanner.Propose(contact, null, format, Samples.Now).MeetingMinutes);
    }

    [Fact]
    public void ACopiedListTakesTheNewPersonsDetailsAndIsNotReadyUntilSomethingIsAdded()
    {
        QuestionList forMaria = QuestionListPlanner.Propose(Samples.ReferredContact(), Samples.Profile(), MeetingFormat.InPerson, Samples.Now);
        Contact tomas = Samples.ColdContact();

        QuestionList copy = QuestionListPlanner.CopyFor(forMaria, tomas, Samples.Profile(), MeetingFormat.Phone, Samples.Now);

        Assert.Equal((tomas.Id, "Dr Tomas Berg", "Maria Lopez", true, 15), (copy.Id, copy.ContactName, copy.CopiedFrom, copy.NeedsTailoring, copy.MeetingMinutes));
        Assert.Equal(forMaria.Questions, copy.Questions);
        Assert.Contains(QuestionListPlanner.Warnings(copy), w => w.Contains("copied from your list for Maria Lopez", StringComparison.Ordinal));
        Assert.False(QuestionListPlanner.Remove(copy, 2).List.Tailored);
        Assert.False(QuestionListPlanner.Add(copy, new PlannedQuestion("What drew you to Northside Clinic?") { Own = true }).List.NeedsTailoring);
    }
}
