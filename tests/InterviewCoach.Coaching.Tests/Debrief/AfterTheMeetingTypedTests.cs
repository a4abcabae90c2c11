using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Progress;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Debrief;

/// <summary>
/// The after-meeting flows as a user reaches them by typing a sentence: the weekly review (S110), a referral set aside
/// (S095), a target employer where someone was already met (S118), sharing a resource from the keep-in-touch message
/// (S117) and the end of the search (S119). Each ends with the few steps that usually follow.
/// </summary>
public sealed class AfterTheMeetingTypedTests
{
    private const string NextQuestion = "What would you like to do next?";

    [Theory]
    [InlineData("how did my week go")]
    [InlineData("Show this week's conversations")]
    [InlineData("weekly review")]
    [InlineData("How was my week?")]
    public async Task AfterTwoConversationsTheWeeklyReviewIsReachedByTypingAndEndsWithItsNextSteps(string typed)
    {
        (CoachHarness coach, _) = await TwoChatsThisWeekAsync();

        await coach.Client.Send(typed)
            .AssertReply<CardReply>(card => card.Title == "Your week: 2 conversations" && card.Subtitle == "Mon 5 Jan 2026 to Sun 11 Jan 2026"
                && card.Sections.Count == 2
                && card.Sections.Any(s => s.Heading == "Mon 5 Jan 2026: Ben Cho" && s.Markdown!.Contains("Analysts start on the service desk.", StringComparison.Ordinal))
                && card.Sections.Any(s => s.Heading == "Mon 5 Jan 2026: Priya Shah" && s.Markdown!.Contains("Their grad scheme opens in spring.", StringComparison.Ordinal)))
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion
                && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My progress", "My contacts", "My reminders", "Something else" }))
            .AssertNoMoreReplies();
    }

    [Fact]
    public async Task TheSecondConversationOfTheWeekSchedulesTheReviewForFridayAndItsButtonOpensIt()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await TwoChatsThisWeekAsync();

        coach.Client.LastTurn!.AssertReplyContains("I'll also send you the review at the end of the week, **Fri 9 Jan, 16:00 (UTC)**.");
        ScheduledReminder review = Assert.Single(reminders.Pending(coach.User), r => r.Kind == ReminderKind.WeeklyReview);
        Assert.Equal(new DateTimeOffset(2026, 1, 9, 16, 0, 0, TimeSpan.Zero), review.DueUtc);
        Assert.Equal("Your week: 2 conversations to compare", review.Title);

        // A third conversation that week replaces it rather than adding another.
        await coach.Client.Send("i met someone at a meetup");
        await coach.Client.Send("Ana Ruiz");
        await coach.Client.Send("Clinics value languages.").AssertReplyContains("That's 3 conversations this week");
        review = Assert.Single(reminders.Pending(coach.User), r => r.Kind == ReminderKind.WeeklyReview);
        Assert.Equal("Your week: 3 conversations to compare", review.Title);

