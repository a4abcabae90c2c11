using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Understanding;

public sealed class FieldCasingTests
{
    [Theory]
    [InlineData("ux", "UX")]
    [InlineData("ux designer", "UX designer")]
    [InlineData("senior hr business partner", "senior HR business partner")]
    [InlineData("ux/ui design", "UX/UI design")]
    [InlineData("environmental policy", "environmental policy")]
    [InlineData("moving into it", "moving into it")]
    [InlineData("Ux Lead", "Ux Lead")]
    public void InitialismsTypedInLowerCaseGetTheirCapitalsAndOtherWordsStayAsTyped(string typed, string cased)
    {
        Assert.Equal(cased, FieldCasing.Cased(typed));
    }
}
