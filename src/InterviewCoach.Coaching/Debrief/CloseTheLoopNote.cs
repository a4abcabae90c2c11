using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// S119: the note that tells one person how the search turned out, naming how they helped (their advice, the people
/// they introduced) from what the debriefs recorded, so each note is personal rather than one form letter.
/// </summary>
public static class CloseTheLoopNote
{
    /// <summary>Stands in for the outcome when the user skipped saying it.</summary>
    public const string OutcomePlaceholder = "[how it turned out]";

    /// <param name="helper">The person to write to.</param>
    /// <param name="debriefs">Their debriefs, oldest first.</param>
    /// <param name="introduced">The contacts they put the user in touch with.</param>
    /// <param name="outcome">How the search ended, in the user's words; null for a placeholder.</param>
    /// <param name="profile">For the sign-off.</param>
    public static string Draft(Contact helper, IReadOnlyList<DebriefRecord> debriefs, IReadOnlyList<Contact> introduced, string? outcome, CoachingProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(helper);
        ArgumentNullException.ThrowIfNull(debriefs);
        ArgumentNullException.ThrowIfNull(introduced);
        string first = Phrasing.FirstName(helper.Name);
        var note = new StringBuilder();
        note.Append("Dear ").Append(first.Length > 0 ? first : helper.Name).Append(",\n\n");
        note.Append("I wanted you to know that my search has come to an end: ")
            .Append(outcome is null ? OutcomePlaceholder : Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(outcome)))
            .Append(". ");
        IReadOnlyList<string> ways = HowTheyHelped(debriefs, introduced);
        note.Append(ways.Count == 0
            ? "Our conversation played a real part in getting here."
            : $"You played a real part in it: {Phrasing.JoinWithAnd(ways)}.");
        note.Append(" Thank you again. If I can ever return the favour, I'd be very glad to.");
        note.Append("\n\nBest wishes,\n").Append(profile is { DisplayName.Length: > 0 } ? profile.DisplayName : "[your name]");
        return note.ToString();
    }

    /// <summary>"your advice to shadow a nurse for a day", "introducing me to Ana Ruiz": what the records say they did.</summary>
    public static IReadOnlyList<string> HowTheyHelped(IReadOnlyList<DebriefRecord> debriefs, IReadOnlyList<Contact> introduced)
    {
        ArgumentNullException.ThrowIfNull(debriefs);
        ArgumentNullException.ThrowIfNull(introduced);
        var ways = new List<string>();
        if (debriefs.Select(d => ThankYouNote.AdviceFragment(d.Advice)).LastOrDefault(a => a is not null) is { } advice)
        {
            ways.Add($"your advice to {advice}");
        }

        List<string> names = [.. introduced.Select(c => c.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (names.Count > 0)
        {
            ways.Add($"introducing me to {Phrasing.JoinWithAnd(names)}");
        }

        if (ways.Count == 0 && debriefs.Count > 0)
        {
            ways.Add("the time you gave me and your honest picture of the work");
        }

        return ways;
    }
}
