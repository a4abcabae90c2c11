using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

public sealed class ContactBrainstormDialogTests
{
    [Fact]
    public async Task AnEmptyListOffersABrainstormThatWalksThroughEachSourceAddingNames()
    {
        var coach = await CoachHarness.WithProfileAsync();

        (await coach.Client.Send("contacts")).AssertReplyContains("[Brainstorm who to ask]");
        await coach.Client.Send("brainstorm who to ask").AssertReply("one place at a time").AssertReply("1/6. **Professional associations**");
        await coach.Client.Send("Priya Shah, nurse educator at the Royal College").AssertReply("Added **Priya Shah**").AssertReply("Anyone else from a professional association");
        await coach.Client.Send("next").AssertReply("2/6. **People you work with");
        await coach.Client.Send("skip").AssertReply("3/6. **Friends, family");
        await coach.Client.Send("my aunt who manages the ward at the children's hospital").AssertReply("just a name").AssertReply("3/6");
        await coach.Client.Send("Ana Ruiz").AssertReply("Added **Ana Ruiz**");
        await coach.Client.Send("no").AssertReply("4/6. **Teachers");
        await coach.Client.Send("next").AssertReply("5/6. **Online groups");
        await coach.Client.Send("next").AssertReply("6/6. **LinkedIn**");
        await coach.Client.Send("Tom Berg, at Northgate Clinic").AssertReply("Added **Tom Berg**");
        await coach.Client.Send("next").AssertReply("You added 3: Priya Shah, Ana Ruiz and Tom Berg");

        IReadOnlyList<Contact> contacts = await coach.ContactsAsync();
        Assert.Equal(3, contacts.Count);
        Contact priya = contacts.Single(c => c.Name == "Priya Shah");
        Assert.Equal("nurse educator", priya.Role);
        Assert.Equal("the Royal College", priya.Organisation);
        Assert.Equal(ConnectionKind.Association, priya.Connection);
        Contact tom = contacts.Single(c => c.Name == "Tom Berg");
        Assert.Equal("Northgate Clinic", tom.Organisation);
        Assert.Equal(ConnectionKind.LinkedIn, tom.Connection);
        Assert.Equal("Through friends and family", contacts.Single(c => c.Name == "Ana Ruiz").ConnectionNote);
    }

    [Fact]
    public async Task AShortListStillOffersItAndDoneStopsEarly()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());

        (await coach.Client.Send("contacts")).AssertReplyContains("brainstorm who else to ask");
        await coach.Client.Send("brainstorm");
        await coach.Client.Send("done").AssertReply("No names this time");
        Assert.Single(await coach.ContactsAsync());
    }
}
