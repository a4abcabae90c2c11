using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Reminders;

public sealed class RemindersDialogTests
{
    // The harness clock: Monday 5 January 2026, 09:00 UTC.
    private static readonly DateTimeOffset s_tomorrowAfternoon = new(2026, 1, 6, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("remind me to email maria on thursday")]
    [InlineData("can you remind me to send my portfolio to Tomas")]
    public async Task RemindMeToDoATaskSaysHowRemindersAreSetAndShowsTheList(string typed)
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);

        await coach.Client.Send(typed)
            .AssertNoReplyContains("not quite sure")
            .AssertReply("I can't set a reminder for any task you name")
            .AssertReply("Your next reminder");
        Assert.Single(reminders.Pending(coach.User));
    }

    [Fact]
    public async Task TheListShowsEachReminderAsACardInTheUsersTimeZone()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        await reminders.SetSettingsAsync(coach.User, "America/New_York", QuietHours.Default);
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);
        reminders.Add(coach.User, "Call Tomas back", s_tomorrowAfternoon.AddDays(1), ReminderStatus.Failed);
        reminders.Add(coach.User, "Already done", s_tomorrowAfternoon, ReminderStatus.Done);

        await coach.Client.Send("reminders")
            .AssertReply("Your next 2 reminders")
            .AssertReply<CardReply>(card => card.Title == "1. Thank Maria"
                && card.Facts.Any(f => f.Label == "Due" && f.Value == "Tue 6 Jan, 10:00 (America/New_York)")
                && card.Facts.Any(f => f.Label == "Status" && f.Value == "Coming up")
                && card.Actions.Select(a => a.Title).SequenceEqual(new[] { "Mark done", "In an hour", "Tomorrow", "Next week", "Pick a time", "Cancel it" })
                && card.Actions[0].Value == "done:" + thanks.Id)
            .AssertReply<CardReply>(card => card.Title == "2. Call Tomas back" && card.Facts.Any(f => f.Value == "Couldn't be delivered"))
            .AssertReply<ChoiceReply>(prompt => prompt.Markdown.Contains("America/New_York", StringComparison.Ordinal)
                && prompt.Markdown.Contains("09:00-18:00, weekdays", StringComparison.Ordinal)
                && prompt.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Time zone", "Quiet hours", "Close" }))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task AnEmptyListSaysSoAndStillOffersTheSettings()
    {
        (CoachHarness coach, _) = await StartAsync();

        await coach.Client.Send("reminders")
            .AssertReply<ChoiceReply>(prompt => prompt.Markdown.Contains("no reminders coming up", StringComparison.Ordinal) && prompt.Buttons.Count == 3);
        await coach.Client.Press("finished").AssertReply<ChoiceReply>(menu => menu.Markdown == "What would you like to do next?");
    }

    [Theory]
    [InlineData("nah")]
    [InlineData("no thanks")]
    public async Task NahAtTheListClosesItAndLeavesTheRemindersAsTheyWere(string nah)
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);
        await coach.Client.Send("reminders").AssertReply("Your next reminder");

        await coach.Client.Send(nah).AssertReply<ChoiceReply>(menu => menu.Markdown == "What would you like to do next?");
        Assert.Equal(ReminderStatus.Pending, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Fact]
    public async Task DoneOnACardMarksItDoneAndShowsTheListAgain()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);
        reminders.Add(coach.User, "Call Tomas back", s_tomorrowAfternoon.AddDays(1));
        await coach.Client.Send("reminders");

        await coach.Client.Press("done:" + thanks.Id)
            .AssertReply("Marked done")
            .AssertReply("Your next reminder")
            .AssertReply<CardReply>(card => card.Title == "1. Call Tomas back");
        Assert.Equal(ReminderStatus.Done, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Fact]
    public async Task EachButtonLabelHasOneMeaningAndTypedTextWorksLikeTheButtons()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);
        ScheduledReminder call = reminders.Add(coach.User, "Call Tomas back", s_tomorrowAfternoon.AddDays(1));

        // "Done" appears nowhere as a label: the card says "Mark done", the list's way out says "Close".
        await coach.Client.Send("reminders")
            .AssertReply("Your next 2 reminders")
            .AssertReply<CardReply>(card => card.Actions.Count(a => a.Title.Contains("done", StringComparison.OrdinalIgnoreCase)) == 1 && card.Actions[0].Title == "Mark done")
            .AssertReply<CardReply>(card => card.Actions[0].Title == "Mark done")
            .AssertReply<ChoiceReply>(prompt => prompt.Buttons.All(b => b.Title != "Done") && prompt.Buttons.Any(b => b.Title == "Close"));

        await coach.Client.Send("mark 2 done")
            .AssertReply("Marked done")
            .AssertReply("Your next reminder")
            .AssertReply<CardReply>(card => card.Title == "1. Thank Maria");
        Assert.Equal(ReminderStatus.Done, reminders.Find(coach.User, call.Id)!.Status);
        Assert.Equal(ReminderStatus.Pending, reminders.Find(coach.User, thanks.Id)!.Status);

        await coach.Client.Send("close").AssertReply<ChoiceReply>(menu => menu.Markdown == "What would you like to do next?");
        Assert.Equal(ReminderStatus.Pending, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Theory]
    [InlineData("snooze the second one till tomorrow", "2026-01-06T09:00:00Z")]
    [InlineData("can you push number 2 back a week", "2026-01-12T09:00:00Z")]
    [InlineData("remind me about the last one in an hour", "2026-01-05T10:00:00Z")]
    [InlineData("snooze 2 for 1 hour", "2026-01-05T10:00:00Z")]
    [InlineData("snooze the second one till friday", "2026-01-09T09:00:00Z")]
    [InlineData("snooze 2 until thursday 3pm", "2026-01-08T15:00:00Z")]
    [InlineData("push 2 to friday", "2026-01-09T09:00:00Z")]
    [InlineData("move the second one to thursday 3pm please", "2026-01-08T15:00:00Z")]
    public async Task ASnoozeTypedInWordsSnoozesTheReminderItNames(string typed, string expectedUtc)
    {
        (CoachHarness coach, FakeReminderScheduler reminders, ScheduledReminder thanks, ScheduledReminder call) = await ListTwoAsync();

        await coach.Client.Send(typed).AssertReply("Snoozed. I'll bring it back");
        Assert.Equal(Zones.Utc(expectedUtc), reminders.SnoozedUntil[call.Id]);
        Assert.False(reminders.SnoozedUntil.ContainsKey(thanks.Id));
    }

    [Theory]
    [InlineData("the first one is done")]
    [InlineData("I sent it, tick off #1")]
    [InlineData("1st is finished")]
    public async Task DoneTypedInWordsMarksTheReminderItNames(string typed)
    {
        (CoachHarness coach, FakeReminderScheduler reminders, ScheduledReminder thanks, ScheduledReminder call) = await ListTwoAsync();

        await coach.Client.Send(typed).AssertReply("Marked done");
        Assert.Equal(ReminderStatus.Done, reminders.Find(coach.User, thanks.Id)!.Status);
        Assert.Equal(ReminderStatus.Pending, reminders.Find(coach.User, call.Id)!.Status);
    }

    [Theory]
    [InlineData("the tomas one is done", "Call Tomas back")]
    [InlineData("I sent maria the thank you, tick it off", "Thank Maria")]
    [InlineData("call back tomas: done", "Call Tomas back")]
    public async Task ADoneTypedWithTheReminderSubjectInsteadOfItsNumberMarksThatOne(string typed, string title)
    {
        (CoachHarness coach, FakeReminderScheduler reminders, ScheduledReminder thanks, ScheduledReminder call) = await ListTwoAsync();

        await coach.Client.Send(typed).AssertReply("Marked done");
        ScheduledReminder named = title == thanks.Title ? thanks : call;
        ScheduledReminder other = title == thanks.Title ? call : thanks;
        Assert.Equal(ReminderStatus.Done, reminders.Find(coach.User, named.Id)!.Status);
        Assert.Equal(ReminderStatus.Pending, reminders.Find(coach.User, other.Id)!.Status);
    }

    [Fact]
    public async Task ASnoozeNamingAContactSnoozesTheirReminderAndAskedAgainWhenTwoAreTheirs()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start.AddHours(2));
        ScheduledReminder call = reminders.Add(coach.User, "Call Tomas Reyes back", CoachHarness.Start.AddHours(3));
        ScheduledReminder meet = reminders.Add(coach.User, "Did you meet Maria?", CoachHarness.Start.AddHours(4));
        await coach.Client.Send("reminders");

        await coach.Client.Send("push the tomas reyes one till tomorrow").AssertReply("Snoozed. I'll bring it back");
        Assert.Equal(Zones.Utc("2026-01-06T09:00:00Z"), reminders.SnoozedUntil[call.Id]);

        // Two of Maria's: which one is not guessed.
        await coach.Client.Send("reminders");
        await coach.Client.Send("snooze the maria one till tomorrow").AssertReply("snooze 1 till tomorrow");
        Assert.False(reminders.SnoozedUntil.ContainsKey(thanks.Id));
        Assert.False(reminders.SnoozedUntil.ContainsKey(meet.Id));
    }

    [Fact]
    public async Task WithOneReminderListedTheTypedActionNeedsNoNumberAndACancelStillAsksFirst()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start.AddHours(2));
        await coach.Client.Send("reminders");

        await coach.Client.Send("I don't need that one any more").AssertReply("Cancel");
        Assert.Equal(ReminderStatus.Pending, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Theory]
    [InlineData("snooze it")]
    [InlineData("mark 1 and 2 done")]
    [InlineData("snooze 5")]
    public async Task ATypedActionThatDoesNotSayWhichReminderIsAskedAgainWithAnExample(string typed)
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        reminders.Add(coach.User, "Thank Maria", CoachHarness.Start.AddHours(2));
        reminders.Add(coach.User, "Call Tomas back", CoachHarness.Start.AddHours(3));
        await coach.Client.Send("reminders");

        await coach.Client.Send(typed).AssertReply("snooze 1 till tomorrow");
        Assert.Empty(reminders.SnoozedUntil);
        Assert.Equal(2, reminders.Pending(coach.User).Count);
    }

    [Fact]
    public async Task AReminderButtonPressedAtTheMenuMarksItDoneAndReturnsToTheMenu()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon, ReminderStatus.Sent);

        await coach.Client.Press("reminders done " + thanks.Id)
            .AssertReply("Marked done")
            .AssertReply<ChoiceReply>(menu => menu.Markdown == "What would you like to do next?")
            .AssertNoMoreReplies();
        Assert.Equal(ReminderStatus.Done, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Fact]
    public async Task AReminderCommandTypedAsTheFirstMessageWelcomesThenActs()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon, ReminderStatus.Sent);

        await coach.Client.Send("Reminders snooze " + thanks.Id + " tomorrow")
            .AssertReplyContains("Interview Coach")
            .AssertReplyContains("Snoozed. I'll bring it back **Tue 6 Jan, 09:00 (UTC)**");
    }

    [Theory]
    [InlineData("OneHour", "2026-01-05T10:00:00Z", "Mon 5 Jan, 10:00 (UTC)")]
    [InlineData("Tomorrow", "2026-01-06T09:00:00Z", "Tue 6 Jan, 09:00 (UTC)")]
    [InlineData("NextWeek", "2026-01-12T09:00:00Z", "Mon 12 Jan, 09:00 (UTC)")]
    public async Task EachSnoozeChoiceBringsTheReminderBackAtTheRightTime(string choice, string expectedUtc, string shown)
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start, ReminderStatus.Sent);

        await coach.Client.Press($"reminders snooze {thanks.Id} {choice}")
            .AssertReply($"Snoozed. I'll bring it back **{shown}**")
            .AssertReply<ChoiceReply>();
        Assert.Equal(Zones.Utc(expectedUtc), reminders.SnoozedUntil[thanks.Id]);
    }

    [Fact]
    public async Task ASnoozeChoiceOnACardSnoozesAndShowsTheList()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start.AddHours(2));
        await coach.Client.Send("reminders");

        await coach.Client.Press("NextWeek:" + thanks.Id).AssertReply("Mon 12 Jan, 09:00").AssertReply("Your next reminder");
        Assert.Equal(Zones.Utc("2026-01-12T09:00:00Z"), reminders.SnoozedUntil[thanks.Id]);
    }

    [Fact]
    public async Task SnoozeWithoutAChoiceAsksForATime()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start, ReminderStatus.Sent);

        await coach.Client.Send("reminders snooze " + thanks.Id).AssertReply("When should it come back?");
        await coach.Client.Send("yesterday at 3pm").AssertReply("already passed");
        await coach.Client.Send("tomorrow at 3pm").AssertReply("Snoozed. I'll bring it back **Tue 6 Jan, 15:00 (UTC)**").AssertReply<ChoiceReply>();
        Assert.Equal(s_tomorrowAfternoon, reminders.SnoozedUntil[thanks.Id]);
    }

    [Theory]
    [InlineData("push the second to friday 10am", "**Fri 9 Jan, 10:00 (UTC)**")]
    [InlineData("make it next tuesday morning please", "**Tue 6 Jan, 09:00 (UTC)**")]
    public async Task TheTimeAskedForCanBeSaidInASentence(string typed, string expected)
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start, ReminderStatus.Sent);

        await coach.Client.Send("reminders snooze " + thanks.Id).AssertReply("When should it come back?");
        await coach.Client.Send(typed).AssertReply("Snoozed. I'll bring it back " + expected);
        Assert.True(reminders.SnoozedUntil.ContainsKey(thanks.Id));
    }

    [Fact]
    public async Task ASnoozeAnswerWithNoTimeInItIsAskedAgainSayingWhatIsMissing()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start, ReminderStatus.Sent);

        await coach.Client.Send("reminders snooze " + thanks.Id);
        await coach.Client.Send("asdf qwerty").AssertReply("I couldn't find a day or time in that. When should it come back?");
        Assert.False(reminders.SnoozedUntil.ContainsKey(thanks.Id));
    }

    [Fact]
    public async Task ACustomSnoozeOutsideQuietHoursMovesToTheNextAllowedTime()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start, ReminderStatus.Sent);

        await coach.Client.Send("reminders snooze " + thanks.Id);
        await coach.Client.Send("tomorrow at 11pm").AssertReply("**Wed 7 Jan, 09:00 (UTC)**");
    }

    [Fact]
    public async Task CancelAsksFirstThenCancels()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);

        await coach.Client.Send("reminders cancel " + thanks.Id).AssertReply("Cancel **Thank Maria** (due Tue 6 Jan, 15:00 (UTC))?");
        await coach.Client.Send("yes").AssertReply("Cancelled. I won't remind you about **Thank Maria**.").AssertReply<ChoiceReply>();
        Assert.Equal(ReminderStatus.Cancelled, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Fact]
    public async Task DecliningTheCancelKeepsTheReminder()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", s_tomorrowAfternoon);
        await coach.Client.Send("reminders");

        await coach.Client.Press("cancel:" + thanks.Id).AssertReply("Cancel **Thank Maria**");
        await coach.Client.Send("no").AssertReply("I'll keep **Thank Maria**").AssertReply("Your next reminder");
        Assert.Equal(ReminderStatus.Pending, reminders.Find(coach.User, thanks.Id)!.Status);
    }

    [Theory]
    [InlineData("reminders done rffff")]
    [InlineData("reminders snooze rffff Tomorrow")]
    [InlineData("reminders cancel rffff")]
    public async Task AnUnknownReminderGetsAFriendlyMessage(string command)
    {
        (CoachHarness coach, _) = await StartAsync();

        await coach.Client.Send(command).AssertReply("can't find that reminder").AssertReply<ChoiceReply>().AssertNoMoreReplies();
    }

    [Fact]
    public async Task AnUnknownReminderForACustomSnoozeIsReportedAfterTheTime()
    {
        (CoachHarness coach, _) = await StartAsync();

        await coach.Client.Send("reminders snooze rffff");
        await coach.Client.Send("tomorrow at 3pm").AssertReply("can't find that reminder");
    }

    [Fact]
    public async Task TheTimeZoneCanBeSetByCityAndKeepsTheQuietHours()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        var hours = new QuietHours(new TimeOnly(8, 0), new TimeOnly(20, 0), AllowedDays.Everyday);
        await reminders.SetSettingsAsync(coach.User, "UTC", hours);
        await coach.Client.Send("reminders");

        await coach.Client.Press("timezone").AssertReply("Which time zone are you in? Right now I use **UTC**");
        await coach.Client.Send("new york").AssertReply("reminders now follow **America/New_York**, 08:00-20:00, every day").AssertReply("no reminders coming up");

        ReminderSettings settings = await reminders.GetSettingsAsync(coach.User);
        Assert.Equal("America/New_York", settings.TimeZoneId);
        Assert.Equal(hours, settings.QuietHours);
    }

    [Theory]
    [InlineData("Europe/London", "Europe/London")]
    [InlineData("europe/paris", "Europe/Paris")]
    [InlineData("San Francisco", "America/Los_Angeles")]
    public async Task TheTimeZoneAcceptsIdsAndCities(string typed, string expected)
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();

        await coach.Client.Send("reminders timezone");
        await coach.Client.Send(typed).AssertReply($"**{expected}**");
        Assert.Equal(expected, (await reminders.GetSettingsAsync(coach.User)).TimeZoneId);
    }

    [Fact]
    public async Task TheChatAppsTimeZoneIsOfferedAndYesUsesIt()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        coach.Client.TimeZone = Zones.Get("Europe/Berlin");

        await coach.Client.Send("reminders timezone").AssertReply("Your chat app says **Europe/Berlin**");
        await coach.Client.Send("yes").AssertReply("**Europe/Berlin**");
        Assert.Equal("Europe/Berlin", (await reminders.GetSettingsAsync(coach.User)).TimeZoneId);
    }

    [Fact]
    public async Task AnUnknownTimeZoneIsRefusedAndNothingChanges()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();

        await coach.Client.Send("reminders timezone");
        await coach.Client.Send("Atlantis/Lost City").AssertReply("I don't know that time zone");
        Assert.Equal(ReminderSettings.Default, await reminders.GetSettingsAsync(coach.User));
    }

    [Fact]
    public async Task QuietHoursCanBeSet()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);

        await coach.Client.Send("reminders quiet").AssertReply("Right now reminders arrive 09:00-18:00, weekdays");
        await coach.Client.Send("8").AssertReply("until what time");
        await coach.Client.Send("20").AssertReply("Weekdays only?");
        await coach.Client.Send("no").AssertReply("Saved: reminders arrive 08:00-20:00, every day (Europe/London)").AssertReply<ChoiceReply>();

        ReminderSettings settings = await reminders.GetSettingsAsync(coach.User);
        Assert.Equal(new QuietHours(new TimeOnly(8, 0), new TimeOnly(20, 0), AllowedDays.Everyday), settings.QuietHours);
        Assert.Equal("Europe/London", settings.TimeZoneId);
    }

    [Fact]
    public async Task QuietHoursAskedForInASentenceAtTheMenuAskOnlyForWhatWasNotSaid()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);

        await coach.Client.Send("can you remind me only on weekdays after 6pm? i'm at work during the day")
            .AssertReply("From 18:00. And until what time?");
        await coach.Client.Send("9").AssertReply("Saved: reminders arrive 18:00-21:00, weekdays (Europe/London)");

        Assert.Equal(new QuietHours(new TimeOnly(18, 0), new TimeOnly(21, 0), AllowedDays.Weekdays), (await reminders.GetSettingsAsync(coach.User)).QuietHours);
    }

    [Fact]
    public async Task TheWholeWindowTypedAtTheFirstQuestionIsTakenAtOnce()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        await coach.Client.Send("reminders");
        await coach.Client.Press("quiet");

        await coach.Client.Send("6pm to 9.30pm every day").AssertReply("Saved: reminders arrive 18:00-22:00, every day");
        Assert.Equal(new QuietHours(new TimeOnly(18, 0), new TimeOnly(22, 0), AllowedDays.Everyday), (await reminders.GetSettingsAsync(coach.User)).QuietHours);
    }

    [Fact]
    public async Task HoursTypedAtTheListOfRemindersGoToQuietHours()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        await coach.Client.Send("reminders");

        await coach.Client.Send("weekdays 8 to 10am please").AssertReply("Saved: reminders arrive 08:00-10:00, weekdays");
        Assert.Equal(new TimeOnly(10, 0), (await reminders.GetSettingsAsync(coach.User)).QuietHours.End);
    }

    [Fact]
    public async Task QuietHoursEndingBeforeTheyStartAreRefused()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        await coach.Client.Send("reminders");
        await coach.Client.Press("quiet");

        await coach.Client.Send("18");
        await coach.Client.Send("9am").AssertReply("The end has to come after the start (18:00)").AssertReply("From what time");
        await coach.Client.Send("25").AssertReply("I need a time");
        Assert.Equal(ReminderSettings.Default, await reminders.GetSettingsAsync(coach.User));
    }

    [Fact]
    public async Task WithoutASchedulerRemindersAreNotAvailable()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("reminders").AssertReply("Reminders aren't switched on here").AssertReply<ChoiceReply>();
        await coach.Client.Press("reminders done r0001").AssertReply("Reminders aren't switched on here").AssertReply<ChoiceReply>();
    }

    [Theory]
    [InlineData("debrief", "When did you talk to Maria Lopez?")]
    [InlineData("prep", "Maria Lopez")]
    [InlineData("questions", "Maria Lopez")]
    public async Task AReminderOpenButtonStartsTheFlowForItsContact(string flow, string opening)
    {
        (CoachHarness coach, _) = await StartAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(Samples.ColdContact());

        await coach.Client.Press($"{flow} {maria.Id}").AssertReplyContains(opening);
    }

    [Fact]
    public async Task AReminderOpenTheContactButtonShowsThatContact()
    {
        (CoachHarness coach, _) = await StartAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(Samples.ColdContact());

        await coach.Client.Press($"{ReminderFlows.Contacts} {maria.Id}")
            .AssertReply<CardReply>(card => card.Title.Contains("Maria Lopez", StringComparison.Ordinal))
            .AssertReply("What next?");
    }

    [Fact]
    public async Task AFlowCommandWithSomethingElseAfterItStillStartsTheFlow()
    {
        (CoachHarness coach, _) = await StartAsync();
        await coach.SaveContactAsync(Samples.ReferredContact());
        await coach.SaveContactAsync(Samples.ColdContact());

        await coach.Client.Send("debrief not-a-contact-id").AssertReply<ChoiceReply>(picker => picker.Buttons.Any(b => b.Title.Contains("Maria Lopez", StringComparison.Ordinal)));
    }

    /// <summary>The list open with two reminders: "Thank Maria" first, then "Call Tomas back".</summary>
    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders, ScheduledReminder Thanks, ScheduledReminder Call)> ListTwoAsync()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync();
        ScheduledReminder thanks = reminders.Add(coach.User, "Thank Maria", CoachHarness.Start.AddHours(2));
        ScheduledReminder call = reminders.Add(coach.User, "Call Tomas back", CoachHarness.Start.AddHours(3));
        await coach.Client.Send("reminders");
        return (coach, reminders, thanks, call);
    }

    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders)> StartAsync()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await coach.Client.Send("hi");
        return (coach, reminders);
    }
}
