using System.Text.Json;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests;

public sealed class CoachingJsonContextTests
{
    [Fact]
    public void ProfileWithSketchRoundTrips()
    {
        CoachingProfile profile = Samples.Profile() with
        {
            Purposes = InterviewPurposes.JudgeFit | InterviewPurposes.PractiseForJobInterviews,
            Sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Education = "a BA", Strengths = ["care"] }).WithEditedText("Mine."),
        };

        string json = JsonSerializer.Serialize(profile, CoachingJsonContext.Default.CoachingProfile);
        CoachingProfile? back = JsonSerializer.Deserialize(json, CoachingJsonContext.Default.CoachingProfile);

        Assert.Equivalent(profile, back, strict: true);
        Assert.Contains("\"purposes\":\"JudgeFit, PractiseForJobInterviews\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stage\":\"ExploringOptions\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ContactWithMeetingRoundTrips()
    {
        Contact contact = Samples.ReferredContact() with
        {
            Stage = ContactStage.MeetingSet,
            ReferredByContactId = ContactId.New(),
            Meeting = new MeetingDetails
            {
                StartsAt = new DateTimeOffset(2025, 3, 18, 14, 30, 0, TimeSpan.FromHours(-4)),
                TimeZoneId = "America/New_York",
                Place = "4th floor, east wing",
                Directions = "Ask for her at the nurses' station",
                DurationMinutes = 25,
            },
            Email = "maria@example.org",
            Notes = "Prefers mornings",
        };

        string json = JsonSerializer.Serialize(contact, CoachingJsonContext.Default.Contact);
        Contact? back = JsonSerializer.Deserialize(json, CoachingJsonContext.Default.Contact);

        Assert.Equal(contact, back);
        Assert.Contains("\"stage\":\"MeetingSet\"", json, StringComparison.Ordinal);
        Assert.Contains("\"connection\":\"ReferredBy\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("referrerToMention", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"preferredChannel\":\"Email\",", PreferredChannel.Email)]
    [InlineData("\"preferredChannel\":\"InPerson\",", PreferredChannel.InPerson)]
    [InlineData("", PreferredChannel.Phone)]
    [InlineData("\"preferredChannel\":\"LinkedIn\",", PreferredChannel.LinkedIn)]
    public void AContactSavedBeforeLinkedInWasAWayToAskStillLoads(string channel, PreferredChannel expected)
    {
        string json = "{\"id\":\"c-1\",\"name\":\"Maria Lopez\"," + channel + "\"stage\":\"ToContact\"}";
        Contact? contact = JsonSerializer.Deserialize(json, CoachingJsonContext.Default.Contact);
        Assert.Equal(expected, contact!.PreferredChannel);
        Assert.Contains($"\"preferredChannel\":\"{expected}\"", JsonSerializer.Serialize(contact, CoachingJsonContext.Default.Contact), StringComparison.Ordinal);
    }

    [Fact]
    public void PracticeAttemptRoundTrips()
    {
        const string Pitch = "Hi, I'm Sam. Are you hiring?";
        PracticeAttempt attempt = PracticeAttempt.FromReport(PracticeKind.PhoneAsk, Pitch, PitchChecker.Check(Pitch), Samples.Now, ContactId.New());

        string json = JsonSerializer.Serialize(attempt, CoachingJsonContext.Default.PracticeAttempt);
        PracticeAttempt? back = JsonSerializer.Deserialize(json, CoachingJsonContext.Default.PracticeAttempt);

        Assert.Equivalent(attempt, back, strict: true);
        Assert.Contains("\"kind\":\"PhoneAsk\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\":\"no-job-ask\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsOfContactsAndAttemptsRoundTrip()
    {
        IReadOnlyList<Contact> contacts = [Samples.ReferredContact(), Samples.ColdContact()];

        string json = JsonSerializer.Serialize(contacts, CoachingJsonContext.Default.IReadOnlyListContact);
        IReadOnlyList<Contact>? back = JsonSerializer.Deserialize(json, CoachingJsonContext.Default.IReadOnlyListContact);

        Assert.Equal(contacts, back);
    }

    [Fact]
    public void StandaloneSketchRoundTrips()
    {
        BackgroundSketch sketch = BackgroundSketchBuilder.Build(new BackgroundSketchInputs { Experience = "ten years nursing" });

        string json = JsonSerializer.Serialize(sketch, CoachingJsonContext.Default.BackgroundSketch);

        Assert.Equivalent(sketch, JsonSerializer.Deserialize(json, CoachingJsonContext.Default.BackgroundSketch), strict: true);
    }
}
