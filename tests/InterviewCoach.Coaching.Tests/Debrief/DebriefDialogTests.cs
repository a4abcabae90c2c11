using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.MeetingFlows;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class DebriefDialogTests
{
    /// <summary>A user with a profile and a meeting set with Maria Lopez, who starts her debrief and says it was today.</summary>
    private static async Task<(MeetingFlowsHarness Harness, DialogTestClient Client)> DebriefOfMariaTodayAsync()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        await harness.Client.Send("debrief");
        await harness.Client.Press(maria.Id);
        await harness.Client.Press(DebriefDialog.Today);
        return (harness, harness.Client);
    }

    [Theory]
    [InlineData("i had my chat with maria, it went really well")]
    [InlineData("debrief maria lopez")]
    [InlineData("debrief my call with maria")]
    public async Task ADebriefNamingTheContactSkipsWhichConversation(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        await coach.SaveContactAsync(Samples.ColdContact() with { Stage = ContactStage.MeetingSet });

        await coach.Client.Send(typed).AssertReply("When did you talk to Maria Lopez?");
    }

    [Fact]
    public async Task ADaySaidWithTheNamedDebriefIsNotAskedAgain()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });

        await coach.Client.Send("i had my call with maria yesterday, it went great")
            .AssertNoReplyContains("When did you talk")
            .AssertReplyContains("If you took notes");
    }

    [Fact]
    public async Task ADebriefNamingNobodyKnownStillAsksWhichConversation()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });

        await coach.Client.Send("i had my call with priya today").AssertReply("Which conversation do you want to debrief?");
    }

    [Theory]
    [InlineData("debrief", "Which conversation do you want to debrief?", "When did you talk to Maria Lopez?")]
    [InlineData("prep", "Which meeting are you getting ready for?", "Maria Lopez")]
    public async Task ForAndTheContactsFirstNameAtThePickerPicksThem(string command, string question, string next)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        await coach.SaveContactAsync(Samples.ColdContact() with { Stage = ContactStage.MeetingSet });

        await coach.Client.Send(command).AssertReply(question);
        await coach.Client.Send("for maria").AssertNoReplyContains("Did you mean").AssertReplyContains(next);
    }

    /// <summary>A user with a profile and Maria Lopez, whose meeting is set as <paramref name="meeting"/> makes it from the harness clock.</summary>
    private static async Task<(MeetingFlowsHarness Harness, Contact Maria)> WithMeetingAsync(Func<DateTimeOffset, MeetingDetails> meeting)
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet, Meeting = meeting(harness.Now) });
        return (harness, maria);
    }

    [Fact]
    public async Task AMeetingStillAheadIsPointedOutAndItsOwnGoalIsWhatTheUserSetOutTo()
    {
        (MeetingFlowsHarness harness, Contact maria) = await WithMeetingAsync(now => new MeetingDetails { StartsAt = now.AddDays(3), TimeZoneId = "Europe/London", Goal = "Find out how new nurses choose a ward" });
        await harness.Client.Send("debrief");
        await harness.Client.Press(maria.Id).AssertReply("Your meeting with Maria Lopez is booked for").AssertReplyContains("type **cancel** and come back after it");
        await harness.Client.Press(DebriefDialog.Today);
        await harness.Client.Send("skip").AssertReply("You set out to: _find out how new nurses choose a ward_.");
    }

    [Fact]
    public async Task TheConversationToldAtTheDateQuestionIsKeptAsNotesAndTheDayAskedAgain()
    {
        (MeetingFlowsHarness harness, Contact maria) = await WithMeetingAsync(now => new MeetingDetails { StartsAt = now.AddHours(-30), TimeZoneId = "Europe/London" });
        await harness.Client.Send("debrief");
        await harness.Client.Press(maria.Id).AssertReply("When did you talk to Maria Lopez?");

        await harness.Client.Send("it went really well, she said to look at the Nielsen Norman courses and to talk to her colleague Dan Okafor")
            .AssertNoReplyContains("pick one of the options")
            .AssertReply("I've kept that in this debrief's notes. Which day did you talk to Maria Lopez?");
        await harness.Client.Send("yesterday").AssertReply("You set out to").AssertReplyContains("press **It's in my notes**");
    }

    [Fact]
    public async Task TheConversationToldWithItsDayNeedsNoDateQuestion()
    {
        (MeetingFlowsHarness harness, Contact maria) = await WithMeetingAsync(now => new MeetingDetails { StartsAt = now.AddHours(-30), TimeZoneId = "Europe/London" });
        await harness.Client.Send("debrief");
        await harness.Client.Press(maria.Id);

        await harness.Client.Send("she gave me loads of advice on building a portfolio yesterday")
            .AssertReply("I've kept that in this debrief's notes.")
            .AssertNoReplyContains("Which day")
            .AssertReplyContains("press **It's in my notes**");
    }

    [Fact]
    public async Task AMeetingAlreadyPastIsDebriefedWithoutANote()
    {
        (MeetingFlowsHarness harness, Contact maria) = await WithMeetingAsync(now => new MeetingDetails { StartsAt = now.AddHours(-3), TimeZoneId = "Europe/London" });
        await harness.Client.Send("debrief");
        await harness.Client.Press(maria.Id).AssertReply("When did you talk to Maria Lopez?");
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("idk")]
    public async Task NotSureWhetherTheWorkFitsIsReadAsPartly(string typed)
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("most new nurses start on a general ward");
        await client.Send("3");
        await client.Send("it confirmed the rotas");
        await client.Send(typed).AssertReply("What advice did they give you?");
    }

    [Theory]
    [InlineData("4/5")]
    [InlineData("I'd give it a 3 out of 5")]
    [InlineData("four")]
    [InlineData("skip")]
    [InlineData("not sure")]
    public async Task TheOneToFiveScaleTakesARatingAsPeopleWriteItOrASkip(string typed)
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("most new nurses start on a general ward")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("how much did it change your view", StringComparison.Ordinal) && r.Buttons.Any(b => b.Title == "Skip"));
        await client.Send("it went well").AssertReply("a number from 1 to 5, or **skip**");
        await client.Send("7").AssertReply("a number from 1 to 5, or **skip**");

        // "Why?" follows a rating; after a skip there is nothing to ask why about.
        bool rated = typed is not ("skip" or "not sure");
        await client.Send(typed).AssertReply<TextReply>(r => r.Markdown.StartsWith("Why?", StringComparison.Ordinal) == rated
            && r.Markdown.Contains(rated ? "What shifted" : "Did anything shift", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mostly yes, the training side sounds great but I'm less sure about the on-call stuff")]
    [InlineData("yes and no")]
    public async Task AYesWithAReservationIsReadAsPartly(string typed)
    {
        (_, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.").AssertReply("Did what you heard match");
        await client.Send(typed).AssertReply("What advice did they give you?");
    }

    [Theory]
    [InlineData("nah")]
    [InlineData("nope")]
    [InlineData("no, we're connected on linkedin now though")]
    public async Task NahToTheirCardMovesOnAndIdkAdviceIsNotSavedAsAdvice(string nah)
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly").AssertReply("What advice did they give you?");
        await client.Send("idk");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("no").AssertReply("card or contact details");
        await client.Send(nah).AssertReply("agree that you can stay in touch");
        await client.Send("no");
        await client.Send("none");
        await client.Send("no");
        await client.Send("none").AssertReply("self-review");
        await client.Send("1");
        await client.Send("email");
        await client.Send("sam.lee@example.com").AssertReply<CardReply>(card => card.Title == "Debrief: Maria Lopez");

        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(harness.Services, harness.User));
        Assert.Null(debrief.Advice);
    }

    [Fact]
    public async Task AYesToWhatDidYouLearnIsAskedAgainAndSeeMyNotesUsesThePastedNotes()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        DialogTestClient client = harness.Client;

        await client.Send("debrief");
        await client.Press(maria.Id).AssertReply("When did you talk to Maria Lopez?");
        await client.Press(DebriefDialog.Today).AssertReply("paste or type them here");
        await client.Send("Night shifts rotate every six weeks; most new nurses start on a general ward.")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("You set out to", StringComparison.Ordinal) && r.Buttons.Any(b => b.Title == "It's in my notes"));
        await client.Send("yes").AssertReply("In a few words of your own");
        await client.Send("see my notes").AssertReply("how much did it change your view");
        await client.Send("4").AssertReply("What shifted");
        await client.Send("ok").AssertReply("In a few words of your own");
        await client.Send("I thought it was all nights.").AssertReply("match what you expected");
        await client.Send("partly").AssertReply("What advice did they give you?");
        await client.Send("Shadow a nurse for a day").AssertReply("strengths");
        await client.Send("skip").AssertReply("new to you");
        await client.Send("skip").AssertReply("employers or organisations");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("no").AssertReply("card or contact details");
        await client.Send("no").AssertReply("agree that you can stay in touch");
        await client.Send("yes").AssertReply("Did you promise to send them anything?");
        await client.Send("no").AssertReply("ask for your résumé");
        await client.Send("no").AssertReply("next steps");
        await client.Send("none").AssertReply("self-review");
        await client.Send("1").AssertReply("Email, or a handwritten card?");
        await client.Send("email").AssertReply("What's your email address?");
        await client.Send("sam.lee@example.com")
            .AssertReply<CardReply>(card => card.Title == "Debrief: Maria Lopez");

        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(harness.Services, harness.User));
        Assert.Equal("Night shifts rotate every six weeks; most new nurses start on a general ward.", debrief.Learned);
        Assert.Equal("I thought it was all nights.", debrief.ViewChangeWhy);
    }

    [Theory]
    [InlineData("see my notes")]
    [InlineData("as in my notes")]
    [InlineData("Same as above.")]
    [InlineData("what I wrote")]
    public async Task AdviceThatPointsAtTheNotesIsTakenFromThemAndThanked(string typed)
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("Rotas change every six weeks.\nShe said I should shadow a nurse for a day.");
        await client.Send("see my notes");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly").AssertReply("What advice did they give you?");
        await client.Send(typed).AssertReply("From your notes, the advice is").AssertReply("strengths");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("no");
        await client.Send("no");
        await client.Send("no");
        await client.Send("none");
        await client.Send("no");
        await client.Send("none").AssertReply("self-review");
        await client.Send("1");
        await client.Send("email");

        TestTurn finished = await client.Send("sam.lee@example.com");
        finished.AssertReplyContains("I'm going to act on your advice to shadow a nurse for a day.");
        string said = string.Join('\n', finished.Replies.Select(r => r.ToPlainText()));
        Assert.DoesNotContain(typed, said, StringComparison.OrdinalIgnoreCase);
        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(harness.Services, harness.User));
        Assert.Equal("She said I should shadow a nurse for a day", debrief.Advice);
    }

    [Fact]
    public async Task SeeMyNotesWithNoNotesAsksForTheAdviceAgain()
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly").AssertReply("What advice did they give you?");
        await client.Send("see my notes").AssertReply("You didn't paste notes this time").AssertNoMoreReplies();
        await client.Send("Ask to shadow on a night shift").AssertReply("strengths");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("no");
        await client.Send("no");
        await client.Send("no");
        await client.Send("none");
        await client.Send("no");
        await client.Send("none");
        await client.Send("1");
        await client.Send("email");
        await client.Send("sam.lee@example.com").AssertReplyContains("I'm going to act on your advice to ask to shadow on a night shift.");

        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(harness.Services, harness.User));
        Assert.Equal("Ask to shadow on a night shift", debrief.Advice);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("actually no one")]
    public async Task SkipAtTheReferralsNameAddsNobody(string typed)
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly");
        await client.Send("none");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("yes").AssertReply("What's their name?");

        await client.Send(typed).AssertReply("card or contact details").AssertNoReplyContains("What does");
    }

    [Fact]
    public async Task ReferralsWrittenInTheNotesAreOfferedInsteadOfAskedForBlank()
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("Rotas change every six weeks.\nShe suggested I talk to Omar in data.\nShe'll introduce me to Priya Shah at Contoso.");
        await client.Send("see my notes");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly");
        await client.Send("none");
        await client.Send("skip");
        await client.Send("skip");
        TestTurn offer = await client.Send("skip");
        offer.AssertReply("You mentioned Maria Lopez suggested **Omar**. Shall I add Omar to your contacts?");
        Assert.DoesNotContain(offer.Replies, r => r.ToPlainText().Contains("suggest anyone else", StringComparison.Ordinal));

        await client.Send("yes").AssertReply("What does Omar do?");
        await client.Send("data analyst").AssertReply("Where do they work?");
        await client.Send("skip").AssertReply("say you may mention them");
        await client.Send("yes").AssertReply("suggested **Priya Shah** at Contoso");
        await client.Send("nope").AssertReply("Anyone else they suggested?");
        await client.Send("no").AssertReply("card or contact details");
        await client.Send("no");
        await client.Send("no");
        await client.Send("none");
        await client.Send("no");
        await client.Send("none");
        await client.Send("1");
        await client.Send("email");
        await client.Send("sam.lee@example.com").AssertReplyContains("I've added Omar to your contacts");

        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(harness.Services, harness.User));
        DebriefReferral omar = Assert.Single(debrief.Referrals);
        Assert.Equal(("Omar", "data analyst", true), (omar.Name, omar.Role, omar.MayUseName));
    }

    [Theory]
    [InlineData("ana@contoso.com")]
    [InlineData("finish the cert by january")]
    [InlineData("I said I'd send my portfolio")]
    public async Task AnEmailOrASentenceAtAnyoneElseIsNotAddedAsAPerson(string slip)
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly");
        await client.Send("none");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");

        await client.Send(slip).AssertReply("doesn't look like someone's name").AssertNoMoreReplies();
        await client.Send("Ben Cho at Contoso").AssertReply("What does Ben Cho do?");
    }

    [Fact]
    public async Task AReferralNamedInASentenceIsAddedWithTheOrganisationFromIt()
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly");
        await client.Send("none");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");

        // What he does was said with the name, so it is not asked again.
        await client.Send("yes she said i should talk to tom becker, he runs growth at klarna").AssertReply("say you may mention them");
        await client.Send("no").AssertReply("Anyone else they suggested?");
        await client.Send("no").AssertReply("card or contact details");
        await FinishFromCardAsync(client);

        Contact tom = (await harness.ListContactsAsync()).Single(c => c.Name.Equals("tom becker", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(("runs growth", "klarna"), (tom.Role, tom.Organisation));
    }

    [Fact]
    public async Task APromiseTypedAsASentenceIsThankedForAsTheThingAndRemindedOnTheDayItWasPromisedBy()
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly");
        await client.Send("Shadow a nurse for a day");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("no").AssertReply("card or contact details");
        await client.Send("no").AssertReply("stay in touch");
        await client.Send("no").AssertReply("Did you promise to send them anything?");
        await client.Send("yes, I said I'd send her my portfolio by friday").AssertReply("ask for your résumé");
        await client.Send("no").AssertReply("next steps");
        await client.Send("none").AssertReply("self-review");
        await client.Send("1, 2").AssertReply("Email, or a handwritten card?");
        await client.Send("email");

        TestTurn finished = await client.Send("sam.lee@example.com");
        finished.AssertReplyContains("As promised, I'll send you my portfolio by friday.");
        string said = string.Join('\n', finished.Replies.Select(r => r.ToPlainText()));
        Assert.DoesNotContain("I said I'd", said, StringComparison.Ordinal);

        // Monday 5 January: "by friday" is Friday 9 January, not the usual two days after the debrief.
        ScheduledReminder promise = Assert.Single(harness.Reminders!.Pending(harness.User), r => r.Kind == ReminderKind.PromisedItem);
        Assert.Equal((DayOfWeek.Friday, 9), (promise.DueUtc.DayOfWeek, promise.DueUtc.Day));
    }

    [Fact]
    public async Task GivingUpOnAReferralsNameMovesTheDebriefOnInsteadOfFailing()
    {
        (MeetingFlowsHarness harness, DialogTestClient client) = await DebriefOfMariaTodayAsync();
        await client.Send("skip");
        await client.Send("Rotas change every six weeks.");
        await client.Send("3");
        await client.Send("I expected more nights.");
        await client.Send("partly");
        await client.Send("none");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("yes").AssertReply("What's their name?");

        TestTurn turn = await client.Send("I said I'd send my portfolio by friday");
        for (int attempt = 1; attempt < 5 && turn.Replies.Any(r => r.ToPlainText().Contains("doesn't look like someone's name", StringComparison.Ordinal)); attempt++)
        {
            turn = await client.Send("I said I'd send my portfolio by friday");
        }

        string said = string.Join('\n', turn.Replies.Select(r => r.ToPlainText()));
        Assert.DoesNotContain("doesn't look like someone's name", said, StringComparison.Ordinal);
        Assert.DoesNotContain("What does", said, StringComparison.Ordinal);
        Assert.Contains("Maria", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASentenceForTheRatingIsKeptAsWhatShiftedAndANumberInsideASentenceIsNotARating()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        DialogTestClient client = harness.Client;

        await client.Send("debrief");
        await client.Press(maria.Id);
        await client.Press(DebriefDialog.Today).AssertReply("paste or type them here");
        await client.Send("skip");
        await client.Send("Night shifts rotate every six weeks.").AssertReply("how much did it change your view");
        await client.Send("honestly it's more intense than i thought but i still want it")
            .AssertReply("match what you expected")
            .AssertNoReplyContains("from 1 to 5");
        await client.Send("partly").AssertReply("What advice did they give you?");

        // The answer is not stored yet; the rating a sentence stood for is left unset rather than guessed.
        await client.Send("cancel");
        var second = new MeetingFlowsHarness(withHooks: true);
        await second.SaveProfileAsync(Samples.Profile());
        Contact again = await second.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        await second.Client.Send("debrief");
        await second.Client.Press(again.Id);
        await second.Client.Press(DebriefDialog.Today);
        await second.Client.Send("skip");
        await second.Client.Send("Night shifts rotate every six weeks.").AssertReply("how much did it change your view");
        await second.Client.Send("shadow a ward and look at the band 5 preceptorship").AssertReply("match what you expected").AssertNoReplyContains("What shifted");
        await second.Client.Send("4, it changed a lot").AssertReply("Please pick one");
    }

    [Theory]
    [InlineData("4")]
    [InlineData("4/5")]
    [InlineData("I'd say a 4")]
    [InlineData("4 i think")]
    public async Task ARatingIsReadFromAShortAnswerOrTheStartOfALongOne(string typed)
    {
        DialogTestClient client = await AtTheRatingAsync();
        await client.Send(typed).AssertReply("What shifted");
    }

    [Theory]
    [InlineData("4, it changed how I see nights completely", "It changed how I see nights completely")]
    [InlineData("4 i think, way less scared of the bootcamp question now", "Way less scared of the bootcamp question now")]
    public async Task ARatingTypedWithItsReasonIsNotAskedWhy(string typed, string why)
    {
        DialogTestClient client = await AtTheRatingAsync();
        await client.Send(typed).AssertNoReplyContains("What shifted").AssertReply("match what you expected");
        Assert.Equal(why, DebriefAnswers.ReasonAfterRating(typed));
    }

    /// <summary>A debrief of Maria's meeting today, at "how much did it change your view of the field?".</summary>
    private static async Task<DialogTestClient> AtTheRatingAsync()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        DialogTestClient client = harness.Client;

        await client.Send("debrief");
        await client.Press(maria.Id);
        await client.Press(DebriefDialog.Today);
        await client.Send("skip");
        await client.Send("Night shifts rotate every six weeks.").AssertReply("how much did it change your view");
        return client;
    }

    [Fact]
    public async Task FullDebriefCreatesReferralsMarksMetDraftsThanksAndSchedulesFollowUps()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.MeetingSet });
        await harness.AddContactAsync(Samples.ColdContact());
        DialogTestClient client = harness.Client;

        await client.Send("debrief").AssertReply<ChoiceReply>(r => r.Buttons.Count == 2 && r.Buttons.All(b => b.Value != "generic"));
        await client.Press(maria.Id).AssertReply("When did you talk to Maria Lopez?");
        await client.Press(DebriefDialog.Today).AssertReply("paste or type them here");
        await client.Send("- rotas: 6 weeks\n- general ward first\n- ask about the shadowing scheme")
            .AssertReply("You set out to: _see whether the field suits me; learn the way in: education, credentials, experience; see what night shifts are really like_");
        await client.Send("night shifts rotate every six weeks. Most new nurses start on a general ward.").AssertReply("how much did it change your view");
        await client.Send("6").AssertReply("from 1 to 5");
        await client.Send("4").AssertReply("What shifted");
        await client.Send("I thought it was all nights, but it isn't.").AssertReply("match what you expected");
        await client.Send("partly").AssertReply("What advice did they give you?");
        await client.Send("Shadow a nurse for a day").AssertReply("strengths");
        await client.Send("My calm with families is a strength; I need clinical hours.").AssertReply("new to you");
        await client.Send("Clinical nurse educator; acuity").AssertReply("employers or organisations");
        await client.Send("Northside Clinic\nContoso Health").AssertReply("Did Maria Lopez suggest anyone else");
        await client.Send("yes").AssertReply("What's their name?");
        await client.Send("Ana Ruiz").AssertReply("What does Ana Ruiz do?");
        await client.Send("Clinical educator").AssertReply("Where do they work?");
        await client.Send("St Anne's").AssertReply("say you may mention them");
        await client.Send("yes").AssertReply("Anyone else they suggested?");
        // A name typed straight in is the answer: it is never dropped.
        await client.Send("Ben Cho").AssertReply("What does Ben Cho do?");
        await client.Send("skip").AssertReply("Where do they work?");
        await client.Send("skip");
        await client.Send("no").AssertReply("Anyone else they suggested?");
        await client.Send("no").AssertReply("card or contact details");
        await client.Send("maria.lopez@stannes.example, 020 7946 0321").AssertReply("agree that you can stay in touch");
        await client.Send("yes").AssertReply("Did you promise to send them anything?");
        await client.Send("Send her the article on rotas\nmy notes from the open day").AssertReply("ask for your résumé");
        await client.Send("no").AssertReply("next steps");
        await client.Send("Apply for the shadowing scheme").AssertReply("self-review");
        await client.Send("1, 2, 4, 5").AssertReply("Email, or a handwritten card?");
        await client.Send("email").AssertReply("What's your email address?");

        TestTurn finished = await client.Send("sam.lee@example.com");
        finished
            .AssertReply<CardReply>(card => card.Title == "Debrief: Maria Lopez" && card.Subtitle == "Mon 5 Jan 2026"
                && card.Facts.Any(f => f.Label == "Agreed to stay in touch" && f.Value == "Yes")
                && card.Facts.Any(f => f.Value == "4 of 5")
                && card.Sections.Any(s => s.Heading == "People to talk to next" && s.Items.Count == 2)
                && card.Sections.Any(s => s.Heading == "Employers to look into" && s.Items.SequenceEqual(new[] { "Northside Clinic", "Contoso Health" }))
                && card.Sections.Any(s => s.Heading == "Your strengths and what to work on")
                && card.Sections.Any(s => s.Heading == "Your notes" && s.Markdown!.Contains("general ward first", StringComparison.Ordinal))
                && card.Sections.Any(s => s.Heading == "Tip for next time" && s.Markdown!.Contains("who else they'd suggest", StringComparison.Ordinal)))
            .AssertReply("Saved Maria Lopez's email maria.lopez@stannes.example and phone 020 7946 0321 to their contact page.")
            .AssertReply("I've added Ana Ruiz, Ben Cho to your contacts, noted as suggested by Maria Lopez.")
            .AssertReply("I've saved your email sam.lee@example.com in your profile")
            .AssertReply<TextReply>(r => r.Markdown.Contains("Dear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("talk with me today", StringComparison.Ordinal)
                && r.Markdown.Contains("It was really helpful to learn that night shifts rotate every six weeks.", StringComparison.Ordinal)
                && r.Markdown.Contains("I'm going to act on your advice to shadow a nurse for a day.", StringComparison.Ordinal)
                && r.Markdown.Contains("As promised, I'll send you these this week:\n- the article on rotas\n- my notes from the open day", StringComparison.Ordinal)
                && r.Markdown.Contains("suggesting I speak with Ana Ruiz and Ben Cho", StringComparison.Ordinal)
                && !r.Markdown.Contains("résumé", StringComparison.Ordinal)
                && !r.Markdown.Contains("general ward first", StringComparison.Ordinal)
                && r.Markdown.EndsWith("Sam Lee\n07700 900123\nsam.lee@example.com", StringComparison.Ordinal))
            .AssertReply<TextReply>(r => r.Markdown.StartsWith("I'll remind you:", StringComparison.Ordinal)
                && r.Markdown.Contains("- Send your thank-you note to Maria Lopez: **Tue 6 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Last call to thank Maria Lopez: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Send Maria Lopez: the article on rotas: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Send Maria Lopez: my notes from the open day: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Reach out to Ana Ruiz: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Reach out to Ben Cho: **Wed 7 Jan, 09:00 (UTC)**", StringComparison.Ordinal)
                && r.Markdown.Contains("- Send Maria Lopez a progress update: **", StringComparison.Ordinal))
            .AssertReply("I've marked Maria Lopez as talked to");

        IReadOnlyList<Contact> contacts = await harness.ListContactsAsync();
        Assert.Equal(4, contacts.Count);
        Contact ana = contacts.Single(c => c.Name == "Ana Ruiz");
        Assert.Equal((ConnectionKind.ReferredBy, "Maria Lopez", maria.Id, "Clinical educator", "St Anne's"), (ana.Connection, ana.ReferredByName, ana.ReferredByContactId, ana.Role, ana.Organisation));
        Assert.Equal("Maria Lopez said you may mention them.", ana.ConnectionNote);
        Contact ben = contacts.Single(c => c.Name == "Ben Cho");
        Assert.Equal((maria.Id, (string?)null, (string?)null), (ben.ReferredByContactId, ben.Role, ben.Organisation));
        Assert.StartsWith("Check with Maria Lopez", ben.ConnectionNote, StringComparison.Ordinal);
        Contact met = await harness.GetContactAsync(maria.Id);
        Assert.Equal((ContactStage.Met, "maria.lopez@stannes.example", "020 7946 0321"), (met.Stage, met.Email, met.Phone));

        // Every promise in the message is a stored reminder, each promised item on its own, referrals named only with permission.
        IReadOnlyList<ScheduledReminder> pending = harness.Reminders!.Pending(harness.User);
        Assert.Equal(
            [ReminderKind.ThankYouNote, ReminderKind.ThankYouNote, ReminderKind.PromisedItem, ReminderKind.PromisedItem, ReminderKind.ReferralOutreach, ReminderKind.ReferralOutreach, ReminderKind.KeepInTouch],
            pending.Select(r => r.Kind));
        Assert.Equal(harness.Now.AddHours(24), pending[0].DueUtc);
        Assert.Equal(harness.Now.AddHours(48), pending[1].DueUtc);
        Assert.Equal(harness.Now.AddDays(90), pending[^1].DueUtc);
        Assert.Contains(pending, r => r.Kind == ReminderKind.ReferralOutreach && r.ContactId == ana.Id && r.Body.Contains("mention Maria Lopez in your first line", StringComparison.Ordinal));
        Assert.Contains(pending, r => r.Kind == ReminderKind.ReferralOutreach && r.ContactId == ben.Id && r.Body.Contains("ask Maria Lopez first", StringComparison.Ordinal));
        DebriefRecord debrief = (await DebriefStore.ListForContactAsync(new CoachServices(harness.Records, harness.Clock), harness.User, maria.Id)).Single();
        Assert.StartsWith("20260105-", debrief.Id, StringComparison.Ordinal);

        StoredRecord<DebriefRecord>? stored = await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, CoachingJsonContext.Default.DebriefRecord);
        Assert.NotNull(stored);
        Assert.Equal(["the article on rotas".Insert(0, "Send her "), "my notes from the open day"], stored.Value.PromisedItems);
        Assert.Equal(new SelfReview { KeptToTime = true, AskedOpenQuestions = true, AvoidedAskingForJob = true, TookNotes = true }, stored.Value.Review);
        Assert.Equal(ana.Id, stored.Value.Referrals[0].ContactId);
        Assert.True(stored.Value.Referrals[0].MayUseName);
        Assert.Equal((DebriefFit.Partly, true, false, ThankYouMedium.Email), (stored.Value.Fit, stored.Value.StayInTouch, stored.Value.ResumeRequested, stored.Value.ThankYouMedium));
        Assert.Equal("- rotas: 6 weeks\n- general ward first\n- ask about the shadowing scheme", stored.Value.Notes);
        Assert.Equal("Clinical nurse educator; acuity", stored.Value.NewTerms);
        Assert.Equal("sam.lee@example.com", (await harness.Records.GetAsync(harness.User, UserRecordKinds.Profile, "main", CoachingJsonContext.Default.CoachingProfile))!.Value.Email);

        // The test menu registers no add-contact flow, so no employer step is offered and the debrief simply ends.
        await client.Press(DebriefDialog.MarkSent).AssertReply("Marked as sent.").AssertReply(TestRootDialog.Resumed);
        Assert.DoesNotContain(harness.Reminders.Pending(harness.User), r => r.Kind == ReminderKind.ThankYouNote);
        Assert.Equal(ContactStage.Thanked, (await harness.GetContactAsync(maria.Id)).Stage);
        Assert.Equal(harness.Now, (await harness.Records.GetAsync(harness.User, UserRecordKinds.Debrief, debrief.Id, CoachingJsonContext.Default.DebriefRecord))!.Value.ThankYouSentAt);
    }

    [Theory]
    [InlineData("Ben Cho", "Ben Cho", null)]
    [InlineData("yes, Ben Cho at Contoso", "Ben Cho", "Contoso")]
    [InlineData("Ben Cho from Fabrikam.", "Ben Cho", "Fabrikam")]
    [InlineData("yes she said i should talk to tom becker, he runs growth at klarna", "tom becker", "klarna")]
    [InlineData("She suggested Ana Ruiz who leads design at Contoso", "Ana Ruiz", "Contoso")]
    [InlineData("she'll introduce me to Ben Cho", "Ben Cho", null)]
    [InlineData("yes, her colleague tom reyes who runs the EPR training team, she said I can use her name", "Tom Reyes", null)]
    [InlineData("her old boss Priya Shah from Deloitte", "Priya Shah", "Deloitte")]
    [InlineData("yes his colleague sara lind, she moved from consulting into research", "Sara Lind", null)]
    public void ANameTypedAtAnyoneElseIsReadAsTheReferral(string typed, string name, string? organisation)
    {
        Assert.Equal((true, name, organisation), ReferralLoopDialog.ReadAnswer(typed));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nobody else")]
    [InlineData("that's all")]
    [InlineData("No.")]
    public void NoOneElseEndsTheReferrals(string typed)
    {
        Assert.Equal((false, (string?)null, (string?)null), ReferralLoopDialog.ReadAnswer(typed));
    }

    // What was typed with the name is not asked again: the organisation after "at", what they do after "who".
    [Theory]
    [InlineData("Ben Cho at Contoso", "What does Ben Cho do?", "Data scientist", "Ben Cho", "Data scientist", "Contoso")]
    [InlineData("yes, her colleague tom reyes who runs the EPR training team, she said I can use her name", "Where do they work?", "St Anne's", "Tom Reyes", "runs the EPR training team", "St Anne's")]
    public async Task ATypedReferralKeepsWhatWasSaidWithTheNameAndAsksOnlyTheRest(string typed, string asked, string answer, string name, string role, string organisation)
    {
        var harness = new MeetingFlowsHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await StartAsync(harness, maria);
        await AnswerUpToReferralsAsync(client);

        await client.Send(typed).AssertReply(asked);
        await client.Send(answer).AssertReply("say you may mention them");
        await client.Send("no").AssertReply("Anyone else they suggested?");
        await client.Send("no").AssertReply("card or contact details");
        await FinishFromCardAsync(client);

        Contact added = (await harness.ListContactsAsync()).Single(c => c.Name == name);
        Assert.Equal((role, organisation), (added.Role, added.Organisation));
    }

    [Fact]
    public async Task WhereAReferralCameFromIsNeitherTheirRoleNorTheirEmployer()
    {
        var harness = new MeetingFlowsHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await StartAsync(harness, maria);
        await AnswerUpToReferralsAsync(client);

        await client.Send("yes his colleague sara lind, she moved from consulting into research").AssertReply("What does Sara Lind do?");
        await client.Send("UX researcher").AssertReply("Where do they work?");
    }

    [Fact]
    public async Task NotForMeGetsSupportAndAnOfferToRevisitGoalsAndTheNoteNeverRepeatsTheNegative()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile() with { Email = "sam.lee@example.com" });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await StartAsync(harness, maria);
        await client.Send("skip");
        await client.Send("The day-to-day is mostly paperwork and it sounded boring.");
        await client.Send("4");
        await client.Send("none");

        await client.Send("not for me")
            .AssertReply("That's disappointing")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("revisit your goals", StringComparison.Ordinal));
        await client.Send("yes").AssertReply("What advice did they give you?");
        await client.Send("Talk to a school nurse instead.");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("no");
        await FinishFromCardAsync(client);

        DebriefRecord debrief = (await DebriefStore.ListAsync(new CoachServices(harness.Records, harness.Clock), harness.User)).Single();
        Assert.Equal(DebriefFit.NotForMe, debrief.Fit);
        Assert.DoesNotContain("boring", debrief.ThankYouDraft, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("paperwork", debrief.ThankYouDraft, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Your honest picture of the work", debrief.ThankYouDraft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactDetailsThatAreNeitherEmailNorPhoneAreAskedForAgainWithAReason()
    {
        var harness = new MeetingFlowsHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await StartAsync(harness, maria);
        await AnswerUpToReferralsAsync(client);
        await client.Send("no").AssertReply("card or contact details");

        await client.Send("she gave me her card").AssertReply("I couldn't find an email address or a phone number in that.");
        await client.Send("+44 20 7946 0321").AssertReply("stay in touch");
    }

    [Fact]
    public async Task AHandwrittenCardGetsACardLengthNoteAndWriteAndPostReminders()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile() with { Email = "sam.lee@example.com" });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await StartAsync(harness, maria);
        await AnswerUpToReferralsAsync(client);
        await client.Send("no");
        await client.Send("no");
        await client.Send("no");
        await client.Send("my scraping project");
        await client.Send("yes").AssertReply("next steps");
        await client.Send("none");
        await client.Send("none of these").AssertReply("handwritten card");

        TestTurn finished = await client.Send("handwritten");
        finished.AssertReplyContains("card-length thank-you to copy out by hand")
            .AssertReplyContains("As promised, I'll email you my scraping project this week.")
            .AssertReplyContains("I'll email you my résumé, as you asked.")
            .AssertReplyContains("Write and post your thank-you card to Maria Lopez")
            .AssertReplyContains("Tell me when the thank-you is posted?")
            .AssertNoReplyContains("Subject:");
        Assert.Equal(
            ["Write and post your thank-you card to Maria Lopez", "Last call to post your card to Maria Lopez"],
            harness.Reminders!.Pending(harness.User).Where(r => r.Kind == ReminderKind.ThankYouNote).Select(r => r.Title));
        Assert.DoesNotContain(harness.Reminders.Pending(harness.User), r => r.Kind == ReminderKind.KeepInTouch);
    }

    [Fact]
    public async Task TheSignOffIsAskedOnceAndSavedForTheNextDebrief()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Phone = null });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        await QuickDebriefAsync(harness, maria, signOff: "sam@example.com 07700 900456");
        harness.Client.LastTurn!.AssertReplyContains("07700 900456\nsam@example.com");
        await harness.Client.Press(DebriefDialog.NotYet);
        harness.Clock.Advance(TimeSpan.FromHours(2));

        TestTurn second = await QuickDebriefAsync(harness, maria, signOff: null);

        second.AssertReplyContains("Sam Lee\n07700 900456\nsam@example.com").AssertNoReplyContains("signs off");
    }

    [Fact]
    public async Task TwoDebriefsInAWeekOfferTheWeeklyReviewSideBySide()
    {
        var harness = new CoachHarness(reminders: new Reminders.FakeReminderScheduler());
        await harness.SaveProfileAsync(Samples.Profile() with { Email = "sam.lee@example.com" });
        Contact maria = Samples.ReferredContact();
        Contact tomas = Samples.ColdContact();
        await harness.SaveContactAsync(maria);
        await harness.SaveContactAsync(tomas);
        await harness.Client.Send("hi");
        DialogTestClient client = harness.Client;

        await client.Send("debrief");
        await client.Press(maria.Id);
        await client.Press(DebriefDialog.Today);
        await AnswerAllAsync(client, learned: "Rotas change every six weeks.", employers: "skip");
        await client.Press(DebriefDialog.NotYet).AssertNoReplyContains("Weekly review");
        await client.Send("debrief");
        await client.Press(tomas.Id);
        await client.Press(DebriefDialog.Today);
        await AnswerAllAsync(client, learned: "Clinics hire through agencies.", employers: "Fabrikam Care");

        await client.Press(DebriefDialog.NotYet)
            .AssertReply("the reminder stays")
            .AssertReply("That's 2 conversations this week")
            .AssertReply("I'll also send you the review at the end of the week, **Fri 9 Jan, 16:00 (UTC)**.")
            .AssertReply<ChoiceReply>(r => r.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Weekly review", "Add someone at Fabrikam Care", "Target Fabrikam Care", "That's all for now" }));
        await client.Send("weekly review")
            .AssertReply<CardReply>(card => card.Title == "Your week: 2 conversations" && card.Sections.Count == 2
                && card.Sections.Any(s => s.Heading == "Mon 5 Jan 2026: Maria Lopez" && s.Markdown!.Contains("Rotas change every six weeks.", StringComparison.Ordinal))
                && card.Sections.Any(s => s.Heading == "Mon 5 Jan 2026: Dr Tomas Berg" && s.Markdown!.Contains("Clinics hire through agencies.", StringComparison.Ordinal)))
            .AssertReply<ChoiceReply>(r => r.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Add someone at Fabrikam Care", "Target Fabrikam Care", "That's all for now" }));

        // One press opens the add-contact form with the employer filled in.
        await client.Send("Add someone at Fabrikam Care")
            .AssertReply<FormReply>(form => form.Fields.Any(f => f.Id == "organisation" && f.InitialValue == "Fabrikam Care"));
    }

    [Fact]
    public async Task DebriefNotesAndTheSignOffAreExportedAndDeletedWithTheUsersData()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await StartAsync(harness, maria);
        await client.Send("private note: salary bands 30-40k");
        await client.Send("They love the team.");
        await client.Send("2");
        await client.Send("none");
        await client.Send("yes");
        await client.Send("none");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send("no");
        await FinishFromCardAsync(client, signOff: "sam.lee@example.com");
        await client.Press(DebriefDialog.NotYet);

        IReadOnlyList<ExportedRecord> exported = await harness.Records.ExportAllAsync(harness.User);
        Assert.Contains(exported, r => r.Kind == UserRecordKinds.Debrief && r.Json.Contains("salary bands 30-40k", StringComparison.Ordinal) && r.Json.Contains("Dear Maria", StringComparison.Ordinal));
        Assert.Contains(exported, r => r.Kind == UserRecordKinds.Profile && r.Json.Contains("sam.lee@example.com", StringComparison.Ordinal));

        await client.Send("delete my data");
        await client.Send("yes");
        Assert.Empty(await harness.Records.ExportAllAsync(harness.User));
    }

    [Fact]
    public async Task TheContactsPageShowsTheDatedSummary()
    {
        var harness = new CoachHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Email = "sam.lee@example.com" });
        Contact maria = Samples.ReferredContact();
        await harness.SaveContactAsync(maria);
        await harness.Client.Send("hi");
        await harness.Client.Send("debrief");
        await harness.Client.Press(maria.Id);
        await harness.Client.Press(DebriefDialog.Today);
        await AnswerAllAsync(harness.Client, learned: "Rotas change every six weeks.", employers: "skip");
        await harness.Client.Press(DebriefDialog.NotYet);

        await harness.Client.Send("contacts");
        await harness.Client.Press(global::InterviewCoach.Coaching.Menu.CardActionPrompt.Target(ContactCards.View, maria.Id))
            .AssertReply<CardReply>(card => card.Title == "Maria Lopez")
            .AssertReply<CardReply>(card => card.Title == "Debrief: Maria Lopez" && card.Subtitle == "Mon 5 Jan 2026"
                && card.Sections.Any(s => s.Markdown == "Rotas change every six weeks."));
    }

    [Fact]
    public async Task WithoutHooksNothingIsSaidAboutReminders()
    {
        var harness = new MeetingFlowsHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());

        TestTurn finished = await QuickDebriefAsync(harness, maria);

        finished.AssertNoReplyContains("remind").AssertReplyContains("Dear Maria,").AssertReplyContains("[your name]");
        await harness.Client.Press(DebriefDialog.NotYet).AssertReply("A note within a day");
        Assert.Equal(ContactStage.Met, (await harness.GetContactAsync(maria.Id)).Stage);
    }

    [Fact]
    public async Task NotYetKeepsTheThankYouRemindersAndSaysWhenTheNextComes()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());

        (await QuickDebriefAsync(harness, maria)).AssertReplyContains("- Send your thank-you note to Maria Lopez: **Tue 6 Jan, 09:00 (UTC)**");
        await harness.Client.Press(DebriefDialog.NotYet).AssertReply("Okay, the reminder stays: I'll nudge you **Tue 6 Jan, 09:00 (UTC)**");

        Assert.Equal(2, harness.Reminders!.Pending(harness.User).Count(r => r.Kind == ReminderKind.ThankYouNote && r.ContactId == maria.Id));
    }

    [Fact]
    public async Task ADebriefDaysLaterSetsNoThankYouNudgesAndSaysSo()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        DialogTestClient client = harness.Client;
        await client.Send("debrief");
        await client.Press(maria.Id);
        await client.Press(DebriefDialog.OtherDay);
        await client.Send("2026-01-01");

        (await FinishAnswersAsync(client)).AssertReplyContains("I haven't set any reminders for this one.");
        await client.Press(DebriefDialog.NotYet).AssertReplyContains("There's no thank-you reminder left to send");
        Assert.Empty(harness.Reminders!.Pending(harness.User));
    }

    [Fact]
    public async Task AnotherDayIsAskedForAndEarlierDebriefsAreListed()
    {
        var harness = new MeetingFlowsHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        await QuickDebriefAsync(harness, maria);
        await harness.Client.Press(DebriefDialog.NotYet);

        DialogTestClient client = harness.Client;
        await client.Send("debrief");
        await client.Press(maria.Id)
            .AssertReply("Your earlier debriefs with Maria Lopez:\n- **Mon 5 Jan 2026**: They love the team.")
            .AssertReply("When did you talk");
        await client.Press(DebriefDialog.OtherDay).AssertReply("Which day was it?");
        await client.Send("2026-01-02").AssertReply("paste or type");
        await FinishAnswersAsync(client);

        IReadOnlyList<DebriefRecord> debriefs = await DebriefStore.ListForContactAsync(new CoachServices(harness.Records, harness.Clock), harness.User, maria.Id);
        Assert.Equal([new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 5)], debriefs.Select(d => d.MetOn));
    }

    [Fact]
    public async Task WithNoContactsTheDebriefExplainsWhatToDoFirst()
    {
        var harness = new MeetingFlowsHarness();

        await harness.Client.Send("debrief").AssertReply("Add the person to your contacts first").AssertReply(TestRootDialog.Resumed);
    }

    [Fact]
    public async Task ADebriefBegunForAContactSkipsThePicker()
    {
        var harness = new MeetingFlowsHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        await harness.AddContactAsync(Samples.ColdContact());
        var set = new Dialogs.DialogSet();
        var services = new CoachServices(harness.Records, harness.Clock);
        CoachPrompts.Register(set, services.Slots);
        CoachDialogs.AddMeetingFlows(set, services);
        var root = new Dialogs.WaterfallDialog("root", [(step, ct) => step.BeginDialogAsync(DebriefDialog.DialogId, new ContactFlowOptions(maria.Id), ct)]);
        set.Add(root);
        var client = new DialogTestClient(set, "root", clock: harness.Clock);

        await client.Send("hi").AssertReply("When did you talk to Maria Lopez?");
    }

    private static async Task StartAsync(MeetingFlowsHarness harness, Contact contact)
    {
        DialogTestClient client = harness.Client;
        await client.Send("debrief");
        if (client.LastTurn!.LastReply is ChoiceReply { Buttons.Count: > 0 } picker && picker.Buttons[0].Value != DebriefDialog.Today)
        {
            await client.Press(contact.Id);
        }

        await client.Press(DebriefDialog.Today);
    }

    private static async Task<TestTurn> QuickDebriefAsync(MeetingFlowsHarness harness, Contact contact, string? signOff = "skip")
    {
        await StartAsync(harness, contact);
        return await FinishAnswersAsync(harness.Client, signOff);
    }

    /// <summary>Notes to employers, answered briefly; the next question is the referral loop's.</summary>
    private static async Task AnswerUpToReferralsAsync(DialogTestClient client, string learned = "They love the team.", string employers = "skip")
    {
        await client.Send("skip");
        await client.Send(learned);
        await client.Send("2");
        await client.Send("none");
        await client.Send("yes");
        await client.Send("none");
        await client.Send("skip");
        await client.Send("skip");
        await client.Send(employers);
    }

    /// <summary>From "card or contact details?" to the end, answering no or none throughout.</summary>
    private static async Task<TestTurn> FinishFromCardAsync(DialogTestClient client, string? signOff = "skip")
    {
        await client.Send("no");
        await client.Send("no");
        await client.Send("none");
        await client.Send("no");
        await client.Send("none");
        await client.Send("none of these");
        TestTurn turn = await client.Send("email");
        return turn.Replies.Count > 0 && turn.LastReply.ToPlainText().Contains("signs off", StringComparison.Ordinal) && signOff is not null
            ? await client.Send(signOff)
            : turn;
    }

    private static async Task<TestTurn> AnswerAllAsync(DialogTestClient client, string learned, string employers)
    {
        await AnswerUpToReferralsAsync(client, learned, employers);
        await client.Send("no");
        return await FinishFromCardAsync(client);
    }

    private static async Task<TestTurn> FinishAnswersAsync(DialogTestClient client, string? signOff = "skip")
    {
        await AnswerUpToReferralsAsync(client);
        await client.Send("no");
        return await FinishFromCardAsync(client, signOff);
    }
}
