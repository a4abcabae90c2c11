namespace InterviewCoach.Load.Channels;

/// <summary>
/// The conversations the simulated users walk, written from the flows in InterviewCoach.Coaching and their transcript
/// tests, and checked against the host's real replies. A new user is welcomed, sets goals, adds the contact a debrief
/// needs, then debriefs the talk with them. Choices are answered with text, as a user may type them.
/// Expected texts stay ASCII: they are matched against the raw JSON bodies, where the host escapes "é" as \u00e9.
/// </summary>
public static class CoachScripts
{
    /// <summary>Welcome and the whole goal flow (8 turns); the last reply is the saved-goals card.</summary>
    public static IReadOnlyList<ScriptStep> Goal { get; } =
    [
        ScriptStep.Say("hi", "Where would you like to start"),
        ScriptStep.Say("goal", "what name do you give"),
        ScriptStep.Say("Ana Souza", "phone number"),
        ScriptStep.Say("skip", "Where are you right now"),
        ScriptStep.Say("Still exploring my options", "Which fields"),
        ScriptStep.Say("UX research (design), data journalism", "What do you want these conversations to do"),
        ScriptStep.Say("1, 3", "How many conversations"),
        ScriptStep.Say("2", "Saved: your goals"),
    ];

    /// <summary>The goal flow, adding one contact (a form submit), and a debrief of the talk with them to the thank-you question (36 turns).</summary>
    public static IReadOnlyList<ScriptStep> GoalThenDebrief { get; } =
    [
        .. Goal,
        ScriptStep.Say("add contact", "New contact"),
        ScriptStep.Submit("""{"name":"Maria Lopez","role":"Charge nurse","organisation":"St Annes"}""", "How are you connected to Maria Lopez"),
        ScriptStep.Say("someone referred me", "Who passed on their name"),
        ScriptStep.Say("Priya Shah", "said you may mention them"),
        ScriptStep.Say("yes, I may use their name", "How will you ask Maria Lopez"),
        ScriptStep.Say("phone", "Added to your contacts"),
        ScriptStep.Say("debrief", "Which conversation do you want to debrief"),
        ScriptStep.Say("1", "When did you talk to Maria Lopez"),
        ScriptStep.Say("today", "paste or type them"),
        ScriptStep.Say("skip", "What did you learn"),
        ScriptStep.Say("They love the team.", "how much did it change your view"),
        ScriptStep.Say("2", "What shifted"),
        ScriptStep.Say("none", "match what you expected"),
        ScriptStep.Say("yes", "What advice did they give you"),
        ScriptStep.Say("none", "strengths"),
        ScriptStep.Say("skip", "new to you"),
        ScriptStep.Say("skip", "employers or organisations"),
        ScriptStep.Say("skip", "suggest anyone else"),
        ScriptStep.Say("no", "card or contact details"),
        ScriptStep.Say("no", "stay in touch"),
        ScriptStep.Say("no", "Did you promise to send them anything"),
        ScriptStep.Say("none", "offer to look it over"),
        ScriptStep.Say("no", "What are your next steps"),
        ScriptStep.Say("none", "Quick self-review"),
        ScriptStep.Say("none of these", "handwritten card"),
        ScriptStep.Say("email", "signs off with your phone and email"),
        ScriptStep.Say("skip", "Debrief: Maria Lopez"),
        ScriptStep.Say("not yet", "the reminder stays"),
    ];
}