        coach.Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromHours(7));
        CardReply delivered = Assert.IsType<CardReply>(Assert.Single(ReminderPresenter.Render(ReminderPresenter.Digest(coach.User, [review]), TimeZoneInfo.Utc)));
        await coach.Client.Press(delivered.Actions.Single(a => a.Title == "Open my weekly review").Value)
            .AssertReply<CardReply>(card => card.Title == "Your week: 3 conversations" && card.Sections.Count == 3);
    }

    [Fact]
    public void OnceTheWeeksReviewTimeHasPassedNoReminderIsPlannedAndOtherZonesGetTheirOwnFriday()
    {
        var policy = new ReminderPolicy(new ReminderPolicyOptions());
        TimeZoneInfo newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        ReminderPlan wednesday = policy.Plan(new WeekOfConversations(new DateTimeOffset(2026, 1, 7, 12, 0, 0, TimeSpan.Zero), 2), newYork);
        ReminderPlan saturday = policy.Plan(new WeekOfConversations(new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero), 2), newYork);

        Assert.Equal(new DateTimeOffset(2026, 1, 9, 21, 0, 0, TimeSpan.Zero), Assert.Single(wednesday.Schedule).DueUtc);
        Assert.Equal(ReminderFlows.WeeklyReview, wednesday.Schedule[0].FlowCommand);
        Assert.Empty(saturday.Schedule);
    }

    [Theory]
    [InlineData("I'm not going to follow up with Ana because my search has changed direction", "as my search has changed direction")]
    [InlineData("I’ve decided not to contact Ana Ruiz, my search has changed direction.", "as my search has changed direction")]
    public async Task ASentenceSayingAReferralWontBeFollowedUpSetsItAsideWithTheReasonGiven(string typed, string reasonInNote)
    {
        (CoachHarness coach, FakeReminderScheduler reminders, Contact ana) = await ReferralAsync();

        await coach.Client.Send(typed)
            .AssertReply("Noted on Ana Ruiz's page")
            .AssertReply("I've cancelled the 1 reminder about Ana Ruiz.")
            .AssertReply<TextReply>(r => r.Markdown.StartsWith("It's kind to tell Maria Lopez", StringComparison.Ordinal)
                && r.Markdown.Contains("Dear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("Thank you again for putting me in touch with Ana Ruiz", StringComparison.Ordinal)
                && r.Markdown.Contains(reasonInNote, StringComparison.Ordinal))
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My contacts", "My reminders", "Something else" }));

        Assert.Empty(reminders.Pending(coach.User));
        Assert.NotNull((await coach.ContactsAsync()).Single(c => c.Id == ana.Id).NotPursuingSince);
    }

    [Theory]
    [InlineData("I won't reach out to Ana after all")]
    [InlineData("i'm not going to contact ana anymore")]
    [InlineData("I decided not to pursue Ana's referral")]
    public async Task ASentenceWithoutAReasonAsksForOne(string typed)
    {
        (CoachHarness coach, _, _) = await ReferralAsync();

        await coach.Client.Send(typed).AssertReply("why not Ana Ruiz?");
        await coach.Client.Send("skip").AssertReply("Noted on Ana Ruiz's page");
    }

    [Fact]
    public async Task ANameThatIsNotAnOpenReferralIsSaidSoBeforeTheList()
    {
        (CoachHarness coach, _, Contact ana) = await ReferralAsync();

        await coach.Client.Send("I'm not going to follow up with Priya")
            .AssertReply("I can't find a referral called Priya waiting to be approached.")
            .AssertReply<ChoiceReply>(r => r.Buttons.Single().Title == "Ana Ruiz (from Maria Lopez)");
        await coach.Client.Press(ana.Id).AssertReply("why not Ana Ruiz?");
    }

    [Theory]
    [InlineData("there's an opening at Contoso Ltd for a data analyst", "data analyst at Contoso Ltd")]
    [InlineData("target contoso", "contoso")]
    [InlineData("I'm applying to a data analyst job at CONTOSO", "data analyst job at CONTOSO")]
    public async Task ATargetEmployerWhereTheUserMetSomeoneNamesThemAndDraftsTheAsk(string typed, string saved)
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Thanked, Organisation = "Contoso", Email = "maria@contoso.example" });
        await coach.SaveContactAsync(Samples.ColdContact() with { Organisation = "Contoso" });

        await coach.Client.Send(typed)
            .AssertReply($"Saved to your target employers: **{saved}**.")
            .AssertReply("You've already talked to Maria Lopez at")
            .AssertReply<TextReply>(r => r.Markdown.StartsWith("**To Maria Lopez** (maria@contoso.example)\n\nDear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("how it looks from the inside", StringComparison.Ordinal)
                && r.Markdown.EndsWith("Sam Lee", StringComparison.Ordinal))
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Add a contact", "My contacts", "My reminders", "Something else" }))
            .AssertNoReplyContains("Tomas");

        TargetEmployer target = Assert.Single(await TargetRecords.ListAsync(coach.Records, coach.User, CancellationToken.None));
        Assert.Equal(saved, TargetDialog.Describe(target));
    }

    [Fact]
    public async Task ATargetWhereNobodyIsKnownOffersToAddSomeoneThereInOnePress()
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("target").AssertReply("Which employer or opening are you aiming for?");
        await coach.Client.Send("Fabrikam")
            .AssertReply("Saved to your target employers: **Fabrikam**.")
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("You don't know anyone at Fabrikam yet.", StringComparison.Ordinal)
                && r.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Add someone at Fabrikam", "Not now" }));
        await coach.Client.Send("add someone at fabrikam")
            .AssertReply<FormReply>(form => form.Fields.Any(f => f.Id == "organisation" && f.InitialValue == "Fabrikam"));

        // Named again, it is one target, listed when the flow is opened.
        await coach.Client.Send("cancel");
        await coach.Client.Send("target").AssertReply("Your target employers so far:\n- Fabrikam");
    }

    [Fact]
    public async Task ANewContactAtTheSameOrganisationSpelledDifferentlyNamesWhoWasMet()
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        await coach.SaveContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Met, Organisation = "Contoso" });

        await coach.Client.Send("add contact");
        await coach.Client.Submit(new Dictionary<string, string> { ["name"] = "Ben Cho", ["role"] = "Data analyst", ["organisation"] = "CONTOSO Ltd." });
        await coach.Client.Send("cold");
        await coach.Client.Send("email")
            .AssertReply<CardReply>(card => card.Title == "Added to your contacts")
            .AssertReply("You've already talked to Maria Lopez at CONTOSO Ltd. Ask them about it first");
    }

    [Theory]
    [InlineData("Contoso", "contoso ltd", true)]
    [InlineData("The Contoso Company", "Contoso", true)]
    [InlineData("Contoso Health", "Contoso", false)]
    [InlineData("Contoso, Inc.", "CONTOSO INC", true)]
    public void OrganisationsMatchLooselyButNotOnAPartOfTheName(string left, string right, bool same)
    {
        Assert.Equal(same, Organisations.Same(left, right));
    }

    [Fact]
    public async Task TargetsAreExportedAndDeletedWithTheUsersData()
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("target Fabrikam");
        await coach.Client.Send("not now");

        Assert.Contains(await coach.Records.ExportAllAsync(coach.User), r => r.Kind == UserRecordKinds.TargetEmployer && r.Json.Contains("Fabrikam", StringComparison.Ordinal));
        await coach.Client.Send("delete my data");
        await coach.Client.Send("yes");
        Assert.Empty(await coach.Records.ExportAllAsync(coach.User));
    }

    [Fact]
    public async Task TheKeepInTouchMessageOffersToShareAResourceWithThatContact()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.KeepingInTouch };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("hi");
        var keepInTouch = new ScheduledReminder("r0001", ReminderKind.KeepInTouch, ReminderStatus.Sent, CoachHarness.Start, "Send Maria Lopez a progress update", string.Empty, ReminderFlows.Contacts, "k", ContactId: maria.Id);

        CardReply delivered = Assert.IsType<CardReply>(Assert.Single(ReminderPresenter.Render(ReminderPresenter.Digest(coach.User, [keepInTouch]), TimeZoneInfo.Utc)));

        Assert.Equal(["Draft the update", "Share a resource"], delivered.Actions.Take(2).Select(a => a.Title));
        await coach.Client.Press(delivered.Actions.Single(a => a.Title == "Share a resource").Value)
            .AssertReply("Passing on something useful")
            .AssertReply("Paste the link you'd like to share with Maria Lopez.");
    }

    [Fact]
    public async Task TheKeepInTouchReminderDraftsAnUpdateRecallingTheLastMeetingAndTheNextReminderMovesBack()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.KeepingInTouch };
        await coach.SaveContactAsync(maria);
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(new DateOnly(2025, 10, 2), coach.Clock.GetUtcNow(), maria.Id), ContactId = maria.Id, ContactName = maria.Name,
            MetOn = new DateOnly(2025, 10, 2), Learned = "Rotas change every six weeks.", Advice = "Shadow a nurse for a day.", StayInTouch = true, CreatedAt = coach.Clock.GetUtcNow(),
        };
        await coach.Records.SaveAsync(coach.User, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null);
        await coach.Client.Send("hi");
        ScheduledReminder due = (await reminders.ScheduleAsync(coach.User, [.. coach.Services.ReminderPolicy.Plan(new TouchLogged(new ReminderContact(maria.Id, maria.Name, maria.Organisation), coach.Clock.GetUtcNow().AddDays(-90)), TimeZoneInfo.Utc).Schedule])).Single();
        CardReply delivered = Assert.IsType<CardReply>(Assert.Single(ReminderPresenter.Render(ReminderPresenter.Digest(coach.User, [due]), TimeZoneInfo.Utc)));

        await coach.Client.Press(delivered.Actions.Single(a => a.Title == "Draft the update").Value)
            .AssertReply<TextReply>(r => r.Markdown.Contains("Dear Maria,", StringComparison.Ordinal)
                && r.Markdown.Contains("since we talked in October", StringComparison.Ordinal)
                && r.Markdown.Contains("I took your advice to shadow a nurse for a day: [what you did", StringComparison.Ordinal)
                && r.Markdown.EndsWith("Sam Lee", StringComparison.Ordinal))
            .AssertReply("type **share a resource**")
            .AssertReply("Are you sending it now?");
        await coach.Client.Send("yes")
            .AssertReply("Noted on Maria Lopez's page.")
            .AssertReply<TextReply>(r => r.Markdown.StartsWith("Your next update reminder:\n- Send Maria Lopez a progress update: **", StringComparison.Ordinal))
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Share a resource", "My contacts", "My reminders", "Something else" }));
        Assert.Equal(coach.Clock.GetUtcNow().AddDays(90), Assert.Single(reminders.Pending(coach.User), r => r.Kind == ReminderKind.KeepInTouch).DueUtc);
    }

    [Theory]
    [InlineData("I've accepted an offer")]
    [InlineData("my search has ended")]
    [InlineData("search ended")]
    public async Task SayingTheSearchIsOverReachesClosingTheLoop(string typed)
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send(typed).AssertReply("Has your search come to an end?");
        await coach.Client.Send("yes").AssertReply("How did it turn out");
        await coach.Client.Send("skip")
            .AssertReply("You haven't recorded any conversations")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion && next.Buttons.Select(b => b.Title).SequenceEqual(new[] { "My reminders", "Export my data", "Something else" }));
    }

    [Fact]
    public async Task ACommandTypedInsideAnotherFlowStillEndsWithItsOwnNextSteps()
    {
        (CoachHarness coach, _) = await TwoChatsThisWeekAsync();
        await coach.Client.Send("share a resource");
        await coach.Client.Send("Ben Cho").AssertReplyContains("Paste the link");

        await coach.Client.Send("weekly review").AssertReply("Leave sharing a resource and review your week?");
        await coach.Client.Send("yes")
            .AssertReply<CardReply>(card => card.Title == "Your week: 2 conversations")
            .AssertReply<ChoiceReply>(next => next.Markdown == NextQuestion && next.Buttons[0].Title == "My progress");
    }

    [Fact]
    public async Task ADebriefsEmployerBecomesATargetInOnePress()
    {
        var coach = new CoachHarness(reminders: new FakeReminderScheduler());
        await coach.SaveProfileAsync(Samples.Profile() with { Email = "sam.lee@example.com" });
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(Samples.ColdContact() with { Stage = ContactStage.Met, Organisation = "Fabrikam Care Ltd" });
        await coach.Client.Send("hi");
        await coach.Client.Send("debrief");
        await coach.Client.Press(maria.Id);
        await coach.Client.Press(DebriefDialog.Today);
        foreach (string answer in new[] { "skip", "They love the team.", "2", "none", "yes", "none", "skip", "skip", "Fabrikam Care", "no", "no", "no", "none", "no", "none", "none of these" })
        {
            await coach.Client.Send(answer);
        }

        await coach.Client.Send("email");
        await coach.Client.Send("later")
            .AssertReply("the reminder stays")
            .AssertReply<ChoiceReply>(r => r.Buttons.Select(b => b.Title).SequenceEqual(new[] { "Add someone at Fabrikam Care", "Target Fabrikam Care", "That's all for now" }));

        await coach.Client.Send("Target Fabrikam Care")
            .AssertReply("Saved to your target employers: **Fabrikam Care**.")
            .AssertReply("You've already talked to Dr Tomas Berg at Fabrikam Care.");
        Assert.Single(await TargetRecords.ListAsync(coach.Records, coach.User, CancellationToken.None));
    }

    [Fact]
    public async Task TheDebriefInvitesNotesThenAsksWhatCameUpThatWasntOnTheList()
    {
        CoachHarness coach = await CoachHarness.WithProfileAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);

        await coach.Client.Send("how it went").AssertReply("Which conversation do you want to debrief?");
        await coach.Client.Press(maria.Id).AssertReply("When did you talk to Maria Lopez?");
        await coach.Client.Press(DebriefDialog.Today).AssertReply("If you took notes, paste or type them here");
        await coach.Client.Send("skip").AssertReply("what came up that wasn't on your list?");
    }

    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders)> TwoChatsThisWeekAsync()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await coach.Client.Send("hi");
        await coach.Client.Send("i met someone at a conference");
        await coach.Client.Send("Ben Cho");
        await coach.Client.Send("Analysts start on the service desk.").AssertNoReplyContains("weekly review");
        await coach.Client.Send("i met someone in the coffee queue");
        await coach.Client.Send("Priya Shah");
        await coach.Client.Send("Their grad scheme opens in spring.").AssertReplyContains("That's 2 conversations this week");
        return (coach, reminders);
    }

    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders, Contact Ana)> ReferralAsync()
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Met };
        Contact ana = Contact.Create("Ana Ruiz", coach.Clock.GetUtcNow()) with
        {
            Organisation = "St Anne's", Connection = ConnectionKind.ReferredBy, ReferredByName = maria.Name, ReferredByContactId = maria.Id,
        };
        await coach.SaveContactAsync(maria);
        await coach.SaveContactAsync(ana);
        await reminders.ScheduleAsync(coach.User, [new ReminderRequest(ReminderKind.ReferralOutreach, "r", coach.Clock.GetUtcNow().AddDays(2), "Reach out to Ana Ruiz", "b", ReminderFlows.Contacts, ana.Id)]);
        await coach.Client.Send("hi");
        return (coach, reminders, ana);
    }
}
