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

        Assert.StartsWith("Dear Dr Berg,\n\nThank you for making time to talk with me the other day.", note, StringComparison.Ordinal);
        Assert.Contains("One thing that has stayed with me: Most teams hire new graduates through a residency programme.", note, StringComparison.Ordinal);
        Assert.Contains("As promised, I'll send the conference link shortly.", note, StringComparison.Ordinal);
        Assert.Contains("suggesting I speak with Ana Ruiz;", note, StringComparison.Ordinal);
        Assert.Contains("my exploration of pediatric nursing", note, StringComparison.Ordinal);
        Assert.EndsWith("With thanks,\nSam Lee", note, StringComparison.Ordinal);
    }

    [Fact]
    public void ThankYouNoteWithoutDetailsStillReadsWell()
    {
        string note = ThankYouNote.Draft(null, Samples.ReferredContact(), Debrief() with { Learned = " " }, s_today);

        Assert.Equal("Dear Maria,\n\nThank you for making time to talk with me today.\n\nI'll keep you posted as my exploration of the field goes on.\n\nWith thanks,\n[your name]", note);
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
