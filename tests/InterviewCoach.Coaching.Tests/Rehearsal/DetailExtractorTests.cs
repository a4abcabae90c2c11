using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class DetailExtractorTests
{
    [Theory]
    [InlineData("Tom Weller at the hospital gave me your name.", "Tom Weller")]
    [InlineData("Hi, Ana Ruiz, my old manager, suggested I ring you.", "Ana Ruiz")]
    [InlineData("I was referred by Kenji Mori from the alumni office.", "Kenji Mori")]
    [InlineData("I got your number from Deepa, who works with you.", "Deepa")]
    [InlineData("Your name came from Deepa Rao in the careers team.", "Deepa Rao")]
    [InlineData("I'm calling on Lucía's suggestion.", "Lucía")]
    [InlineData("Ben Ortiz gave me your number.", "Ben Ortiz")]
    [InlineData("My manager suggested I call you.", null)]
    [InlineData("I read your article in The Guardian and it suggested a lot.", null)]
    public void TheReferrerIsFoundWhereverTheDraftPutsTheirName(string draft, string? referrer)
    {
        Assert.Equal(referrer, DetailExtractor.Extract(draft).Referrer);
    }

    [Theory]
    [InlineData("I'm moving from teaching into occupational therapy and would value your advice.", "occupational therapy")]
    [InlineData("I'm hoping to switch careers to product design, so I'd love to hear how you got started.", "product design")]
    [InlineData("I'm thinking about a career in environmental law.", "environmental law")]
    [InlineData("I'm exploring data journalism.", "data journalism")]
    [InlineData("I'm moving to Leeds next month and would love your advice.", null)]
    public void TheFieldIsFoundWhenTheCallerSaysWhereTheyAreHeaded(string draft, string? field)
    {
        Assert.Equal(field, DetailExtractor.Extract(draft).Field);
    }

    [Theory]
    [InlineData("Hi its Priya, I was referred by Tom Weller.", "Priya")]
    [InlineData("hello im Priya Nair from Leeds", "Priya Nair")]
    [InlineData("Hi, its important to me to learn about your work.", null)]
    [InlineData("Its Monday and I'm calling about your field.", null)]
    public void ANameTypedWithoutTheApostropheIsStillTheCallers(string draft, string? name)
    {
        Assert.Equal(name, DetailExtractor.Extract(draft).UserName);
    }

    [Theory]
    [InlineData("I'll try you again on Thursday morning.", DayOfWeek.Thursday)]
    [InlineData("or I will call back Friday, thanks.", DayOfWeek.Friday)]
    [InlineData("I'm free on Monday if that suits.", null)]
    [InlineData("Please call me on Tuesday.", null)]
    public void TheCallAgainDayIsTheOneTheCallerPromised(string draft, DayOfWeek? day)
    {
        Assert.Equal(day, DetailExtractor.Extract(draft).CallAgainDay);
    }

    [Fact]
    public void AVoicemailRewriteKeepsTheCallersReferrerFieldAndDay()
    {
        const string draft = "Hi, this is Priya Nair, Tom Weller at the hospital gave me your name. I am moving from teaching into "
            + "occupational therapy and hoping to learn how you got started, not looking for a job. My number is 0161 555 0134 "
            + "if you want to call me back, or I will try you again Thursday. Thanks!";

        string rewrite = VoicemailChecker.Check(draft, Samples.Now).Rewrite;

        Assert.Contains("Tom Weller", rewrite, StringComparison.Ordinal);
        Assert.Contains("occupational therapy", rewrite, StringComparison.Ordinal);
        Assert.Contains("Thursday", rewrite, StringComparison.Ordinal);
        Assert.Contains("0161 555 0134", rewrite, StringComparison.Ordinal);
    }
}
