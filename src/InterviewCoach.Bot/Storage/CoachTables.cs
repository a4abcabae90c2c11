using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Storage;

/// <summary>The bot's tables, named with the configured prefix. Each feature's store takes the table it owns from here.</summary>
internal sealed class CoachTables
{
    public CoachTables(TableServiceClient service, IOptions<StorageOptions> options)
    {
        string prefix = options.Value.TablePrefix;
        OldDialogState = service.GetTableClient(prefix + "DialogState");
        UserRecords = service.GetTableClient(prefix + "UserRecords");
        ConversationReferences = service.GetTableClient(prefix + "ConversationRefs");
        Reminders = service.GetTableClient(prefix + "Reminders");
        ReminderDue = service.GetTableClient(prefix + "ReminderDue");
        ReminderUsers = service.GetTableClient(prefix + "ReminderUsers");
        SlackEvents = service.GetTableClient(prefix + "SlackEvents");
        SlackWorkspaces = service.GetTableClient(prefix + "SlackWorkspaces");
        UndeliveredReplies = service.GetTableClient(prefix + "UndeliveredReplies");
        FileOffers = service.GetTableClient(prefix + "FileOffers");
        All = [OldDialogState, UserRecords, ConversationReferences, Reminders, ReminderDue, ReminderUsers, SlackEvents, SlackWorkspaces, UndeliveredReplies, FileOffers];
    }

    /// <summary>
    /// Where dialog state was kept before it moved to <see cref="UserRecords"/>: read when a conversation has none there,
    /// deleted with the user's data, never written.
    /// </summary>
    public TableClient OldDialogState { get; }

    /// <summary>
    /// One partition per user: profile, contacts, practice attempts, question lists, debriefs (RowKey <c>{kind}.{id}</c>),
    /// and the conversation's dialog state (RowKey <see cref="TableDialogStateStore.RowKey"/>), so a turn's saves and its
    /// state go in one transaction.
    /// </summary>
    public TableClient UserRecords { get; }

    /// <summary>One partition per user: how to reach them proactively.</summary>
    public TableClient ConversationReferences { get; }

    /// <summary>Reminders, partitioned by user; RowKey is the reminder id.</summary>
    public TableClient Reminders { get; }

    /// <summary>The due-time index of pending reminders: PartitionKey is a shard, RowKey the UTC due time and a unique suffix.</summary>
    public TableClient ReminderDue { get; }

    /// <summary>Per-user reminder settings: time zone, allowed hours, paused.</summary>
    public TableClient ReminderUsers { get; }

    /// <summary>One entity per Slack event delivered (partition: team, row: event id), so retried deliveries run once across instances.</summary>
    public TableClient SlackEvents { get; }

    /// <summary>Slack workspaces that uninstalled the app or revoked its token (row: team id): when, and when their data was erased. No user data.</summary>
    public TableClient SlackWorkspaces { get; }

    /// <summary>One partition per user: replies Teams would not take, oldest first, kept for the user's next turn.</summary>
    public TableClient UndeliveredReplies { get; }

    /// <summary>One partition per user: files offered with a Teams consent card (row: the offer id), until answered or an hour old.</summary>
    public TableClient FileOffers { get; }

    /// <summary>Every table, for creation at start-up and for tests.</summary>
    public IReadOnlyList<TableClient> All { get; }
}
