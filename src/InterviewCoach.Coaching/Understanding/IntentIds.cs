namespace InterviewCoach.Coaching.Understanding;

/// <summary>The intent ids of the design's intent table; stable, because the evaluation tool prints them.</summary>
internal static class IntentIds
{
    public const string Menu = "cmd.menu";
    public const string Help = "cmd.help";
    public const string Cancel = "cmd.cancel";
    public const string Goal = "cmd.goal";
    public const string Sketch = "cmd.sketch";
    public const string Contacts = "cmd.contacts";
    public const string AddContact = "cmd.add-contact";
    public const string Rehearse = "cmd.rehearse";
    public const string Questions = "cmd.questions";
    public const string Prep = "cmd.prep";
    public const string Debrief = "cmd.debrief";
    public const string Reminders = "cmd.reminders";
    public const string Progress = "cmd.progress";
    public const string Export = "cmd.export";
    public const string DeleteData = "cmd.delete-data";
    public const string None = "none";

    public const string CommandPrefix = "cmd.";
    public const string QuestionPrefix = "ask.";

    public static bool IsCommand(string intent) => intent.StartsWith(CommandPrefix, StringComparison.Ordinal);

    public static bool IsQuestion(string intent) => intent.StartsWith(QuestionPrefix, StringComparison.Ordinal);
}
