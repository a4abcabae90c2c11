using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Tests.Goals;

public sealed class StudentPlansTests
{
    [Theory]
    [InlineData("May 2026", "May 2026", false)]
    [InlineData("graduating summer 2027", "Summer 2027", false)]
    [InlineData("sept. 2026", "September 2026", false)]
    [InlineData("2026", "2026", false)]
    [InlineData("internships, graduating may 2026", "May 2026", true)]
    [InlineData("looking at internships", null, true)]
    [InlineData("sometime soon", null, false)]
    [InlineData("", null, false)]
    public void AGraduationDateAndInternshipResearchAreReadFromTypedText(string typed, string? graduation, bool internships)
    {
        StudentPlans plans = StudentPlans.Read(typed);

        Assert.Equal((graduation, internships), (plans.Graduation, plans.Internships));
        Assert.Equal(graduation is null && !internships, plans.IsEmpty);
    }
}
