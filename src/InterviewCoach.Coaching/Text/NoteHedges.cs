using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Takes the doubt off the front of a note before it goes into words said to the contact: "not much honestly, I think
/// they rolled out a new patient record" is, to the contact, "they rolled out a new patient record". The note itself is
/// kept as typed; only drafts use this.
/// </summary>
public static partial class NoteHedges
{
    /// <summary>The note without its leading hedges, or the note as it was when nothing of substance would remain.</summary>
    public static string Strip(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        string rest = Leading().Replace(note.Trim(), string.Empty, 1).Trim();
        rest = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? rest : note.Trim();

        // "..., i watched it on youtube": where the user came across it is theirs, not something to say about the contact.
        string aboutThem = OwnAside().Replace(rest, string.Empty, 1).Trim();
        return aboutThem.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? aboutThem : rest;
    }

    [GeneratedRegex(@"\s*(?:[,;]|\s[-–—])\s*(?:and\s+|which\s+|that\s+)?i(?:'ve|’ve|'d|’d|\s+have|\s+had)?\s+(?:watched|saw|seen|read|heard|found|came\s+across|noticed|spotted|listened|caught|follow|followed|looked)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OwnAside();

    [GeneratedRegex(
        @"^(?:(?:not\s+(?:much|a\s+lot|a\s+great\s+deal)(?:\s+(?:honestly|really|to\s+be\s+honest|tbh))?|(?:i\s+)?(?:don't|dont|do\s+not)\s+know\s+(?:much|a\s+lot)(?:\s+about\s+(?:them|her|him|it))?"
        + @"|(?:i'm|i\s+am)?\s*not\s+(?:sure|certain)|honestly|to\s+be\s+honest|tbh|i\s+think|i\s+guess|i\s+believe|i\s+suppose|probably|maybe|perhaps|apparently|um+|uh+|erm|only\s+that|just\s+that|but)\b\s*(?:that\b)?\s*[,:;.-]*\s*)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Leading();
}
