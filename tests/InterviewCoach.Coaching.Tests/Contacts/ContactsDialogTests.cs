using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

public sealed class ContactsDialogTests
{
    private static Dictionary<string, string> Details(string name, string role = "", string organisation = "") => new()
    {
        ["name"] = name,
        ["role"] = role,
        ["organisation"] = organisation,
    };

    [Fact]
    public async Task AContactIsAddedWithAFormThenStepByStepQuestions()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact").AssertReply<FormReply>(f => f.Fields.Any(x => x.Id == "name" && x.Required));
        await coach.Client.Send("a friend of mine told me about her").AssertReply("type the person's name");
        await coach.Client.Submit(Details("", "Nurse")).AssertReply<FormReply>(f => f.Errors.Any(e => e.FieldId == "name"));
        await coach.Client.Submit(Details("Maria Lopez", "Charge nurse", "St Anne's")).AssertReply("How are you connected to Maria Lopez");
        await coach.Client.Send("someone referred me").AssertReply("Who passed on their name");
        await coach.Client.Send("Priya Shah").AssertReply("Has Priya Shah said you may mention them when you contact Maria Lopez?");
        await coach.Client.Send("yes").AssertReply("How will you ask");
        await coach.Client.Send("phone")
            .AssertReply<CardReply>(card => card.Title == "Added to your contacts" && card.ToPlainText().Contains("Referred by Priya Shah", StringComparison.Ordinal))
            .AssertReply("rehearse")
            .AssertReply<ChoiceReply>(next => next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Rehearse the ask", "Plan my questions", "My contacts", "Something else" }))
            .AssertNoMoreReplies();

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal("Maria Lopez", contact.Name);
        Assert.Equal("Charge nurse", contact.Role);
        Assert.Equal("St Anne's", contact.Organisation);
        Assert.Equal(ConnectionKind.ReferredBy, contact.Connection);
        Assert.Equal("Priya Shah", contact.ReferrerToMention);
        Assert.Equal(ReferrerConsent.Agreed, contact.ReferrerConsent);
        Assert.Equal(PreferredChannel.Phone, contact.PreferredChannel);
        Assert.Equal(ContactStage.ToContact, contact.Stage);
        Assert.True(ContactId.IsValid(contact.Id));
    }

