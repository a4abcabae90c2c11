using System.Text.Json;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Questions;

namespace InterviewCoach.Coaching.Tests.Questions;

public sealed class QuestionListPlannerTests
{
    [Fact]
    public void ProposalFollowsTheCoachesOrderAndUsesTheMeetingLength()
    {
        Contact maria = Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = Samples.Now, TimeZoneId = "UTC", DurationMinutes = 20 },
        };

        QuestionList list = QuestionListPlanner.Propose(maria, Samples.Profile(), MeetingFormat.InPerson, Samples.Now);

        Assert.Equal(["trends-1", "insights-1", "advice-1", "resources-1", "role-4"], list.Questions.Select(q => q.BankId));
        Assert.Equal((maria.Id, maria.Id, "pediatric nursing", 20), (list.Id, list.ContactId, list.Field, list.MeetingMinutes));
        Assert.Equal("Maria, if you were in my position, what would your next step be?", list.Questions[2].Text);
        Assert.Equal((6, 18, false), (list.TotalCount, list.EstimatedMinutes, list.Overruns));
        Assert.StartsWith("Who else would you suggest I speak with", list.AllTexts[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MeetingFormat.Phone, 15, true)]
    [InlineData(MeetingFormat.InPerson, 30, false)]
    public void SixQuestionsOverrunAPhoneCallButNotAMeetingInPerson(MeetingFormat format, int minutes, bool overruns)
    {
        QuestionList list = QuestionListPlanner.Propose(null, null, format, Samples.Now);

        Assert.Equal((QuestionList.GenericId, minutes, overruns), (list.Id, list.MeetingMinutes, list.Overruns));
        Assert.Equal(overruns, QuestionListPlanner.Warnings(list).Any(w => w.Contains("Heads-up", StringComparison.Ordinal)));
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

        Assert.StartsWith("# Questions for Dr Tomas Berg (Northside Clinic)\n\n_Phone or video call, 15 minutes; about 18 minutes of questions._\n\n1. What changes do you see coming for your field over the next few years?\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("6. " + list.ReferralQuestion + "\n", markdown, StringComparison.Ordinal);
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
        Assert.Contains("\"category\":\"TrendsAndIssues\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("allTexts", json, StringComparison.Ordinal);
    }
}
