using System.Net;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.BadInput;
using InterviewCoach.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewCoach.Bot.Tests.Host;

/// <summary>What a newcomer sees on the first start (no tables yet) and on every start after (tables exist): no error.</summary>
[Collection(SharedAzurite.Name)]
public sealed class StorageStartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AFirstStartAndASecondStartLogNoErrorAndTheRemindersPollOnlyOnceTheTablesExist()
    {
        string prefix = "first" + Guid.NewGuid().ToString("N")[..8];
        foreach (string start in new[] { "first", "second" })
        {
            var errors = new HostErrorLog();
            await using BotFactory factory = BotFactory.WithStorage(
                azurite.Azurite,
                new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix, ["Reminders:PollInterval"] = "00:00:01" },
                services => services.AddLogging(logging => logging.AddProvider(errors)));
            using HttpClient client = factory.CreateClient();

            StorageReadiness readiness = factory.Services.GetRequiredService<StorageReadiness>();
            await readiness.WaitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

            // The first poll of the due index runs as soon as the tables exist, the next a second later.
            await Task.Delay(1500);
            foreach (TableClient table in factory.Services.GetRequiredService<CoachTables>().All)
            {
                // Throws TableNotFound if the table was not created.
                Assert.Null(await table.FindEntityAsync<TableEntity>("none", "none"));
            }

            Assert.True(errors.Entries.Count == 0, $"{start} start logged: {string.Join(" / ", errors.Entries)}");
        }
    }
}
