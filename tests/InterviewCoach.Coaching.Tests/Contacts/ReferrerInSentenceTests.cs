using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

/// <summary>A connection typed as a sentence that names who passed the contact on.</summary>
public sealed class ReferrerInSentenceTests
{
    [Theory]
    [InlineData("my old colleague Jen introduced us", "Jen")]
    [InlineData("Tom Becker gave me her details", "Tom Becker")]
    [InlineData("through my cousin Ana", "Ana")]
    [InlineData("a friend, Priya Shah, suggested I reach out", "Priya Shah")]
    [InlineData("my manager sam put me in touch", "Sam")]
    [InlineData("Jen from my last job introduced us", "Jen")]
    [InlineData("my uni friend tom knows her and passed on her name", "Tom")]
    [InlineData("referred by my friend dana lee", "Dana Lee")]
    [InlineData("her name was given to me by Mr Okafor", "Mr Okafor")]
    [InlineData("through kemi, she said i could use her name", "Kemi")]
    public void TheNameIsTakenFromTheSentence(string text, string name)
    {
        Assert.Equal(name, ReferrerInSentence.Find(text));
    }

    [Theory]
    [InlineData("a friend referred me")]
    [InlineData("someone at work passed on her name")]
    [InlineData("Someone referred me")]
    [InlineData("my colleague suggested I talk to her")]
    [InlineData("referred by a friend")]
    [InlineData("someone from product management suggested her")]
    public void ASentenceThatNamesNobodyGivesNoName(string text)
    {
        Assert.Null(ReferrerInSentence.Find(text));
    }

    [Fact]
    public async Task TheFlowAsksForConsentWithTheNameInsteadOfAskingWhoPassedItOn()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");
        await coach.Client.Send("marcus webb, data analyst at ocado");

        await coach.Client.Send("my old colleague jen introduced us")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("Has Jen said you may mention", StringComparison.Ordinal));
        await coach.Client.Send("yes");
        await coach.Client.Send("email");

        Contact marcus = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ConnectionKind.ReferredBy, marcus.Connection);
        Assert.Equal("Jen", marcus.ReferredByName);
        Assert.Equal("Ocado", marcus.Organisation);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("no idea")]
    [InlineData("I'll ask her")]
    public async Task NotKnowingYetWhetherTheReferrerMayBeNamedIsSavedAsNotAsked(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");
        await coach.Client.Send("marcus webb, data analyst at ocado");
        await coach.Client.Send("my old colleague jen introduced us");

        await coach.Client.Send(typed).AssertNoReplyContains("can't be skipped");
        await coach.Client.Send("email");

        Contact marcus = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ReferrerConsent.NotAsked, marcus.ReferrerConsent);
    }

    [Theory]
    [InlineData("sam patel, ux designer at monzo. my friend dana lee gave me her name", "sam patel, ux designer at monzo", "Dana Lee")]
    [InlineData("Jo Park from Fabrikam, referred by my cousin Ana", "Jo Park from Fabrikam", "Ana")]
    [InlineData("Dev Patel (data engineer, Contoso) - Tom Becker passed on his details", "Dev Patel (data engineer, Contoso)", "Tom Becker")]
    [InlineData("Lena Fischer at Siemens, through my old boss Ravi", "Lena Fischer at Siemens", "Ravi")]
    [InlineData("there is one Dr. Ramesh Iyer, he is CMIO at Narayana Health, my senior Priya worked under him", "there is one Dr. Ramesh Iyer, he is CMIO at Narayana Health", "Priya")]
    [InlineData("Tom Reyes at Monzo, my friend Kemi used to work with him", "Tom Reyes at Monzo", "Kemi")]
    [InlineData("Ana Lima, Nubank; my cousin Joao knows her", "Ana Lima, Nubank", "Joao")]
    public void AReferralTypedWithTheContactIsSplitOff(string text, string details, string referrer)
    {
        Assert.Equal((details, referrer), ReferrerInSentence.SplitFromDetails(text));
    }

    [Theory]
    [InlineData("Ana Ruiz, shared services manager at BT")]
    [InlineData("Maria Lopez, charge nurse at St Anne's")]
    [InlineData("Jo Park from Fabrikam")]
    [InlineData("Sam Patel, recruiter. A friend referred me")]
    [InlineData("Sam Patel, she works with the data team")]
    [InlineData("Ola Bello, my old manager")]
    public void ContactDetailsWithoutANamedReferrerAreLeftWhole(string text)
    {
        Assert.Null(ReferrerInSentence.SplitFromDetails(text));
    }

    [Fact]
    public async Task AContactTypedWithWhoReferredThemSkipsTheConnectionQuestion()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");

        await coach.Client.Send("sam patel, ux designer at monzo. my friend dana lee gave me her name")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("Has Dana Lee said you may mention", StringComparison.Ordinal));
        await coach.Client.Send("yes");
        await coach.Client.Send("email");

        Contact sam = Assert.Single(await coach.ContactsAsync());
        Assert.Equal("Sam Patel", sam.Name);
        Assert.Equal("ux designer", sam.Role);
        Assert.Equal("Monzo", sam.Organisation);
        Assert.Equal(ConnectionKind.ReferredBy, sam.Connection);
        Assert.Equal("Dana Lee", sam.ReferredByName);
    }

    [Fact]
    public async Task AReferralWithoutANameStillAsksWhoPassedItOn()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");
        await coach.Client.Send("Marcus Webb");

        await coach.Client.Send("a friend referred me").AssertReply("Who passed on their name?");
    }
}
