using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Goals;

public sealed class ProfileConflictTests
{
    private static async Task<(CoachHarness Coach, RacingRecordStore Store)> CreateAsync()
    {
        var memory = new InMemoryUserRecordStore();
        var store = new RacingRecordStore(memory);
        var coach = new CoachHarness(store);
        await coach.SaveProfileAsync(Samples.Profile());
        await coach.Client.Send("hi");
        return (coach, store);
    }

    [Fact]
    public async Task AChangeThatLosesARaceIsAppliedToTheNewestVersionAndTheUserIsTold()
    {
        (CoachHarness coach, RacingRecordStore store) = await CreateAsync();
        store.RacingKind = UserRecordKinds.Profile;
        store.RacesLeft = 1;
        store.Interloper = async inner =>
        {
            CoachingProfile elsewhere = (await coach.ProfileAsync())! with { Phone = "0161 496 0000" };
            await inner.SaveAsync(coach.User, UserRecordKinds.Profile, "main", elsewhere, CoachingJsonContext.Default.CoachingProfile, IUserRecordStore.AnyETag);
        };

        await coach.Client.Send("goal");
        await coach.Client.Press(nameof(GoalPart.Target));
        await coach.Client.Send("4").AssertReply<CardReply>().AssertReply("changed somewhere else");

        CoachingProfile profile = (await coach.ProfileAsync())!;
        Assert.Equal(4, profile.WeeklyTarget);
        Assert.Equal("0161 496 0000", profile.Phone);
    }

    [Fact]
    public async Task AChangeThatLosesTwiceIsReportedNotLost()
    {
        (CoachHarness coach, RacingRecordStore store) = await CreateAsync();
        store.RacingKind = UserRecordKinds.Profile;
        store.RacesLeft = 2;
        store.Interloper = async inner =>
        {
            CoachingProfile elsewhere = (await coach.ProfileAsync())! with { UpdatedAt = DateTimeOffset.UtcNow };
            await inner.SaveAsync(coach.User, UserRecordKinds.Profile, "main", elsewhere, CoachingJsonContext.Default.CoachingProfile, IUserRecordStore.AnyETag);
        };

        await coach.Client.Send("goal");
        await coach.Client.Press(nameof(GoalPart.Target));
        await coach.Client.Send("4").AssertReply("wasn't saved").AssertReply<ChoiceReply>();

        Assert.Equal(3, (await coach.ProfileAsync())!.WeeklyTarget);
    }

    [Fact]
    public async Task AContactDeletedElsewhereWhileBeingEditedIsReported()
    {
        (CoachHarness coach, RacingRecordStore store) = await CreateAsync();
        Contact maria = Samples.ReferredContact();
        await coach.SaveContactAsync(maria);
        store.RacingKind = UserRecordKinds.Contact;
        store.RacesLeft = 1;
        store.Interloper = inner => inner.DeleteAsync(coach.User, UserRecordKinds.Contact, maria.Id).AsTask();

        await coach.Client.Send("contacts");
        await coach.Client.Press($"edit:{maria.Id}");
        await coach.Client.Send("how I'll ask");
        await coach.Client.Send("email").AssertReply("can't find that contact");

        Assert.Empty(await coach.ContactsAsync());
    }
}
