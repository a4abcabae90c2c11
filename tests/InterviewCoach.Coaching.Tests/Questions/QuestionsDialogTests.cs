using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.MeetingFlows;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Questions;

public sealed class QuestionsDialogTests
{
    private const string Referral = "Who else would you suggest I speak with";

    [Fact]
    public async Task AQuestionTypedWhereTheFormatIsAskedIsToldItsTurnComesOnceTheListIsDrafted()
    {
        var harness = new MeetingFlowsHarness();

        await harness.Client.Send("questions").AssertReply("in person or on the phone");
        await harness.Client.Send("What's a normal week like for you?")
            .AssertReply("You can add your own questions in a moment, once I've drafted the list. First: Will the conversation be in person or on the phone?");
        await harness.Client.Send("phone").AssertReply("Here's an order I'd suggest");
    }

    [Fact]
    public async Task WithoutSavedGoalsTheSuggestedOrderClaimsNoCareerStage()
    {
        var harness = new MeetingFlowsHarness();

        await harness.Client.Send("questions");
        await harness.Client.Send("phone")
            .AssertNoReplyContains("still exploring")
            .AssertNoReplyContains("set on a direction")
            .AssertReply("Here's an order I'd suggest");
    }

    [Fact]
    public async Task AQuestionTypedWhereTheContactIsAskedIsKeptAndPutOnTheList()
    {
        var harness = new MeetingFlowsHarness();
        await harness.AddContactAsync(Samples.ReferredContact());

        await harness.Client.Send("questions").AssertReply("Who are these questions for?");
        await harness.Client.Send("How do you decide which patients to see first?")
            .AssertReply("I'll keep _How do you decide which patients to see first?_ and put it on your list")
            .AssertReply<ChoiceReply>(c => c.Markdown == "First, who are these questions for?" && c.Buttons.Any(b => b.Title.StartsWith("Maria Lopez", StringComparison.Ordinal)))
            .AssertNoMoreReplies();
        await harness.Client.Send("Maria Lopez").AssertReply("in person or on the phone");
        await harness.Client.Send("phone")
            .AssertReply("Here's an order I'd suggest")
            .AssertReply("Added.")
            .AssertReply<ChoiceReply>(c => c.Markdown.Contains("How do you decide which patients to see first?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASecondQuestionWhereTheContactIsAskedIsToldMoreComeOnceTheListIsDrafted()
    {
        var harness = new MeetingFlowsHarness();
        await harness.AddContactAsync(Samples.ReferredContact());

        await harness.Client.Send("questions");
        await harness.Client.Send("How do you decide which patients to see first?");
        await harness.Client.Send("What surprised you most about the job?")
            .AssertReply<ChoiceReply>(c => c.Markdown == "You can add more of your own once I've drafted the list. First, who are these questions for?");
        await harness.Client.Send("Maria Lopez").AssertReply("in person or on the phone");
    }

    [Fact]
    public async Task AQuestionForTheContactTypedWhereTheContactIsAskedIsNotOfferedAsACommand()
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        Assert.True(model.Load(), model.LoadFailure?.ToString());
        var coach = new CoachHarness(embedder: model);
        coach.Services.PrepareUnderstanding();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.Client.Send("hi");

        await coach.Client.Send("questions").AssertReply("Who are these questions for?");
        await coach.Client.Send("what made you pick nursing over other careers?")
            .AssertNoReplyContains("Did you mean")
            .AssertReplyContains("I'll keep");
    }

    [Theory]
    [InlineData("no particular contact")]
    [InlineData("not for anyone yet")]
    [InlineData("general")]
    [InlineData("not sure")]
    public async Task NoMeetingInMindAtTheFormatQuestionPlansForInPersonAndSaysSo(string typed)
    {
        var harness = new MeetingFlowsHarness();

        await harness.Client.Send("questions").AssertReply("in person or on the phone");
        TestTurn planned = await harness.Client.Send(typed);
        planned.AssertReply("Then I'll plan for in person").AssertReply("Here's an order I'd suggest").AssertNoReplyContains("Please pick");
    }

    [Theory]
    [InlineData("not for anyone yet")]
    [InlineData("no one in particular")]
    public async Task NoOneInParticularAtWhoTheQuestionsAreForMakesAGeneralList(string typed)
    {
        var harness = new MeetingFlowsHarness();
        await harness.AddContactAsync(Samples.ReferredContact());

        await harness.Client.Send("questions").AssertReply("Who are these questions for?");
        await harness.Client.Send(typed).AssertReply("Will the conversation be in person or on the phone?").AssertNoMoreReplies();
    }

    [Theory]
    [InlineData("for maria")]
    [InlineData("tomas")]
    public async Task AContactNamedByFirstNameAtWhoTheQuestionsAreForIsTaken(string typed)
    {
        var harness = new MeetingFlowsHarness();
        await harness.AddContactAsync(Samples.ReferredContact());
        await harness.AddContactAsync(Samples.ColdContact());

        await harness.Client.Send("questions").AssertReply("Who are these questions for?");
        await harness.Client.Send(typed).AssertReply("in person or on the phone?").AssertNoReplyContains("Did you mean");
    }

    [Fact]
    public async Task GenericPhoneListIsProposedWarnedSavedAndExportedAsMarkdown()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;

        await client.Send("questions").AssertReply("in person or on the phone");
        TestTurn proposed = await client.Press(nameof(MeetingFormat.Phone));
        proposed.AssertReply("Here's an order I'd suggest. It opens with their own path")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("**1.** How did you first find your way into your field? _(your opener)_", StringComparison.Ordinal)
                && r.Markdown.Contains("**5.** " + Referral, StringComparison.Ordinal)
                && r.Markdown.Contains("about 15 of 15 minutes", StringComparison.Ordinal)
                && !r.Markdown.Contains("Heads-up", StringComparison.Ordinal));

        // One more question than a call holds gets the overrun warning.
        await client.Press(QuestionEditDialog.WriteOwn);
        await client.Send("How do you decide which patients to see first?")
            .AssertReply("Added.")
            .AssertReplyContains("more than the 15 minutes you have on the phone");

        TestTurn done = await client.Press(QuestionEditDialog.Finish);
        done.AssertReply("a guide, not a script")
            .AssertReply<CardReply>(card => card.Title == "Questions for any conversation"
                && card.Sections[0].Items.Count == 6
                && card.Sections[0].Items[0].EndsWith("_(your opener)_", StringComparison.Ordinal)
                && card.Sections[0].Items[^1].StartsWith("6. " + Referral, StringComparison.Ordinal))
            .AssertReply("Want a copy as Markdown");

        await client.Press("markdown")
            .AssertReply("# Questions for any conversation")
            .AssertReplyContains("6. " + Referral);

        StoredRecord<QuestionList>? saved = await harness.Records.GetAsync(harness.User, UserRecordKinds.QuestionList, QuestionList.GenericId, CoachingJsonContext.Default.QuestionList);
        Assert.NotNull(saved);
        Assert.Equal(MeetingFormat.Phone, saved.Value.Format);
        Assert.Equal(15, saved.Value.MeetingMinutes);
        Assert.Equal(5, saved.Value.Questions.Count);
    }

