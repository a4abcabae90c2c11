using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Reading the notes pasted at the start of a debrief, so later questions can use them: an answer that points at them
/// ("see my notes", "same as above"), and the advice written in them.
/// </summary>
internal static class DebriefNotes
{
    // Said on their own, these point at the notes rather than answer anew.
    private static readonly HashSet<string> s_pointers = new(StringComparer.Ordinal)
    {
        "its in my notes", "in my notes", "see my notes", "see notes", "see the notes", "see above", "as above", "same as above", "same as before",
        "same as my notes", "same as the notes", "as in my notes", "as in the notes", "as per my notes", "as per notes", "from my notes", "use my notes",
        "all in my notes", "its all in my notes", "in the notes", "check my notes", "look at my notes", "read my notes", "see my notes above",
        "see notes above", "what i wrote", "what i wrote above", "what i wrote before", "what i said above", "what i said in my notes", "like i wrote",
        "as i wrote", "as i wrote above", "as i said", "as i said above", "i wrote it above", "i already wrote it", "already in my notes",
        "its in the notes", "its above", "it's above", "above", "my notes", "the notes", "notes", "in notes",
    };

    // "see my ntoes": a slip of the keys in the last word still points at the notes.
    private static readonly Regex s_notesTypo = new(@"^(?:see|check|in|as in|from|use)\s+(?:my|the)\s+n\w{3,4}$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>Whether <paramref name="answer"/> only points at the notes ("see my notes", "as in my notes", "what I wrote").</summary>
    public static bool PointsToNotes(string? answer)
    {
        string folded = TextFolding.Fold(answer).Replace("'", string.Empty, StringComparison.Ordinal).Trim(' ', '.', '!', ',', '(', ')');
        folded = string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (folded.StartsWith("please ", StringComparison.Ordinal))
        {
            folded = folded[7..];
        }

        return s_pointers.Contains(folded) || (s_notesTypo.IsMatch(folded) && folded.EndsWith('s'));
    }

    /// <summary>
    /// The lines of <paramref name="notes"/> that give advice ("she said I should learn SQL first", "try the NHS
    /// jobs site"), one per line, or null when there are none.
    /// </summary>
    public static string? Advice(string? notes, string contactName)
    {
        NotesToContact voice = NotesToContact.For(contactName, notes);
        List<string> advice = [.. Sentences(notes).Where(s => voice.AdviceTo(s) is not null || s_adviceWords.IsMatch(s))];
        return advice.Count == 0 ? null : string.Join('\n', advice);
    }

    // Advice written without "she said I should": "try the NHS jobs site", "her tip: volunteer first".
    private static readonly Regex s_adviceWords = new(
        @"^(?:try|start|focus on|make sure|look (?:at|into)|consider|get|join|apply|read|learn|take|volunteer|build|practise|practice|talk to|reach out)\b|\b(?:advice|advised|recommend\w*|suggest\w*|tip)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>The sentences of <paramref name="text"/>: a line of notes is a sentence of its own.</summary>
    public static IEnumerable<string> Sentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        // Split before tidying: tidying folds line breaks.
        foreach (string part in text.Split(['.', '!', '?', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string sentence = TextFolding.Tidy(part).TrimStart('-', '*', '•', ' ');
            if (sentence.Length > 0)
            {
                yield return sentence;
            }
        }
    }
}
