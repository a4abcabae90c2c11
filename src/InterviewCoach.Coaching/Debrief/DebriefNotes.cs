using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Reading the notes pasted at the start of a debrief, so later questions can use them: an answer that points at them
/// ("see my notes", "same as above"), the advice written in them, and the people the contact suggested.
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
    private static readonly Regex s_notesTypo = new(@"^(?:see|check|in|as in|from|use)\s+(?:my|the)\s+n\w{3,4}$", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

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
        // "she suggested I talk to Omar" is a referral, offered and thanked for as one, not advice.
        List<string> advice = [.. Sentences(notes).Where(s => (voice.AdviceTo(s) is not null || s_adviceWords.IsMatch(s)) && Referrals(s, contactName).Count == 0)];
        return advice.Count == 0 ? null : string.Join('\n', advice);
    }

    // Advice written without "she said I should": "try the NHS jobs site", "her tip: volunteer first".
    private static readonly Regex s_adviceWords = new(
        @"^(?:try|start|focus on|make sure|look (?:at|into)|consider|get|join|apply|read|learn|take|volunteer|build|practise|practice|talk to|reach out)\b|\b(?:advice|advised|recommend\w*|suggest\w*|tip)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>
    /// The people <paramref name="text"/> says the contact suggested ("she suggested I talk to Omar in data", "she'll
    /// introduce me to Priya Shah at Contoso", "passed on Ben's number"), each once, never the contact themself. Only
    /// capitalised names count: in notes, "talk to someone in finance" names nobody.
    /// </summary>
    public static IReadOnlyList<DebriefReferral> Referrals(string? text, string contactName)
    {
        ArgumentNullException.ThrowIfNull(contactName);
        string[] contactWords = contactName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<DebriefReferral>();
        foreach (string sentence in Sentences(text))
        {
            foreach (Match lead in s_referralLead.Matches(sentence))
            {
                Match named = s_name.Match(sentence, lead.Index + lead.Length);
                if (!named.Success || named.Index != lead.Index + lead.Length)
                {
                    continue;
                }

                string[] words = [.. named.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(IsNameWord)];
                string after = sentence[(named.Index + named.Length)..];
                bool described = s_describedAfter.IsMatch(after);
                if (words.Length == 0 || (lead.Groups["loose"].Success && words.Length < 2 && !described)
                    || words.Any(w => contactWords.Contains(w, StringComparer.OrdinalIgnoreCase)))
                {
                    continue;
                }

                string name = string.Join(' ', words);
                Match organisation = s_organisationAfter.Match(after);
                if (found.All(f => !string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(new DebriefReferral(name) { Organisation = organisation.Success ? organisation.Groups["org"].Value.Trim() : null });
                }
            }
        }

        return found;
    }

    private static bool IsNameWord(string word) =>
        word.Length > 1 && !word.All(char.IsUpper) && !s_notNames.Contains(word);

    // Capitalised words that follow "call" or "email" but are not people.
    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "LinkedIn", "Teams", "Zoom", "Slack", "HR", "The", "Her", "His", "Them",
    };

    // The ways notes say the contact passed someone on: the leads that only a person follows (shared with the
    // "anyone else?" answer), "suggested"/"recommended" (loose: a full name, or one described by "in data" or "at X"),
    // and the "gave me their name" phrasings a referred contact is added with.
    private static readonly Regex s_referralLead = new(
        @"\b(?:(?:" + ReferralLoopDialog.PersonLeads + @")\s+|(?<loose>(?:suggested|recommended)\s+)|(?:passed\s+on|gave\s+me|shared|sent\s+me)\s+(?=\p{Lu}\p{L}+['’]s\s+(?:name|number|email|details|contact)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Up to three capitalised words, and a possessive "'s" left off. Case matters here: "talk to someone" is no name.
    private static readonly Regex s_name = new(
        @"\G(?<name>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})(?:['’]s)?", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_describedAfter = new(
        @"^\s*(?:[,(]|(?:in|at|from|who|on)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_organisationAfter = new(
        @"^\s*,?\s*(?:at|from)\s+(?<org>\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3})", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

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
