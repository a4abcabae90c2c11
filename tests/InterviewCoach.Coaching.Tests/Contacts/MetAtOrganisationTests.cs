using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

/// <summary>S118: a new contact or employer where the user already talked to someone names them.</summary>
public sealed class MetAtOrganisationTests
{
    [Fact]
    public async Task ANewContactAtAnOrganisationWhereTheUserMetSomeoneNamesThem()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Thanked, Organisation = "Contoso" });
        await coach.SaveContactAsync(Samples.ColdContact() with { Organisation = "contoso" });

        await coach.Client.Send("add contact");
        await coach.Client.Submit(new Dictionary<string, string> { ["name"] = "Ben Cho", ["role"] = "Data analyst", ["organisation"] = "Contoso" });
        await coach.Client.Send("cold");
        await coach.Client.Send("email")
            .AssertReply<CardReply>(card => card.Title == "Added to your contacts")
            .AssertReply("You've already talked to Maria Lopez at Contoso. Ask them about it first")
            .AssertReply("rehearse");
    }

    [Fact]
    public async Task NobodyMetThereMeansNothingIsSaid()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ColdContact() with { Organisation = "Contoso" });

        await coach.Client.Send("add contact");
        await coach.Client.Submit(new Dictionary<string, string> { ["name"] = "Ben Cho", ["role"] = "Data analyst", ["organisation"] = "Contoso" });
        await coach.Client.Send("cold");
        await coach.Client.Send("email").AssertNoReplyContains("already talked to");
    }

    [Fact]
    public async Task AnUnplannedChatWithSomeoneAtAnOrganisationWhereTheUserMetSomeoneNamesThem()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Met, Organisation = "Contoso" });

        await coach.Client.Send("log a chat at a meetup").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("Ben Cho at Contoso").AssertReply("What did you learn");
        await coach.Client.Send("They hire analysts in spring.").AssertReply("Logged.").AssertReply("You've already talked to Maria Lopez at Contoso");
    }

    [Fact]
    public void SeveralPeopleMetThereAreAllNamed()
    {
        Contact[] contacts =
        [
            Samples.ReferredContact() with { Stage = ContactStage.Met, Organisation = "CONTOSO" },
            Samples.ColdContact() with { Stage = ContactStage.KeepingInTouch, Organisation = "Contoso" },
        ];

        Assert.Equal(
            "You've already talked to Dr Tomas Berg and Maria Lopez at Contoso. Ask one of them about it first: they know how things work there, and may be glad to suggest who to approach or put in a word.",
            MetAtOrganisation.Describe(contacts, "Contoso"));
    }
}
