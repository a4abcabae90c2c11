using System.Text.Json;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using Xunit.Abstractions;

namespace InterviewCoach.Bot.Tests.FollowThrough;

/// <summary>What the turn that finishes a debrief (and schedules its follow-ups) costs in table requests.</summary>
[Collection(SharedAzurite.Name)]
public sealed class DebriefCostTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task TheTurnThatFinishesADebriefWritesOnlyConditionally()
    {
        await using FollowThroughHost host = await FollowThroughHost.StartAsync(azurite.Azurite, new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero));
        await host.SayAsync("hi");
        await host.Reminders.SetSettingsAsync(host.UserKey, "America/New_York", QuietHours.Default);
        Contact maria = await host.AddContactAsync(Contact.Create("Maria Lopez", host.Clock.GetUtcNow()) with { Organisation = "St Anne's", Stage = ContactStage.MeetingSet });
        string[] script = ["debrief", maria.Id, "today", "skip", "Night shifts rotate every six weeks.", "4", "It is not all nights.", "yes", "Shadow a nurse", "skip", "skip", "skip",
            "yes", "Ana Ruiz", "Clinical educator", "St Anne's", "no", "no", "no", "no",
            "the article on rotas\nmy notes from the open day", "no", "Apply for the shadowing scheme", "1, 2", "email"];
        foreach (string line in script)
        {
            await host.SayAsync(line);
        }

        JsonElement before = await host.StatsAsync();
        // The last answer is the sign-off (asked once, saved in the profile): the turn that saves everything.
        string finished = FollowThroughHost.Joined(await host.SayAsync("sam@example.com 07700 900123"));
        JsonElement after = await host.StatsAsync();

        long requests = FollowThroughHost.Delta(before, after, "storage", "requests");
        output.WriteLine($"debrief finishing turn: {requests} table requests, {FollowThroughHost.Delta(before, after, "storage", "conditionalWrites")} conditional writes, "
            + $"{FollowThroughHost.Delta(before, after, "storage", "unconditionalWrites")} unconditional writes");
        foreach (JsonProperty op in after.GetProperty("tableOps").EnumerateObject())
        {
            output.WriteLine($"  {op.Name}: {FollowThroughHost.Delta(before, after, "tableOps", op.Name)}");
        }

        Assert.Equal(0, FollowThroughHost.Delta(before, after, "storage", "unconditionalWrites"));

        // What the turn said is what was stored: thank-you at +24 h and +48 h, each promise, the referral, in the user's zone.
        Assert.Contains("- Send your thank-you note to Maria Lopez: **Wed 11 Mar, 11:00 (America/New_York)**", finished, StringComparison.Ordinal);
        Assert.Contains("- Send Maria Lopez: the article on rotas", finished, StringComparison.Ordinal);
        Assert.True(finished.Contains("- Send Maria Lopez: my notes from the open day", StringComparison.Ordinal), finished);
        IReadOnlyList<ScheduledReminder> stored = await host.UpcomingAsync();
        Assert.Equal(
            [ReminderKind.ThankYouNote, ReminderKind.ThankYouNote, ReminderKind.PromisedItem, ReminderKind.PromisedItem, ReminderKind.ReferralOutreach],
            stored.Select(r => r.Kind).Order()); // several fall due at the same instant, listed in id order
        Assert.Equal(ReminderKind.ThankYouNote, stored[0].Kind);
        Assert.Equal(host.Clock.GetUtcNow().AddHours(24), stored[0].DueUtc);

        // "Not yet" keeps them.
        string notYet = FollowThroughHost.Joined(await host.SayAsync("not yet"));
        Assert.Contains("the reminder stays: I'll nudge you **Wed 11 Mar, 11:00 (America/New_York)**", notYet, StringComparison.Ordinal);
        Assert.Equal(5, (await host.UpcomingAsync()).Count);
    }
}
