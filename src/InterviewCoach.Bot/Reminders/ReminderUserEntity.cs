using Azure;
using Azure.Data.Tables;

namespace InterviewCoach.Bot.Reminders;

/// <summary>A user's reminder settings: PartitionKey = <c>TableKey.Encode(userKey)</c>, RowKey = <c>settings</c>.</summary>
internal sealed class ReminderUserEntity : ITableEntity
{
    public const string SettingsRowKey = "settings";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = SettingsRowKey;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? TimeZoneId { get; set; }

    /// <summary>Start of the allowed window, local <c>HH:mm</c>.</summary>
    public string? AllowedFrom { get; set; }

    /// <summary>End of the allowed window, local <c>HH:mm</c>.</summary>
    public string? AllowedUntil { get; set; }

    /// <summary><see cref="Coaching.Reminders.AllowedDays"/> as its number.</summary>
    public int? AllowedDays { get; set; }

    public bool? Paused { get; set; }

    public DateTimeOffset? PausedAt { get; set; }
}
