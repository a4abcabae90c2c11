using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class RehearseDialogTests
{
    [Theory]
    [InlineData("yes", "They've picked up the phone")]
    [InlineData("sure", "They've picked up the phone")]
    [InlineData("no thanks", "Good luck")]
    public async Task YesOrNoToPractisingTheScriptIsUnderstood(string said, string reply)
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("phone call");

        TestTurn turn = await coach.Client.Send(said);

        turn.AssertNoReplyContains("Please pick one").AssertReplyContains(reply);
    }

    [Fact]
    public async Task APhoneScriptForAReferredContactPutsTheReferrerFirstAndConfirmsTheDetails()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);

        await coach.Client.Send("rehearse").AssertReply<ChoiceReply>(c => c.Buttons[0].Title == "Maria Lopez" && c.Buttons[^1].Value == "generic");
        await coach.Client.Send("Maria Lopez").AssertReply<ChoiceReply>(c => c.Buttons[0].Value == nameof(ScriptKind.PhoneAsk));
        TestTurn turn = await coach.Client.Send("phone call");

        var card = (CardReply)turn.Replies[0];
        Assert.Equal("Your phone script for Maria Lopez", card.Title);
        string text = card.ToPlainText();
        Assert.Contains("my name is Sam Lee", text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah suggested", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Priya Shah", StringComparison.Ordinal) < text.IndexOf("researching pediatric nursing", StringComparison.Ordinal));
        Assert.Contains("call you back", text, StringComparison.Ordinal);
        Assert.Contains("not looking for a job", text, StringComparison.Ordinal);
        Assert.Contains("20 to 30 minutes", text, StringComparison.Ordinal);
        Assert.Contains("workplace", text, StringComparison.Ordinal);
        Assert.Contains("best way to get there", text, StringComparison.Ordinal);
        turn.AssertReplyContains("Practise it now");
    }

    [Fact]
    public async Task NamesTypedInLowerCaseAreCapitalisedInTheScript()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { Name = "maria lopez", ReferredByName = "priya shah", ReferrerConsent = ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("maria");

        TestTurn turn = await coach.Client.Send("phone call");

        string text = ((CardReply)turn.Replies[0]).ToPlainText();
        Assert.Contains("Hello Maria,", text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah suggested", text, StringComparison.Ordinal);
        Assert.DoesNotContain("maria", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maria, by email")]
    [InlineData("an email to maria lopez please")]
    public async Task ThePersonAndTheScriptCanBeNamedTogether(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("rehearse").AssertReply("Who are you getting ready to ask?");

        await coach.Client.Send(typed)
            .AssertReply<CardReply>(card => card.Title == "Your email to Maria Lopez")
            .AssertNoReplyContains("Which script would help");
    }

    [Fact]
    public async Task TheirOwnEmailPastedWhereTheContactIsAskedIsCheckedAsAnEmail()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.Client.Send("rehearse").AssertReply("Who are you getting ready to ask?");

        await coach.Client.Send("Dear Ms Okafor, your colleague Tunde Bello suggested I get in touch. I'm a final-year economics student exploring development finance, and I'd value twenty minutes of your advice. Would a short call next week suit you? Best wishes, Ada")
            .AssertReply("reads like your own email")
            .AssertReply<CardReply>(card => card.Title.StartsWith("Asking by email: ", StringComparison.Ordinal))
            .AssertNoReplyContains("Please pick one");
        Assert.Single(await coach.AttemptsAsync());
    }

    [Fact]
    public async Task AGenericScriptUsesPlaceholdersWhenThereAreNoGoals()
    {
        var coach = new CoachHarness();
        await coach.Client.Send("hi");

        await coach.Client.Send("rehearse").AssertReply("Which script would help? Asking for a conversation by phone");
        await coach.Client.Send("phone").AssertReply("LinkedIn profile up to date");
        await coach.Client.Send("yes").AssertReply("Which number should they reach you on");
        await coach.Client.Send("skip")
            .AssertReply<CardReply>(card => card.Title == "Your phone script" && card.ToPlainText().Contains("[your name]", StringComparison.Ordinal))
            .AssertReply("[brackets]");
    }

    [Fact]
    public async Task TheVoicemailNamesTheNextBusinessDayAndLeavingItIsRecorded()
    {
        var coach = await CoachHarness.WithProfileAsync();
        coach.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 9, 11, 0, 0, TimeSpan.Zero));
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"view:{maria.Id}");
        await coach.Client.Press($"rehearse:{maria.Id}");

        await coach.Client.Send("voicemail")
            .AssertReply<CardReply>(card => card.ToPlainText().Contains("07700 900123", StringComparison.Ordinal)
                && card.ToPlainText().Contains("Priya Shah", StringComparison.Ordinal)
                && card.ToPlainText().Contains("Monday", StringComparison.Ordinal))
            .AssertReply("**Monday 12 January**")
            .AssertReply<ChoiceReply>(c => c.Buttons.Any(b => b.Title == "I left this voicemail"));
        await coach.Client.Send("I left it").AssertReply("Noted on Maria Lopez's card").AssertReply("**Monday 12 January**");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ContactStage.Asked, saved.Stage);
        Assert.Contains("Voicemail left", saved.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamingAnotherScriptAfterADraftSwitchesToIt()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");
        TestTurn voicemail = await coach.Client.Send("voicemail");
        Assert.Contains(((ChoiceReply)voicemail.LastReply).Buttons, b => b.Title == "I left this voicemail");

        await coach.Client.Send("actually, make it email")
            .AssertReply<CardReply>(card => card.Title == "Your email asking for a conversation");
        await coach.Client.Send("a letter instead").AssertReply<CardReply>(card => card.Title == "Your letter asking for a conversation");
    }

    [Fact]
    public async Task AfterPractisingAScriptItsNextStepsAreOfferedAgain()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"view:{maria.Id}");
        await coach.Client.Press($"rehearse:{maria.Id}");
        await coach.Client.Send("voicemail");

        await coach.Client.Send("practise it now").AssertReply("Type the message you'd leave");
        await coach.Client.Send("Hello, this is Sam Lee. Priya Shah gave me your name. Please call me back on 07700 900123.").AssertReply<CardReply>(card => card.Title.StartsWith("Leaving a voicemail", StringComparison.Ordinal));
        await coach.Client.Send("done for now")
            .AssertReply("Nice work")
            .AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("What next?", StringComparison.Ordinal) && c.Buttons.Any(b => b.Title == "I left this voicemail"))
            .AssertNoReplyContains("Leave your number, twice");
        await coach.Client.Send("I left it").AssertReply("Noted on Maria Lopez's card");
    }

    [Fact]
    public async Task AVersionPastedWhereTheNextStepIsAskedIsCheckedAsPractice()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");
        await coach.Client.Send("phone").AssertReply<CardReply>(card => card.Title == "Your phone script");

        await coach.Client.Send("Hello, my name is Sam Lee and Priya Shah suggested I call. Is now a good time? I'm researching pediatric nursing and would value your advice, I'm not after a job. Could we meet for 20 minutes whenever suits you?")
            .AssertReply<CardReply>(card => card.Title.StartsWith("Asking by phone", StringComparison.Ordinal))
            .AssertReply("Have another go?");
        Assert.Single(await coach.AttemptsAsync());
    }

    [Fact]
    public async Task AGenericVoicemailLeftStillNamesTheCallBackDay()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");
        await coach.Client.Send("voicemail");

        await coach.Client.Press("left:Voicemail").AssertReply("Call back on **Tuesday 6 January**");
    }

    [Fact]
    public async Task TheEmailIsCheckedAgainstTheOutreachRules()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact tomas = Samples.Researched(Samples.ColdContact());
        await coach.SaveContactAsync(tomas);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg").AssertReply<ChoiceReply>(c => c.Buttons[0].Value == nameof(ScriptKind.Email));

        TestTurn turn = await coach.Client.Send("email");

        var script = (CardReply)turn.Replies[0];
        Assert.StartsWith("Subject:", script.Subtitle, StringComparison.Ordinal);
        Assert.Contains("Dear ", script.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("new children's ward", script.ToPlainText(), StringComparison.Ordinal);
        var check = (CardReply)turn.Replies[1];
        Assert.Equal("Checked against the email rules", check.Title);
        Assert.Contains("/100", check.Subtitle, StringComparison.Ordinal);
        turn.AssertReplyContains("résumé");
    }

    [Fact]
    public async Task TheMeetingOpeningAndReferralAskAreOffered()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");

        await coach.Client.Send("meeting opening").AssertReply<CardReply>(card => card.ToPlainText().Contains("not hoping for a job", StringComparison.Ordinal));
        await coach.Client.Press("another:MeetingOpening").AssertReply("Which script");
        await coach.Client.Send("referral ask").AssertReply<CardReply>(card => card.ToPlainText().Contains("anyone else", StringComparison.Ordinal));
        await coach.Client.Send("done").AssertReply("Good luck");
    }

    [Fact]
    public async Task TheReferralAskIsALastRequestWithATargetedVariantAndAssociations()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");

        CardReply card = (CardReply)(await coach.Client.Send("referral ask")).Replies[0];
        string Section(string heading) => card.Sections.Single(s => s.Heading == heading).Markdown!;

        Assert.Contains("Thank you", Section("Thank them"), StringComparison.Ordinal);
        Assert.Contains("generous with your time", Section("Thank them"), StringComparison.Ordinal);
        Assert.Contains("one last request", Section("Frame it as a last request"), StringComparison.Ordinal);
        Assert.Contains("You mentioned [the area they mentioned] as a good fit for someone exploring pediatric nursing", Section("Frame it as a last request"), StringComparison.Ordinal);
        Assert.Contains("anyone in [the function, e.g. market research] at [the company] who could advise me", Section("Or ask for someone specific"), StringComparison.Ordinal);
        Assert.Contains("professional associations in pediatric nursing", Section("Then ask about associations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypingAFunctionAtACompanyNamesBothInTheReferralQuestion()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");
        await coach.Client.Send("referral ask");

        await coach.Client.Send("name a function and company").AssertReply("Which function, at which company?");
        await coach.Client.Send("Market research at Contoso")
            .AssertReply("Ask it like this: \"Do you know anyone in market research at Contoso who could advise me")
            .AssertReply("whether you may say they suggested it");
    }

    [Fact]
    public async Task AFunctionWithoutACompanyKeepsTheCompanyBlankAndSaysSo()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");
        await coach.Client.Send("referral ask");
        await coach.Client.Send("someone specific");

        await coach.Client.Send("product design")
            .AssertReply("anyone in product design at [the company]")
            .AssertReply("didn't name a company");
    }

    [Fact]
    public async Task HelpWhileChoosingAScriptExplainsEachOne()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");

        await coach.Client.Send("help").AssertReply("**Voicemail**").AssertReply("Which script");
    }
}
