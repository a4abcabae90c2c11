using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class PhoneNumberTextTests
{
    [Theory]
    [InlineData("07700 900123", "07700 900123")]
    [InlineData("its 07700 900 123", "07700 900 123")]
    [InlineData("my number is +44 (0)7700 900123.", "+44 (0)7700 900123")]
    [InlineData("07700-900-123 thanks", "07700-900-123")]
    [InlineData("mobile: 555.010.9999", "555.010.9999")]
    public void FindsTheNumberInAChattyAnswer(string typed, string number) => Assert.Equal(number, PhoneNumberText.Find(typed));

    [Theory]
    [InlineData("call me maybe")]
    [InlineData("12345")]
    [InlineData("07700 900123 or 07700 900456")]
    [InlineData("i'd rather not give out my number to people i haven't met yet, 07700 900123")]
    [InlineData("")]
    public void FindsNoneWhereThereIsNotExactlyOne(string typed) => Assert.Null(PhoneNumberText.Find(typed));
}
