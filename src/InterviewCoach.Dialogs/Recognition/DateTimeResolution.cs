namespace InterviewCoach.Dialogs.Recognition;

/// <summary>
/// A recognized date or date and time, in the user's time zone (<see cref="Value"/> carries the user's offset on that
/// date). When <see cref="HasTime"/> is false only the date was given and <see cref="Value"/> is local midnight.
/// </summary>
public sealed record DateTimeResolution(DateTimeOffset Value, bool HasTime)
{
    /// <summary>
    /// Set when the answer named today's weekday without "this" or "next" ("monday" on a Monday): true when it was read
    /// as today (a time still ahead was given), false when as the same day next week. Null otherwise. A flow says which,
    /// since either reading can surprise.
    /// </summary>
    public bool? WeekdayNamedToday { get; init; }

    public DateOnly Date => DateOnly.FromDateTime(Value.DateTime);

    public TimeOnly? Time => HasTime ? TimeOnly.FromDateTime(Value.DateTime) : null;
}
