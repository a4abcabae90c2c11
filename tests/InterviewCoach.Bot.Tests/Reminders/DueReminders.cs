using Azure.Data.Tables;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Bot.Tests.Reminders;

/// <summary>
/// Writes many pending reminders and their index rows with batch transactions (one per user partition, up to 100 rows
/// per shard), in the same shape the scheduler writes one by one, so big tests spend their time dispatching.
/// </summary>
internal static class DueReminders
{
    public static async Task<List<string>> SeedAsync(CoachTables tables, IReadOnlyList<string> users, int perUser, DateTimeOffset due)
    {
        var reminders = new List<ReminderEntity>();
        var rows = new List<ReminderDueEntity>();
        foreach (string user in users)
        {
            for (int i = 0; i < perUser; i++)
            {
                string dedupe = "seed" + i;
                var row = new ReminderDueEntity
                {
                    PartitionKey = ReminderKeys.Shard(user),
                    RowKey = ReminderKeys.NewIndexKey(due, user),
                    UserKey = user,
                    ReminderId = ReminderKeys.ReminderId(user, dedupe),
                    CreatedAt = due,
                };
                rows.Add(row);
                reminders.Add(new ReminderEntity
                {
                    PartitionKey = ReminderKeys.UserPartition(user),
                    RowKey = row.ReminderId,
                    UserKey = user,
                    Kind = ReminderKind.PromisedItem,
                    Status = ReminderStatus.Pending,
                    DedupeKey = dedupe,
                    Title = "Send what you promised",
                    Body = "Body",
                    FlowCommand = ReminderFlows.Contacts,
                    DueUtc = due,
                    CreatedAt = due,
                    IndexKey = row.RowKey,
                });
            }
        }

        IEnumerable<(TableClient Table, List<TableTransactionAction> Batch)> batches =
            rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)).Select(c => (tables.ReminderDue, Actions(c)))
                .Concat(reminders.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(100)).Select(c => (tables.Reminders, Actions(c))));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (b, ct) => await b.Table.SubmitTransactionAsync(b.Batch, ct));
        return [.. reminders.Select(r => r.RowKey)];
    }

    private static List<TableTransactionAction> Actions(IEnumerable<ITableEntity> entities) =>
        [.. entities.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e))];
}
