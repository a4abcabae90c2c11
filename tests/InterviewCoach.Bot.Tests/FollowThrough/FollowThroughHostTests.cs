using System.Text.Json.Nodes;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Tests.FollowThrough;

/// <summary>
/// The follow-through promises walked through <c>/api/messages</c> on the real host and real Table Storage: what the
/// user is told, what is stored (kind, contact, due instant in their zone) and, with the clock moved, what arrives.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class FollowThroughHostTests(AzuriteFixture azurite)
{
    private const string NewYork = "America/New_York";

    // Wednesday 4 March 2026, 09:00 in New York (EST); the clocks go forward on Sunday 8 March.
    private static readonly DateTimeOffset s_wednesday = new(2026, 3, 4, 14, 0, 0, TimeSpan.Zero);

    private static async Task<(FollowThroughHost Host, Contact Maria)> StartAsync(AzuriteFixture azurite, ContactStage stage)
    {
        FollowThroughHost host = await FollowThroughHost.StartAsync(azurite.Azurite, s_wednesday);
        await host.SayAsync("hi");
        await host.Reminders.SetSettingsAsync(host.UserKey, NewYork, QuietHours.Default);
        Contact maria = await host.AddContactAsync(Contact.Create("Maria Lopez", s_wednesday) with { Organisation = "Contoso", Stage = stage });
        return (host, maria);
    }

    private static async Task<string> BookAsync(FollowThroughHost host, Contact contact, string when)
    {
        await host.SayAsync("contacts");
        await host.PressAsync("stage:" + contact.Id);
        await host.PressAsync(nameof(ContactStage.MeetingSet));
        await host.SayAsync(when);
        await host.SubmitAsync(new Dictionary<string, string> { ["place"] = "Contoso, 4th floor", ["timeZone"] = NewYork, ["minutes"] = "30" });
        return FollowThroughHost.Joined(await host.SayAsync("learn how the team hires"));
    }

    [Fact]
    public async Task ABookedMeetingIsListedAtItsLocalTimeAcrossTheClockChangeAndItsPrepArrivesInTheDevChatPage()
    {
        (FollowThroughHost host, Contact maria) = await StartAsync(azurite, ContactStage.Asked);
        await using FollowThroughHost _ = host;

        string told = await BookAsync(host, maria, "Tuesday at 10am");

        // Tuesday 10 March 10:00 EDT is 14:00 UTC; the day before, Monday 10:00 EDT, is also 14:00 UTC although it was booked under EST.
        Assert.Contains("- Tomorrow: Maria Lopez, Tuesday 10 March at 10:00: **Mon 9 Mar, 10:00 (America/New_York)**", told, StringComparison.Ordinal);
        Assert.Contains("- Maria Lopez in an hour: **Tue 10 Mar, 09:00 (America/New_York)**", told, StringComparison.Ordinal);
        Assert.Contains("- Did you meet Maria Lopez?: **Tue 10 Mar, 11:30 (America/New_York)**", told, StringComparison.Ordinal);
        IReadOnlyList<ScheduledReminder> stored = await host.UpcomingAsync();
        Assert.Equal(
            [
                (ReminderKind.MeetingPrepDayBefore, new DateTimeOffset(2026, 3, 9, 14, 0, 0, TimeSpan.Zero)),
                (ReminderKind.MeetingPrepHourBefore, new DateTimeOffset(2026, 3, 10, 13, 0, 0, TimeSpan.Zero)),
                (ReminderKind.DebriefPrompt, new DateTimeOffset(2026, 3, 10, 15, 30, 0, TimeSpan.Zero)),
            ],
            stored.Select(r => (r.Kind, r.DueUtc)));
        Assert.All(stored, r => Assert.Equal(maria.Id, r.ContactId));

        await host.SayAsync("menu");
        string list = FollowThroughHost.Joined(await host.SayAsync("reminders"));
        Assert.Contains("Mon 9 Mar, 10:00 (America/New_York)", list, StringComparison.Ordinal);

        host.Clock.Set(new DateTimeOffset(2026, 3, 9, 14, 0, 30, TimeSpan.Zero));
        Assert.Equal(1, (await host.PollAsync()).Delivered);
        JsonArray page = await host.DevChatActivitiesAsync();
        string prep = Assert.Single(page.Select(a => a!.ToJsonString()), a => a.Contains("Tomorrow: Maria Lopez", StringComparison.Ordinal));
        Assert.Contains("Be there by **09:50**", prep, StringComparison.Ordinal);
        foreach (string button in new[] { "Open my prep", "My questions", "Mark done", "In an hour", "Tomorrow", "Next week" })
        {
            Assert.Contains($"\"{button}\"", prep, StringComparison.Ordinal);
        }

        Assert.Contains("questions " + maria.Id, prep, StringComparison.Ordinal);
        Assert.Equal(0, (await host.PollAsync()).Delivered);
        Assert.Single(await host.DevChatActivitiesAsync(), a => a!.ToJsonString().Contains("Tomorrow: Maria Lopez", StringComparison.Ordinal));

        // After the meeting: "Did you meet Maria Lopez?" with Yes, It moved and Didn't happen; the last puts her back to asked.
        host.Clock.Set(new DateTimeOffset(2026, 3, 10, 15, 30, 30, TimeSpan.Zero));
        Assert.Equal(2, (await host.PollAsync()).Delivered);
        string didYouMeet = Assert.Single((await host.DevChatActivitiesAsync()).Select(a => a!.ToJsonString()), a => a.Contains("Did you meet Maria Lopez?", StringComparison.Ordinal));
        Assert.Contains("debrief " + maria.Id, didYouMeet, StringComparison.Ordinal);
        Assert.Contains("\"It moved\"", didYouMeet, StringComparison.Ordinal);
        Assert.Contains("reminders missed " + maria.Id, didYouMeet, StringComparison.Ordinal);
        await host.SayAsync("menu");
        string missed = FollowThroughHost.Joined(await host.SayAsync("reminders missed " + maria.Id));
        Assert.Contains("didn't happen", missed, StringComparison.Ordinal);
        Assert.Equal(ContactStage.Asked, (await host.GetContactAsync(maria.Id))!.Stage);
    }

    [Fact]
    public async Task MovingTheMeetingMovesItsRemindersAndDidntHappenRemovesThem()
    {
        (FollowThroughHost host, Contact maria) = await StartAsync(azurite, ContactStage.Asked);
        await using FollowThroughHost _ = host;
        await BookAsync(host, maria, "Tuesday at 10am");

        await host.SayAsync("contacts " + maria.Id);
        await host.PressAsync("edit:" + maria.Id);
        await host.SayAsync("meeting details");
        await host.SayAsync("Thursday at 2pm");
        await host.SubmitAsync(new Dictionary<string, string> { ["place"] = "Café Mila", ["timeZone"] = NewYork, ["minutes"] = "30" });
        string moved = FollowThroughHost.Joined(await host.SayAsync("learn how the team hires"));

        Assert.Contains("- Maria Lopez in an hour: **Thu 5 Mar, 13:00 (America/New_York)**", moved, StringComparison.Ordinal);
        Assert.Equal(
            [new DateTimeOffset(2026, 3, 4, 19, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 5, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 5, 20, 30, 0, TimeSpan.Zero)],
            (await host.UpcomingAsync()).Select(r => r.DueUtc));

        await host.SayAsync("contacts " + maria.Id);
        await host.PressAsync("stage:" + maria.Id);
        string off = FollowThroughHost.Joined(await host.PressAsync(nameof(ContactStage.NoAnswer)));

        Assert.Contains("I've cancelled the 3 pending reminders for that meeting.", off, StringComparison.Ordinal);
        Assert.Empty(await host.UpcomingAsync());
    }

    [Fact]
    public async Task AnEmailedAskSchedules3B7AndTheCallOnBusinessDaysAndAReplyCancelsThem()
    {
        (FollowThroughHost host, Contact maria) = await StartAsync(azurite, ContactStage.ToContact);
        await using FollowThroughHost _ = host;
        await host.SayAsync("contacts " + maria.Id);
        await host.PressAsync("stage:" + maria.Id);
        await host.PressAsync(nameof(ContactStage.Asked));

        string told = FollowThroughHost.Joined(await host.SayAsync("by email"));

        // Sent Wednesday 09:00 EST: 3B Monday 9 March, the call Wednesday 11, 7B Friday 13, each at 09:00 local (EDT by then).
        Assert.Contains("- Ask a second person at Contoso: **Mon 9 Mar, 09:00 (America/New_York)**", told, StringComparison.Ordinal);
        Assert.Contains("- Phone Maria Lopez about your email: **Wed 11 Mar, 09:00 (America/New_York)**", told, StringComparison.Ordinal);
        Assert.Contains("- Follow up once with Maria Lopez: **Fri 13 Mar, 09:00 (America/New_York)**", told, StringComparison.Ordinal);
        Assert.Equal(
            [
                (ReminderKind.OutreachSecondContact, new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero)),
                (ReminderKind.OutreachCall, new DateTimeOffset(2026, 3, 11, 13, 0, 0, TimeSpan.Zero)),
                (ReminderKind.OutreachFollowUp, new DateTimeOffset(2026, 3, 13, 13, 0, 0, TimeSpan.Zero)),
            ],
            (await host.UpcomingAsync()).Select(r => (r.Kind, r.DueUtc)));

        await host.SayAsync("contacts " + maria.Id);
        await host.PressAsync("stage:" + maria.Id);
        string reply = FollowThroughHost.Joined(await host.PressAsync(nameof(ContactStage.Declined)));

        Assert.Contains("I've cancelled the 3 pending reminders chasing Maria Lopez", reply, StringComparison.Ordinal);
        Assert.Empty(await host.UpcomingAsync());
    }

    [Fact]
    public async Task DeletingAContactCancelsItsRemindersAndSaysSo()
    {
        (FollowThroughHost host, Contact maria) = await StartAsync(azurite, ContactStage.Asked);
        await using FollowThroughHost _ = host;
        await BookAsync(host, maria, "Tuesday at 10am");

        await host.SayAsync("contacts " + maria.Id);
        await host.PressAsync("delete:" + maria.Id);
        string deleted = FollowThroughHost.Joined(await host.SayAsync("yes"));

        Assert.Contains("I've cancelled the 3 pending reminders about Maria Lopez.", deleted, StringComparison.Ordinal);
        Assert.Empty(await host.UpcomingAsync());
    }

    [Fact]
    public async Task CallBackThursdayAtThreeIsConfirmedInTheUsersZoneAndArrivesThen()
    {
        (FollowThroughHost host, Contact maria) = await StartAsync(azurite, ContactStage.Asked);
        await using FollowThroughHost _ = host;

        string asked = FollowThroughHost.Joined(await host.SayAsync("call back Maria Thu 3 pm"));
        Assert.Contains("Call Maria Lopez on **Thursday 5 March at 15:00 (America/New_York)**?", asked, StringComparison.Ordinal);
        Assert.Empty(await host.UpcomingAsync());
        await host.SayAsync("yes");

        ScheduledReminder callBack = Assert.Single(await host.UpcomingAsync());
        Assert.Equal((ReminderKind.CallBack, maria.Id, new DateTimeOffset(2026, 3, 5, 20, 0, 0, TimeSpan.Zero)), (callBack.Kind, callBack.ContactId, callBack.DueUtc));
        host.Clock.Set(new DateTimeOffset(2026, 3, 5, 20, 0, 1, TimeSpan.Zero));
        Assert.Equal(1, (await host.PollAsync()).Delivered);
        Assert.Contains(await host.DevChatActivitiesAsync(), a => a!.ToJsonString().Contains("Call Maria Lopez now", StringComparison.Ordinal));
    }
}
