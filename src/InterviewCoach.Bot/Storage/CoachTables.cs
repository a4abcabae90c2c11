using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Storage;

/// <summary>The bot's tables, named with the configured prefix. Each feature's store takes the table it owns from here.</summary>
public sealed class CoachTables
{
    public CoachTables(TableServiceClient service, IOptions<StorageOptions> options)
    {
        string prefix = options.Value.TablePrefix;
        DialogState = service.GetTableClient(prefix + "DialogState");
        UserRecords = service.GetTableClient(prefix + "UserRecords");
        ConversationReferences = service.GetTableClient(prefix + "ConversationRefs");
        ActivityIds = service.GetTableClient(prefix + "ActivityIds");
        All = [DialogState, UserRecords, ConversationReferences, ActivityIds];
    }

    /// <summary>One entity per conversation: the serialised dialog stack.</summary>
    public TableClient DialogState { get; }

    /// <summary>One partition per user: profile, contacts, practice attempts, question lists, debriefs.</summary>
    public TableClient UserRecords { get; }

    /// <summary>One partition per user: how to reach them proactively.</summary>
    public TableClient ConversationReferences { get; }

    /// <summary>One small entity per inbound activity id, so a redelivered activity is handled once across instances.</summary>
    public TableClient ActivityIds { get; }

    /// <summary>Every table, for creation at start-up and for tests.</summary>
    public IReadOnlyList<TableClient> All { get; }
}
