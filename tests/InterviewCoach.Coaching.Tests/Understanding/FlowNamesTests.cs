using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

public sealed class FlowNamesTests
{
    [Fact]
    public void EveryCommandReadsNaturallyInALeaveQuestion()
    {
        // "Leave the debrief and open i emailed someone?" was what a command without a name produced.
        Assert.All(CoachDialogs.Commands, command =>
        {
            string open = FlowNames.Open(command);
            Assert.DoesNotContain('\u201C', open);
            Assert.True(char.IsLower(open[0]), open);
        });
    }
}
