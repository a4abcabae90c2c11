using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class DebriefPartsTests
{
    private static readonly DateOnly s_today = new(2025, 3, 14);

    [Fact]
    public void ThankYouNoteMentionsWhatWasLearnedPromisedAndWhoWasSuggested()
    {
        DebriefRecord debrief = Debrief() with
        {
            Learned = "most teams hire new graduates through a residency programme! Also the pay is fine",
            PromisedItems = ["forward the conference link"],
            Referrals = [new DebriefReferral("Ana Ruiz")],
        };

        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ColdContact(), debrief, s_today.AddDays(3));

        Assert.StartsWith("Subject: Thank you for your time\n\nDear Dr Berg,\n\nThank you for making time to talk with me the other day.", note, StringComparison.Ordinal);
        Assert.Contains("It was really helpful to learn that most teams hire new graduates through a residency programme.", note, StringComparison.Ordinal);
        Assert.Contains("As promised, I'll send you the conference link this week.", note, StringComparison.Ordinal);
        Assert.Contains("suggesting I speak with Ana Ruiz;", note, StringComparison.Ordinal);
        Assert.Contains("as I explore pediatric nursing", note, StringComparison.Ordinal);
        Assert.EndsWith("Best wishes,\nSam Lee\n07700 900123", note, StringComparison.Ordinal);
    }

    [Fact]
    public void APromiseWithItsOwnConditionGetsNoDeadlineAndAnEmailAloneSignsOff()
    {
        DebriefRecord debrief = Debrief() with { PromisedItems = ["send him my portfolio once it exists"] };

        string note = ThankYouNote.Draft(Samples.Profile() with { Phone = null, Email = "priya.raman@example.com" }, Samples.ColdContact(), debrief, s_today);

        Assert.Contains("As promised, I'll send you my portfolio once it exists.", note, StringComparison.Ordinal);
        Assert.EndsWith("\npriya.raman@example.com", note, StringComparison.Ordinal);
        Assert.DoesNotContain("[your phone]", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYouNoteRewritesTheUsersNotesIntoThanksInTheirVoice()
    {
        DebriefRecord debrief = Debrief() with
        {
            Learned = "Learned that the day-to-day is mostly dashboards",
            PromisedItems = ["send my scraping project this week"],
            StayInTouch = true,
        };

        string note = ThankYouNote.Draft(Samples.Profile() with { Email = "sam@example.com" }, Samples.ReferredContact(), debrief, s_today);

        Assert.Contains("Thank you for making time to talk with me today. It was really helpful to learn that the day-to-day is mostly dashboards.", note, StringComparison.Ordinal);
        Assert.Contains("As promised, I'll send you my scraping project this week.", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Learned that", note, StringComparison.Ordinal);
        Assert.Contains("I'll let you know how my exploration of pediatric nursing goes.", note, StringComparison.Ordinal);
        Assert.EndsWith("Sam Lee\n07700 900123\nsam@example.com", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYouNoteNeverRepeatsANegativeRemark()
    {
        DebriefRecord debrief = Debrief() with
        {
            Learned = "She said the admin is tedious and the hours are awful.\nShe said that most nurses specialise after two years.",
            Advice = "Don't bother with agencies, they're a waste of time",
        };

        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), debrief, s_today);

        Assert.Contains("I especially valued hearing from you that most nurses specialise after two years.", note, StringComparison.Ordinal);
        Assert.DoesNotContain("tedious", note, StringComparison.Ordinal);
        Assert.DoesNotContain("agencies", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYouNoteSpeaksToTheContactNotAboutThem()
    {
        DebriefRecord debrief = Debrief() with
        {
            Learned = "She said I should learn SQL first. She suggested I talk to Omar in data. Her team uses dbt a lot.",
        };

        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), debrief, s_today);

        Assert.Contains("It was really helpful to learn that your team uses dbt a lot.", note, StringComparison.Ordinal);
        Assert.Contains("I'm going to act on your advice to learn SQL first.", note, StringComparison.Ordinal);
        Assert.DoesNotContain("she ", note, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" her ", note, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AdviceTypedAsSheSaidIShouldIsTheActionAlone()
    {
        DebriefRecord debrief = Debrief() with { Advice = "she said I should learn SQL before her course starts" };

        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), debrief, s_today);

        Assert.Contains("I'm going to act on your advice to learn SQL before your course starts.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineThatMayBeAboutSomeoneElseIsSummedUpNotQuoted()
    {
        DebriefRecord debrief = Debrief() with
        {
            Notes = "She was lovely.",
            Learned = "He runs the night team and she covers for him",
            Advice = "She said he is the one to ask, he knows everyone",
        };

        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), debrief, s_today);

        Assert.DoesNotContain("night team", note, StringComparison.Ordinal);
        Assert.DoesNotContain("knows everyone", note, StringComparison.Ordinal);
        Assert.Contains("a much clearer picture", note, StringComparison.Ordinal);
        Assert.Contains("Your advice gives me a clear next step.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void WithAPromiseToStayInTouchTheNoteSaysOnceThatTheUserWillReportBack()
    {
        DebriefRecord debrief = Debrief() with { Referrals = [new DebriefReferral("Omar")], StayInTouch = true };

        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), debrief, s_today);

        Assert.Contains("Thank you as well for suggesting I speak with Omar.", note, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(note, "I'll let you know"));
    }

    [Fact]
    public void AdviceThatPointsAtTheNotesIsTakenFromThem()
    {
        DebriefRecord debrief = Debrief() with
        {
            Notes = "Rotas change monthly.\nShe said I should shadow a nurse for a day.",
            Advice = "see my notes",
        };

        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), debrief, s_today);

        Assert.Contains("I'm going to act on your advice to shadow a nurse for a day.", note, StringComparison.Ordinal);
        Assert.DoesNotContain("notes", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actually no", null)]
    [InlineData("wait, none", null)]
    [InlineData("Hmm, nothing.", null)]
    [InlineData("actually it confirmed what I thought", "actually it confirmed what I thought")]
    [InlineData("no, it confirmed what I thought", "no, it confirmed what I thought")]
    public void AChangeOfMindToNothingIsNotKeptAsAnAnswer(string typed, string? kept)
    {
        Assert.Equal(kept, DebriefAnswers.Optional(typed));
    }

    [Theory]
    [InlineData(true, "As you asked, I've attached my résumé.")]
    [InlineData(false, null)]
    public void TheResumeIsMentionedOnlyWhenTheContactAskedForIt(bool asked, string? expected)
    {
        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), Debrief() with { ResumeRequested = asked }, s_today);

        if (expected is null)
        {
            Assert.DoesNotContain("résumé", note, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(expected, note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AResumeAlreadyPromisedIsNotAlsoSaidToBeAttached()
    {
        string note = ThankYouNote.Draft(Samples.Profile(), Samples.ReferredContact(), Debrief() with { ResumeRequested = true, PromisedItems = ["send her my CV once I've updated it"] }, s_today);

        Assert.Contains("I'll send you my CV once I've updated it", note, StringComparison.Ordinal);
        Assert.DoesNotContain("attached", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYouNoteWithoutDetailsStillReadsWell()
    {
        string note = ThankYouNote.Draft(null, Samples.ReferredContact(), Debrief() with { Learned = " " }, s_today);

        Assert.Equal("Subject: Thank you for your time\n\nDear Maria,\n\nThank you for making time to talk with me today.\n\nThank you again for your generosity as I explore the field.\n\nBest wishes,\n[your name]\n[your phone]\n[your email]", note);
    }

    [Theory]
    [InlineData("jo@contoso.com, 020 7946 0000", "jo@contoso.com", "020 7946 0000")]
    [InlineData("+1 (425) 555-0100", null, "+1 (425) 555-0100")]
    [InlineData("email: jo.smith@fabrikam.co.uk.", "jo.smith@fabrikam.co.uk", null)]
    [InlineData("met in 2024 in room 12", null, null)]
    public void ContactDetailsAreReadFromTypedText(string typed, string? email, string? phone)
    {
        Assert.Equal(new ContactDetails(email, phone), ContactDetails.Read(typed));
    }

    [Theory]
    [InlineData(false, true, true, true, true, "leave jobs out")]
    [InlineData(true, false, true, true, true, "who else they'd suggest")]
    [InlineData(true, true, false, true, true, "check the clock")]
    [InlineData(true, true, true, false, true, "what, how or why")]
    [InlineData(true, true, true, true, false, "jot down")]
    [InlineData(true, true, true, true, true, "You did all five")]
    public void SelfReviewGivesOneTipForTheMostImportantMissedHabit(bool noJob, bool referrals, bool time, bool open, bool notes, string expected)
    {
        var review = new SelfReview { AvoidedAskingForJob = noJob, AskedForReferrals = referrals, KeptToTime = time, AskedOpenQuestions = open, TookNotes = notes };

        Assert.Contains(expected, SelfReviewTips.TipFor(review), StringComparison.Ordinal);
    }

    [Fact]
    public void DebriefIdsSortByMeetingDate()
    {
        DateTimeOffset now = Samples.Now;
        string earlier = DebriefRecord.NewId(new DateOnly(2025, 3, 2), now, "ffffffffffffffffffffffffffffffff");
        string later = DebriefRecord.NewId(new DateOnly(2025, 3, 10), now.AddDays(-20), "00000000000000000000000000000000");

        Assert.True(string.CompareOrdinal(earlier, later) < 0);
        Assert.True(Storage.UserRecordKinds.IsValidSegment(earlier));
    }

    [Fact]
    public void DebriefRoundTripsThroughJson()
    {
        DebriefRecord debrief = Debrief() with
        {
            Referrals = [new DebriefReferral("Ana Ruiz") { Role = "Educator", MayUseName = true, ContactId = ContactId.New() }],
            PromisedItems = ["a link"],
            Review = new SelfReview { TookNotes = true },
            ThankYouSentAt = Samples.Now,
        };

        string json = System.Text.Json.JsonSerializer.Serialize(debrief, CoachingJsonContext.Default.DebriefRecord);
        DebriefRecord? back = System.Text.Json.JsonSerializer.Deserialize(json, CoachingJsonContext.Default.DebriefRecord);

        Assert.Equivalent(debrief, back, strict: true);
        Assert.Contains("\"metOn\":\"2025-03-14\"", json, StringComparison.Ordinal);
    }

    private static DebriefRecord Debrief() => new()
    {
        Id = DebriefRecord.NewId(s_today, Samples.Now, "0123456789abcdef0123456789abcdef"),
        ContactId = "0123456789abcdef0123456789abcdef",
        ContactName = "Maria Lopez",
        MetOn = s_today,
        Learned = "It's busy.",
        ViewChange = 3,
        CreatedAt = Samples.Now,
    };
}
