using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Goals;

/// <summary>The stage question answered in the user's own words, with the real sentence model behind the options.</summary>
public sealed class GoalStageModelTests
{
    [Theory]
    [InlineData("i kind of know, i want to move into product management", CareerStage.OnAClearPath)]
    [InlineData("i have no idea what i want to do", CareerStage.ExploringOptions)]
    [InlineData("I'm weighing up a couple of different fields", CareerStage.ExploringOptions)]
    [InlineData("I know which field I want to work in", CareerStage.OnAClearPath)]
    public async Task TheStageIsUnderstoodFromHowTheUserPutsIt(string said, CareerStage stage)
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Send(said).AssertReply("learn about");
        await coach.Client.Send("product management");
        await coach.Client.Send("1");
        await coach.Client.Send("2");

        Assert.Equal(stage, (await coach.ProfileAsync())!.Stage);
    }
}

/// <summary>What the conversations are for, said as a sentence that names more than one purpose.</summary>
public sealed class GoalPurposesModelTests
{
    [Theory]
    [InlineData("mostly whether it suits me and how people get in without a degree in it", InterviewPurposes.JudgeFit | InterviewPurposes.LearnEntryPath)]
    [InlineData("to meet more people in the field, and to practise for job interviews", InterviewPurposes.GrowNetwork | InterviewPurposes.PractiseForJobInterviews)]
    [InlineData("learn what education and credentials I need", InterviewPurposes.LearnEntryPath)]
    [InlineData("mainly to know if my bookkeeping years count for anything there and which course to take, also to know people because i have zero network", InterviewPurposes.LearnEntryPath | InterviewPurposes.GrowNetwork)]
    [InlineData("mainly what certifications i need and which hospitals/companies hire for this in bangalore", InterviewPurposes.LearnEntryPath | InterviewPurposes.FindLocalEmployers)]
    [InlineData("which licence is required and whether my years nursing will count. also to meet people since i dont know anybody there", InterviewPurposes.LearnEntryPath | InterviewPurposes.GrowNetwork)]
    public async Task EachPartOfTheSentenceIsReadAsItsOwnPurpose(string said, InterviewPurposes purposes)
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();
        await coach.Client.Send("goal");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip");
        await coach.Client.Send("exploring");
        await coach.Client.Send("instructional design");
        await coach.Client.Send(said).AssertReply("each week");
        await coach.Client.Send("2");

        Assert.Equal(purposes, (await coach.ProfileAsync())!.Purposes);
    }
}

/// <summary>Where the user wants to go, said at the menu, starts goal setting; the same words inside a flow answer it.</summary>
public sealed class CareerAimAtTheMenuModelTests
{
    [Theory]
    [InlineData("im a teacher thinking of switching")]
    [InlineData("i want to get into UX but have no idea where to start")]
    [InlineData("hoping to move into environmental policy after my masters")]
    public async Task ACareerAimSaidAtTheMenuStartsGoalSetting(string said)
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();

        await coach.Client.Send(said).AssertReply("set your goals").AssertReply("what name do you give");
    }

    [Fact]
    public async Task AClearAimSaidAtTheMenuIsTakenAndItsFieldOfferedBackRatherThanAskedAgain()
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();

        await coach.Client.Send("hoping to move into environmental policy after my masters")
            .AssertReply("starting from what you said about **environmental policy**").AssertReply("what name do you give");
        await coach.Client.Send("Sam").AssertReply("phone number");
        await coach.Client.Send("skip")
            .AssertReply<ChoiceReply>(c => c.Markdown.Contains("put you down as **Set on a direction**", StringComparison.Ordinal)
                && c.Markdown.Contains("You mentioned **environmental policy**", StringComparison.Ordinal))
            .AssertNoReplyContains("Where are you right now");
        await coach.Client.Send("yes").AssertReply("What do you want these conversations to do for you");
        await coach.Client.Send("1");
        await coach.Client.Send("2");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal(CareerStage.OnAClearPath, profile.Stage);
        Assert.Equal("environmental policy", Assert.Single(profile.FieldsOfInterest).Name);
    }

    [Fact]
    public async Task AFieldNamedWithABareToAtTheStageQuestionIsOfferedBackAtTheFieldsQuestion()
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();
        await coach.Client.Send("goal");
        await coach.Client.Send("Anjali Nair");
        await coach.Client.Send("skip").AssertReply("Where are you right now");

        await coach.Client.Send("i told you, i want to move to health informatics")
            .AssertReply("You mentioned **health informatics**. Is that the field to learn about?");
    }

    [Fact]
    public async Task AnOpeningThatSaysWhereTheUserIsHeadingAndAsksHowToStartBeginsGoalsFromIt()
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();

        await coach.Client.Send("i am staff nurse from 6 yrs, want to shift to health informatics. how to start this informational interview thing")
            .AssertReply("starting from what you said about **health informatics**");
    }

    [Fact]
    public async Task AnAimHeldLooselyStillAsksTheStageButOffersItsFieldBack()
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();

        await coach.Client.Send("im a teacher thinking of switching into ux").AssertReply("what you said about **UX**");
        await coach.Client.Send("Sam");
        await coach.Client.Send("skip").AssertReply("You said you're thinking of moving into **UX**. Where are you right now?");
        await coach.Client.Send("still exploring").AssertReply("You mentioned **UX**. Is that the field to learn about?");
        await coach.Client.Send("yes");
        await coach.Client.Send("1");
        await coach.Client.Send("2");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal(CareerStage.ExploringOptions, profile.Stage);
        Assert.Equal("UX", Assert.Single(profile.FieldsOfInterest).Name);
    }

    [Fact]
    public async Task AnAimThatNamesNoFieldAsksAsUsualAndSavesNothingFromIt()
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();

        await coach.Client.Send("im a teacher thinking of switching").AssertReply("Let's set your goals. It takes");
        await coach.Client.Send("Sam");
        await coach.Client.Send("skip").AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("Where are you right now?", StringComparison.Ordinal));
        await coach.Client.Send("still exploring").AssertReply("Which fields do you want to learn about?").AssertNoReplyContains("You mentioned");
    }


    [Theory]
    [InlineData("what's the weather like today")]
    [InlineData("I've never done one of these")]
    [InlineData("how do I write the email to her")]
    [InlineData("i need help with my CV")]
    [InlineData("who do i talk to first")]
    public async Task OtherThingsSaidAtTheMenuDoNotStartGoalSetting(string said)
    {
        CoachHarness coach = await CoachHarness.WithModelAsync();

        await coach.Client.Send(said).AssertNoReplyContains("set your goals");
    }
}
