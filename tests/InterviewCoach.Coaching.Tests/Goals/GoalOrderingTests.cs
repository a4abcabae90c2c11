using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Goals;

/// <summary>Exploring and clear-path users see different goals first (S006); a field can be marked new (S025).</summary>
public sealed class GoalOrderingTests
{
    [Fact]
    public void AClearPathPutsEmployersAndKeyPeopleFirstAndExploringPutsFitFirst()
    {
        IReadOnlyList<Dialogs.Prompts.Choice> clear = GoalDialog.PurposeChoices(CareerStage.OnAClearPath);
        IReadOnlyList<Dialogs.Prompts.Choice> exploring = GoalDialog.PurposeChoices(CareerStage.ExploringOptions);

        Assert.Equal(nameof(InterviewPurposes.FindLocalEmployers), clear[0].Value);
        Assert.Equal(nameof(InterviewPurposes.GrowNetwork), clear[2].Value);
        Assert.Equal(nameof(InterviewPurposes.JudgeFit), exploring[0].Value);
        Assert.Equal(nameof(InterviewPurposes.LearnEntryPath), exploring[1].Value);
        Assert.Equal(clear.Count, exploring.Count);
        Assert.Equal(GoalDialog.OtherPurpose, clear[^1].Value);
    }

    [Theory]
    [InlineData("on a clear path", nameof(InterviewPurposes.FindLocalEmployers))]
    [InlineData("exploring", nameof(InterviewPurposes.JudgeFit))]
    public async Task TheStageTypedInGoalSettingDecidesWhichGoalIsOfferedFirst(string stage, string first)
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam Lee");
        await coach.Client.Send("skip").AssertReply<ChoiceReply>(c => c.Markdown.Contains("Where are you", StringComparison.Ordinal));
        await coach.Client.Send(stage);
        TestTurn goals = await coach.Client.Send("urban planning");

        var choice = (ChoiceReply)goals.Replies.Last(r => r is ChoiceReply);
        Assert.Equal(first, choice.Buttons[0].Value);
    }

    [Theory]
    [InlineData("UX design (new to me)", "UX design", null)]
    [InlineData("UX design (design, new to me)", "UX design", "design")]
    public void NewToMeIsAFlagNotTheBroaderArea(string typed, string name, string? broader)
    {
        FieldOfInterest field = Assert.Single(FieldsParser.Parse(typed));

        Assert.Equal((name, broader, true), (field.Name, field.BroaderArea, field.NewToMe));
        Assert.False(Assert.Single(FieldsParser.Parse("pediatric nursing (healthcare)")).NewToMe);
    }

    [Theory]
    [InlineData("instructional design, and maybe UX design", "instructional design|UX design")]
    [InlineData("instructional design or maybe UX", "instructional design|UX")]
    [InlineData("health and safety, possibly law too", "health and safety|law")]
    [InlineData("research and development", "research and development")]
    [InlineData("data analysis and perhaps also product management", "data analysis|product management")]
    [InlineData("health informatics (healthcare), maybe clinical data analyst also", "health informatics|clinical data analyst")]
    [InlineData("public health, epidemiology as well i think", "public health|epidemiology")]
    public void AHedgeJoinsFieldsButIsNoPartOfTheirNames(string typed, string names) =>
        Assert.Equal(names.Split('|'), FieldsParser.Parse(typed).Select(f => f.Name));
}
