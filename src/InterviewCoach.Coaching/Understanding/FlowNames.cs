using System.Collections.Frozen;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>How the coach names a flow when asking to leave it for another ("Leave the debrief and open your reminders?").</summary>
internal static class FlowNames
{
    private static readonly FrozenDictionary<string, (string Current, string Open)> s_names = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["goal"] = ("setting your goals", "set your goals"),
        ["sketch"] = ("your background sketch", "work on your background sketch"),
        ["contacts"] = ("your contacts", "open your contacts"),
        ["add contact"] = ("adding this contact", "add a contact"),
        ["edit"] = ("changing this contact", "change a contact's details"),
        ["brainstorm"] = ("the brainstorm", "brainstorm who to ask"),
        ["rehearse"] = ("the rehearsal", "rehearse the ask"),
        ["practise"] = ("the practice", "practise the ask"),
        ["role play"] = ("the practice call", "practise the call with me playing the contact"),
        ["tell me about yourself"] = ("the 'tell me about yourself' practice", "practise talking about yourself"),
        ["voicemail"] = ("the voicemail note", "note a voicemail"),
        ["call back"] = ("setting a call-back", "set a call-back time"),
        ["emailed"] = ("noting your email", "note an email you sent"),
        ["wrote to"] = ("noting your letter", "note a letter you sent"),
        ["messaged"] = ("noting your LinkedIn message", "note a LinkedIn message you sent"),
        ["questions"] = ("your question list", "plan your questions"),
        ["prep"] = ("the meeting prep", "get ready for a meeting"),
        ["debrief"] = ("the debrief", "debrief a conversation"),
        ["book a meeting"] = ("booking the meeting", "note a meeting you've booked"),
        ["log a chat"] = ("logging this chat", "log an unplanned chat"),
        ["not pursuing"] = ("setting aside this referral", "set aside a referral"),
        ["share a resource"] = ("sharing a resource", "share a resource"),
        ["update"] = ("the update", "draft an update"),
        ["thankyou"] = ("the thank-you note", "open the thank-you note"),
        ["weekly review"] = ("your weekly review", "review your week"),
        ["progress"] = ("your progress", "see your progress"),
        ["search ended"] = ("closing your search", "close your search"),
        ["target"] = ("noting a target employer", "note a target employer"),
        ["export my data"] = ("the export", "export your data"),
        ["delete my data"] = ("deleting your data", "delete your data"),
        ["reminders"] = ("your reminders", "open your reminders"),
        ["remind me to"] = ("your reminders", "see how to get a reminder"),
        ["help"] = ("help", "see what I can do"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"the debrief": the flow a dialog id belongs to, or a neutral phrase for one not in the command table.</summary>
    public static string Current(string? flowDialogId)
    {
        CoachCommand? command = CoachDialogs.Commands.FirstOrDefault(c => c.DialogId == flowDialogId);
        return command is not null && s_names.TryGetValue(command.Keyword, out var names) ? names.Current : "what we're doing";
    }

    /// <summary>"open your reminders": what starting a command does.</summary>
    public static string Open(CoachCommand command) =>
        s_names.TryGetValue(command.Keyword, out var names) ? names.Open : string.Concat("go to \u201C", command.Title, "\u201D");
}
