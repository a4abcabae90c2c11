using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Slack.Infrastructure;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.FollowThrough;

/// <summary>The same follow-through from Slack DMs: the time read back in the user's zone, the reminder stored only on "yes".</summary>
[Collection(SharedAzurite.Name)]
public sealed class SlackFollowThroughTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ACallBackTypedInASlackDmIsConfirmedThenStored()
    {
        // Wednesday 4 March 2026, 09:00 in Los Angeles.
        await using SlackTestHost host = await SlackTestHost.StartAsync(
            azurite.Azurite, now: new DateTimeOffset(2026, 3, 4, 17, 0, 0, TimeSpan.Zero), settings: new Dictionary<string, string?> { ["Reminders:PollInterval"] = "01:00:00" }, realCoach: true);
        string user = new UserAddress("slack", "T1", "U9").Key;
        IReminderScheduler reminders = host.Services.GetRequiredService<IReminderScheduler>();
        await reminders.SetSettingsAsync(user, "America/Los_Angeles", QuietHours.Default);
        Contact sam = Contact.Create("Sam Okafor", DateTimeOffset.UtcNow) with { Stage = ContactStage.Asked };
        await host.Services.GetRequiredService<IUserRecordStore>().SaveAsync(user, UserRecordKinds.Contact, sam.Id, sam, CoachingJsonContext.Default.Contact, null);

        await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "U9", "hi", "EvFt1"));
        int seen = (await host.Slack.WaitForAsync("chat.postMessage")).Count;
        await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "U9", "call back Sam Thu 3 pm", "EvFt2"));
        IReadOnlyList<FakeSlackCall> asked = await host.Slack.WaitForAsync("chat.postMessage", seen + 1);

        Assert.Contains(asked.Skip(seen), c => c.Body.Contains("Thursday 5 March at 15:00 (America/Los_Angeles)", StringComparison.Ordinal));
        Assert.Empty(await reminders.ListUpcomingAsync(user));

        await host.PostEventAsync(SlackTestHost.DirectMessage("T1", "U9", "yes", "EvFt3"));
        await host.Slack.WaitForAsync("chat.postMessage", asked.Count + 1);
        ScheduledReminder callBack = Assert.Single(await reminders.ListUpcomingAsync(user));
        Assert.Equal((ReminderKind.CallBack, sam.Id, new DateTimeOffset(2026, 3, 5, 23, 0, 0, TimeSpan.Zero)), (callBack.Kind, callBack.ContactId, callBack.DueUtc));
    }
}
