using Azure.Data.Tables;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Coaching.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Reminders;

[Collection(SharedAzurite.Name)]
public sealed class RemindersHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RemindersScheduledBeforeAStopAreEachSentOnceByTheNextHost()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = "h" + Guid.NewGuid().ToString("N")[..10],
            ["Reminders:PollInterval"] = "00:00:01",
        };
        string[] users = ["msteams/t/29:a", "msteams/t/29:b", "slack/T1/U1", "slack/T1/U2"];
        DateTimeOffset past = DateTimeOffset.UtcNow.AddMinutes(-5);

        // First host: no delivery at all, so nothing is sent; the reminders wait in storage.
        await using (BotFactory first = BotFactory.WithStorage(azurite.Azurite, settings, s => s.RemoveAll<IReminderDelivery>()))
        {
            foreach (TableClient table in first.Services.GetRequiredService<CoachTables>().All)
            {
                await table.CreateIfNotExistsAsync();
            }

            IReminderScheduler scheduler = first.Services.GetRequiredService<IReminderScheduler>();
            foreach (string user in users)
            {
                await scheduler.SetSettingsAsync(user, "UTC", ReminderRig.AlwaysAllowed);
                await scheduler.ScheduleAsync(user, Enumerable.Range(0, 5).Select(i => ReminderRig.Request("k" + i, past.AddSeconds(i))));
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.All(users, user => Assert.Equal(5, scheduler.ListUpcomingAsync(user).Result.Count));
        }

        // Second host with a channel: every due reminder arrives once, as one digest per user.
        var delivery = new RecordingDelivery();
        await using BotFactory second = BotFactory.WithStorage(azurite.Azurite, settings, s =>
        {
            s.RemoveAll<IReminderDelivery>();
            s.AddSingleton<IReminderDelivery>(delivery);
        });
        IReminderScheduler again = second.Services.GetRequiredService<IReminderScheduler>();
        DateTime deadline = DateTime.UtcNow.AddSeconds(15);
        while (delivery.CountsById().Count < 20 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // a couple more polls: nothing may arrive twice

        IReadOnlyDictionary<string, int> counts = delivery.CountsById();
        Assert.Equal(20, counts.Count);
        Assert.All(counts, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(users.Order(StringComparer.Ordinal), delivery.Digests.Select(d => d.UserKey).Order(StringComparer.Ordinal));
        Assert.All(users, user => Assert.Empty(again.ListUpcomingAsync(user).Result));
    }

    [Fact]
    public void AnOutOfRangeReminderSettingStopsStartUpNamingTheKey()
    {
        OptionsValidationException failure = BotFactory.StartUpFailure<OptionsValidationException>(
            () => BotFactory.WithStorage(azurite.Azurite, new Dictionary<string, string?> { ["Reminders:PollInterval"] = "00:00:00" }));

        Assert.Contains("PollInterval", failure.Message, StringComparison.Ordinal);
    }
}
