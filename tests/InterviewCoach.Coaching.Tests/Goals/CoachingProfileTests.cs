using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Tests.Goals;

public sealed class CoachingProfileTests
{
    [Fact]
    public void SampleProfileIsValid()
    {
        Assert.Empty(Samples.Profile().Validate());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void WeeklyTargetOutsideOneToTwentyIsReported(int target)
    {
        IReadOnlyList<string> problems = (Samples.Profile() with { WeeklyTarget = target }).Validate();

        Assert.Contains(problems, p => p.Contains("between 1 and 20", StringComparison.Ordinal));
    }

    [Fact]
    public void FourFieldsAndAMissingNameAreReported()
    {
        var profile = new CoachingProfile
        {
            FieldsOfInterest = [new() { Name = "a" }, new() { Name = "b" }, new() { Name = "c" }, new() { Name = "d" }],
        };

        IReadOnlyList<string> problems = profile.Validate();

        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void EveryCareerStageAndPurposeHasItsOwnLabel()
    {
        string[] labels = Enum.GetValues<CareerStage>().Select(s => s.ToLabel())
            .Concat(Enum.GetValues<InterviewPurposes>().Select(p => p.ToLabel()))
            .ToArray();

        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Length, labels.Distinct().Count());
    }

    [Fact]
    public void CombinedPurposesListEachLabelInOrder()
    {
        InterviewPurposes purposes = InterviewPurposes.GrowNetwork | InterviewPurposes.JudgeFit;

        Assert.Equal([InterviewPurposes.JudgeFit.ToLabel(), InterviewPurposes.GrowNetwork.ToLabel()], purposes.ToLabels());
    }
}
