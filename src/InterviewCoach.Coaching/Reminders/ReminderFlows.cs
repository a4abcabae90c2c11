namespace InterviewCoach.Coaching.Reminders;

/// <summary>The flow commands a reminder's "open" button starts.</summary>
public static class ReminderFlows
{
    public const string ThankYou = "thankyou";
    public const string Debrief = "debrief";
    public const string Prep = "prep";
    public const string Contacts = "contacts";
    public const string Progress = "progress";
    public const string Questions = "questions";
    public const string Goals = "goal";
    public const string Rehearse = "rehearse";
    public const string ShareResource = "share a resource";
    public const string KeepInTouch = "update";
    public const string WeeklyReview = "weekly review";
}
