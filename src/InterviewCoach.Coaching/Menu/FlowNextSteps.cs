namespace InterviewCoach.Coaching.Menu;

/// <summary>
/// The two or three commands that usually follow a flow, offered when it ends instead of the whole menu (which stays
/// one button away). A flow not listed here ends with the menu as before. The debrief offers its own next steps first
/// (<see cref="Debrief.DebriefNextSteps"/>); once the user is done with those, these follow quietly.
/// </summary>
internal static class FlowNextSteps
{
    private static readonly Dictionary<string, string[]> s_after = new(StringComparer.Ordinal)
    {
        ["goal"] = ["add contact", "sketch", "questions"],
        ["sketch"] = ["rehearse", "add contact"],
        ["add contact"] = ["rehearse", "questions", "contacts"],
        ["brainstorm"] = ["rehearse", "contacts", "add contact"],
        ["contacts"] = ["rehearse", "questions", "add contact"],
        ["rehearse"] = ["practise", "questions", "contacts"],
        ["practise"] = ["rehearse", "questions"],
        ["role play"] = ["practise", "rehearse", "questions"],
        ["tell me about yourself"] = ["sketch", "practise", "questions"],

        // After an ask has gone out or a call is planned: the script for the call, what is coming up, the people.
        ["call back"] = ["rehearse", "reminders", "contacts"],
        ["voicemail"] = ["reminders", "rehearse", "contacts"],
        ["emailed"] = ["reminders", "add contact", "contacts"],
        ["wrote to"] = ["reminders", "add contact", "contacts"],
        ["messaged"] = ["reminders", "add contact", "contacts"],
        ["questions"] = ["prep", "rehearse", "contacts"],
        ["book a meeting"] = ["questions", "rehearse", "prep"],
        ["prep"] = ["questions", "debrief", "reminders"],
        ["debrief"] = ["contacts", "reminders", "progress"],
        ["reminders"] = ["contacts", "progress"],
        ["log a chat"] = ["thankyou", "contacts", "reminders"],
        ["not pursuing"] = ["contacts", "reminders"],
        ["share a resource"] = ["contacts", "reminders"],
        ["update"] = ["share a resource", "contacts", "reminders"],
        ["thankyou"] = ["contacts", "reminders", "progress"],
        ["weekly review"] = ["progress", "contacts", "reminders"],
        ["progress"] = ["weekly review", "contacts", "reminders"],
        ["search ended"] = ["reminders", "export my data"],
        ["target"] = ["add contact", "contacts", "reminders"],
    };

    /// <summary>The commands to offer after the flow started by <paramref name="keyword"/>; empty when the menu fits better.</summary>
    public static IReadOnlyList<string> After(string? keyword) =>
        keyword is not null && s_after.TryGetValue(keyword, out string[]? next) ? next : [];
}
