using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class ChanceMeetingDialogTests
{
    [Fact]
    public async Task AChatAtAConferenceIsLoggedInOneGoWithANewContactWithoutGoalsOrPrep()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.Client.Send("hi");

        await coach.Client.Send("just had a great chat with someone at a conference")
            .AssertReply("count too")
            .AssertReply("Who did you talk to?");
        await coach.Client.Send("Priya Shah from Contoso").AssertReply("What did you learn from Priya Shah?");
        await coach.Client.Send("Their data team hires analysts from the grad scheme every spring.")
            .AssertReply("Priya Shah is in your contacts now, marked as talked to")
            .AssertReply<TextReply>(r => r.Markdown.Contains("Dear Priya,", StringComparison.Ordinal) && r.Markdown.Contains("grad scheme", StringComparison.Ordinal))
            .AssertReply("- Send your thank-you note to Priya Shah: **Tue 6 Jan, 09:00 (UTC)**")
            .AssertReply("**thankyou**")
            .AssertReply<ChoiceReply>(next => next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Thank-you note", "My contacts", "My reminders", "Something else" }));

        Contact priya = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(("Priya Shah", "Contoso", ContactStage.Met, ConnectionKind.MetAtEvent, "Met at a conference."), (priya.Name, priya.Organisation, priya.Stage, priya.Connection, priya.ConnectionNote));
        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(coach.Services, coach.User));
        Assert.Equal((priya.Id, new DateOnly(2026, 1, 5), "Their data team hires analysts from the grad scheme every spring."), (debrief.ContactId, debrief.MetOn, debrief.Learned));
        Assert.Equal([ReminderKind.ThankYouNote, ReminderKind.ThankYouNote], reminders.Pending(coach.User).Select(r => r.Kind));

        // The thank-you drafted here is the one "thankyou" shows.
        await coach.Client.Send("thank-you note").AssertReplyContains("Dear Priya,");
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("yes")]
    [InlineData("skip")]
    public async Task ANonAnswerToWhatYouLearnedIsAskedAgainNotQuotedInTheThankYou(string nonAnswer)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("Priya Shah from Contoso").AssertReply("Where did you get talking?");
        await coach.Client.Send("a meetup").AssertReply("What did you learn from Priya Shah?");
        await coach.Client.Send(nonAnswer).AssertReply("What stuck with you?").AssertNoMoreReplies();
        Assert.Empty(await coach.ContactsAsync());

        await coach.Client.Send("Their data team hires from the grad scheme every spring.")
            .AssertReply("Priya Shah is in your contacts now")
            .AssertReply<TextReply>(r => r.Markdown.Contains("grad scheme", StringComparison.Ordinal) && !r.Markdown.Contains(nonAnswer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChatLoggedDaysLaterKeepsTheDayItHappened()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat");
        await coach.Client.Send("Priya Shah from Contoso").AssertReply("Add the day if it wasn't today");
        await coach.Client.Send("at the careers fair last Thursday").AssertReply("What did you learn from Priya Shah?");
        await coach.Client.Send("Their data team hires from the grad scheme every spring.")
            .AssertReply("saved with the date you talked, " + DebriefView.Date(new DateOnly(2026, 1, 1)));

        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(coach.Services, coach.User));
        Assert.Equal((new DateOnly(2026, 1, 1), "Unplanned conversation at the careers fair."), (debrief.MetOn, debrief.Notes));
        Assert.Equal("Met at the careers fair.", Assert.Single(await coach.ContactsAsync()).ConnectionNote);
    }

    [Fact]
    public async Task ADayTypedWithTheCommandIsNotTakenForPartOfTheName()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat with Priya Shah yesterday").AssertReply("count too").AssertReply("Where did you get talking");
        await coach.Client.Send("skip").AssertReply("What did you learn from Priya Shah?");
        await coach.Client.Send("Their data team hires from the grad scheme every spring.").AssertReply("saved with the date you talked");

        Assert.Equal(new DateOnly(2026, 1, 4), Assert.Single(await DebriefStore.ListAsync(coach.Services, coach.User)).MetOn);
    }

    [Theory]
    [InlineData("at a conference yesterday", "at a conference", "2026-01-04")]
    [InlineData("3 days ago, at the airport", "at the airport", "2026-01-02")]
    [InlineData("on Monday in the lift", "in the lift", "2025-12-29")]
    [InlineData("the coffee queue this morning", "the coffee queue", "2026-01-05")]
    [InlineData("yesterday afternoon, it was a video call", "it was a video call", "2026-01-04")]
    [InlineData("at the fair last Thursday evening", "at the fair", "2026-01-01")]
    [InlineData("the bench where we sat", "the bench where we sat", null)]
    [InlineData("a Sunday market", "a Sunday market", null)]
    public void ADayAtEitherEndIsReadAsTheLatestSuchDayBeforeToday(string said, string rest, string? day)
    {
        (string Remainder, DateOnly? Day) split = PastDay.Split(said, new DateOnly(2026, 1, 5));
        Assert.Equal((rest, day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), (split.Remainder, split.Day));
    }

    [Fact]
    public async Task LogAChatAsksWhereAndAddsToAContactAlreadyKnown()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);

        await coach.Client.Send("log a chat").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("skip").AssertReply("I need a name").AssertReply("Who did you talk to?");
        await coach.Client.Send("maria lopez").AssertReply("already in your contacts").AssertReply("Where did you get talking?");
        await coach.Client.Send("the coffee queue at the hospital").AssertReply("What did you learn from Maria Lopez?");
        await coach.Client.Send("Night shifts rotate every six weeks.").AssertReply("marked as talked to");

        Contact met = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((ContactStage.Met, ConnectionKind.ReferredBy), (met.Stage, met.Connection));
        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(coach.Services, coach.User));
        Assert.Equal("Unplanned conversation at the coffee queue at the hospital.", debrief.Notes);
    }

    [Fact]
    public async Task AFirstNameAloneFindsTheOneContactOfThatNameInsteadOfAddingASecond()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.SaveContactAsync(Samples.ColdContact());

        await coach.Client.Send("log a chat").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("maria").AssertReply("Maria Lopez is already in your contacts").AssertReply("Where did you get talking?");
        await coach.Client.Send("skip").AssertReply("What did you learn from Maria Lopez?");
        await coach.Client.Send("Night shifts rotate every six weeks.").AssertReply("saved with today's date on Maria Lopez's page");

        Assert.Equal(2, (await coach.ContactsAsync()).Count);
        Assert.Single(await coach.ContactsAsync(), c => c.Name == "Maria Lopez" && c.Stage == ContactStage.Met);
    }

    [Fact]
    public async Task ASecondConversationThisWeekOffersTheWeeklyReview()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("i met someone at a conference");
        await coach.Client.Send("Ben Cho");
        await coach.Client.Send("Analysts start on the service desk.").AssertNoReplyContains("weekly review");

        await coach.Client.Send("i met someone in the coffee queue");
        await coach.Client.Send("Priya Shah");
        await coach.Client.Send("Their grad scheme opens in spring.").AssertReplyContains("That's 2 conversations this week: type **weekly review**");
        await coach.Client.Send("weekly review").AssertReply<CardReply>(card => card.Title == "Your week: 2 conversations");
    }

    [Theory]
    [InlineData("at a conference", null, "at a conference", null)]
    [InlineData("with Priya Shah at the airport", "Priya Shah", "at the airport", null)]
    [InlineData("with someone in the coffee queue", null, "in the coffee queue", null)]
    [InlineData("with Ben", "Ben", null, null)]
    [InlineData("at a meetup, priya from monzo", "Priya", "at a meetup", "Monzo")]
    public void TheWordsAfterTheCommandSayWhoAndWhere(string typed, string? name, string? place, string? organisation)
    {
        Assert.Equal(new ChanceMeetingOptions(name, place) { Organisation = organisation }, ChanceMeetingOptions.FromArguments(typed));
    }

    [Fact]
    public void WordsThatSayNeitherWhoNorWhereAskBoth()
    {
        ChanceMeetingOptions? options = ChanceMeetingOptions.FromArguments("today");
        Assert.Equal((null, null), (options?.Name, options?.Place));
    }

    [Theory]
    [InlineData("bumped into someone at a meetup, priya from monzo", "Priya", "Monzo", "at a meetup", null)]
    [InlineData("I met Priya Shah from Contoso in the lift yesterday", "Priya Shah", "Contoso", "in the lift", "yesterday")]
    [InlineData("ran into ben who works at contoso at the careers fair", "Ben", "Contoso", "at the careers fair", null)]
    [InlineData("Priya at Monzo", "Priya", "Monzo", null, null)]
    [InlineData("had a quick chat with tom becker on the train", "Tom Becker", null, "on the train", null)]
    [InlineData("a recruiter in the coffee queue, her name was ana", "Ana", null, "in the coffee queue", null)]
    [InlineData("just a guy at the bus stop", null, null, "at the bus stop", null)]
    [InlineData("someone from monzo", null, "Monzo", null, null)]
    [InlineData("forgot her name", null, null, null, null)]
    [InlineData("skip", null, null, null, null)]
    [InlineData("i met maria lopez for coffee yesterday", "Maria Lopez", null, null, "yesterday")]
    [InlineData("had lunch with ben over zoom today", "Ben", null, null, "today")]
    [InlineData("chatted with ana from monzo for ages last friday", "Ana", "Monzo", null, "last friday")]
    [InlineData("met dana lee from the bbc at a careers fair today", "Dana Lee", "BBC", "at a careers fair", "today")]
    [InlineData("talked to omar from the city council at the library", "Omar", "City Council", "at the library", null)]
    [InlineData("met jo from a startup at a meetup", "Jo", null, "at a meetup", null)]
    [InlineData("I met a nurse manager called Grace Obi at a careers fair yesterday", "Grace Obi", null, "at a careers fair", "yesterday")]
    [InlineData("met a recruiter called me", null, null, null, null)]
    public void ASentenceAboutAChanceMeetingSaysWhoWhereAndWhenOrLeavesTheNameOpen(string said, string? name, string? organisation, string? place, string? day)
    {
        Assert.Equal(new ChanceMeetingSentence(name, organisation, place, day), ChanceMeetingSentence.Read(said));
    }

    [Fact]
    public async Task AChatOverCoffeeWithSomeoneAlreadyInContactsIsAddedToTheirsAndTheNoteWritesI()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());

        await coach.Client.Send("log a chat");
        await coach.Client.Send("i met maria lopez for coffee yesterday").AssertReply("Maria Lopez is already in your contacts");
        await coach.Client.Send("skip");
        TestTurn logged = await coach.Client.Send("she said the team is hiring juniors next year and that i should learn dbt");

        Assert.Single(await coach.ContactsAsync());
        Assert.Contains(logged.Replies, r => r.ToPlainText().Contains("I should learn dbt", StringComparison.Ordinal));
        Assert.DoesNotContain(logged.Replies, r => r.ToPlainText().Contains(" i should", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdviceFollowedByAnotherReportedThingIsThankedForOnItsOwn()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("log a chat");
        await coach.Client.Send("Dana Lee");
        await coach.Client.Send("skip");
        TestTurn logged = await coach.Client.Send("she said i should learn figma and that her team hires juniors in spring");

        Assert.Contains(logged.Replies, r => r.ToPlainText().Contains("your advice to learn figma.", StringComparison.Ordinal));
        Assert.DoesNotContain(logged.Replies, r => r.ToPlainText().Contains("figma and that", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANamedPersonInASentenceIsFiledUnderTheirNameNotTheSentence()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("bumped into someone at a meetup, priya from monzo").AssertReply("What did you learn from Priya?");
        await coach.Client.Send("Their platform team takes career changers.").AssertReply("Priya is in your contacts now");

        Contact priya = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(("Priya", "Monzo", "Met at a meetup."), (priya.Name, priya.Organisation, priya.ConnectionNote));
    }

    [Fact]
    public async Task TheSameSentenceTypedAsTheCommandNeedsNoFurtherQuestionsBeforeWhatWasLearned()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("bumped into someone at a meetup yesterday, priya from monzo").AssertReply("count too").AssertReply("What did you learn from Priya?");
        await coach.Client.Send("Their platform team takes career changers.").AssertReply("saved with the date you talked");

        Contact priya = Assert.Single(await coach.ContactsAsync());
        Assert.Equal(("Priya", "Monzo"), (priya.Name, priya.Organisation));
        Assert.Equal(new DateOnly(2026, 1, 4), Assert.Single(await DebriefStore.ListAsync(coach.Services, coach.User)).MetOn);
    }

    [Fact]
    public async Task ASentenceThatNamesNobodyAsksForTheNameAndKeepsWhereTheyMet()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("just a guy at the bus stop")
            .AssertReply("Noted: you met at the bus stop. I still need their name")
            .AssertReply("Who did you talk to?");
        Assert.Empty(await coach.ContactsAsync());

        await coach.Client.Send("sam").AssertReply("What did you learn from Sam?");
        await coach.Client.Send("Bus drivers are hiring trainers in spring.").AssertReply("Sam is in your contacts now");
        Assert.Equal(("Sam", "Met at the bus stop."), (Assert.Single(await coach.ContactsAsync()).Name, Assert.Single(await coach.ContactsAsync()).ConnectionNote));
    }

    [Fact]
    public async Task TheWholeStoryInOneMessageIsLoggedAndThePersonTheySuggestedIsOfferedAsAContact()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.Client.Send("hi");

        await coach.Client.Send("log a chat").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("met priya shah from contoso at a meetup yesterday, she said to talk to Tom Baker in their analytics team and that they hire juniors in spring")
            .AssertReply("You mentioned Priya Shah suggested **Tom Baker**. Shall I add Tom Baker to your contacts?");
        await coach.Client.Send("yes").AssertReply("What does Tom Baker do?");
        await coach.Client.Send("analyst").AssertReply("Where do they work?");
        await coach.Client.Send("yes").AssertReply("That reads as a yes: type it in a few words. Where do they work? (or **skip**)");
        await coach.Client.Send("Contoso").AssertReply("may mention them");
        await coach.Client.Send("no").AssertReply("Anyone else they suggested?");
        TestTurn logged = await coach.Client.Send("no")
            .AssertReply("Priya Shah is in your contacts now")
            .AssertReply("I've added Tom Baker to your contacts, noted as suggested by Priya Shah.");

        string note = string.Join("\n", logged.Replies.Select(r => r.ToPlainText()));
        Assert.Contains("hearing from you that they hire juniors in spring.", note, StringComparison.Ordinal);
        Assert.Contains("suggesting I speak with Tom Baker", note, StringComparison.Ordinal);
        Assert.DoesNotContain("that to talk", note, StringComparison.Ordinal);
        Assert.DoesNotContain("advice to talk to Tom", note, StringComparison.Ordinal);

        IReadOnlyList<Contact> contacts = await coach.ContactsAsync();
        Contact priya = Assert.Single(contacts, c => c.Name == "Priya Shah");
        Contact tom = Assert.Single(contacts, c => c.Name == "Tom Baker");
        Assert.Equal((ConnectionKind.ReferredBy, "Priya Shah", priya.Id, "analyst", "Contoso"), (tom.Connection, tom.ReferredByName, tom.ReferredByContactId, tom.Role, tom.Organisation));
        DebriefRecord debrief = Assert.Single(await DebriefStore.ListAsync(coach.Services, coach.User));
        Assert.Equal((new DateOnly(2026, 1, 4), "Unplanned conversation at a meetup."), (debrief.MetOn, debrief.Notes));
        Assert.Equal(tom.Id, Assert.Single(debrief.Referrals).ContactId);
        Assert.Contains(reminders.Pending(coach.User), r => r.ContactId == tom.Id);
    }

    [Fact]
    public async Task AnAnswerNoForTheSuggestedPersonLogsTheChatWithoutThem()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat");
        await coach.Client.Send("Dana Lee at a careers fair. She suggested I talk to Omar Farouk about the grad scheme.")
            .AssertReply("Shall I add Omar Farouk to your contacts?");
        await coach.Client.Send("no").AssertReply("Did Dana Lee suggest anyone else you could talk to?");
        await coach.Client.Send("no").AssertReply("Dana Lee is in your contacts now");

        Assert.Equal(["Dana Lee"], (await coach.ContactsAsync()).Select(c => c.Name));
    }

    [Theory]
    [InlineData("priya from monzo, she said the platform team takes career changers", "priya from monzo", "she said the platform team takes career changers")]
    [InlineData("Dana Lee at a careers fair. Her advice was to learn SQL", "Dana Lee at a careers fair", "Her advice was to learn SQL")]
    [InlineData("sam at the bus stop and he told me drivers train on the job", "sam at the bus stop", "he told me drivers train on the job")]
    [InlineData("omar from nhs digital; apparently they hire apprentices", "omar from nhs digital", "apparently they hire apprentices")]
    public void WhatWasLearnedIsSplitFromWhoTheyWere(string typed, string who, string learned) =>
        Assert.Equal((who, (string?)learned), ChanceMeetingSentence.SplitLearned(typed));

    [Theory]
    [InlineData("Priya Shah from Contoso")]
    [InlineData("she said hello")]
    [InlineData("the guy who said hello at the bus stop")]
    public void WithoutAReportAfterTheNameNothingIsSplitOff(string typed) =>
        Assert.Null(ChanceMeetingSentence.SplitLearned(typed).Learned);

    [Fact]
    public async Task MonthsTypedInLowerCaseAreCapitalisedInTheThankYou()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat");
        TestTurn logged = await coach.Client.Send("dana lee from the bbc at a careers fair, she said the graduate scheme opens in january and closes by march");

        string note = string.Join("\n", logged.Replies.Select(r => r.ToPlainText()));
        Assert.Contains("opens in January and closes by March", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the scheme opens in january", "the scheme opens in January")]
    [InlineData("we may meet again on monday", "we may meet again on Monday")]
    [InlineData("deadline is march 3, interviews in may", "deadline is March 3, interviews in May")]
    [InlineData("it was a march through the wards", "it was a march through the wards")]
    public void CalendarNamesAreCapitalisedOrdinaryWordsAreNot(string text, string expected) =>
        Assert.Equal(expected, InterviewCoach.Coaching.Text.Phrasing.WithCalendarNames(text));
}
