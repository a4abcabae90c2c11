using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Tests;

/// <summary>Shared people for the tests: a career changer and the contacts she is approaching.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static CoachingProfile Profile() => new()
    {
        Stage = CareerStage.ExploringOptions,
        FieldsOfInterest =
        [
            new FieldOfInterest { Name = "pediatric nursing", BroaderArea = "healthcare" },
            new FieldOfInterest { Name = "school counselling" },
        ],
        Purposes = InterviewPurposes.JudgeFit | InterviewPurposes.LearnEntryPath,
        OtherPurposes = ["see what night shifts are really like"],
        WeeklyTarget = 3,
        DisplayName = "Sam Lee",
        Phone = "07700 900123",
        LinkedInCurrent = true,
        UpdatedAt = Now,
    };

    public static Contact ReferredContact() => Contact.Create("Maria Lopez", Now) with
    {
        Role = "Charge nurse",
        Organisation = "St Anne's Children's Hospital",
        Connection = ConnectionKind.ReferredBy,
        ReferredByName = "Priya Shah",
        PreferredChannel = PreferredChannel.Phone,
    };

    /// <summary>A contact with the light research done (a fact and where to meet), so the ask is drafted at once.</summary>
    public static Contact Researched(Contact contact) => contact with
    {
        ResearchFact = "her team opened a new children's ward this spring",
        Venue = MeetingVenue.TheirChoice,
    };

    public static Contact ColdContact() => Contact.Create("Dr Tomas Berg", Now) with
    {
        Organisation = "Northside Clinic",
        PreferredChannel = PreferredChannel.Email,
    };
}