    [Fact]
    public async Task AListInPersonWithNoMeetingBookedPlansTheAsksTwentyMinutes()
    {
        var harness = new MeetingFlowsHarness();

        await harness.Client.Send("questions");
        TestTurn turn = await harness.Client.Press(nameof(MeetingFormat.InPerson));

        turn.AssertReplyContains("about 18 of 20 minutes").AssertNoReplyContains("Heads-up");
    }

    [Fact]
    public async Task PerContactListNamesThemAndWarnsWhenTheirShortMeetingOverruns()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Limited });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = harness.Now.AddDays(2), TimeZoneId = "Europe/London", DurationMinutes = 20 },
        });
        await harness.AddContactAsync(Samples.ColdContact());
        DialogTestClient client = harness.Client;

        await client.Send("my questions")
            .AssertReply<ChoiceReply>(r => r.Buttons[0].Value == maria.Id && r.Buttons[^1].Value == "generic");
        await client.Press(maria.Id).AssertReply("the conversation with Maria Lopez");
        TestTurn proposed = await client.Press(nameof(MeetingFormat.InPerson));
        proposed.AssertReply("Here's an order")
            .AssertReply("**1.** Maria, how did you first find your way into pediatric nursing? _(your opener)_");
        string status = proposed.LastReply.ToPlainText();
        Assert.Contains("**5.** How would you suggest I present things like volunteer work, a class project or work in another field", status, StringComparison.Ordinal);

        await client.Press(QuestionEditDialog.AddFromBank).AssertReply("Which kind of question?");
        await client.Press(nameof(QuestionCategory.Insights))
            .AssertReply<ChoiceReply>(r => r.MultiSelect && r.Buttons[0].Title == "Maria, what surprised you most once you started working in pediatric nursing?");
        TestTurn added = await client.Send("1");
        added.AssertReply("Added.").AssertReply("**7.** " + Referral);
        Assert.Contains("**6.** Maria, what surprised you most once you started working in pediatric nursing?", added.Replies[1].ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("more than the 20 minutes you have in person", added.Replies[1].ToPlainText(), StringComparison.Ordinal);

        await client.Press(QuestionEditDialog.Finish).AssertReply("If you learn something about Maria Lopez before you meet").AssertReply<CardReply>(card => card.Title == "Questions for Maria Lopez" && card.Subtitle == "St Anne's Children's Hospital");
        Assert.NotNull(await harness.Records.GetAsync(harness.User, UserRecordKinds.QuestionList, maria.Id, CoachingJsonContext.Default.QuestionList));
    }

    [Theory]
    [InlineData(false, "Your meeting with Maria Lopez is in person, so I'll plan for the 20 minutes you have.", "of 20 minutes")]
    [InlineData(true, "Your meeting with Maria Lopez is a call, so I'll plan for the 15 minutes you have.", "of 15 minutes")]
    public async Task ABookedMeetingSetsTheFormatWithoutAskingInPersonOrPhone(bool byCall, string said, string planned)
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Limited });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = harness.Now.AddDays(2), TimeZoneId = "Europe/London", DurationMinutes = 20, ByCall = byCall },
        });

        await harness.Client.Send("questions");
        TestTurn turn = await harness.Client.Send("maria");

        turn.AssertReply(said).AssertReply("Here's an order").AssertNoReplyContains("in person or on the phone");
        Assert.Contains(planned, turn.LastReply.ToPlainText(), StringComparison.Ordinal);
        await harness.Client.Press(QuestionEditDialog.Finish);
        StoredRecord<QuestionList>? saved = await harness.Records.GetAsync(harness.User, UserRecordKinds.QuestionList, maria.Id, CoachingJsonContext.Default.QuestionList);
        Assert.Equal(byCall ? MeetingFormat.Phone : MeetingFormat.InPerson, saved?.Value.Format);
    }

    [Fact]
    public async Task AnAskThatOffersACallPlansForACallWithoutAskingInPersonOrPhone()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Limited });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Venue = MeetingVenue.Call });

        await harness.Client.Send("questions");
        TestTurn turn = await harness.Client.Send("maria");

        turn.AssertReply("Your ask to Maria Lopez offers a phone or video call, so I'll plan for the 15 minutes").AssertNoReplyContains("in person or on the phone");
        await harness.Client.Press(QuestionEditDialog.Finish);
        StoredRecord<QuestionList>? saved = await harness.Records.GetAsync(harness.User, UserRecordKinds.QuestionList, maria.Id, CoachingJsonContext.Default.QuestionList);
        Assert.Equal(MeetingFormat.Phone, saved?.Value.Format);
    }

    [Fact]
    public async Task OwnClosedQuestionGetsAnOpenRewriteTheUserCanTake()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Press(QuestionEditDialog.WriteOwn).AssertReply("Type your question");
        await client.Send("Do you like your job?")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("yes or no", StringComparison.Ordinal)
                && r.Markdown.Contains("What do you enjoy most about your job?", StringComparison.Ordinal)
                && r.Buttons.Select(b => b.Value).SequenceEqual(new[] { QuestionEditDialog.UseSuggestion, QuestionEditDialog.KeepMine, QuestionEditDialog.Reword, QuestionEditDialog.LeaveOut }));

        TestTurn used = await client.Press(QuestionEditDialog.UseSuggestion);
        used.AssertReply("Added.").AssertReply("**6.** What do you enjoy most about your job?").AssertReplyContains("**7.** " + Referral);
    }

    [Fact]
    public async Task AQuestionTypedStraightAtTheListIsCheckedAndAddedAsTheUsersOwn()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("Do you like your job?")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("What do you enjoy most about your job?", StringComparison.Ordinal));
        await client.Press(QuestionEditDialog.UseSuggestion).AssertReply("Added.").AssertReply("**6.** What do you enjoy most about your job?");

        await client.Send("that's it").AssertNoReplyContains("Did you mean").AssertNoReplyContains("What next?");
    }

    [Theory]
    [InlineData("use yours", "**6.** What do you enjoy most about your job?")]
    [InlineData("ok", "**6.** What do you enjoy most about your job?")]
    [InlineData("keep my version", "**6.** Do you like your job?")]
    public async Task TheRewriteCanBeTakenOrRefusedInWords(string typed, string added)
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("Do you like your job?").AssertReply<ChoiceReply>(r => r.Markdown.Contains("What do you enjoy most about your job?", StringComparison.Ordinal));
        await client.Send(typed).AssertReply("Added.").AssertReply(added);
    }

    [Fact]
    public async Task OwnJobQuestionIsWarnedAboutAndCanBeLeftOut()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Press(QuestionEditDialog.WriteOwn);
        await client.Send("Are you hiring at the moment?")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("asking for a job", StringComparison.Ordinal)
                && r.Markdown.Contains("What advice would you give someone who hopes to work in your field one day?", StringComparison.Ordinal));

        await client.Press(QuestionEditDialog.LeaveOut).AssertReply("Left it out.").AssertReplyContains("**6.** " + Referral).AssertNoReplyContains("hiring");
    }

    [Fact]
    public async Task OwnNearDuplicateIsFlaggedAndCanStillBeKept()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Press(QuestionEditDialog.WriteOwn);
        await client.Send("Walk me through a recent working day: what took up most of your hours?")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("very close to question 2", StringComparison.Ordinal)
                && r.Buttons.Select(b => b.Value).SequenceEqual(new[] { QuestionEditDialog.KeepMine, QuestionEditDialog.Reword, QuestionEditDialog.LeaveOut }));

        await client.Press(QuestionEditDialog.KeepMine).AssertReply("Added.").AssertReplyContains("**6.** Walk me through a recent working day: what took up most of your hours?");
    }

    [Fact]
    public async Task ANewQuestionTypedAfterAWarningIsTheNextWordingAndIsCheckedInItsPlace()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("Walk me through a recent working day: what took up most of your hours?").AssertReply("very close to question 2");
        await client.Send("Do you like your job?").AssertReply("left your last question out").AssertReply("What do you enjoy most about your job?");
        await client.Send("How do you decide which patients to see first?")
            .AssertReply("left your last question out")
            .AssertReply("Good open question. Added.")
            .AssertReplyContains("**6.** How do you decide which patients to see first?")
            .AssertNoReplyContains("took up most of your hours")
            .AssertNoReplyContains("Do you like your job");
    }

    [Fact]
    public async Task ARewordingTypedAfterAWarningReplacesItWithoutANote()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("Do you think a masters degree is needed for this kind of role?").AssertReply("yes or no");
        await client.Send("how much does a masters degree matter for this kind of role")
            .AssertNoReplyContains("left your last question out")
            .AssertReply("Good open question. Added.")
            .AssertReplyContains("**6.** how much does a masters degree matter for this kind of role");
    }

    [Fact]
    public async Task AQuestionTypedWithoutAQuestionMarkAfterAWarningIsStillTheNextQuestion()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("Do you think a masters degree is needed for this kind of role?").AssertReply("yes or no");
        await client.Send("how do you decide which patients to see first")
            .AssertNoReplyContains("pick one of the options")
            .AssertReply("left your last question out")
            .AssertReply("Good open question. Added.")
            .AssertReplyContains("**6.** how do you decide which patients to see first");
    }

    [Fact]
    public async Task RewordItAsksForTheNewWording()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("Are you hiring at the moment?").AssertReply("asking for a job");
        await client.Press(QuestionEditDialog.Reword).AssertReply("Type it the new way");
        await client.Send("What do you look for when you take on someone new to the field?").AssertReply("Added.");
    }

    [Fact]
    public async Task OwnOpenQuestionIsAddedStraightAway()
    {
        var harness = new MeetingFlowsHarness();
        await StartGenericAsync(harness.Client);

        await harness.Client.Press(QuestionEditDialog.WriteOwn);
        await harness.Client.Send("How do you decide which patients to see first?")
            .AssertReply("Good open question. Added.")
            .AssertReply("**6.** How do you decide which patients to see first?");
    }

    [Fact]
    public async Task ReorderMovesQuestionsButTheReferralQuestionStaysLast()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Press(QuestionEditDialog.ChangeOrder).AssertReply("Type two numbers");
        await client.Send("5 1").AssertReply("Done, new order").AssertReply("**1.** If you were in my position, what would your next step be? _(your opener)_");

        await client.Press(QuestionEditDialog.ChangeOrder);
        await client.Send("6 1").AssertReply("it always stays last").AssertReply("**6.** " + Referral);

        await client.Press(QuestionEditDialog.ChangeOrder);
        await client.Send("2 1 3 5 4").AssertReply("Done").AssertReply("**1.** How did you first find your way into your field?");

        await client.Press(QuestionEditDialog.ChangeOrder);
        await client.Send("banana").AssertReply("couldn't read that order");
    }

    [Fact]
    public async Task ChangesTypedAtTheListAreAppliedByPosition()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("drop the second one")
            .AssertReply("Removed: _Walk me through a recent working day")
            .AssertReply<ChoiceReply>(r => !r.Markdown.Contains("Walk me through", StringComparison.Ordinal) && r.Markdown.Contains("**5.** " + Referral, StringComparison.Ordinal));
        await client.Send("swap 1 and 3").AssertReply("Swapped 1 and 3.").AssertReplyContains("**3.** How did you first find your way into your field?");
        await client.Send("ok move question 3 to the top please").AssertReply("Moved to number 1.").AssertReplyContains("**1.** How did you first find your way into your field?");
        await client.Send("remove the last one").AssertReply("The referral question stays").AssertReplyContains("**5.** " + Referral);
        await client.Send("delete 9").AssertReply("There's no question 9");
    }

    [Fact]
    public async Task ANewWordingTypedForAQuestionIsCheckedAndTakesItsPlace()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("change the last one to who else should i talk to?")
            .AssertReply("Good open question. Changed.")
            .AssertReply("also ask whether you may say they sent you")
            .AssertReplyContains("**6.** Who else should I talk to?")
            .AssertNoReplyContains(Referral);
        await client.Send("change 2 to do you like your job?").AssertReply("What do you enjoy most about your job?");
        await client.Press(QuestionEditDialog.UseSuggestion)
            .AssertReply("Changed.")
            .AssertReplyContains("**2.** What do you enjoy most about your job?")
            .AssertNoReplyContains("Walk me through");
    }

    // A question said about the contact, or a request to the coach for one on a topic, is added as an open question to them.
    [Theory]
    [InlineData("i also want to ask her what she thinks of open banking", "Could you tell me what you think of open banking?")]
    [InlineData("can you add a question about what qualifications I'd need", "Could you tell me what qualifications I'd need?")]
    [InlineData("can you add one about whether bootcamps are worth it", "What's your view on whether bootcamps are worth it?")]
    public async Task SayingWhatYouWantToAskAddsItAsAnOpenQuestionToThem(string typed, string added)
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send(typed)
            .AssertReply("Added.")
            .AssertReplyContains("**6.** " + added)
            .AssertReplyContains("**7.** " + Referral)
            .AssertNoReplyContains("yes or no");
    }

    [Fact]
    public async Task AskingForMoreQuestionsOpensTheBankAndBackReturnsToTheList()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Send("can i have a few more questions?").AssertReply("Which kind of question?");
        await client.Send("go back").AssertReplyContains("**6.** " + Referral);
        await client.Press(QuestionEditDialog.RemoveOne).AssertReply("Which one should go?");
        await client.Send("go back").AssertNoReplyContains("Removed").AssertReplyContains("**6.** " + Referral);
        await client.Press(QuestionEditDialog.ChangeOrder).AssertReply("Type two numbers");
        // "go back" at a typed answer is the engine's: the list and its edits again, nothing moved.
        await client.Send("go back").AssertReply("back one question").AssertReplyContains("**1.** How did you first find your way into your field?");
    }

    [Fact]
    public async Task RemovingBelowFiveQuestionsBlocksDoneUntilMoreAreAdded()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Press(QuestionEditDialog.RemoveOne).AssertReply<ChoiceReply>(r => r.Buttons.Count == 6 && r.Buttons[^1].Title == "Back");
        await client.Press("1").AssertReply("Removed.").AssertNoReplyContains("Aim for at least");
        await client.Press(QuestionEditDialog.RemoveOne).AssertReply<ChoiceReply>(r => r.Buttons.Count == 5);
        await client.Press("1").AssertReply("Removed.").AssertReply("Aim for at least 5 questions");
        await client.Press(QuestionEditDialog.Finish).AssertReply("at least 5 questions first");

        await client.Press(QuestionEditDialog.AddFromBank);
        await client.Press(nameof(QuestionCategory.SkillsAndTraining));
        await client.Send("1, 2").AssertReply("Added 2.").AssertReply("**6.** " + Referral);
        await client.Press(QuestionEditDialog.Finish).AssertReply("a guide, not a script").AssertReply<CardReply>(card => card.Sections[0].Items.Count == 6);
    }

    [Fact]
    public async Task TheListCannotGrowPastTenQuestions()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Press(QuestionEditDialog.AddFromBank);
        await client.Press(nameof(QuestionCategory.AdviceForMe));
        await client.Send("1, 2, 3, 4, 5").AssertReply("Please pick between 1 and 4");
        TestTurn full = await client.Send("1, 2, 3, 4");
        full.AssertReply("Added 4.")
            .AssertReply("a meeting of 20 to 30 minutes fits about ten")
            .AssertReply<ChoiceReply>(r => r.Buttons.All(b => b.Value != QuestionEditDialog.AddFromBank && b.Value != QuestionEditDialog.WriteOwn)
                && r.Buttons.Any(b => b.Title == "Swap one out"));
        Assert.Contains("**10.** " + Referral, full.Replies[2].ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullListSaysWhyAndSwapsOneOutByTypedText()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);
        await client.Press(QuestionEditDialog.AddFromBank);
        await client.Press(nameof(QuestionCategory.AdviceForMe));
        await client.Send("1, 2, 3, 4").AssertReply("Added 4.").AssertReply("Your list has 10 questions");

        // Typing "add" on a full list leads to the swap rather than a silent refusal.
        await client.Send("add").AssertReply("Which one should make room?");
        await client.Send("1").AssertReply("Removed. There's room for one more").AssertNoReplyContains("Your list has 10")
            .AssertReply<ChoiceReply>(r => r.Buttons.Any(b => b.Value == QuestionEditDialog.AddFromBank) && r.Markdown.Contains("**9.** " + Referral, StringComparison.Ordinal));
        await client.Send("write my own").AssertReply("Type your question");
        await client.Send("What skills would you build first if you started again today?")
            .AssertReply("Added")
            .AssertReply("Your list has 10 questions");
    }

    [Fact]
    public async Task BackInTheBankPickersReturnsToTheListUnchanged()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        await client.Press(QuestionEditDialog.AddFromBank)
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("Which kind of question?", StringComparison.Ordinal) && r.Buttons[^1].Title == "Back");
        await client.Press(QuestionEditDialog.Back)
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("**6.** " + Referral, StringComparison.Ordinal) && r.Markdown.Contains("What next?", StringComparison.Ordinal));

        await client.Send("bank");
        await client.Press(nameof(QuestionCategory.AdviceForMe))
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("Pick up to 4", StringComparison.Ordinal) && r.Buttons[^1].Title == "Back");
        await client.Send("back")
            .AssertNoReplyContains("Added")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("**6.** " + Referral, StringComparison.Ordinal) && r.Markdown.Contains("What next?", StringComparison.Ordinal));
        await client.Press(QuestionEditDialog.Finish).AssertReply("a guide, not a script").AssertReply<CardReply>(card => card.Sections[0].Items.Count == 6);
    }

    [Fact]
    public async Task ASavedListIsReopenedForEditing()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);
        await client.Press(QuestionEditDialog.Finish);
        await client.Press("done").AssertReply("Good luck").AssertReply(TestRootDialog.Resumed);

        await client.Send("questions").AssertReply("Here's the list you saved").AssertReply("**6.** " + Referral);
    }

    [Fact]
    public async Task AnExperiencedUserOptsInByTypingAndTheResumeReviewComesLateThenANoteBecomesAQuestion()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.Researched(Samples.ReferredContact()));
        DialogTestClient client = harness.Client;

        await client.Send("questions");
        await client.Press(maria.Id);
        await client.Send("in person").AssertReply("how much experience do you have");
        await client.Send("lots").AssertReply("look over your résumé for clarity and fit");
        TestTurn proposed = await client.Send("yes");
        string status = proposed.LastReply.ToPlainText();
        Assert.Contains("**5.** If you had a few minutes to look over my résumé", status, StringComparison.Ordinal);
        Assert.Contains("**6.** " + Referral, status, StringComparison.Ordinal);
        Assert.Equal(ExperienceLevel.Experienced, (await harness.Records.GetAsync(harness.User, UserRecordKinds.Profile, "main", CoachingJsonContext.Default.CoachingProfile))!.Value.Experience);

        await client.Send("done")
            .AssertReply<ChoiceReply>(r => r.Markdown.Contains("a guide, not a script", StringComparison.Ordinal)
                && r.Markdown.Contains("\"I understand your team opened a new children's ward this spring: what has that been like for you?\"", StringComparison.Ordinal));
        await client.Send("yes")
            .AssertReply("Added before the referral question.")
            .AssertReply<CardReply>(card => card.Sections[0].Items[5].StartsWith("6. I understand your team opened", StringComparison.Ordinal)
                && card.Sections[0].Items[6].StartsWith("7. " + Referral, StringComparison.Ordinal));

        QuestionList saved = (await harness.Records.GetAsync(harness.User, UserRecordKinds.QuestionList, maria.Id, CoachingJsonContext.Default.QuestionList))!.Value;
        Assert.True(saved.Questions[^1].FromNotes);
    }

    [Fact]
    public async Task TheExperienceQuestionCanBeSkippedAndIsAskedAgainNextTime()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        DialogTestClient client = harness.Client;

        await client.Send("questions");
        await client.Press(nameof(MeetingFormat.InPerson)).AssertReply("how much experience");
        await client.Send("skip").AssertReply("Here's an order").AssertNoReplyContains("résumé");

        Assert.Equal(ExperienceLevel.NotSaid, (await harness.Records.GetAsync(harness.User, UserRecordKinds.Profile, "main", CoachingJsonContext.Default.CoachingProfile))!.Value.Experience);
    }

    [Fact]
    public async Task ALimitedExperienceUserGetsTheVolunteerWorkQuestionWithoutBeingAsked()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        DialogTestClient client = harness.Client;

        await client.Send("questions");
        await client.Press(nameof(MeetingFormat.Phone));
        await client.Press(nameof(ExperienceLevel.Limited))
            .AssertNoReplyContains("look over your résumé")
            .AssertReplyContains("present things like volunteer work, a class project or work in another field");
    }

    [Fact]
    public async Task ACopiedListIsNotReadyUntilAQuestionIsWrittenForTheNewPerson()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Limited });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        Contact tomas = await harness.AddContactAsync(Samples.ColdContact());
        DialogTestClient client = harness.Client;
        await client.Send("questions");
        await client.Press(maria.Id);
        await client.Press(nameof(MeetingFormat.InPerson));
        await client.Press(QuestionEditDialog.Finish);
        await client.Press("done");

        await client.Send("questions");
        await client.Press(tomas.Id).AssertReply<ChoiceReply>(r => r.Markdown.Contains("copy your list for Maria Lopez", StringComparison.Ordinal));
        await client.Send("copy").AssertReply("in person or on the phone");
        await client.Press(nameof(MeetingFormat.InPerson))
            .AssertReply("Copied your list for Maria Lopez")
            .AssertReplyContains("Maria, how did you first find your way into pediatric nursing?")
            .AssertReplyContains("copied from your list for Maria Lopez");

        await client.Send("done").AssertReply("Before it's ready: this list was made for Maria Lopez");
        await client.Press(QuestionEditDialog.WriteOwn);
        await client.Send("What drew you to Northside Clinic after hospital work?")
            .AssertReply("Added.")
            .AssertNoReplyContains("copied from your list");
        await client.Send("done").AssertReply("a guide, not a script").AssertReply<CardReply>(card => card.Title == "Questions for Dr Tomas Berg");

        QuestionList saved = (await harness.Records.GetAsync(harness.User, UserRecordKinds.QuestionList, tomas.Id, CoachingJsonContext.Default.QuestionList))!.Value;
        Assert.Equal(("Maria Lopez", true), (saved.CopiedFrom, saved.Tailored));
    }

    [Fact]
    public async Task AGoalNoQuestionCoversIsNamedAndTaggingByTypedTextClearsIt()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with
        {
            Experience = ExperienceLevel.Limited,
            Purposes = InterviewPurposes.JudgeFit | InterviewPurposes.LearnEntryPath | InterviewPurposes.FindLocalEmployers,
        });
        DialogTestClient client = harness.Client;

        await client.Send("questions");
        await client.Press(nameof(MeetingFormat.InPerson))
            .AssertReplyContains("questions on whether the field suits you, then the way in")
            .AssertReplyContains("**Nothing here covers:** find employers near me.");

        await client.Send("tag").AssertReply("Which question do you want to tag?");
        await client.Send("2").AssertReply("Which goal does it serve?");
        await client.Send("find employers near me")
            .AssertReply("Tagged.")
            .AssertReplyContains("_(for: find employers near me)_")
            .AssertNoReplyContains("Nothing here covers");
    }

    [Fact]
    public async Task AClearPathUserHearsWhyEmployersComeFirst()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Stage = CareerStage.OnAClearPath, Purposes = InterviewPurposes.None, Experience = ExperienceLevel.Limited });

        await harness.Client.Send("questions");
        await harness.Client.Press(nameof(MeetingFormat.InPerson))
            .AssertReplyContains("You're set on a direction, so employers, the market and the people to know come first.")
            .AssertReplyContains("**2.** Which organisations around here take on people who do pediatric nursing work?");

        await harness.Client.Press(QuestionEditDialog.AddFromBank)
            .AssertReply<ChoiceReply>(r => r.Buttons[0].Value == nameof(QuestionCategory.LocalMarket));
    }

    [Fact]
    public async Task AClearPathUserWhoseShortListHasNoMarketQuestionIsNotPromisedThemFirst()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Stage = CareerStage.OnAClearPath, Purposes = InterviewPurposes.LearnEntryPath, Experience = ExperienceLevel.Limited });

        await harness.Client.Send("questions");
        await harness.Client.Press(nameof(MeetingFormat.Phone))
            .AssertReplyContains("Here's an order I'd suggest")
            .AssertNoReplyContains("employers, the market and the people to know come first");
    }

    [Fact]
    public async Task AnExploringUserWithoutFitAmongTheirGoalsIsNotPromisedFitQuestionsFirst()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Stage = CareerStage.ExploringOptions, Purposes = InterviewPurposes.LearnEntryPath, Experience = ExperienceLevel.Limited });

        await harness.Client.Send("questions");
        await harness.Client.Press(nameof(MeetingFormat.InPerson))
            .AssertReplyContains("then questions on the way in, then advice for you.")
            .AssertNoReplyContains("questions about fit");
    }

    [Fact]
    public async Task AShortCallsOrderNamesOnlyTheGoalsItsQuestionsServe()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with
        {
            Stage = CareerStage.OnAClearPath,
            Purposes = InterviewPurposes.LearnHowPeopleGetHired | InterviewPurposes.LearnEntryPath,
            Experience = ExperienceLevel.Limited,
        });

        await harness.Client.Send("questions");
        await harness.Client.Press(nameof(MeetingFormat.Phone))
            .AssertReplyContains("then questions on how people get hired, then advice for you.")
            .AssertReplyContains("**Nothing here covers:** learn the way in");
    }

    [Fact]
    public async Task AStudentIsAskedWhenTheyGraduateAndUnreadableAnswersAreAskedAgain()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        DialogTestClient client = harness.Client;

        await client.Send("questions");
        await client.Press(nameof(MeetingFormat.InPerson));
        await client.Send("student").AssertReply("When do you graduate?");
        await client.Send("sometime soon").AssertReply("I couldn't find a date in that");
        await client.Send("internships, graduating may 2026")
            .AssertReply("Noted: your opener will say you're researching internships.")
            .AssertReply("Here's an order")
            .AssertReplyContains("present things like volunteer work, a class project or work in another field");

        CoachingProfile profile = (await harness.Records.GetAsync(harness.User, UserRecordKinds.Profile, "main", CoachingJsonContext.Default.CoachingProfile))!.Value;
        Assert.Equal((ExperienceLevel.Student, "May 2026", true), (profile.Experience, profile.Graduation, profile.InternshipResearch));
    }

    [Fact]
    public async Task AMeetingToLearnTheWayInGetsTheEntryQuestionsRightAfterTheirOwnPath()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Limited, Purposes = InterviewPurposes.JudgeFit });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = harness.Now.AddDays(2), TimeZoneId = "UTC", DurationMinutes = 30, Goal = InterviewPurposes.LearnEntryPath.ToLabel() },
        });

        await harness.Client.Send("questions");
        await harness.Client.Press(maria.Id);
        string status = (await harness.Client.Press(nameof(MeetingFormat.InPerson))).LastReply.ToPlainText();

        Assert.Contains("**1.** Maria, how did you first find your way into pediatric nursing? _(your opener)_", status, StringComparison.Ordinal);
        Assert.Contains("**2.** Which licences, certificates or professional exams count for something in pediatric nursing?", status, StringComparison.Ordinal);
        Assert.Contains("**3.** What education or training do people in pediatric nursing usually have?", status, StringComparison.Ordinal);
        Assert.Contains("**4.** What experience would most strengthen the background of someone hoping to join pediatric nursing?", status, StringComparison.Ordinal);
        Assert.Contains("**5.** When people join pediatric nursing, which qualities help them settle in and do well?", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovingEveryQuestionAboutThePersonBringsANudge()
    {
        var harness = new MeetingFlowsHarness();
        DialogTestClient client = harness.Client;
        await StartGenericAsync(client);

        // The opener, the working day and what satisfies them are all about the person; the nudge comes when the last goes.
        for (int i = 0; i < 2; i++)
        {
            await client.Press(QuestionEditDialog.RemoveOne);
            await client.Press("1").AssertReply("Removed.").AssertNoReplyContains("Nothing here asks about them");
        }

        await client.Press(QuestionEditDialog.RemoveOne);
        await client.Press("1").AssertReply("Removed.").AssertReplyContains("Nothing here asks about them");
    }

    private static async Task StartGenericAsync(DialogTestClient client)
    {
        await client.Send("questions");
        await client.Press(nameof(MeetingFormat.InPerson));
    }
}