    [Theory]
    [InlineData("Maria Lopez", "Maria Lopez", null, null, null)]
    [InlineData("Maria Lopez, charge nurse at St Anne's", "Maria Lopez", "charge nurse", "St Anne's", null)]
    [InlineData("her name is Maria Lopez - charge nurse", "Maria Lopez", "charge nurse", null, null)]
    [InlineData("Jo Park from Fabrikam", "Jo Park", null, "Fabrikam", null)]
    [InlineData("Dev Patel (data engineer, Contoso) dev@contoso.com", "Dev Patel", "data engineer", "Contoso", "dev@contoso.com")]
    [InlineData("my old ward manager's sister, Grace Mensah, she's a clinical informatics lead at St Thomas'", "Grace Mensah", "clinical informatics lead", "St Thomas'", null)]
    [InlineData("Grace Mensah - my mum's neighbour. she works at Guy's Hospital", "Grace Mensah", null, "Guy's Hospital", null)]
    [InlineData("Tom Becker, my manager at Contoso", "Tom Becker", null, "Contoso", null)]
    [InlineData("Mrs. Okafor, head of nursing", "Mrs. Okafor", "head of nursing", null, null)]
    [InlineData("ok so theres a guy called Daniel Osei, he's a senior UX researcher at Monzo", "Daniel Osei", "senior UX researcher", "Monzo", null)]
    [InlineData("I'd like to add Ana Lima from Nubank", "Ana Lima", null, "Nubank", null)]
    [InlineData("my ex colleague Javier now works in BBVA as ux researcher, his name is Javier Ruiz", "Javier Ruiz", "ux researcher", "BBVA", null)]
    [InlineData("my old classmate Aiko Tanaka works at Rakuten as a product designer", "Aiko Tanaka", "product designer", "Rakuten", null)]
    [InlineData("Aiko Tanaka, i have her email aiko@rakuten.example", "Aiko Tanaka", null, null, "aiko@rakuten.example")]
    [InlineData("my old colleague Aiko Tanaka works at Rakuten as a product designer, i have her email aiko@rakuten.example", "Aiko Tanaka", "product designer", "Rakuten", "aiko@rakuten.example")]
    [InlineData("my former flatmate Tunde Bakare, he is a learning designer at Interswitch, you can reach him at tunde@interswitch.example", "Tunde Bakare", "learning designer", "Interswitch", "tunde@interswitch.example")]
    [InlineData("my friend Dana Lee, nurse at St Anne's", "Dana Lee", "nurse", "St Anne's", null)]
    public async Task AContactCanBeTypedInsteadOfFillingInTheForm(string typed, string name, string? role, string? organisation, string? email)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact").AssertReply<FormReply>(f => f.Id == "contact-details");
        await coach.Client.Send(typed).AssertReply($"How are you connected to {name}");
        await coach.Client.Send("no connection yet");
        await coach.Client.Send("email").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((name, role, organisation, email), (contact.Name, contact.Role, contact.Organisation, contact.Email));
    }

    [Theory]
    [InlineData("we're both alumni of UNILAG", ConnectionKind.Alumni, "UNILAG")]
    [InlineData("we were course mates at UNILAG", ConnectionKind.KnowThem, "we were course mates at UNILAG")]
    [InlineData("we met at the AfricArena conference in Lagos", ConnectionKind.MetAtEvent, "the AfricArena conference")]
    [InlineData("we are both alumni of lagos business school", ConnectionKind.Alumni, "lagos business school")]
    public async Task TheSchoolOrEventNamedWithTheConnectionIsNotAskedFor(string typed, ConnectionKind kind, string note)
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("add contact");
        await coach.Client.Send("Tunde Bakare, learning designer at Interswitch");
        await coach.Client.Send(typed).AssertReply("How will you ask Tunde Bakare").AssertNoReplyContains("Which");
        await coach.Client.Send("email").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((kind, note), (contact.Connection, contact.ConnectionNote));
    }

    [Theory]
    [InlineData("we were in the same school", "Which school or programme")]
    [InlineData("we met at a conference", "Which event")]
    public async Task AConnectionThatNamesNoPlaceStillAsksWhichOne(string typed, string asked)
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("add contact");
        await coach.Client.Send("Tunde Bakare, learning designer at Interswitch");
        await coach.Client.Send(typed).AssertReply(asked);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("by whatsapp")]
    public async Task AWayToGetInTouchTypedIntoTheNewContactFormIsNotTakenForTheirName(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact").AssertReply<FormReply>(f => f.Id == "contact-details");
        await coach.Client.Send(typed).AssertNoReplyContains("How are you connected");

        Assert.Empty(await coach.ContactsAsync());
    }

    [Fact]
    public async Task AWholeContactTypedAtTheMenuIsAddedFromWhatWasTyped()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("my former classmate Ngozi Eze, she is an instructional designer at Andela, i can reach her on whatsapp 0805 111 2233")
            .AssertReply("How are you connected to Ngozi Eze").AssertNoReplyContains("Did you mean");
        await coach.Client.Send("no connection yet");
        await coach.Client.Send("phone").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(("Ngozi Eze", "instructional designer", "Andela", "0805 111 2233"), (contact.Name, contact.Role, contact.Organisation, contact.Phone));
    }

    [Theory]
    [InlineData("Ngozi Eze")]
    [InlineData("i met ngozi at a conference, she works at andela")]
    [InlineData("can I add Ngozi Eze from Andela?")]
    [InlineData("Sarah Jones from Acme replied to my email yesterday")]
    public async Task ABareNameAStoryOrAQuestionAtTheMenuIsNotTakenForANewContact(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send(typed).AssertNoReplyContains("How are you connected to");

        Assert.Empty(await coach.ContactsAsync());
    }

    [Fact]
    public async Task ANumberTheUserSaysTheyHaveIsKeptAsThePhoneAndTheWordsAroundItAreNoRole()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("my ex colleague Javier now works in BBVA as ux researcher, his name is Javier Ruiz, i have his mobile 655 443 221")
            .AssertReply("How are you connected to Javier Ruiz");
        await coach.Client.Send("no connection yet");
        await coach.Client.Send("phone").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(("Javier Ruiz", "ux researcher", "BBVA", "655 443 221"), (contact.Name, contact.Role, contact.Organisation, contact.Phone));
    }

    [Fact]
    public async Task SomeoneTheUserAlreadyKnowsIsAConnectionOfItsOwnAndTheEmailRemindsThemHow()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Javier Ruiz, UX researcher at BBVA").AssertReply("How are you connected to Javier Ruiz");
        await coach.Client.Send("we worked together").AssertReply("How do you know each other");
        await coach.Client.Send("we were both auditors at KPMG");
        await coach.Client.Send("email").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((ConnectionKind.KnowThem, "we were both auditors at KPMG"), (contact.Connection, contact.ConnectionNote));
        Assert.Contains("We were both auditors at KPMG.", AskScriptBuilder.BuildEmail(Samples.Profile(), contact).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("we worked together in KPMG, he was my senior in audit")]
    [InlineData("we worked together in KPMG before he moved to design")]
    public async Task HowTheyKnowEachOtherTypedAtTheConnectionIsTheNoteAndNotAskedAgain(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Javier Ruiz, UX researcher at BBVA");
        await coach.Client.Send(typed)
            .AssertReply("How will you ask Javier Ruiz").AssertNoReplyContains("How do you know each other");
        await coach.Client.Send("phone").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((ConnectionKind.KnowThem, "we worked together in KPMG"), (contact.Connection, contact.ConnectionNote));
    }

    [Fact]
    public async Task AContactTypedWithSomeoneWhoKnowsThemTakesThatPersonAsTheReferrer()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("there is one Dr. Ramesh Iyer, he is CMIO at Narayana Health, my senior Priya worked under him")
            .AssertReply("Has Priya said you may mention")
            .AssertNoReplyContains("How are you connected");
        await coach.Client.Send("yes");
        await coach.Client.Send("email").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(("Dr. Ramesh Iyer", "CMIO", "Narayana Health", ConnectionKind.ReferredBy, "Priya"),
            (contact.Name, contact.Role, contact.Organisation, contact.Connection, contact.ReferredByName));
    }

    [Theory]
    [InlineData("my old uni friend Tom knows her", "Has Tom said you may mention them")]
    [InlineData("my senior Priya Menon worked under her, she gave me her number", "Has Priya Menon said you may mention them")]
    [InlineData("a colleague put me in touch", "Who passed on their name")]
    public async Task AConnectionThroughSomeoneTypedInTheirOwnWordsIsAReferral(string typed, string next)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Lena Fischer, product lead at Spotify").AssertReply("How are you connected to Lena Fischer");
        await coach.Client.Send(typed).AssertReply(next);
    }

    [Theory]
    [InlineData("my friend kemi worked with him at Deloitte, she said i could use her name", ReferrerConsent.Agreed)]
    [InlineData("my old colleague Tom put me in touch but asked me not to mention him", ReferrerConsent.Declined)]
    public async Task ConsentSaidWithTheReferrerIsNotAskedAgain(string typed, ReferrerConsent consent)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Daniel Osei, senior UX researcher at Monzo").AssertReply("How are you connected to Daniel Osei");
        await coach.Client.Send(typed).AssertReply("How will you ask Daniel Osei");
        await coach.Client.Send("linkedin").AssertReply("Added to your contacts");

        Assert.Equal(consent, Assert.Single(await coach.ContactsAsync()).ReferrerConsent);
    }

    [Fact]
    public async Task HowTheUserWillGetInTouchIsNotTakenForWhoPassedOnTheName()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Daniel Osei, senior UX researcher at Monzo");
        await coach.Client.Send("someone referred me").AssertReply("Who passed on their name");
        await coach.Client.Send("linkedin probably").AssertReply("how you'll get in touch rather than who passed on the name");
        await coach.Client.Send("Kemi Adeyemi").AssertReply("Has Kemi Adeyemi said you may mention them");
    }

    [Theory]
    [InlineData("she said I could use her name", ReferrerConsent.Agreed)]
    [InlineData("he's happy for me to mention him", ReferrerConsent.Agreed)]
    [InlineData("she asked me not to mention her", ReferrerConsent.Declined)]
    [InlineData("he doesn't want to be named", ReferrerConsent.Declined)]
    [InlineData("she didn't say I could use her name", null)]
    [InlineData("my friend Kemi knows him", null)]
    public void ConsentIsReadOnlyWhenItIsSaidPlainly(string typed, ReferrerConsent? consent) =>
        Assert.Equal(consent, ReferrerConsentInSentence.Read(typed));

    [Fact]
    public async Task YesToDidYouMeanSomeoneReferredMeIsNotTakenForTheReferrersName()
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("add contact");
        await coach.Client.Send("Grace Mensah, clinical informatics lead at St Thomas'").AssertReply("How are you connected to Grace Mensah");
        await coach.Client.Send("her sister was my ward manager, she gave me grace's number").AssertReply("Did you mean **Someone referred me**?");
        await coach.Client.Send("yes").AssertReply("Who passed on their name?");
        await coach.Client.Send("Abena Mensah").AssertReply("Has Abena Mensah said you may mention them");
    }

    [Theory]
    [InlineData("she's a UX researcher at Spotify", "UX researcher at Spotify", "UX researcher", "Spotify")]
    [InlineData("he works for Contoso as a data engineer", "data engineer at Contoso", "data engineer", "Contoso")]
    [InlineData("she is a charge nurse", "charge nurse", "charge nurse", null)]
    public async Task WhatTheContactDoesTypedAtTheConnectionGoesOnTheContactAndTheQuestionIsAskedAgain(string typed, string said, string role, string? organisation)
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("add contact");
        await coach.Client.Send("Priya Shah").AssertReply("How are you connected to Priya Shah");
        await coach.Client.Send(typed)
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith($"Noted on Priya Shah's details: **{said}**. And how are you connected", StringComparison.Ordinal)
                && !r.Markdown.Contains("Did you mean", StringComparison.Ordinal) && r.Buttons.Count == 7)
            .AssertNoMoreReplies();
        await coach.Client.Send("LinkedIn").AssertReply("How will you ask");
        await coach.Client.Send("email").AssertReply("Added to your contacts");

        Contact contact = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((role, organisation, ConnectionKind.LinkedIn), (contact.Role, contact.Organisation, contact.Connection));
    }

    [Theory]
    [InlineData("she's a friend of my aunt")]
    [InlineData("he is a member of my running club")]
    [InlineData("she's my old manager at Contoso")]
    [InlineData("is she a nurse at St Anne's?")]
    public void HowTheUserKnowsThemIsNotTakenForWhatTheyDo(string typed) => Assert.Null(ContactDescription.Read(typed));

    [Fact]
    public async Task ANameTypedAtTheConnectionIsNotGuessedAsAnOption()
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("add contact");
        await coach.Client.Send("Lena Fischer, product lead at Spotify").AssertReply("How are you connected to Lena Fischer");
        await coach.Client.Send("Tom Becker").AssertReply<ChoiceReply>(r => !r.Markdown.Contains("Did you mean", StringComparison.Ordinal) && r.Markdown.Contains("How are you connected", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("email", PreferredChannel.Email, "by email")]
    [InlineData("I'll probably just call her", PreferredChannel.Phone, "by phone")]
    [InlineData("in person", PreferredChannel.InPerson, "in person")]
    public async Task HowTheyWillAskTypedAtTheConnectionIsKeptAndNotTakenForNoConnection(string typed, PreferredChannel channel, string how)
    {
        var coach = await CoachHarness.WithProfileAsync(embedder: CoachHarness.Model);

        await coach.Client.Send("add contact");
        await coach.Client.Send("Lena Fischer, product lead at Spotify").AssertReply("How are you connected to Lena Fischer");
        await coach.Client.Send("her sister was my ward manager, she gave me lena's number").AssertReply("Did you mean **Someone referred me**");
        await coach.Client.Send(typed).AssertReply<ChoiceReply>(r => r.Markdown.Contains($"you'll ask Lena Fischer {how}", StringComparison.Ordinal)
            && r.Markdown.Contains("how are you connected", StringComparison.Ordinal));
        // The "Did you mean" offer still stands: yes takes it.
        await coach.Client.Send("yes").AssertReply("Who passed on their name?");
        await coach.Client.Send("Abena Fischer").AssertReply("Has Abena Fischer said you may mention them");

        // The way to ask was given already, so the contact is saved without asking it again.
        await coach.Client.Send("yes").AssertReply<CardReply>(card => card.Title == "Added to your contacts");
        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ConnectionKind.ReferredBy, saved.Connection);
        Assert.Equal(channel, saved.PreferredChannel);
    }

    [Theory]
    [InlineData("should I call or email?")]
    [InlineData("we spoke on the phone once")]
    [InlineData("call or email, not sure yet")]
    [InlineData("she was on a call I joined at work and I would like to ask her about her career path")]
    public void AnswersThatDecideNoWayToAskAreNotReadAsOne(string typed) => Assert.Null(ChannelAnswer.Read(typed));

    [Theory]
    [InlineData("how do I find people to ask?")]
    [InlineData("I don't know anyone yet")]
    [InlineData("12345")]
    public async Task AQuestionOrASentenceAtTheContactFormIsNotSavedAsAContact(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send(typed);

        Assert.Empty(await coach.ContactsAsync());
        await coach.Client.Send("Maria Lopez").AssertReply("How are you connected to Maria Lopez");
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("dunno")]
    [InlineData("nah")]
    public async Task NotSureHowYouAreConnectedMeansNoConnectionYet(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("maria lopez").AssertReply("How are you connected to maria lopez");
        await coach.Client.Send(typed).AssertReply("How will you ask maria lopez");
        await coach.Client.Send("phone").AssertReply("Added to your contacts");

        Assert.Equal(ConnectionKind.None, Assert.Single(await coach.ContactsAsync()).Connection);
    }

    [Theory]
    [InlineData("I'll message her on LinkedIn")]
    [InlineData("on linkedin")]
    [InlineData("a linkedin message probably")]
    public async Task AContactCanBeAskedOnLinkedInTypedOrPressed(string said)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("no connection").AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("How will you ask Maria Lopez", StringComparison.Ordinal) && c.Buttons.Any(b => b.Title == "LinkedIn"));
        await coach.Client.Send(said)
            .AssertReply<CardReply>(card => card.Title == "Added to your contacts" && card.ToPlainText().Contains("LinkedIn message", StringComparison.Ordinal))
            .AssertReply("I'll draft a short LinkedIn message");

        Assert.Equal(PreferredChannel.LinkedIn, Assert.Single(await coach.ContactsAsync()).PreferredChannel);

        var pressed = await CoachHarness.WithProfileAsync();
        await pressed.Client.Send("add contact");
        await pressed.Client.Send("Maria Lopez");
        await pressed.Client.Send("no connection");
        await pressed.Client.Press(nameof(PreferredChannel.LinkedIn)).AssertReply<CardReply>(card => card.Title == "Added to your contacts");
        Assert.Equal(PreferredChannel.LinkedIn, Assert.Single(await pressed.ContactsAsync()).PreferredChannel);
    }

    [Theory]
    [InlineData("I'll email her")]
    [InlineData("I will phone her")]
    public async Task OtherWaysToAskAreStillReadAsBefore(string said)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("no connection");
        await coach.Client.Send(said).AssertReply<CardReply>(card => card.Title == "Added to your contacts");
        Assert.NotEqual(PreferredChannel.LinkedIn, Assert.Single(await coach.ContactsAsync()).PreferredChannel);
    }

    [Fact]
    public async Task AConnectionNeverUnderstoodStillKeepsTheContact()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("maria lopez");
        // What she does is understood and kept, so it is no miss; three answers that aren't one are.
        await coach.Client.Send("she's a designer at monzo").AssertReply("Noted on Maria Lopez's details");
        await coach.Client.Send("it's complicated");
        await coach.Client.Send("hard to put into words");
        await coach.Client.Send("through work sort of")
            .AssertReply("I'll note no connection for now")
            .AssertReply("How will you ask Maria Lopez");
        await coach.Client.Send("email").AssertReply("Added to your contacts");

        // Typed all in lower case, the name is kept with its capitals.
        Assert.Equal(("Maria Lopez", ConnectionKind.None), Assert.Single(await coach.ContactsAsync()) is var c ? (c.Name, c.Connection) : default);
    }

    [Fact]
    public async Task ASentenceAboutTheUserIsNotTakenAsTheReferrersNameAndGivingUpStillAddsTheContact()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Submit(Details("Maria Lopez"));
        await coach.Client.Press(nameof(ConnectionKind.ReferredBy)).AssertReply("Who passed on their name?");
        await coach.Client.Send("I taught secondary school maths for 8 years and I've been doing a UX course")
            .AssertReply("reads like a sentence rather than a person");
        await coach.Client.Send("Priya Shah, my old manager").AssertReply("Has Priya Shah, my old manager said you may mention them");

        await coach.Client.Send("add contact");
        await coach.Client.Send("yes");
        await coach.Client.Submit(Details("Tom Reyes"));
        await coach.Client.Press(nameof(ConnectionKind.ReferredBy));
        await coach.Client.Send("I met her at 3 events");
        await coach.Client.Send("I'm not sure what you mean");
        await coach.Client.Send("we were on a course together in 2019")
            .AssertReply("leave their name out for now")
            .AssertReply("How will you ask Tom Reyes");
        await coach.Client.Send("email").AssertReply("Added to your contacts");
        Contact tom = Assert.Single(await coach.ContactsAsync(), c => c.Name == "Tom Reyes");
        Assert.Equal((ConnectionKind.ReferredBy, (string?)null), (tom.Connection, tom.ReferredByName));
    }

    [Fact]
    public async Task AReferrerWhoIsAlreadyAContactIsLinked()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact priya = Contact.Create("Priya Shah", CoachHarness.Start);
        await coach.SaveContactAsync(priya);

        await coach.Client.Send("add contact");
        await coach.Client.Submit(Details("Maria Lopez"));
        await coach.Client.Press(nameof(ConnectionKind.ReferredBy));
        await coach.Client.Send("priya shah");
        await coach.Client.Send("not asked yet");
        await coach.Client.Send("email").AssertReply("Added to your contacts").AssertReply("a note asking Priya Shah to introduce you");

        Contact maria = (await coach.ContactsAsync()).Single(c => c.Name == "Maria Lopez");
        Assert.Equal(priya.Id, maria.ReferredByContactId);
    }

    [Fact]
    public async Task AContactFromADebriefReferralKeepsReferredByWithoutAsking()
    {
        var coach = new CoachHarness();
        string referrerId = ContactId.New();
        DialogSet dialogs = CoachDialogs.Create(coach.Services).Add(new WaterfallDialog("test.referral",
        [
            (step, ct) => step.BeginDialogAsync(AddContactDialog.DialogId, new AddContactOptions("Dr Okafor", referrerId, "Ben Ortiz"), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        var client = new DialogTestClient(dialogs, "test.referral", clock: coach.Clock);

        await client.Send("go").AssertReply<FormReply>(f => f.Markdown!.Contains("from Dr Okafor", StringComparison.Ordinal)
            && f.Fields.Single(x => x.Id == "name").InitialValue == "Ben Ortiz");
        await client.Submit(Details("Ben Ortiz", "Planner")).AssertReply("How will you ask Ben Ortiz");
        await client.Send("in person").AssertReply<CardReply>(card => card.ToPlainText().Contains("Referred by Dr Okafor", StringComparison.Ordinal));

        Contact ben = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ConnectionKind.ReferredBy, ben.Connection);
        Assert.Equal("Dr Okafor", ben.ReferredByName);
        Assert.Equal(referrerId, ben.ReferredByContactId);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("we're not connected")]
    [InlineData("nobody")]
    public async Task SkippingTheConnectionQuestionSavesNoConnectionYet(string answer)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");
        await coach.Client.Submit(new Dictionary<string, string> { ["name"] = "Ben Cho", ["role"] = "Data analyst" })
            .AssertReply("How are you connected to Ben Cho");
        await coach.Client.Send(answer).AssertReply("How will you ask Ben Cho");
        await coach.Client.Send("email");

        Assert.Equal(ConnectionKind.None, Assert.Single(await coach.ContactsAsync()).Connection);
    }

    [Fact]
    public async Task TheListShowsACardPerContactWithItsActions()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact();
        Contact tomas = Samples.ColdContact();
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(tomas);

        TestTurn list = await coach.Client.Send("contacts")
            .AssertReply<CardReply>(card => card.Title == "1. Dr Tomas Berg")
            .AssertReply<CardReply>(card => card.Title == "2. Maria Lopez" && card.Actions.Select(a => a.Title).SequenceEqual(new[] { "View", "Edit", "Stage", "Delete" }))
            .AssertReply<ChoiceReply>(c => c.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Add a contact", "Brainstorm who to ask", "Back to menu" }));

        await coach.Client.Press($"view:{maria.Id}")
            .AssertReply<CardReply>(card => card.Title == "Maria Lopez" && card.ToPlainText().Contains("Referred by Priya Shah", StringComparison.Ordinal))
            .AssertReply("What next?");
        await coach.Client.Press("list").AssertReply<CardReply>(card => card.Title == "1. Dr Tomas Berg");
        await coach.Client.Send("2").AssertReply<CardReply>(card => card.Title == "Maria Lopez");
        await coach.Client.Send("back").AssertReply<CardReply>();
        await coach.Client.Send("maria").AssertReply<CardReply>(card => card.Title == "Maria Lopez");
        await coach.Client.Send("done").AssertReply<ChoiceReply>(c => c.Markdown.Contains("next", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AForgedButtonIsRefusedNotThrown()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.Client.Send("contacts");

        await coach.Client.Press("view:../../etc").AssertReply("Please use a button");
        await coach.Client.Send(new string('z', 10_000)).AssertReply("Please use a button");
        await coach.Client.Send("🙈").AssertReply("leave it for now").AssertReply<ChoiceReply>();
    }

    [Theory]
    [InlineData("edit maria")]
    [InlineData("edit Maria Lopez's details")]
    [InlineData("change contact Maria")]
    public async Task AContactIsEditedByNameTypedAtTheMenu(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.SaveContactAsync(Samples.ColdContact());

        await coach.Client.Send(typed).AssertReply("What would you like to change for Maria Lopez");
        await coach.Client.Send("connection").AssertReply("How are you connected to Maria Lopez");
    }

    [Fact]
    public async Task EditWithNoOrAnUnknownNameAsksWhichContact()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.SaveContactAsync(Samples.ColdContact());

        await coach.Client.Send("edit contact").AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("Whose details would you like to change?", StringComparison.Ordinal) && c.Buttons.Count == 2);
        await coach.Client.Send("cancel");
        await coach.Client.Send("edit Priya").AssertReply("I can't find **Priya** in your contacts. Whose details");
        await coach.Client.Send("tomas").AssertReply("What would you like to change for Dr Tomas Berg");
    }

    [Fact]
    public async Task EditNamingAnotherFlowOpensThatFlow()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("edit my goals").AssertReply<CardReply>(c => c.Title == "Your goals").AssertReply("Would you like to change one part, or start over?");
    }

    [Fact]
    public async Task DetailsAreEditedWithTheFormFilledIn()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");

        await coach.Client.Press($"edit:{maria.Id}").AssertReply("What would you like to change for Maria Lopez");
        await coach.Client.Send("name").AssertReply<FormReply>(f => f.Fields.Single(x => x.Id == "role").InitialValue == "Charge nurse");
        await coach.Client.Submit(Details("Maria López", "Nurse manager", "St Anne's Children's Hospital"))
            .AssertReply<CardReply>(card => card.Title == "Saved")
            .AssertReply<CardReply>(card => card.Title == "1. Maria López");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal("Nurse manager", saved.Role);
        Assert.Equal("Priya Shah", saved.ReferredByName);
    }

    [Fact]
    public async Task TheConnectionCanBeChangedLater()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact tomas = Samples.ColdContact();
        await coach.SaveContactAsync(tomas);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"edit:{tomas.Id}");

        await coach.Client.Send("how we're connected").AssertReply("How are you connected");
        await coach.Client.Send("alumni").AssertReply("Which school");
        await coach.Client.Send("Leeds nursing programme").AssertReply<CardReply>(card => card.ToPlainText().Contains("Same school (Leeds nursing programme)", StringComparison.Ordinal));

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ConnectionKind.Alumni, saved.Connection);
    }

    [Fact]
    public async Task DeletingAsksForConfirmation()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");

        await coach.Client.Press($"delete:{maria.Id}").AssertReply("Delete Maria Lopez");
        await coach.Client.Send("no").AssertReply("kept it");
        Assert.Single(await coach.ContactsAsync());

        await coach.Client.Press($"delete:{maria.Id}");
        await coach.Client.Send("yes").AssertReply("Deleted Maria Lopez").AssertReply("haven't added anyone");
        Assert.Empty(await coach.ContactsAsync());
    }

    [Fact]
    public async Task TheStageMovesForwardAndAStepBackNeedsConfirming()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Met };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");

        await coach.Client.Press($"stage:{maria.Id}").AssertReply<ChoiceReply>(c => c.Buttons[0].Value == nameof(ContactStage.Thanked));
        await coach.Client.Send("thank-you sent").AssertReply("Keep Maria Lopez posted");
        Assert.Equal(ContactStage.Thanked, Assert.Single(await coach.ContactsAsync()).Stage);

        await coach.Client.Press($"stage:{maria.Id}");
        await coach.Client.Press(nameof(ContactStage.ToContact)).AssertReply("back from");
        await coach.Client.Send("no").AssertReply("left the stage as it was");
        Assert.Equal(ContactStage.Thanked, Assert.Single(await coach.ContactsAsync()).Stage);
    }

    [Theory]
    [InlineData("meeting set", "When are you meeting Maria Lopez")]
    [InlineData("she said yes", "When are you meeting Maria Lopez")]
    [InlineData("ghosted", "try Maria Lopez once more")]
    [InlineData("we met", "you've talked with Maria Lopez")]
    public async Task TheStageCanBeTypedTheWayPeopleSayIt(string typed, string reply)
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Asked };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{maria.Id}");

        await coach.Client.Send(typed).AssertReplyContains(reply);
    }

    [Fact]
    public async Task SettingAMeetingAsksWhenAndWhereInTheUsersTimeZone()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Asked };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{maria.Id}");

        await coach.Client.Press(nameof(ContactStage.MeetingSet)).AssertReply("Great news").AssertReply("When are you meeting Maria Lopez");
        await coach.Client.Send("thursday").AssertReply("What time on that day");
        await coach.Client.Send("today at 8am").AssertReply("already passed");
        await coach.Client.Send("Thursday at 10am").AssertReply<FormReply>(f => f.Fields.Single(x => x.Id == "timeZone").InitialValue == "UTC");
        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4, St Anne's", ["timeZone"] = "Mars/Olympus", ["minutes"] = "30" })
            .AssertReply<FormReply>(f => f.Errors.Any(e => e.FieldId == "timeZone"));
        await coach.Client.Submit(new Dictionary<string, string>
        {
            ["place"] = "Ward 4, St Anne's",
            ["directions"] = "Main entrance, lift to floor 4, ask at the desk",
            ["timeZone"] = "America/New_York",
            ["minutes"] = "30",
        }).AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("What do you want from this meeting with Maria Lopez", StringComparison.Ordinal)
            && c.Buttons[0].Title == "See whether the field suits me");
        await coach.Client.Send("skip").AssertReply("Every meeting needs its own goal");
        await coach.Client.Send("hear how she moved from general to pediatric nursing")
            .AssertReply("Saved: Maria Lopez, Thursday 8 January 2026 at 10:00 (America/New_York)");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ContactStage.MeetingSet, saved.Stage);
        Assert.Equal(new DateTimeOffset(2026, 1, 8, 10, 0, 0, TimeSpan.FromHours(-5)), saved.Meeting!.StartsAt);
        Assert.Equal("Main entrance, lift to floor 4, ask at the desk", saved.Meeting.Directions);
        Assert.Equal("hear how she moved from general to pediatric nursing", saved.Meeting.Goal);

        await coach.Client.Send("contacts")
            .AssertReply<CardReply>(card => card.ToPlainText().Contains("Goal for this meeting", StringComparison.Ordinal)
                && card.ToPlainText().Contains("hear how she moved from general to pediatric nursing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedMeetingTimesAreReadInTheUsersOwnTimeZone()
    {
        var coach = await CoachHarness.WithProfileAsync();
        coach.Client.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Asked };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"edit:{maria.Id}");
        await coach.Client.Send("meeting details");

        await coach.Client.Send("tomorrow at 14:30");
        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Café Mila", ["timeZone"] = "Europe/Berlin", ["minutes"] = "20" });
        await coach.Client.Send("See whether the field suits me")
            .AssertReply<CardReply>(card => card.ToPlainText().Contains("Tuesday 6 January 2026 at 14:30 (Europe/Berlin)", StringComparison.Ordinal));

        Assert.Equal(new DateTimeOffset(2026, 1, 6, 13, 30, 0, TimeSpan.Zero), Assert.Single(await coach.ContactsAsync()).Meeting!.StartsAt.ToUniversalTime());
    }

    [Fact]
    public async Task CancellingAHalfAddedContactAsksToConfirm()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");
        await coach.Client.Submit(Details("Maria Lopez"));

        await coach.Client.Send("cancel").AssertReply("aren't saved yet");
        await coach.Client.Send("yes").AssertReply("stopped");
        Assert.Empty(await coach.ContactsAsync());
    }

    [Fact]
    public async Task LeavingAVoicemailMarksTheContactAskedAndNamesTheNextBusinessDay()
    {
        var coach = await CoachHarness.WithProfileAsync();
        coach.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 9, 16, 0, 0, TimeSpan.Zero));
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);

        await coach.Client.Send("I left a voicemail").AssertReply("Who did you leave a voicemail for");
        await coach.Client.Send("maria").AssertReply("Noted on Maria Lopez's card").AssertReply("**Monday 12 January**");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(ContactStage.Asked, saved.Stage);
        Assert.Contains("Voicemail left on Friday 9 January", saved.Notes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileFormValuesAreRefusedFieldByFieldAndEmojiNamesAreFine()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("add contact");

        await coach.Client.Submit(Details(new string('n', 10_000), new string('r', 10_000)))
            .AssertReply<FormReply>(f => f.Errors.Any(e => e.FieldId == "name") && f.Errors.Any(e => e.FieldId == "role"));
        await coach.Client.Send(new string('x', 10_000)).AssertReply("fill in the form");
        await coach.Client.Submit(Details("Zoë 🌻 Okafor")).AssertReply("How are you connected to Zoë 🌻 Okafor");
        await coach.Client.Send("🤷").AssertReply("Please pick one of the options");
        await coach.Client.Send("none");
        await coach.Client.Send("email").AssertReply<CardReply>(card => card.ToPlainText().Contains("Zoë 🌻 Okafor", StringComparison.Ordinal));

        Assert.Equal("Zoë 🌻 Okafor", Assert.Single(await coach.ContactsAsync()).Name);
    }

    [Fact]
    public async Task HelpInTheListExplainsTheCardButtons()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.Client.Send("contacts");

        await coach.Client.Send("help").AssertReply("**View**").AssertReply<ChoiceReply>();
    }

    [Fact]
    public async Task AContactsPageLeadsToItsOwnScriptAndBack()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"view:{maria.Id}");

        await coach.Client.Send("rehearse").AssertReply("Which script would help? Asking Maria Lopez");
        await coach.Client.Send("phone").AssertReply<CardReply>(card => card.Title == "Your phone script for Maria Lopez");
        await coach.Client.Send("done").AssertReply("Good luck").AssertReply<CardReply>(card => card.Title == "Maria Lopez");
    }

    [Theory]
    [InlineData("Engineer at Fabrikam", "Fabrikam", "Engineer at Fabrikam")]
    [InlineData("Engineer", "Fabrikam", "Engineer at Fabrikam")]
    public void ARoleThatNamesItsOrganisationIsNotRepeated(string role, string organisation, string expected)
    {
        Contact contact = Samples.ColdContact() with { Role = role, Organisation = organisation };

        Assert.Equal(expected, ContactCards.Detail(contact).Subtitle);
        Assert.Equal(expected, ContactCards.Summary(contact, 1).Subtitle);
    }

    [Theory]
    [InlineData("ux designer", "Google", "UX designer at Google", "Maria Lopez, UX designer at Google")]
    [InlineData("charge nurse", "St Anne's", "Charge nurse at St Anne's", "Maria Lopez, charge nurse at St Anne's")]
    [InlineData("iOS developer", null, "iOS developer", "Maria Lopez, iOS developer")]
    public void ARoleTypedInLowerCaseStartsTheSubtitleWithACapitalAndKeepsItsInitialismsInCapitals(string role, string? organisation, string alone, string afterName)
    {
        Contact contact = Samples.ReferredContact() with { Role = role, Organisation = organisation };

        Assert.Equal(alone, ContactCards.Summary(contact, 1).Subtitle);
        Assert.Equal(alone, ContactCards.Detail(contact).Subtitle);
        Assert.Equal(afterName, ContactCards.Detail(contact, "Saved").Subtitle);
    }

    [Fact]
    public async Task AnOrganisationTypedInLowerCaseInTheFormIsSavedWithItsCapitals()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Submit(Details("Maria Lopez", "ux designer", "monzo"));
        await coach.Client.Send("linkedin");
        await coach.Client.Send("email").AssertReply<CardReply>(card => card.Subtitle == "Maria Lopez, UX designer at Monzo");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal("Monzo", saved.Organisation);
        Assert.Equal("ux designer", saved.Role);
    }

    [Theory]
    [InlineData("HR recruiter")]
    [InlineData("hr recruiter")]
    public async Task AnHrRecruiterIsCheckedForDayToDayWorkAndAPractitionerSuggested(string role)
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { FieldsOfInterest = [new InterviewCoach.Coaching.Goals.FieldOfInterest { Name = "UX design" }] });

        await coach.Client.Send("add contact");
        await coach.Client.Submit(Details("Jo Park", role, "Contoso"));
        await coach.Client.Send("no connection yet");
        await coach.Client.Send("email").AssertReply("Added to your contacts").AssertReply("rehearse")
            .AssertReply("Jo Park's role (HR recruiter) sounds like hiring rather than the work itself. Do they do UX design work themselves, day to day?");
        await coach.Client.Send("no").AssertReply("Add someone who does the work too");

        Assert.Equal("Jo Park", Assert.Single(await coach.ContactsAsync()).Name);
    }

    [Fact]
    public async Task AContactTooFarToMeetIsShownAsACallAndTheAskFollows()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Submit(new Dictionary<string, string> { ["name"] = "Ana Silva", ["location"] = "Lisbon", ["longDistance"] = "true" });
        await coach.Client.Send("LinkedIn");
        await coach.Client.Send("email")
            .AssertReply<CardReply>(card => card.ToPlainText().Contains("Lisbon (too far to meet: a 10-15 minute call)", StringComparison.Ordinal))
            .AssertReply("phone or video call of 10 to 15 minutes");

        Contact ana = Assert.Single(await coach.ContactsAsync());
        Assert.True(ana.LongDistance);
        Assert.Equal(AskLength.Call, ana.AskLength);
    }

    [Fact]
    public async Task AMeetingLongerThanHalfAnHourIsNotSavedAndThirtyIsOfferedAsAButton()
    {
        CoachHarness coach = await BookingFormAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });

        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4", ["timeZone"] = "UTC", ["minutes"] = "60" })
            .AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("60 minutes is more than a first conversation should ask for: 30 at most", StringComparison.Ordinal)
                && c.Buttons.Select(b => b.Title).SequenceEqual(new[] { "30 minutes", "20 minutes" }));
        await coach.Client.Press("30").AssertReply("What do you want from this meeting");
        await coach.Client.Send("1");

        Assert.Equal(30, Assert.Single(await coach.ContactsAsync()).Meeting!.DurationMinutes);
    }

    [Theory]
    [InlineData("45 mins", "45 minutes is more than", "yes", 30)]
    [InlineData("an hour", "60 minutes is more than", "20", 20)]
    [InlineData("an hour", "60 minutes is more than", "half an hour", 30)]
    [InlineData("1 hour", "60 minutes is more than", "skip", 30)]
    public async Task ATypedLengthPastHalfAnHourIsWarnedAboutAndATypedAnswerSettlesIt(string typed, string warning, string answer, int saved)
    {
        CoachHarness coach = await BookingFormAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });

        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4", ["timeZone"] = "UTC", ["minutes"] = typed }).AssertReply(warning);
        await coach.Client.Send("forty five minutes").AssertReply("45 minutes is still more than I'd plan: 30 at most");
        await coach.Client.Send("whenever").AssertReply("How many minutes should I plan?");
        await coach.Client.Send(answer).AssertReply("What do you want from this meeting");
        await coach.Client.Send("1");

        Assert.Equal(saved, Assert.Single(await coach.ContactsAsync()).Meeting!.DurationMinutes);
    }

    [Theory]
    [InlineData("20", 20)]
    [InlineData("half an hour", 30)]
    [InlineData("twenty five minutes", 25)]
    [InlineData("", 20)]
    public async Task ALengthUpToHalfAnHourIsSavedAsTypedWithoutAnotherQuestion(string typed, int saved)
    {
        CoachHarness coach = await BookingFormAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });

        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4", ["timeZone"] = "UTC", ["minutes"] = typed }).AssertReply("What do you want from this meeting");
        await coach.Client.Send("1");

        Assert.Equal(saved, Assert.Single(await coach.ContactsAsync()).Meeting!.DurationMinutes);
    }

    [Fact]
    public async Task AnUnreadableLengthIsRefusedOnTheForm()
    {
        CoachHarness coach = await BookingFormAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });

        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4", ["timeZone"] = "UTC", ["minutes"] = "not long" })
            .AssertReply<FormReply>(f => f.Errors.Any(e => e.FieldId == "minutes" && e.Message.Contains("half an hour", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APhoneMeetingIsKeptToFifteenMinutesAndItsPrepShowsTheCallsBudget()
    {
        CoachHarness coach = await BookingFormAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });

        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "She'll ring my mobile", ["call"] = "true", ["timeZone"] = "UTC", ["minutes"] = "20" })
            .AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("20 minutes is long for a call: keep it to 10 to 15 minutes.", StringComparison.Ordinal)
                && c.Buttons.Select(b => b.Title).SequenceEqual(new[] { "15 minutes", "10 minutes" }));
        await coach.Client.Press("15");
        await coach.Client.Send("1");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((15, true), (saved.Meeting!.DurationMinutes, saved.Meeting.ByCall));
        CardReply prep = await PrepAsync(coach);
        Assert.Contains(new CardFact("Length", "15 minutes (a call stays within 10 to 15 minutes)"), prep.Facts);
        Assert.DoesNotContain(prep.Facts, f => f.Label == "Be there by");
    }

    [Fact]
    public async Task APlaceThatIsAVideoCallMakesTheMeetingACallWithoutTheToggle()
    {
        CoachHarness coach = await BookingFormAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });

        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Zoom, link in her email", ["timeZone"] = "UTC", ["minutes"] = "15" }).AssertReply("What do you want from this meeting");
        await coach.Client.Send("1");

        Assert.True(Assert.Single(await coach.ContactsAsync()).Meeting!.ByCall);
    }

    [Fact]
    public async Task AnInPersonMeetingsPrepShowsTheRequestedLengthCappedAtThirty()
    {
        CoachHarness coach = await BookingFormAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });
        await coach.Client.Submit(new Dictionary<string, string> { ["place"] = "Ward 4", ["timeZone"] = "UTC", ["minutes"] = "25" });
        await coach.Client.Send("1");

        CardReply prep = await PrepAsync(coach);

        Assert.Contains(new CardFact("Length", "25 minutes (never more than 30 unless they offer)"), prep.Facts);
        Assert.Contains(prep.Facts, f => f.Label == "Be there by");
    }

    [Fact]
    public async Task ChangingHowTheAskWentOutOnTheRecordChangesTheOpener()
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact() with
        {
            Stage = ContactStage.MeetingSet,
            AskedVia = AskedVia.Email,
            ReferrerConsent = ReferrerConsent.Agreed,
            WhyThem = "she trains the new nurses on her ward",
            Meeting = new MeetingDetails { StartsAt = Samples.Now.AddDays(3), TimeZoneId = "UTC", DurationMinutes = 20 },
        };
        await coach.SaveContactAsync(maria);
        Assert.Contains("As I mentioned in my email", await OpenerAsync(coach, maria), StringComparison.Ordinal);

        await coach.Client.Send("contacts");
        await coach.Client.Press($"edit:{maria.Id}").AssertReply<ChoiceReply>(c => c.Buttons.Any(b => b.Title == "How I asked"));
        await coach.Client.Send("how I asked").AssertReply<ChoiceReply>(c => c.Markdown.StartsWith("How did you ask Maria Lopez", StringComparison.Ordinal));
        await coach.Client.Send("by letter").AssertReply<CardReply>(card => card.Facts.Contains(new CardFact("How you asked", "Letter")));

        Assert.Equal(AskedVia.Letter, Assert.Single(await coach.ContactsAsync()).AskedVia);
        string opener = await OpenerAsync(coach, maria);
        Assert.Contains("As I mentioned in my letter, I'm researching pediatric nursing, and Priya Shah felt you'd be a great person to learn from.", opener, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheAskTheChannelEditIsHowTheUserWillAsk()
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");

        await coach.Client.Press($"edit:{maria.Id}").AssertReply<ChoiceReply>(c => c.Buttons.Any(b => b.Title == "How I'll ask"));
        await coach.Client.Send("channel").AssertReply("How will you ask Maria Lopez");
        await coach.Client.Send("email");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((PreferredChannel.Email, AskedVia.NotRecorded), (saved.PreferredChannel, saved.AskedVia));
    }

    [Fact]
    public async Task ChangingTheReferrerAsksWhetherTheyMayBeNamed()
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ColdContact();
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"edit:{maria.Id}");

        await coach.Client.Send("connection");
        await coach.Client.Send("someone referred me").AssertReply("Who passed on their name?");
        await coach.Client.Send("Priya Shah").AssertReply("Has Priya Shah said you may mention them when you contact Dr Tomas Berg?");
        await coach.Client.Send("no");

        Contact saved = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(("Priya Shah", ReferrerConsent.Declined), (saved.ReferredByName, saved.ReferrerConsent));
        Assert.Null(saved.ReferrerToMention);
    }

    private static async Task<CardReply> PrepAsync(CoachHarness coach)
    {
        await coach.Client.Send("prep");
        Contact contact = Assert.Single(await coach.ContactsAsync());
        return (await coach.Client.Press(contact.Id)).Replies.OfType<CardReply>().First(c => c.Title.StartsWith("Getting ready", StringComparison.Ordinal));
    }

    private static async Task<string> OpenerAsync(CoachHarness coach, Contact contact)
    {
        await coach.Client.Send("rehearse");
        await coach.Client.Press(contact.Id);
        string opener = (await coach.Client.Send("meeting opening")).Replies.OfType<CardReply>().Single().ToPlainText();
        await coach.Client.Send("cancel");
        return opener;
    }

    // Starts booking a meeting with the contact and answers the time, leaving the where-and-how form open.
    private static async Task<CoachHarness> BookingFormAsync(Contact contact)
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(contact);
        await coach.Client.Send("contacts");
        await coach.Client.Press($"stage:{contact.Id}");
        await coach.Client.Press(nameof(ContactStage.MeetingSet));
        await coach.Client.Send("Thursday at 10am").AssertReply<FormReply>(f => f.Fields.Single(x => x.Id == "minutes").InitialValue == "20");
        return coach;
    }
}
