using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class RolePlayDialogTests
{
    private const string ColdOpening = "Hi, I'm Sam Lee. I'd like to ask you a few questions about nursing.";

    private const string StrongOpening =
        "Hello, my name is Sam Lee. Priya Shah suggested I give you a call. Is now a good time for a quick chat, or shall I " +
        "ring you back later? I'm researching pediatric nursing and would really value your advice; I'm not looking for a job. " +
        "Could we meet for 20 minutes whenever suits you? I know you're busy, so I'll keep it brief.";

    [Fact]
    public async Task TheContactAsksWhoGaveTheirNameAndTheCallEndsWithFeedbackElementByElement()
    {
        var coach = await CoachHarness.WithProfileAsync();
        var maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);

        await coach.Client.Send("role play").AssertReply("Who should I play");
        await coach.Client.Send("Maria Lopez").AssertReply("I'll play Maria Lopez").AssertReply("What do you say");
        await coach.Client.Send(ColdOpening).AssertReply("how did you get my name");
        await coach.Client.Send("Priya Shah from the hospital suggested I call you.").AssertReply("When were you thinking");
        TestTurn end = await coach.Client.Send("Would Thursday afternoon suit you, for twenty minutes?");
        end.AssertReply("That works");
        var card = (CardReply)end.Replies[1];
        Assert.StartsWith("Practice call with Maria Lopez: ", card.Title, StringComparison.Ordinal);
        Assert.Contains(card.Sections, s => s.Heading == "Your opening: what's missing" && s.Items.Any(i => i.Contains("good time", StringComparison.Ordinal)));
        CardSection handled = Assert.Single(card.Sections, s => s.Heading == "When they pushed back: handled well");
        Assert.Equal(2, handled.Items.Count);
        end.AssertReplyContains("First try saved");

        PracticeAttempt attempt = Assert.Single(await coach.AttemptsAsync());
        Assert.Equal(PracticeKind.PhoneRolePlay, attempt.Kind);
        Assert.Equal(maria.Id, attempt.ContactId);
        Assert.Contains("Maria Lopez: Sorry, how did you get my name?", attempt.Text, StringComparison.Ordinal);
        Assert.Contains(attempt.Findings, f => f.RuleId == "roleplay.who-gave-name" && f.Passed);
    }

    [Fact]
    public async Task PushingOnWhenItIsNotAGoodMomentIsFlaggedAndTheNextCallIsCompared()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practice call");
        TestTurn notNow = await coach.Client.Send("Hello, this is Sam Lee. I found your name in the alumni directory. I'm researching pediatric nursing.");
        notNow.AssertReply("now really isn't good");
        TestTurn end = await coach.Client.Send("Please could you call me back when you're free?");
        end.AssertReply("I really do have to go");
        var first = (CardReply)end.Replies[1];
        Assert.Contains(first.Sections, s => s.Heading == "When they pushed back: to work on" && s.Items.Any(i => i.Contains("offer to call back", StringComparison.Ordinal)));

        await coach.Client.Send("call again").AssertReply("What do you say");
        coach.Clock.Advance(TimeSpan.FromMinutes(3));
        await coach.Client.Send("Hello, this is Sam Lee. I found your name in the alumni directory. I'm researching pediatric nursing.");
        TestTurn better = await coach.Client.Send("No problem at all. When would be a better time? I can ring you back tomorrow morning.");
        better.AssertReply("Try me then").AssertReplyContains("Up ");

        IReadOnlyList<PracticeAttempt> attempts = await coach.AttemptsAsync();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts.OrderBy(a => a.Id, StringComparer.Ordinal).Last().Score > attempts.OrderBy(a => a.Id, StringComparer.Ordinal).First().Score);
        await coach.Client.Send("done").AssertReply("Good practice");
    }

    [Fact]
    public async Task AStrongOpeningGetsASureWhenAndAVagueAnswerIsCoached()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("role play");
        await coach.Client.Send(StrongOpening).AssertReply("When were you thinking");
        TestTurn end = await coach.Client.Send("Oh, I don't mind really.");
        end.AssertReply("Email me a couple of options");
        var card = (CardReply)end.Replies[1];
        Assert.Contains(card.Sections, s => s.Heading == "When they pushed back: to work on" && s.Items.Any(i => i.Contains("suggest a day and time", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ThePhoneScriptOffersTheRolePlayForThatContact()
    {
        var coach = await CoachHarness.WithProfileAsync();
        var maria = Samples.Researched(Samples.ReferredContact() with { ReferrerConsent = ReferrerConsent.Agreed });
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("maria");
        TestTurn script = await coach.Client.Send("phone call");
        script.AssertReplyContains("[Role-play the call]");

        await coach.Client.Send("role-play the call").AssertReply("I'll play Maria Lopez");
        await coach.Client.Send("stop");
        Assert.Empty(await coach.AttemptsAsync());
    }
}
