using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// The ask as a user meets it in <c>rehearse</c>: what is asked before a draft (LinkedIn once, one fact, key terms, the
/// phone number, where to meet), every way to ask, and the toggles that change the draft.
/// </summary>
public sealed class AskGroundworkDialogTests
{
    private static async Task<(CoachHarness Coach, FakeReminderScheduler Reminders)> StartAsync(CoachingProfile profile, params Contact[] contacts)
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(profile);
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);
        foreach (Contact contact in contacts)
        {
            await coach.SaveContactAsync(contact);
        }

        await coach.Client.Send("hi");
        return (coach, reminders);
    }

    private static string Text(TestTurn turn) =>
        string.Join("\n", turn.Replies.OfType<CardReply>().Select(c => c.ToPlainText()));

    [Fact]
    public async Task TheLinkedInProfileIsAskedAboutOnceAndANoBecomesOneReminder()
    {
        Contact tomas = Samples.Researched(Samples.ColdContact());
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync(Samples.Profile() with { LinkedInCurrent = null }, tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply("is your LinkedIn profile up to date?");
        await coach.Client.Send("no, it needs work")
            .AssertReply("Update your LinkedIn profile: **Tue 6 Jan")
            .AssertReply<CardReply>(card => card.Title == "Your email to Dr Tomas Berg");

        ScheduledReminder todo = Assert.Single(reminders.Pending(coach.User));
        Assert.Equal(ReminderKind.UpdateLinkedIn, todo.Kind);
        Assert.False((await coach.ProfileAsync())!.LinkedInCurrent);

        await coach.Client.Send("another script");
        TestTurn again = await coach.Client.Send("letter");
        Assert.DoesNotContain(again.Replies, r => r.ToPlainText().Contains("LinkedIn profile", StringComparison.Ordinal));
        Assert.Single(reminders.Pending(coach.User));
    }

    [Theory]
    [InlineData("i dont have linkedin actually")]
    [InlineData("I'm not on LinkedIn")]
    [InlineData("haven't made one yet")]
    public async Task NoProfileAtAllIsANoWithANoteOnSettingOneUp(string typed)
    {
        Contact tomas = Samples.Researched(Samples.ColdContact());
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync(Samples.Profile() with { LinkedInCurrent = null }, tomas);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply("is your LinkedIn profile up to date?");

        await coach.Client.Send(typed)
            .AssertReply("Worth setting one up before you ask")
            .AssertReply<CardReply>(card => card.Title == "Your email to Dr Tomas Berg");

        Assert.Equal(ReminderKind.UpdateLinkedIn, Assert.Single(reminders.Pending(coach.User)).Kind);
        Assert.False((await coach.ProfileAsync())!.LinkedInCurrent);
    }

    [Fact]
    public async Task AProfileThatIsOnlyPartlyCurrentNeedsWork()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync(Samples.Profile() with { LinkedInCurrent = null }, Samples.Researched(Samples.ColdContact()));

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply("is your LinkedIn profile up to date?");
        await coach.Client.Send("kind of, my headline still says auditor").AssertReply("Update your LinkedIn profile");

        Assert.Equal(ReminderKind.UpdateLinkedIn, Assert.Single(reminders.Pending(coach.User)).Kind);
        Assert.False((await coach.ProfileAsync())!.LinkedInCurrent);
    }

    [Fact]
    public async Task TheirOwnEmailPastedAtAQuestionWithButtonsIsCheckedAndNothingIsAnsweredForThem()
    {
        Contact tomas = Samples.Researched(Samples.ColdContact());
        (CoachHarness coach, _) = await StartAsync(Samples.Profile() with { LinkedInCurrent = null }, tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply("is your LinkedIn profile up to date?");
        TestTurn checkedTurn = await coach.Client.Send(
            "Dear Dr Berg, I read your piece on rural clinics and I'm a nursing student hoping to move into community health. I'm not looking for a job; I'd value twenty minutes of your advice on how people build a career there. Would a short call next week suit you? Best wishes, Sam");

        Assert.Contains(checkedTurn.Replies, r => r.ToPlainText().Contains("reads like your own version", StringComparison.Ordinal));
        Assert.Contains(checkedTurn.Replies, r => r is CardReply card && card.Title!.Contains("email", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(checkedTurn.Replies, r => r.ToPlainText().Contains("Please pick one", StringComparison.Ordinal));
        Assert.Null((await coach.ProfileAsync())!.LinkedInCurrent);
    }

    [Fact]
    public async Task OneFactIsAskedBeforeTheDraftAndReachesIt()
    {
        Contact tomas = Samples.ColdContact() with { Venue = MeetingVenue.TheirChoice };
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("phone call").AssertReply("what's one thing you know about Dr Tomas Berg or Northside Clinic?");
        TestTurn drafted = await coach.Client.Send("he runs the clinic's asthma programme for teenagers");

        Assert.Contains("What caught my interest: you run the clinic's asthma programme for teenagers.", Text(drafted), StringComparison.Ordinal);
        Assert.Equal("he runs the clinic's asthma programme for teenagers", Assert.Single(await coach.ContactsAsync()).ResearchFact);
    }

    [Theory]
    [InlineData("what kind of thing do you mean?")]
    [InlineData("like what?")]
    [InlineData("sorry, what should I put here?")]
    public async Task AskingWhatTheFactQuestionMeansGetsAnExampleAndIsNotSavedAsTheFact(string asked)
    {
        Contact tomas = Samples.ColdContact() with { Venue = MeetingVenue.TheirChoice };
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("phone call");
        await coach.Client.Send(asked).AssertReply("A line is enough, e.g.").AssertReply("what's one thing you know about Dr Tomas Berg or Northside Clinic?");
        Assert.Null(Assert.Single(await coach.ContactsAsync()).ResearchFact);

        await coach.Client.Send("he runs the clinic's asthma programme for teenagers");
        Assert.Equal("he runs the clinic's asthma programme for teenagers", Assert.Single(await coach.ContactsAsync()).ResearchFact);
    }

    [Fact]
    public async Task SavedNotesReachTheDraftWithoutAskingAgain()
    {
        Contact tomas = Samples.ColdContact() with { Venue = MeetingVenue.TheirChoice, Notes = "Spoke at the regional nursing conference about asthma care\nAsk about night shifts" };
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        TestTurn drafted = await coach.Client.Send("letter");

        Assert.Contains("What caught my interest: Spoke at the regional nursing conference about asthma care.", Text(drafted), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkippingTheFactStillDraftsAndSaysToLookThemUp()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.ColdContact() with { Venue = MeetingVenue.TheirChoice });

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email");
        await coach.Client.Send("skip").AssertReply("Look them up before you send it").AssertReply<CardReply>(card => card.Title == "Your email to Dr Tomas Berg");
    }

    [Fact]
    public async Task AFieldMarkedNewToMeAsksForKeyTermsFirst()
    {
        CoachingProfile profile = Samples.Profile() with { FieldsOfInterest = [new FieldOfInterest { Name = "UX design", NewToMe = true }] };
        (CoachHarness coach, _) = await StartAsync(profile, Samples.Researched(Samples.ColdContact()));

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply("You marked UX design as new to you. Before you ask anyone, note a few key terms");
        await coach.Client.Send("wireframes, usability testing, design systems, UX researcher")
            .AssertReply("Saved with your goals")
            .AssertReply<CardReply>(card => card.ToPlainText().Contains("UX design", StringComparison.Ordinal));

        Assert.Equal("wireframes, usability testing, design systems, UX researcher", (await coach.ProfileAsync())!.FieldsOfInterest[0].KeyTerms);
    }

    [Fact]
    public async Task WithNoPhoneNumberTheVoicemailAsksForItInsteadOfLeavingABlank()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile() with { Phone = null }, Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed });

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("voicemail").AssertReply("Which number should they reach you on?");
        await coach.Client.Send("call me maybe").AssertReply("couldn't find one phone number");
        TestTurn script = await coach.Client.Send("its 07700 900456 thanks");

        Assert.Contains("You can reach me on 07700 900456. Again, that's 07700 900456.", Text(script), StringComparison.Ordinal);
        Assert.DoesNotContain("[your phone number]", Text(script), StringComparison.Ordinal);
        Assert.Equal("07700 900456", (await coach.ProfileAsync())!.Phone);
    }

    [Fact]
    public async Task TheirOwnVoicemailPastedForTheNumberIsCheckedAndItsNumberSaved()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile() with { Phone = null }, Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed });

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("voicemail").AssertReply("Which number should they reach you on?");
        TestTurn checkedTurn = await coach.Client.Send(
            "Hi Maria, this is Sam Carter. Ben Ortiz suggested I call. I'm moving from teaching into instructional design and would love 20 minutes of your advice. I'll try you again on Thursday, or you can reach me on 07700 900123. Thanks.");

        Assert.Contains(checkedTurn.Replies, r => r.ToPlainText().Contains("saved 07700 900123 from it as your number", StringComparison.Ordinal));
        Assert.Contains("Leaving a voicemail", Text(checkedTurn), StringComparison.Ordinal);
        Assert.Contains("You say when you'll try again", Text(checkedTurn), StringComparison.Ordinal);
        Assert.DoesNotContain(checkedTurn.Replies, r => r.ToPlainText().Contains("couldn't find", StringComparison.Ordinal));
        Assert.Equal("07700 900123", (await coach.ProfileAsync())!.Phone);
    }

    [Theory]
    [InlineData("his office is fine or video call if he prefers", MeetingVenue.TheirChoice)]
    [InlineData("a coffee near his office, i invite", MeetingVenue.Cafe)]
    [InlineData("somewhere close to her office for a coffee", MeetingVenue.Cafe)]
    [InlineData("over the phone please, he is always travelling", MeetingVenue.Call)]
    public async Task AVenueTypedAsASentenceIsReadByItsMostSpecificWords(string typed, MeetingVenue venue)
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.ColdContact() with { ResearchFact = "he runs the asthma clinic" });
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply("Where should the ask suggest meeting");

        await coach.Client.Send(typed);

        Assert.Equal(venue, Assert.Single(await coach.ContactsAsync()).Venue);
    }

    [Fact]
    public async Task TheVenueStepOffersToComeToThemOrWhereverSuitsThem()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.ColdContact() with { ResearchFact = "he runs the asthma clinic" });

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply<ChoiceReply>(c => c.Markdown.Contains("Where should the ask suggest meeting", StringComparison.Ordinal)
            && c.Buttons[0].Title == "Come to them, or wherever suits them");
        TestTurn drafted = await coach.Client.Send("1");

        Assert.Contains("at your workplace, or wherever and whenever suits you?", Text(drafted), StringComparison.Ordinal);
        Assert.Equal(MeetingVenue.TheirChoice, Assert.Single(await coach.ContactsAsync()).Venue);
    }

    [Fact]
    public async Task ChoosingACallWithoutDistanceSaysInPersonWorksBetter()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.ColdContact() with { ResearchFact = "he runs the asthma clinic" });

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("phone call");
        TestTurn drafted = await coach.Client.Send("a phone or video call");

        drafted.AssertReply("meeting in person usually goes much further; choose a call when distance rules a meeting out");
        Assert.Contains("a short phone or video call of 10 to 15 minutes", Text(drafted), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFarAwayContactIsOfferedACallFirstAndTheAskIsTenToFifteenMinutes()
    {
        Contact far = Samples.ColdContact() with { ResearchFact = "he runs the asthma clinic", LongDistance = true, Location = "Toronto" };
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), far);

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        await coach.Client.Send("email").AssertReply<ChoiceReply>(c => c.Markdown.Contains("10 to 15 minutes", StringComparison.Ordinal) && c.Buttons[0].Title == "A phone or video call");
        TestTurn drafted = await coach.Client.Send("1");

        Assert.Contains("in a call of 10 to 15 minutes", Text(drafted), StringComparison.Ordinal);
        Assert.DoesNotContain("meeting in person usually goes much further", string.Join("\n", drafted.Replies.Select(r => r.ToPlainText())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheResumeLineIsOffByDefaultAndTurningItOnAddsTheBackgroundSentenceWithACaution()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.Researched(Samples.ColdContact()));
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");

        TestTurn off = await coach.Client.Send("email");
        Assert.DoesNotContain("résumé", Text(off).Split("Checked against")[0], StringComparison.Ordinal);
        off.AssertReplyContains("Don't attach your résumé");

        TestTurn on = await coach.Client.Send("add a résumé line");
        on.AssertReply("A caution: with a first ask, a résumé can make it look like you're applying for a job");
        Assert.Contains(AskScriptBuilder.ResumeSentence, Text(on), StringComparison.Ordinal);
        Assert.True(Assert.Single(await coach.ContactsAsync()).IncludeResume);

        TestTurn offAgain = await coach.Client.Send("take the résumé line out");
        Assert.DoesNotContain(AskScriptBuilder.ResumeSentence, Text(offAgain), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortAskSaysFifteenToTwentyMinutesInThePhoneScriptAndTheEmail()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.Researched(Samples.ColdContact()));
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        Assert.Contains("20 to 30 minutes", Text(await coach.Client.Send("phone call")), StringComparison.Ordinal);

        TestTurn shortened = await coach.Client.Send("short ask (15-20 minutes)");
        shortened.AssertReply("every draft now asks for 15 to 20 minutes");
        Assert.Contains("Could we meet for 15 to 20 minutes", Text(shortened), StringComparison.Ordinal);

        await coach.Client.Send("another script");
        Assert.Contains("over 15 to 20 minutes", Text(await coach.Client.Send("email")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCoffeeOfferIsOffUntilTurnedOn()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.Researched(Samples.ColdContact()));
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");
        Assert.DoesNotContain("coffee", Text(await coach.Client.Send("phone call")), StringComparison.OrdinalIgnoreCase);

        Assert.Contains("the coffee would be on me", Text(await coach.Client.Send("offer to buy a coffee")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePhoneScriptHasAReceptionistBranchAndTheirBestTimeBecomesAReminder()
    {
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync(Samples.Profile(), Samples.Researched(Samples.ColdContact()));
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");

        TestTurn script = await coach.Client.Send("phone call");
        string text = Text(script);
        Assert.Contains("If a receptionist answers", text, StringComparison.Ordinal);
        Assert.Contains("when they're usually easiest to reach", text, StringComparison.Ordinal);
        Assert.Contains("07700 900123", text, StringComparison.Ordinal);

        await coach.Client.Send("note when to call back").AssertReply("When should you call Dr Tomas Berg?");
        await coach.Client.Send("Thursday at 2pm");
        await coach.Client.Send("yes");
        Assert.Equal(ReminderKind.CallBack, Assert.Single(reminders.Pending(coach.User)).Kind);
    }

    [Fact]
    public async Task TheLetterAndTheLinkedInMessageAreDraftedAndInPersonGetsGuidance()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.Researched(Samples.ColdContact()));
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg");

        string letter = Text(await coach.Client.Send("letter"));
        Assert.Contains("Your letter to Dr Tomas Berg", letter, StringComparison.Ordinal);
        Assert.Contains("Yours sincerely,\nSam Lee\n07700 900123", letter, StringComparison.Ordinal);
        Assert.Contains("not for a job", letter, StringComparison.Ordinal);
        Assert.Contains("I'll telephone you next week", letter, StringComparison.Ordinal);

        await coach.Client.Send("another script");
        TestTurn linkedIn = await coach.Client.Send("linkedin message");
        var card = linkedIn.Replies.OfType<CardReply>().First();
        Assert.Equal("Your LinkedIn message to Dr Tomas Berg", card.Title);
        Assert.True(card.Sections[0].Markdown!.Length <= AskScriptBuilder.LinkedInNoteLimit);
        Assert.Contains("What caught my interest:", card.Sections[0].Markdown, StringComparison.Ordinal);

        await coach.Client.Send("another script");
        string inPerson = Text(await coach.Client.Send("in person"));
        Assert.Contains("Asking Dr Tomas Berg in person", inPerson, StringComparison.Ordinal);
        Assert.Contains("ask only for a time to talk later", inPerson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContactToBeAskedOnLinkedInHasTheLinkedInMessageFirstAndTheOpenerRecallsIt()
    {
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), Samples.Researched(Samples.ColdContact()) with { PreferredChannel = PreferredChannel.LinkedIn });
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Dr Tomas Berg").AssertReply<ChoiceReply>(c => c.Buttons[0].Title == "LinkedIn message");

        TestTurn linkedIn = await coach.Client.Send("1");
        Assert.Equal("Your LinkedIn message to Dr Tomas Berg", linkedIn.Replies.OfType<CardReply>().First().Title);

        await coach.Client.Send("another script");
        string opening = Text(await coach.Client.Send("meeting opening"));
        Assert.Contains("As I mentioned in my LinkedIn message", opening, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongPastedBackgroundBringsASuggestionToShortenIt()
    {
        const string Long = "I spent six years as a teaching assistant in two primary schools in Leeds, supporting children with additional needs, running reading groups and working with parents on behaviour plans, and leading the after-school homework club twice a week";
        CoachingProfile profile = Samples.Profile() with { Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Experience = Long }) };
        (CoachHarness coach, _) = await StartAsync(profile, Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed });
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");

        (await coach.Client.Send("email")).AssertReplyContains("Your background line runs to 39 words").AssertReplyContains("up to 30 words");
        await coach.Client.Send("another script");
        (await coach.Client.Send("phone call")).AssertNoReplyContains("Your background line");
    }

    [Theory]
    [InlineData(45, false)]
    [InlineData(20, true)]
    public async Task TheBackgroundWordLimitIsACoachSetting(int limit, bool suggested)
    {
        const string Long = "I spent six years as a teaching assistant in two primary schools in Leeds, supporting children with additional needs, running reading groups and working with parents on behaviour plans, and leading the after-school homework club twice a week";
        var coach = new CoachHarness(options: new CoachingOptions { BackgroundMaxWords = limit });
        await coach.SaveProfileAsync(Samples.Profile() with { Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Experience = Long }) });
        await coach.SaveContactAsync(Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed });
        await coach.Client.Send("hi");
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");

        TestTurn email = await coach.Client.Send("email");

        Assert.Contains("I spent six years as a teaching assistant", Text(email), StringComparison.Ordinal);
        if (suggested)
        {
            email.AssertReplyContains("Your background line runs to 39 words").AssertReplyContains($"up to {limit} words");
        }
        else
        {
            // Within the line's own limit, but the draft is over the email's: the line is still the part to shorten.
            email.AssertNoReplyContains("Your background line runs to").AssertReplyContains("your background line (39 words) is the part to shorten");
        }
    }

    [Fact]
    public async Task ADraftStillOverTheLimitPointsAtTheBackgroundLineEvenWhenTheLineIsWithinItsOwnLimit()
    {
        const string Experience = "nine years as a bookkeeper and then practice manager at a dental group, and on the side I redesigned our booking forms";
        var coach = new CoachHarness(options: new CoachingOptions { BackgroundMaxWords = 40 });
        await coach.SaveProfileAsync(Samples.Profile() with { Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Experience = Experience }) });
        await coach.SaveContactAsync(Samples.Researched(Samples.ReferredContact()) with
        {
            ReferrerConsent = ReferrerConsent.Agreed,
            ResearchFact = "she rebuilt the patient portal for the whole hospital trust after the outage in the spring of last year",
        });
        await coach.Client.Send("hi");
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");

        TestTurn email = await coach.Client.Send("email");

        email.AssertReplyContains("long for a first note").AssertReplyContains("your background line (")
            .AssertReplyContains("is the part to shorten").AssertNoReplyContains("Your background line runs to");
    }

    [Fact]
    public async Task TheEmailSaysWhoTheUserIsInOneSentenceFromTheSketch()
    {
        CoachingProfile profile = Samples.Profile() with
        {
            Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Experience = "six years as a teaching assistant", Education = "a degree in psychology" }),
        };
        (CoachHarness coach, _) = await StartAsync(profile, Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Agreed });
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");

        TestTurn emailTurn = await coach.Client.Send("email");
        emailTurn.AssertNoReplyContains("Your background line");
        string email = Text(emailTurn);
        Assert.Contains("six years as a teaching assistant.", email, StringComparison.Ordinal);
        Assert.DoesNotContain("psychology", email, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReferrerWhoHasNotAgreedIsAskedForAnIntroductionWithACopyRequestAndAReminder()
    {
        Contact maria = Samples.Researched(Samples.ReferredContact());
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync(Samples.Profile(), maria);
        await coach.Client.Send("rehearse");

        await coach.Client.Send("Maria Lopez").AssertReply<ChoiceReply>(c => c.Buttons[0].Title == "Ask Priya Shah to introduce you");
        string note = Text(await coach.Client.Send("ask priya shah to introduce you"));
        Assert.Contains("Asking Priya Shah to introduce you to Maria Lopez", note, StringComparison.Ordinal);
        Assert.Contains("could you copy me in, or let me know once you've been in touch", note, StringComparison.Ordinal);

        await coach.Client.Send("I've sent it").AssertReply("Has Priya Shah introduced you to Maria Lopez?: **");
        ScheduledReminder check = Assert.Single(reminders.Pending(coach.User));
        Assert.Equal((ReminderKind.IntroductionCheck, maria.Id), (check.Kind, check.ContactId));
    }

    [Fact]
    public async Task TheIntroCheckReminderLeadsStraightToRecordingThatTheIntroWasMade()
    {
        Contact maria = Samples.Researched(Samples.ReferredContact());
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync(Samples.Profile(), maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("ask priya shah to introduce you");
        await coach.Client.Send("I've sent it");
        await coach.Client.Send("cancel");

        ScheduledReminder check = Assert.Single(reminders.Pending(coach.User));
        Assert.Equal("Has Priya Shah introduced you to Maria Lopez?", check.Title);
        ReminderAction tell = Assert.Single(ReminderPresenter.DigestItem(check).Actions, a => a.Label == "Intro made? Tell me");

        (await coach.Client.Press(tell.Command)).AssertReplyContains("Asking Priya Shah to introduce you to Maria Lopez").AssertReplyContains("[Priya Shah has introduced us]");
        await coach.Client.Send("she introduced us").AssertReply("get in touch with Maria Lopez within a day or two");

        Assert.NotNull(Assert.Single(await coach.ContactsAsync()).IntroducedAt);
        Assert.Empty(reminders.Pending(coach.User));
    }

    [Fact]
    public async Task OnceTheIntroductionIsMadeTheCheckIsCancelledAndTheScriptsFollowItUp()
    {
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Declined };
        (CoachHarness coach, FakeReminderScheduler reminders) = await StartAsync(Samples.Profile(), maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("ask priya shah to introduce you");
        await coach.Client.Send("I've sent it");
        Assert.Single(reminders.Pending(coach.User));

        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");
        (await coach.Client.Send("ask priya shah to introduce you")).AssertReplyContains("[Priya Shah has introduced us]");
        TestTurn made = await coach.Client.Send("priya shah introduced us");
        made.AssertReply("get in touch with Maria Lopez within a day or two");
        made.AssertReply<ChoiceReply>(c => c.Buttons[0].Title == "Phone call");
        Assert.Empty(reminders.Pending(coach.User));
        Assert.NotNull((await coach.ContactsAsync()).Single().IntroducedAt);

        string phone = Text(await coach.Client.Send("phone call"));
        Assert.Contains("Priya Shah kindly introduced us", phone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not yet", ReferrerConsent.Declined, false)]
    [InlineData("skip", ReferrerConsent.Declined, false)]
    [InlineData("yes", ReferrerConsent.Agreed, true)]
    public async Task ADirectApproachAsksOnceWhetherTheReferrerMayBeNamedAndKeepsTheAnswer(string answer, ReferrerConsent saved, bool named)
    {
        Contact maria = Samples.Researched(Samples.ReferredContact());
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");

        await coach.Client.Send("phone call").AssertReply<ChoiceReply>(c => c.Markdown == "You're approaching Maria Lopez directly. Has Priya Shah said you may mention them?");
        await coach.Client.Send("maybe later").AssertReply<ChoiceReply>();
        TestTurn script = await coach.Client.Send(answer);

        Assert.Equal(named, Text(script).Contains("Priya", StringComparison.Ordinal) && script.Replies.OfType<CardReply>().Single().ToPlainText().Contains("Priya Shah", StringComparison.Ordinal));
        Assert.Equal(saved, Assert.Single(await coach.ContactsAsync()).ReferrerConsent);

        // Asked once: the next script goes straight to the draft.
        await coach.Client.Send("another script");
        TestTurn email = await coach.Client.Send("email");
        email.AssertNoReplyContains("Has Priya Shah said");
        Assert.Equal(named, email.Replies.OfType<CardReply>().First().ToPlainText().Contains("Priya", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheIntroductionNoteIsNotHeldUpByTheConsentQuestion()
    {
        Contact maria = Samples.Researched(Samples.ReferredContact());
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");

        (await coach.Client.Send("ask priya shah to introduce you")).AssertNoReplyContains("said you may mention").AssertReplyContains("Asking Priya Shah to introduce you");
    }

    [Fact]
    public async Task AReferrerWhoDeclinedIsNeverNamedInTheScripts()
    {
        Contact maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = ReferrerConsent.Declined };
        (CoachHarness coach, _) = await StartAsync(Samples.Profile(), maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("Maria Lopez");

        Assert.DoesNotContain("Priya", Text(await coach.Client.Send("phone call")), StringComparison.Ordinal);
        await coach.Client.Send("another script");
        Assert.DoesNotContain("Priya", Text(await coach.Client.Send("voicemail")), StringComparison.Ordinal);
        await coach.Client.Send("another script");
        Assert.DoesNotContain("Priya", Text(await coach.Client.Send("email")), StringComparison.Ordinal);
    }
}
