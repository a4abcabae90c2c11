using InterviewCoach.Coaching.Debrief;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class NotesToContactTests
{
    [Theory]
    [InlineData("her team uses dbt every day", "your team uses dbt every day")]
    [InlineData("she always says the first year is the hardest", "you always say the first year is the hardest")]
    [InlineData("She's been on the ward for ten years", "You've been on the ward for ten years")]
    [InlineData("she's a big believer in shadowing", "you're a big believer in shadowing")]
    [InlineData("I asked her about night shifts and she was honest", "I asked you about night shifts and you were honest")]
    [InlineData("Maya's team moved to Python last year", "Your team moved to Python last year")]
    [InlineData("Maya Chen thinks bootcamps are fine", "You think bootcamps are fine")]
    [InlineData("I said I would send her my portfolio", "I said I would send you my portfolio")]
    public void ALineAboutTheContactIsSaidToThem(string line, string expected)
    {
        Assert.Equal(expected, NotesToContact.For("Maya Chen", "She said I should learn SQL first.").Address(line));
    }

    [Theory]
    [InlineData("he runs the data team and she works with him")]
    [InlineData("he told me the hours are long")]
    public void ALineThatMayBeAboutSomeoneElseIsNotRewritten(string line)
    {
        Assert.Null(NotesToContact.For("Maya Chen", "She said I should learn SQL first.").Address(line));
    }

    [Theory]
    [InlineData("she said I should learn SQL first", "learn SQL first")]
    [InlineData("She suggested I talk to Omar in data", "talk to Omar in data")]
    [InlineData("she told me to look at her old course notes", "look at your old course notes")]
    [InlineData("Maya really thinks I should get a certificate", "get a certificate")]
    [InlineData("I should shadow someone on the ward", "shadow someone on the ward")]
    public void AdviceToTheUserIsTheActionAlone(string line, string expected)
    {
        Assert.Equal(expected, NotesToContact.For("Maya Chen", line).AdviceTo(line));
    }

    [Theory]
    [InlineData("the pay is fine")]
    [InlineData("Omar said I should learn R")]
    [InlineData("she'll introduce me to Priya")]
    public void ALineThatIsNotTheirAdviceToTheUserGivesNoAction(string line)
    {
        Assert.Null(NotesToContact.For("Maya Chen", "She said hello.").AdviceTo(line));
    }
}
