namespace InterviewCoach.Coaching.Reminders;

/// <summary>Days of the week on which reminders may arrive.</summary>
[Flags]
public enum AllowedDays
{
    None = 0,
    Sunday = 1 << DayOfWeek.Sunday,
    Monday = 1 << DayOfWeek.Monday,
    Tuesday = 1 << DayOfWeek.Tuesday,
    Wednesday = 1 << DayOfWeek.Wednesday,
    Thursday = 1 << DayOfWeek.Thursday,
    Friday = 1 << DayOfWeek.Friday,
    Saturday = 1 << DayOfWeek.Saturday,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    Everyday = Weekdays | Saturday | Sunday,
}
