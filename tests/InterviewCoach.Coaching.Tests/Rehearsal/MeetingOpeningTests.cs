using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>The meeting opener: how it was arranged, why this person, the student version and the sketch (S078-S082).</summary>
public sealed class MeetingOpeningTests
{
    private static readonly BackgroundSketch s_sketch = new()
    {
        Inputs = new BackgroundSketchInputs(),
        GeneratedText = "I spent six years as a primary school teacher, and I've been volunteering on a children's ward at weekends",
    };

    [Theory]
    [InlineData(AskedVia.Letter, "As I mentioned in my letter, I'm researching pediatric nursing")]
    [InlineData(AskedVia.Email, "As I mentioned in my email, I'm researching pediatric nursing")]
    [InlineData(AskedVia.Phone, "As I mentioned when we spoke on the phone, I'm researching pediatric nursing")]
    [InlineData(AskedVia.LinkedIn, "As I mentioned in my LinkedIn message, I'm researching pediatric nursing")]
    public void TheOpenerNamesTheChannelOnTheRecordAndChangesWithIt(AskedVia via, string expected)
    {
        Contact maria = Samples.ReferredContact() with { AskedVia = via, ReferrerConsent = ReferrerConsent.Agreed };

        ScriptDraft opening = AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), maria);

        Assert.Contains(expected + ", and Priya Shah felt you'd be a great person to learn from.", opening.Text, StringComparison.Ordinal);
        Assert.StartsWith("Thank you for making time", opening.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNothingLoggedThePreferredChannelOrTheIntroductionIsUsed()
    {
        Contact cold = Samples.ColdContact();
        Contact introduced = Samples.ReferredContact();

        Assert.Contains("As I mentioned in my email,", AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), cold).Text, StringComparison.Ordinal);
        Assert.Contains("As Priya Shah mentioned when introducing us, I'm researching pediatric nursing.", AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), introduced).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("find out how she moved from the wards into management", "because I'd like to find out how you moved from the wards into management.")]
    [InlineData("See whether the field suits me", "because I'd like to see whether this field suits me.")]
    [InlineData("Learn how people get hired", "because I'd like to understand how people usually come into pediatric nursing.")]
    [InlineData("night shifts on a children's ward", "to learn about night shifts on a children's ward.")]
    public void TheOpenerSaysWhyThisPersonFromTheMeetingsGoal(string goal, string expected)
    {
        Contact maria = Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = Samples.Now, TimeZoneId = "UTC", DurationMinutes = 20, Goal = goal },
        };

        ScriptDraft opening = AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), maria);

        Assert.Contains("I wanted to talk with you in particular " + expected, opening.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAGoalTheResearchedFactSaysWhyThemAndWithNeitherThereIsAGapToFill()
    {
        Assert.Contains(
            "because I understand your team opened a new children's ward this spring.",
            AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), Samples.Researched(Samples.ReferredContact())).Text,
            StringComparison.Ordinal);
        Assert.Contains("[why them:", AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), Samples.ColdContact()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AStudentGivesTheGraduationDateAndTheInternshipVersionChangesThePurpose()
    {
        CoachingProfile student = Samples.Profile() with { Experience = ExperienceLevel.Student, Graduation = "May 2026" };

        string plain = AskScriptBuilder.BuildMeetingOpening(student, Samples.ColdContact()).Text;
        string internships = AskScriptBuilder.BuildMeetingOpening(student with { InternshipResearch = true }, Samples.ColdContact()).Text;

        Assert.Contains("I'm a student graduating in May 2026, and I'm researching pediatric nursing.", plain, StringComparison.Ordinal);
        Assert.Contains("I'm a student graduating in May 2026, and I'm researching internships in pediatric nursing and would value an insider's view.", internships, StringComparison.Ordinal);
        Assert.Contains("not hoping for a job or an internship", internships, StringComparison.Ordinal);
        Assert.DoesNotContain("graduating", AskScriptBuilder.BuildMeetingOpening(Samples.Profile() with { Graduation = "May 2026" }, Samples.ColdContact()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOpenerEndsWithTheSavedSketchOrAPlaceholderForIt()
    {
        ScriptDraft withSketch = AskScriptBuilder.BuildMeetingOpening(Samples.Profile() with { Sketch = s_sketch }, Samples.ColdContact());

        Assert.Equal("Then your background, briefly", withSketch.Steps[^1].Cue);
        Assert.EndsWith(s_sketch.GeneratedText + ".", withSketch.Text, StringComparison.Ordinal);
        Assert.Contains("[a few sentences about your background", AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), Samples.ColdContact()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryVersionOfTheOpenerPassesItsOwnChecker()
    {
        CoachingProfile[] profiles =
        [
            Samples.Profile() with { Sketch = s_sketch },
            Samples.Profile() with { Experience = ExperienceLevel.Student, Graduation = "May 2026", InternshipResearch = true },
        ];
        Contact[] contacts =
        [
            Samples.ReferredContact(),
            Samples.Researched(Samples.ReferredContact()) with { AskedVia = AskedVia.Letter },
            Samples.ColdContact() with { Meeting = new MeetingDetails { StartsAt = Samples.Now, TimeZoneId = "UTC", Goal = "learn how people get hired" } },
        ];
        foreach (CoachingProfile profile in profiles)
        {
            foreach (Contact contact in contacts)
            {
                string text = AskScriptBuilder.BuildMeetingOpening(profile, contact).Text;
                Assert.True(MeetingOpeningChecker.Check(text).Findings.All(f => f.Passed), text);
            }
        }
    }

    [Fact]
    public async Task TheRehearsedOpenerForALetterContactNamesTheLetterTheGoalAndTheSketch()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Sketch = s_sketch });
        Contact tomas = Samples.ColdContact() with
        {
            AskedVia = AskedVia.Letter,
            Stage = ContactStage.MeetingSet,
            Meeting = new MeetingDetails { StartsAt = Samples.Now.AddDays(3), TimeZoneId = "UTC", DurationMinutes = 20, Goal = "Learn how people get hired" },
        };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse").AssertReply("Who are you getting ready to ask?");
        await coach.Client.Press(tomas.Id).AssertReply("Which script would help?");
        string card = (await coach.Client.Send("meeting opening")).Replies.OfType<CardReply>().Single().ToPlainText();

        Assert.Contains("As I mentioned in my letter", card, StringComparison.Ordinal);
        Assert.Contains("because I'd like to understand how people usually come into pediatric nursing", card, StringComparison.Ordinal);
        Assert.Contains("primary school teacher", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("he runs the clinic's asthma programme for teenagers", "because you run the clinic's asthma programme for teenagers.")]
    [InlineData("Because she teaches the new nurses on the ward", "because you teach the new nurses on the ward.")]
    [InlineData("to hear how the clinic started", "because I'd like to hear how the clinic started.")]
    [InlineData("learn how he moved from hospital work into a clinic", "because I'd like to learn how you moved from hospital work into a clinic.")]
    public void TheReasonTheUserGaveIsSaidToThePerson(string why, string expected)
    {
        string text = AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), Samples.ColdContact() with { WhyThem = why }).Text;

        Assert.Contains("I wanted to talk with you in particular " + expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNoGoalOrFactTheCoachAsksWhyThisPersonAndTheOpenerSaysIt()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Sketch = s_sketch });
        Contact tomas = Samples.ColdContact() with { AskedVia = AskedVia.Email, Stage = ContactStage.MeetingSet };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        await coach.Client.Send("meeting opening").AssertReply("Why Dr Tomas Berg in particular?");
        string card = (await coach.Client.Send("he runs the clinic's asthma programme for teenagers")).Replies.OfType<CardReply>().Single().ToPlainText();

        Assert.Contains("I wanted to talk with you in particular because you run the clinic's asthma programme for teenagers.", card, StringComparison.Ordinal);
        Assert.Contains("As I mentioned in my email", card, StringComparison.Ordinal);
        Assert.Equal("he runs the clinic's asthma programme for teenagers", Assert.Single(await coach.ContactsAsync()).WhyThem);

        // Asked once: the next opener uses the saved reason straight away, and the contact shows it.
        await coach.Client.Send("cancel");
        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        (await coach.Client.Send("meeting opening")).AssertNoReplyContains("in particular?").AssertReplyContains("because you run the clinic's asthma programme");
        await coach.Client.Send("cancel");
        await coach.Client.Send("contacts");
        await coach.Client.Press($"view:{tomas.Id}")
            .AssertReply<CardReply>(c => c.Facts.Contains(new CardFact("Why them", "he runs the clinic's asthma programme for teenagers")));
        (await coach.Client.Send("export my data")).AssertReplyContains("\"whyThem\": \"he runs the clinic");
    }

    [Fact]
    public async Task SkippingWhyThisPersonLeavesAGapToFill()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact tomas = Samples.ColdContact() with { Stage = ContactStage.MeetingSet };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        await coach.Client.Send("meeting opening");
        (await coach.Client.Send("skip")).AssertReply("the opener keeps a gap for it").AssertReplyContains("[why them:");
        Assert.Null(Assert.Single(await coach.ContactsAsync()).WhyThem);
    }

    [Fact]
    public async Task AMeetingGoalIsReusedWithoutAskingWhy()
    {
        var coach = await CoachHarness.WithProfileAsync();
        Contact tomas = Samples.ColdContact() with
        {
            Stage = ContactStage.MeetingSet,
            Meeting = new MeetingDetails { StartsAt = Samples.Now.AddDays(3), TimeZoneId = "UTC", DurationMinutes = 20, Goal = "hear how the clinic started" },
        };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        (await coach.Client.Send("meeting opening"))
            .AssertNoReplyContains("in particular?")
            .AssertReplyContains("because I'd like to hear how the clinic started.");
    }

    [Fact]
    public async Task AStudentsOpenerGivesTheGraduationDateAndCanSwitchToInternships()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Student, Graduation = "May 2026", Sketch = s_sketch });
        Contact tomas = Samples.ColdContact() with
        {
            Stage = ContactStage.MeetingSet,
            Meeting = new MeetingDetails { StartsAt = Samples.Now.AddDays(3), TimeZoneId = "UTC", DurationMinutes = 20, Goal = "hear how the clinic started" },
        };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        (await coach.Client.Send("meeting opening"))
            .AssertReplyContains("I'm a student graduating in May 2026, and I'm researching pediatric nursing.")
            .AssertReplyContains("primary school teacher")
            .AssertReplyContains("[Internship version]");

        (await coach.Client.Send("internship version"))
            .AssertReply("Internship version: your opener now says")
            .AssertReplyContains("I'm a student graduating in May 2026, and I'm researching internships in pediatric nursing and would value an insider's view.")
            .AssertReplyContains("not hoping for a job or an internship")
            .AssertReplyContains("[About the field, not internships]");
        Assert.True((await coach.ProfileAsync())!.InternshipResearch);
    }

    [Fact]
    public async Task OnlyAStudentIsOfferedTheInternshipVersion()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Limited });
        Contact tomas = Samples.Researched(Samples.ColdContact()) with { Stage = ContactStage.MeetingSet };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        (await coach.Client.Send("meeting opening")).AssertNoReplyContains("Internship version").AssertNoReplyContains("graduating");
    }

    [Fact]
    public async Task AStudentWithNoGraduationDateIsAskedForItBeforeTheOpener()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Student });
        Contact tomas = Samples.Researched(Samples.ColdContact()) with { Stage = ContactStage.MeetingSet };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        await coach.Client.Send("meeting opening").AssertReply("your opener can say when you graduate");
        await coach.Client.Send("after my exams").AssertReply("I couldn't find a date in that");
        (await coach.Client.Send("June 2027"))
            .AssertReplyContains("I'm a student graduating in June 2027, and I'm researching pediatric nursing.");
        Assert.Equal("June 2027", (await coach.ProfileAsync())!.Graduation);
    }
    [Fact]
    public async Task SkippedWhyThemAndGraduationAreAskedOnceNotOnEveryRedraw()
    {
        var coach = await CoachHarness.WithProfileAsync(Samples.Profile() with { Experience = ExperienceLevel.Student });
        Contact tomas = Samples.ColdContact() with { Stage = ContactStage.MeetingSet };
        await coach.SaveContactAsync(tomas);

        await coach.Client.Send("rehearse");
        await coach.Client.Press(tomas.Id);
        await coach.Client.Send("meeting opening").AssertReply("Why Dr Tomas Berg in particular?");
        await coach.Client.Send("skip").AssertReply("the opener keeps a gap for it").AssertReply("your opener can say when you graduate");
        (await coach.Client.Send("skip")).AssertReplyContains("[Internship version]");

        // The internship switch redraws the opener straight away: the skipped questions stay skipped.
        (await coach.Client.Send("internship version"))
            .AssertReply("Internship version: your opener now says")
            .AssertNoReplyContains("in particular?")
            .AssertNoReplyContains("when you graduate")
            .AssertReplyContains("[About the field, not internships]");

        // So does choosing the opener again from another script.
        await coach.Client.Send("another script");
        (await coach.Client.Send("meeting opening"))
            .AssertNoReplyContains("in particular?")
            .AssertNoReplyContains("when you graduate")
            .AssertReplyContains("[why them:");
    }
}
