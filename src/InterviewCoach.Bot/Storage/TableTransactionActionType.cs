namespace InterviewCoach.Bot.Storage;

/// <summary>The operations an entity group transaction can hold.</summary>
public enum TableTransactionActionType
{
    Add,
    UpdateMerge,
    UpdateReplace,
    UpsertMerge,
    UpsertReplace,
    Delete,
}
