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

    [Theory]
    [InlineData("Hi, it's Sam. Could we talk for 20 minutes next week? You can reach me on 07700 900123. Again, that's 07700 900 123.", "07700 900123")]
    [InlineData("Call me on +44 7700 900123 after 5.", "+44 7700 900123")]
    public void FindsTheOneNumberInAPastedMessage(string message, string number) => Assert.Equal(number, PhoneNumberText.FindInMessage(message));

    [Theory]
    [InlineData("Could we talk for 20 minutes on the 14th?")]
    [InlineData("Reach me on 07700 900123 or at work on 0161 496 0000.")]
    public void FindsNoneInAMessageWithoutOneNumber(string message) => Assert.Null(PhoneNumberText.FindInMessage(message));
}
