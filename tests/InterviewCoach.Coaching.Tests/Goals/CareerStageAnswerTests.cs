using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Tests.Goals;

public sealed class CareerStageAnswerTests
{
    [Theory]
    [InlineData("i kind of know, i want to move into product management", CareerStage.OnAClearPath, "product management")]
    [InlineData("I'm switching careers into nursing", CareerStage.OnAClearPath, "nursing")]
    [InlineData("changing careers to UX design because I love the work", CareerStage.OnAClearPath, "UX design")]
    [InlineData("I'd like to become a data analyst", CareerStage.OnAClearPath, "data analyst")]
    [InlineData("pretty set on primary teaching now", CareerStage.OnAClearPath, "primary teaching")]
    [InlineData("I'm working in retail but want to move into product management", CareerStage.OnAClearPath, "product management")]
    [InlineData("not sure whether to go into law or teaching", CareerStage.ExploringOptions, "law, teaching")]
    [InlineData("I want to get into something more creative", CareerStage.ExploringOptions, null)]
    [InlineData("I know I want to get into nursing, just not sure how", CareerStage.OnAClearPath, "nursing")]
    [InlineData("set on a direction", CareerStage.OnAClearPath, null)]
    [InlineData("I've decided on my path", CareerStage.OnAClearPath, null)]
    [InlineData("hoping to move into environmental policy after my masters", CareerStage.OnAClearPath, "environmental policy")]
    [InlineData("I want to work in publishing once I graduate", CareerStage.OnAClearPath, "publishing")]
    [InlineData("honestly I just want to get out of teaching and into instructional design", CareerStage.OnAClearPath, "instructional design")]
    [InlineData("I want to move from nursing into health informatics, maybe data analysis too", CareerStage.OnAClearPath, "health informatics")]
    [InlineData("pretty set, I want to leave nursing for health informatics", CareerStage.OnAClearPath, "health informatics")]
    [InlineData("switching from accounting to data science", CareerStage.OnAClearPath, "data science")]
    [InlineData("thinking I'd quit retail for something in tech", CareerStage.ExploringOptions, null)]
    [InlineData("i told you, i want to move to health informatics", CareerStage.OnAClearPath, "health informatics")]
    [InlineData("i am staff nurse from 6 yrs, want to shift to health informatics. how to start", CareerStage.OnAClearPath, "health informatics")]
    [InlineData("i am accountant since 12 years, i want change to ux research but i dont know nobody in this area", CareerStage.OnAClearPath, "ux research")]
    [InlineData("I'd like to move into podiatry, though I don't know anyone who does it", CareerStage.OnAClearPath, "podiatry")]
    [InlineData("I want to move into podiatry but I don't know if it suits me", CareerStage.ExploringOptions, "podiatry")]
    [InlineData("planning to go from banking to product management", CareerStage.OnAClearPath, "product management")]
    [InlineData("I want to shift careers to UX research", CareerStage.OnAClearPath, "UX research")]
    public void ASentenceAboutWhereTheUserIsHeadingSaysTheStageAndTheField(string said, CareerStage stage, string? field)
    {
        Assert.Equal(new CareerStageAnswer(stage, field), CareerStageAnswer.Read(said));
    }

    [Theory]
    [InlineData("i kind of know", null)]
    [InlineData("I think I know what I want", null)]
    [InlineData("maybe moving into product management", "product management")]
    [InlineData("im a teacher thinking of switching into ux", "ux")]
    public void ADirectionHeldLooselyIsAReadingToCheck(string said, string? field)
    {
        Assert.Equal(new CareerStageAnswer(CareerStage.OnAClearPath, field, Sure: false), CareerStageAnswer.Read(said));
    }

    [Theory]
    [InlineData("still exploring")]
    [InlineData("I want to move to London")]
    [InlineData("we're moving from Leeds to Bristol")]
    [InlineData("I'd rather leave it for now")]
    [InlineData("I'm going to the careers fair")]
    [InlineData("i kind of don't know")]
    [InlineData("we shifted to Pune last year")]
    [InlineData("I want to move to Reading for my partner's job")]
    [InlineData("going to the office tomorrow")]
    public void ASentenceThatNamesNoDestinationIsLeftToTheOptions(string said)
    {
        Assert.Null(CareerStageAnswer.Read(said));
    }
}
