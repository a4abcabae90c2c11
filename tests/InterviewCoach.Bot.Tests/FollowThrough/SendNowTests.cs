using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.FollowThrough;

/// <summary>"Send now" and the dev chat sender: there in Development local mode, absent with a real app id.</summary>
[Collection(SharedAzurite.Name)]
public sealed class SendNowTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task InLocalModeEachListedReminderOffersSendNowWhichShowsItsMessage()
    {
        await using FollowThroughHost host = await FollowThroughHost.StartAsync(azurite.Azurite, new DateTimeOffset(2026, 3, 4, 14, 0, 0, TimeSpan.Zero));
        await host.SayAsync("hi");
        await host.Reminders.SetSettingsAsync(host.UserKey, "Europe/London", QuietHours.Default);
        Contact maria = await host.AddContactAsync(Contact.Create("Maria Lopez", host.Clock.GetUtcNow()) with { Stage = ContactStage.Asked });
        await host.SayAsync("call back Maria tomorrow at 10am");
        await host.SayAsync("yes");
        ScheduledReminder callBack = Assert.Single(await host.UpcomingAsync());

        string list = FollowThroughHost.Joined(await host.SayAsync("reminders"));
        Assert.Contains("Send now", list, StringComparison.Ordinal);

        string shown = FollowThroughHost.Joined(await host.PressAsync("send:" + callBack.Id));
        Assert.Contains("Call Maria Lopez now", shown, StringComparison.Ordinal);
        Assert.Contains("reminders done " + callBack.Id, shown, StringComparison.Ordinal);
        Assert.Contains("contacts " + maria.Id, shown, StringComparison.Ordinal);
        Assert.Contains("It is still due **Thu 5 Mar, 10:00 (Europe/London)**", shown, StringComparison.Ordinal);
        Assert.Single(await host.UpcomingAsync());
    }

    [Fact]
    public async Task SendNowDatesTheMessageWhenItWillReallyArriveAfterQuietHours()
    {
        await using FollowThroughHost host = await FollowThroughHost.StartAsync(azurite.Azurite, new DateTimeOffset(2026, 3, 4, 14, 0, 0, TimeSpan.Zero));
        await host.SayAsync("hi");
        await host.Reminders.SetSettingsAsync(host.UserKey, "Europe/London", QuietHours.Default);
        await host.AddContactAsync(Contact.Create("Maria Lopez", host.Clock.GetUtcNow()) with { Stage = ContactStage.Asked });
        await host.SayAsync("call back Maria tomorrow at 7pm");
        await host.SayAsync("yes");
        ScheduledReminder callBack = Assert.Single(await host.UpcomingAsync());
        await host.SayAsync("reminders");

        string shown = FollowThroughHost.Joined(await host.PressAsync("send:" + callBack.Id));

        Assert.Contains("Fri 6 Mar, 09:00 (Europe/London)", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("19:00", shown, StringComparison.Ordinal);
        Assert.Contains("It is still due **Fri 6 Mar, 09:00 (Europe/London)**", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithARealAppIdThereIsNoDevChatSenderAndNoSendNow()
    {
        await using FakeChannel channel = await FakeChannel.StartAsync();
        await using TeamsTestHost host = await TeamsTestHost.StartAsync(azurite.Azurite, channel, realCoach: true);

        Assert.DoesNotContain(host.Services.GetServices<IChannelProactiveSender>(), s => s.Channel == "emulator");
        Assert.Null(host.Services.GetRequiredService<CoachServices>().ReminderPreview);
    }
}
