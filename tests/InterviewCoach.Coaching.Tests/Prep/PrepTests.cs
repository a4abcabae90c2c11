using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Prep;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Tests.MeetingFlows;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Prep;

public sealed class PrepTests
{
    [Fact]
    public async Task ANameTypedInLowerCaseIsCapitalisedOnTheChecklistAndInTheQuestions()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        Contact sam = await harness.AddContactAsync(Samples.ReferredContact() with { Name = "sam patel" });
        QuestionList list = QuestionListPlanner.Propose(sam, Samples.Profile(), MeetingFormat.InPerson, harness.Now);

        Assert.Equal("Questions for Sam Patel", list.Title);
        Assert.DoesNotContain(list.AllTexts, q => q.Contains("sam", StringComparison.Ordinal));

        await harness.Client.Send("prep");
        CardReply card = (CardReply)(await harness.Client.Press(sam.Id)).Replies[0];
        Assert.Equal("Getting ready to meet Sam Patel", card.Title);
    }

    [Fact]
    public async Task PrepForAContactCoversEveryPartOfTheDay()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with
        {
            Stage = ContactStage.MeetingSet,
            Meeting = new MeetingDetails
            {
                StartsAt = new DateTimeOffset(2026, 1, 7, 14, 30, 0, TimeSpan.Zero),
                TimeZoneId = "Europe/London",
                DurationMinutes = 25,
                Place = "4th floor, east wing",
                Directions = "bus 12 to the main entrance",
            },
        });
        QuestionList list = QuestionListPlanner.Propose(maria, Samples.Profile(), MeetingFormat.InPerson, harness.Now);
        await harness.Records.SaveAsync(harness.User, UserRecordKinds.QuestionList, maria.Id, list, CoachingJsonContext.Default.QuestionList, null);

        await harness.Client.Send("prep").AssertReply("Which meeting are you getting ready for?");
        CardReply card = (CardReply)(await harness.Client.Press(maria.Id)).Replies[0];
        string text = card.ToPlainText();

        Assert.Equal("Getting ready to meet Maria Lopez", card.Title);
        Assert.Contains(new CardFact("When", "Wednesday 7 January, 14:30"), card.Facts);
        Assert.Contains(new CardFact("Where", "4th floor, east wing"), card.Facts);
        Assert.Contains("your 8 questions", text, StringComparison.Ordinal);
        Assert.Contains("this week's news in pediatric nursing and about St Anne's Children's Hospital", text, StringComparison.Ordinal);
        Assert.Contains("what to wear", text, StringComparison.Ordinal);
        Assert.Contains("(bus 12 to the main entrance) and leave early enough to be there by the time above", text, StringComparison.Ordinal);
        Assert.Contains(new CardFact("Be there by", "14:20"), card.Facts);
        Assert.Contains("résumé, but keep it in your bag unless they ask", text, StringComparison.Ordinal);
        Assert.Contains("Stick to the 25 minutes you asked for", text, StringComparison.Ordinal);
        Assert.Contains("who else they'd suggest", text, StringComparison.Ordinal);
        Assert.Contains("whether you may say they suggested it", text, StringComparison.Ordinal);
        Assert.Contains("business card", text, StringComparison.Ordinal);
        await harness.Client.Send("not now");
        Assert.Equal(TestRootDialog.Resumed, harness.LastText);
    }

    [Fact]
    public async Task GenericPrepWithoutContactsPointsToTheQuestionList()
    {
        var harness = new MeetingFlowsHarness();

        await harness.Client.Send("get ready")
            .AssertReply<CardReply>(card => card.Title == "Meeting-day checklist"
                && card.ToPlainText().Contains("No list yet? Type **questions**", StringComparison.Ordinal)
                && card.ToPlainText().Contains("news in the field", StringComparison.Ordinal)
                && card.ToPlainText().Contains("Stick to the 20 minutes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotSureWhichMeetingGivesTheGeneralChecklistWithoutPointingAtATimeItNeverShows()
    {
        var harness = new MeetingFlowsHarness();
        await harness.AddContactAsync(Samples.ReferredContact());

        await harness.Client.Send("prep").AssertReply("Which meeting are you getting ready for?");
        CardReply card = (CardReply)(await harness.Client.Send("not sure")).Replies[0];
        string text = card.ToPlainText();

        Assert.Equal("Meeting-day checklist", card.Title);
        Assert.DoesNotContain(card.Facts, f => f.Label is "When" or "Be there by");
        Assert.DoesNotContain("the time above", text, StringComparison.Ordinal);
        Assert.Contains("be there 10 minutes before the start", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PhoneChecklistSkipsClothesAndTravel()
    {
        QuestionList list = QuestionListPlanner.Propose(null, null, MeetingFormat.Phone, Samples.Now);

        string text = MeetingPrep.Checklist(Samples.ColdContact(), null, list, TimeZoneInfo.Utc).ToPlainText();

        Assert.DoesNotContain("wear", text, StringComparison.Ordinal);
        Assert.Contains("quiet spot", text, StringComparison.Ordinal);
        Assert.Contains("Stick to the 15 minutes", text, StringComparison.Ordinal);
        Assert.Contains("news about Northside Clinic", text, StringComparison.Ordinal);

        // Nothing about a bag or a card to hand over on a call.
        Assert.DoesNotContain("bag", text, StringComparison.Ordinal);
        Assert.DoesNotContain("business card", text, StringComparison.Ordinal);
        Assert.Contains("résumé open beside you", text, StringComparison.Ordinal);
        Assert.Contains("best email for them before you hang up", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrepGivesABeThereByTimeTheGoalTheLeadAndACafesDrink()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile());
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with
        {
            Stage = ContactStage.MeetingSet,
            Venue = MeetingVenue.Cafe,
            Meeting = new MeetingDetails
            {
                StartsAt = new DateTimeOffset(2026, 1, 7, 14, 30, 0, TimeSpan.Zero),
                TimeZoneId = "Europe/London",
                DurationMinutes = 45,
                Place = "Café Mila",
                Goal = "hear how she moved into pediatric nursing",
            },
        });

        await harness.Client.Send("prep");
        CardReply card = (CardReply)(await harness.Client.Press(maria.Id)).Replies[0];
        string text = card.ToPlainText();

        Assert.Contains(new CardFact("Be there by", "14:20"), card.Facts);
        Assert.Contains(new CardFact("Your goal", "hear how she moved into pediatric nursing"), card.Facts);
        Assert.Contains(new CardFact("Length", "30 minutes (never more than 30 unless they offer)"), card.Facts);
        Assert.Contains("You lead this meeting", text, StringComparison.Ordinal);
        Assert.Contains("happy to recommend you", text, StringComparison.Ordinal);
        Assert.Contains("offer to buy their drink", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the café on Mill Road", true)]
    [InlineData("Bean There coffee shop", true)]
    [InlineData("Their office, 4th floor", false)]
    public void ACafeNamedAsTheMeetingPlaceAddsTheOfferToBuyTheirDrink(string place, bool offered)
    {
        Contact maria = Samples.ReferredContact() with
        {
            Venue = MeetingVenue.TheirChoice,
            Meeting = new MeetingDetails { StartsAt = new DateTimeOffset(2026, 1, 7, 14, 30, 0, TimeSpan.Zero), TimeZoneId = "UTC", Place = place },
        };

        string text = MeetingPrep.Checklist(maria, Samples.Profile(), null, TimeZoneInfo.Utc).ToPlainText();

        Assert.Equal(offered, text.Contains("offer to buy their drink", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrepGivesTheClosingLinesWithTheAgreedLengthAndTheUsersGoal()
    {
        var harness = new MeetingFlowsHarness();
        await harness.SaveProfileAsync(Samples.Profile() with { Stage = CareerStage.OnAClearPath });
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with
        {
            Stage = ContactStage.MeetingSet,
            Meeting = new MeetingDetails
            {
                StartsAt = new DateTimeOffset(2026, 1, 7, 14, 30, 0, TimeSpan.Zero),
                TimeZoneId = "Europe/London",
                DurationMinutes = 25,
            },
        });

        await harness.Client.Send("prep").AssertReply("Which meeting are you getting ready for?");
        CardReply card = (CardReply)(await harness.Client.Press(maria.Id)).Replies[0];
        IReadOnlyList<string> closing = card.Sections.Single(s => s.Heading == "Closing lines").Items;

        Assert.Contains("I asked you for 25 minutes and I want to keep to that", closing[0], StringComparison.Ordinal);
        Assert.StartsWith("If it runs long, because they chose to keep going: at 30 minutes", closing[1], StringComparison.Ordinal);
        Assert.Contains("We've been talking for 30 minutes", closing[1], StringComparison.Ordinal);
        Assert.Contains("one last request? You mentioned [the area they mentioned] as a good fit for someone exploring pediatric nursing", closing[2], StringComparison.Ordinal);
        Assert.Contains("as someone working my way into pediatric nursing, is there anything you'd advise me to do next?", closing[3], StringComparison.Ordinal);
        Assert.Contains("all right if I kept in touch", closing[4], StringComparison.Ordinal);
        Assert.Contains("I'll let you know how things turn out", closing[5], StringComparison.Ordinal);
        Assert.Contains("unless they ask for it", closing[6], StringComparison.Ordinal);
        Assert.Contains("Offering a copy as you wrap up is your call", closing[6], StringComparison.Ordinal);
        Assert.Contains("Ending on a good note matters more", closing[6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenericPrepWordsTheGoalAndFieldWithoutPlaceholdersAndPlansTwentyMinutes()
    {
        var harness = new MeetingFlowsHarness();

        CardReply card = (CardReply)(await harness.Client.Send("get ready")).Replies[0];
        IReadOnlyList<string> closing = card.Sections.Single(s => s.Heading == "Closing lines").Items;

        Assert.Contains("I asked you for 20 minutes", closing[0], StringComparison.Ordinal);
        Assert.Contains("someone exploring your field", closing[2], StringComparison.Ordinal);
        Assert.EndsWith("\"Before we finish: is there anything you'd advise me to do next?\"", closing[3], StringComparison.Ordinal);
        Assert.DoesNotContain(closing, line => line.Contains("[your goal]", StringComparison.Ordinal) || line.Contains("[the field]", StringComparison.Ordinal));
    }

    [Fact]
    public void ACallIsTimeCheckedAtItsOwnLengthAndStillGetsTheHalfHourCheckIn()
    {
        string text = MeetingPrep.Checklist(Samples.ColdContact() with { Venue = MeetingVenue.Call }, Samples.Profile(), null, TimeZoneInfo.Utc).ToPlainText();

        Assert.Contains("I asked you for 15 minutes", text, StringComparison.Ordinal);
        Assert.Contains("at 30 minutes", text, StringComparison.Ordinal);
        Assert.Contains("finding out whether pediatric nursing is right for me", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false, 20, "20 minutes (never more than 30 unless they offer)")]
    [InlineData(45, false, 30, "30 minutes (never more than 30 unless they offer)")]
    [InlineData(0, true, 15, "15 minutes (a call stays within 10 to 15 minutes)")]
    [InlineData(30, true, 15, "15 minutes (a call stays within 10 to 15 minutes)")]
    public void TheListThePrepAndTheOpenerNameTheSameLength(int booked, bool farAway, int expected, string shown)
    {
        Contact contact = Samples.ColdContact() with
        {
            LongDistance = farAway,
            Meeting = booked == 0 ? null : new MeetingDetails { StartsAt = Samples.Now.AddDays(2), TimeZoneId = "UTC", DurationMinutes = booked },
        };
        QuestionList list = QuestionListPlanner.Propose(contact, Samples.Profile(), farAway ? MeetingFormat.Phone : MeetingFormat.InPerson, Samples.Now);

        CardReply prep = MeetingPrep.Checklist(contact, Samples.Profile(), list, TimeZoneInfo.Utc);
        string opener = Coaching.Rehearsal.AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), contact).Text;

        Assert.Equal(expected, list.MeetingMinutes);
        Assert.Contains(new CardFact("Length", shown), prep.Facts);
        Assert.Contains($"I asked you for {expected} minutes", prep.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains($"the {expected} minutes we agreed", opener, StringComparison.Ordinal);
    }

    [Fact]
    public void AListWithTheResumeReviewTellsTheUserWhenTheResumeComesOut()
    {
        CoachingProfile experienced = Samples.Profile() with { Experience = ExperienceLevel.Experienced };
        QuestionList withReview = QuestionListPlanner.Propose(Samples.ColdContact(), experienced, MeetingFormat.InPerson, Samples.Now, resumeReview: true);
        QuestionList without = QuestionListPlanner.Propose(Samples.ColdContact(), experienced, MeetingFormat.InPerson, Samples.Now);

        Assert.Contains("review question near the end of your list", MeetingPrep.Checklist(Samples.ColdContact(), experienced, withReview, TimeZoneInfo.Utc).ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("keep it in your bag unless they ask", MeetingPrep.Checklist(Samples.ColdContact(), experienced, without, TimeZoneInfo.Utc).ToPlainText(), StringComparison.Ordinal);
    }
}
