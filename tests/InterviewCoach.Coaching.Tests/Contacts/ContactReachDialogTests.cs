using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

/// <summary>An email address or phone number typed at the menu is filed with the contact it belongs to.</summary>
public sealed class ContactReachDialogTests
{
    [Fact]
    public async Task AnAddressPastedAfterAddingAContactIsSavedWithTheContactPicked()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact();
        Contact tomas = Samples.ColdContact() with { UpdatedAt = maria.UpdatedAt.AddMinutes(5) };
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(tomas);

        // The most recently changed contact is offered first.
        await coach.Client.Send("tomas.berg@northside.example")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("an email address (tomas.berg@northside.example)", StringComparison.Ordinal)
                && r.Buttons[0].Title == "Dr Tomas Berg" && r.Buttons.Any(b => b.Title == "Maria Lopez"));
        await coach.Client.Send("tomas").AssertReply("Saved an email address (tomas.berg@northside.example) for Dr Tomas Berg.");

        Assert.Equal("tomas.berg@northside.example", (await coach.ContactsAsync()).Single(c => c.Id == tomas.Id).Email);
        Assert.Null((await coach.ContactsAsync()).Single(c => c.Id == maria.Id).Email);
    }

    [Fact]
    public async Task ANumberWithTheContactsNameIsSavedWithoutAskingAndSaysWhatItReplaced()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Phone = "020 7946 0000" });
        await coach.SaveContactAsync(Samples.ColdContact());

        await coach.Client.Send("maria's new number is 07700 900456")
            .AssertReply("Saved a phone number (07700 900456) for Maria Lopez. It replaces 020 7946 0000.");

        Assert.Equal("07700 900456", (await coach.ContactsAsync()).Single(c => c.Name == "Maria Lopez").Phone);
    }

    [Fact]
    public async Task NotSavingItChangesNothingAndTheUsersOwnNumberIsNotFiledWithAContact()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());

        await coach.Client.Send("jo@contoso.example").AssertReply<ChoiceReply>(r => r.Markdown.Contains("Whose is it?", StringComparison.Ordinal));
        await coach.Client.Send("don't save it").AssertReply("haven't saved it");
        await coach.Client.Send("my number is 07700 900999")
            .AssertReply<ChoiceReply>(r => !r.Markdown.Contains("Whose is it?", StringComparison.Ordinal));

        Contact maria = Assert.Single(await coach.ContactsAsync());
        Assert.Null(maria.Email);
        Assert.Null(maria.Phone);
    }

    [Fact]
    public async Task WithNoContactsYetItSaysHowToKeepIt()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("sam@fabrikam.example")
            .AssertReply("type **add contact**");
    }
}
