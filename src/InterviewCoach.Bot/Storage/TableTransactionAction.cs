using Azure;

namespace InterviewCoach.Bot.Storage;

/// <summary>One operation of an entity group transaction. Updates and deletes use <paramref name="ETag"/> (default: the entity's own, else <c>*</c>).</summary>
public sealed record TableTransactionAction(TableTransactionActionType ActionType, ITableEntity Entity, ETag ETag = default);
