using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Contacts;

/// <summary><c>call back</c>: natural times read in the user's zone, said back, and scheduled only once confirmed.</summary>
public sealed class CallBackDialogTests
{
    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders, Contact Maria)> StartAsync()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Asked };
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(Samples.ColdContact());
        await coach.Client.Send("hi");
        return (coach, reminders, maria);
    }

    [Fact]
    public async Task ANameAndATimeTypedWithTheCommandAreSaidBackThenScheduled()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync();

        await coach.Client.Send("call back Maria Thu 3 pm").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**? I'll remind you then.");
        Assert.Empty(reminders.Pending(coach.User));
        await coach.Client.Send("yes").AssertReply("Set. I'll remind you:\n- Call Maria Lopez now: **Thu 8 Jan, 15:00 (Europe/London)**");

        ScheduledReminder callBack = Assert.Single(reminders.Pending(coach.User));
        Assert.Equal((ReminderKind.CallBack, maria.Id, new DateTimeOffset(2026, 1, 8, 15, 0, 0, TimeSpan.Zero)), (callBack.Kind, callBack.ContactId, callBack.DueUtc));
    }

    [Theory]
    [InlineData("remind me to call Maria on Thursday at 3pm")]
    [InlineData("remind me to ring maria thu 3 pm")]
    public async Task RemindMeToCallSomeoneAtATimeSetsTheCallBack(string typed)
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync();

        await coach.Client.Send(typed).AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**? I'll remind you then.");
        await coach.Client.Send("yes").AssertReply("Set. I'll remind you:");

        Assert.Equal((ReminderKind.CallBack, maria.Id), (Assert.Single(reminders.Pending(coach.User)).Kind, Assert.Single(reminders.Pending(coach.User)).ContactId));
    }

    [Fact]
    public async Task ACallBackWithItsTimeTypedAtAnotherFlowsQuestionIsSetNotSavedAsTheAnswer()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync();
        await coach.Client.Send("sketch").AssertReply("30-second version").AssertReply("education");
        await coach.Client.Send("a degree in economics").AssertReply("experience");

        await coach.Client.Send("call back Maria Thu 3 pm")
            .AssertReply<InterviewCoach.Dialogs.Replies.ChoiceReply>(r => r.Markdown.StartsWith("Leave ", StringComparison.Ordinal) && r.Markdown.Contains("call-back", StringComparison.Ordinal))
            .AssertNoMoreReplies();
        // Yes begins the call-back with the name and time already typed, rather than asking for them again.
        await coach.Client.Send("yes").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**?");
        await coach.Client.Send("yes").AssertReply("Set. I'll remind you:");
        Assert.Equal((ReminderKind.CallBack, maria.Id), (Assert.Single(reminders.Pending(coach.User)).Kind, Assert.Single(reminders.Pending(coach.User)).ContactId));
    }

    [Fact]
    public async Task RemindMeToCallTypedAtAFlowsFirstQuestionGoesStraightToTheCallBack()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, _) = await StartAsync();
        await coach.Client.Send("sketch").AssertReply("30-second version").AssertReply("education");

        await coach.Client.Send("remind me to call maria thursday at 3pm").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**?");
        await coach.Client.Send("yes").AssertReply("Set. I'll remind you:");
        Assert.Single(reminders.Pending(coach.User));
        Assert.Null((await coach.ProfileAsync())!.Sketch);
    }

    [Fact]
    public async Task ACallBackTypedAtTheGoalFlowsFieldQuestionIsNotSavedAsAField()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Asked });
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");
        await coach.Client.Send("Sam Lee").AssertReply("phone number");
        await coach.Client.Send("skip").AssertReply("Where are you right now");
        await coach.Client.Press(nameof(InterviewCoach.Coaching.Goals.CareerStage.ExploringOptions)).AssertReply("Which fields");

        await coach.Client.Send("call back Maria Thursday 3pm").AssertReply<InterviewCoach.Dialogs.Replies.ChoiceReply>(r => r.Markdown.StartsWith("Leave setting your goals", StringComparison.Ordinal));
        await coach.Client.Send("no").AssertReply("carry on").AssertReply("Which fields");
        Assert.Empty(reminders.Pending(coach.User));
        await coach.Client.Send("call back Maria Thursday 3pm").AssertReply("Leave setting your goals");
        await coach.Client.Send("yes").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**?");
    }

    [Fact]
    public async Task ACallBackTypedAtTheCallBacksOwnWhenQuestionIsTheAnswer()
    {
        (CoachHarness coach, _, _) = await StartAsync();
        await coach.Client.Send("call back Maria").AssertReply("When should you call Maria");

        await coach.Client.Send("call back thursday 3pm").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00 (Europe/London)**?");
    }

    [Theory]
    [InlineData("prepare for a nursing diploma, starting next year", "call back centre agent for three years")]
    [InlineData("I want to work at a hospital one day, so a first aid course", "remind me later, mostly retail")]
    public async Task WordsThatStartLikeACommandButAskNothingStayTheAnswer(string education, string experience)
    {
        (CoachHarness coach, _, _) = await StartAsync();
        await coach.Client.Send("sketch").AssertReply("30-second version").AssertReply("education");

        await coach.Client.Send(education).AssertReply("experience").AssertNoMoreReplies();
        await coach.Client.Send(experience).AssertNoReplyContains("Leave ").AssertNoReplyContains("experience");
    }

    [Theory]
    [InlineData("actually wednesday at 11")]
    [InlineData("no, make it wednesday 11am")]
    public async Task ADifferentTimeTypedAtTheCheckIsSaidBackInsteadOfDroppingTheReminder(string changed)
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync();

        await coach.Client.Send("call back Maria Thu 3 pm").AssertReply("Call Maria Lopez on **Thursday 8 January at 15:00");
        await coach.Client.Send(changed).AssertReply("Call Maria Lopez on **Wednesday 7 January at 11:00 (Europe/London)**?");
        Assert.Empty(reminders.Pending(coach.User));
        await coach.Client.Send("yes").AssertReply("Set. I'll remind you:");

        Assert.Equal(new DateTimeOffset(2026, 1, 7, 11, 0, 0, TimeSpan.Zero), Assert.Single(reminders.Pending(coach.User)).DueUtc);
    }

    [Fact]
    public async Task ATimeAtTheEndOfASentenceIsReadAsTheTimeToCall()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, _) = await StartAsync();

        await coach.Client.Send("call back").AssertReply("Who should you call back?");
        await coach.Client.Send("maria").AssertReply("When should you call Maria Lopez?");
        await coach.Client.Send("she said try her tuesday around 11").AssertReply("Call Maria Lopez on **Tuesday 6 January at 11:00 (Europe/London)**?");
        await coach.Client.Send("yes").AssertReply("Set. I'll remind you:");

        Assert.Equal(new DateTimeOffset(2026, 1, 6, 11, 0, 0, TimeSpan.Zero), Assert.Single(reminders.Pending(coach.User)).DueUtc);
    }

    [Fact]
    public async Task AnAnswerThatIsNeitherYesNoNorATimeIsAskedAgain()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, _) = await StartAsync();

        await coach.Client.Send("call back Maria Thu 3 pm");
        await coach.Client.Send("hmm").AssertReply("or type a different time");
        Assert.Empty(reminders.Pending(coach.User));
        await coach.Client.Send("ok").AssertReply("Set. I'll remind you:");
    }

    [Fact]
    public async Task TryAgainTomorrowMorningAsksWhoThenConfirms()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync();

        await coach.Client.Send("try again tomorrow morning").AssertReply("Who should you call back?");
        await coach.Client.Press(maria.Id).AssertReply("Call Maria Lopez on **Tuesday 6 January at 09:00 (Europe/London)**?");
        await coach.Client.Send("yes");

        Assert.Equal(new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero), Assert.Single(reminders.Pending(coach.User)).DueUtc);
    }

    [Fact]
    public async Task NoTimeAPastTimeAndNonsenseAreAskedAgainAndANoKeepsNothing()
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact maria) = await StartAsync();
        await coach.Client.Send("call me back");
        await coach.Client.Press(maria.Id).AssertReply("When should you call Maria Lopez?");

        await coach.Client.Send("next Tuesday").AssertReply("I need the time as well as the day (Tuesday 6 January). When should you call Maria Lopez?");
        await coach.Client.Send("yesterday at 3pm").AssertReplyContains("has already passed");
        await coach.Client.Send("Thursday at 25:00").AssertReplyContains("I couldn't read a day and time in \"Thursday at 25:00\"");
        Assert.Empty(reminders.Pending(coach.User));

        await coach.Client.Send("in two weeks at 10am").AssertReply("Call Maria Lopez on **Monday 19 January at 10:00 (Europe/London)**?");
        await coach.Client.Send("no").AssertReply("Okay, no reminder set.");
        Assert.Empty(reminders.Pending(coach.User));
    }

    [Fact]
    public async Task ATimeInQuietHoursSaysWhenTheReminderReallyArrives()
    {
        (CoachHarness coach, _, _) = await StartAsync();

        await coach.Client.Send("call back Maria Lopez Thursday 7pm")
            .AssertReplyContains("it would only reach you **Fri 9 Jan, 09:00 (Europe/London)**; change that with **reminders quiet**");
    }
}
