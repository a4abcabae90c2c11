using Azure.Data.Tables;
using InterviewCoach.Bot.Reminders;

namespace InterviewCoach.Bot.Tests.Reminders;

/// <summary>Fills the due index with rows for the future, 100 per batch, spread over the shards.</summary>
internal static class FutureIndexRows
{
    public static async Task AddAsync(TableClient due, int count, DateTimeOffset from)
    {
        var batches = new List<List<TableTransactionAction>>();
        foreach (IGrouping<string, int> shard in Enumerable.Range(0, count).GroupBy(i => ReminderKeys.Shard("future" + i)))
        {
            foreach (int[] chunk in shard.Chunk(100))
            {
                batches.Add([.. chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add, new ReminderDueEntity
                {
                    PartitionKey = shard.Key,
                    RowKey = ReminderKeys.NewIndexKey(from.AddMinutes(i), "future" + i),
                    UserKey = "future" + i,
                    ReminderId = "r" + i,
                    CreatedAt = from,
                }))]);
            }
        }

        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, ct) => await due.SubmitTransactionAsync(batch, ct));
    }
}
