using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// A question drawn from what the user noted about the contact (S055): "her team opened a new ward" becomes
/// "I understand your team opened a new ward: what has that been like for you?". The user sees it and chooses.
/// </summary>
public static class PersonalQuestion
{
    /// <summary>The note the question is drawn from: the saved research fact, else the first line of the notes.</summary>
    public static string? SourceOf(Contact? contact) => ScriptFacts.ResearchFactOf(contact);

    /// <summary>The suggested question, or null when nothing about the contact was noted.</summary>
    public static string? For(Contact? contact) =>
        SourceOf(contact) is { } note && SecondPerson.From(NoteHedges.Strip(note).TrimEnd('.', '!', ';', ':'), contact!.Organisation) is { Length: > 0 } fact
            ? $"I understand {fact}: what has that been like for you?"
            : null;
}
