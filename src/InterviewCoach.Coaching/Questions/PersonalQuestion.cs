using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// A question drawn from what the user noted about the contact (S055): "her team opened a new ward" becomes
/// "I understand your team opened a new ward: what has that been like for you?". The user sees it and chooses.
/// </summary>
public static partial class PersonalQuestion
{
    private static readonly Dictionary<string, string> s_toSecondPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        ["she"] = "you", ["he"] = "you", ["they"] = "you", ["him"] = "you", ["them"] = "you",
        ["his"] = "your", ["their"] = "your", ["hers"] = "yours", ["theirs"] = "yours",
        ["she's"] = "you're", ["he's"] = "you're", ["they're"] = "you're",
        ["herself"] = "yourself", ["himself"] = "yourself", ["themselves"] = "yourself",
    };

    // After a subject pronoun turned into "you", the verb agrees with it.
    private static readonly Dictionary<string, string> s_verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["is"] = "are", ["was"] = "were", ["has"] = "have", ["does"] = "do",
    };

    /// <summary>The note the question is drawn from: the saved research fact, else the first line of the notes.</summary>
    public static string? SourceOf(Contact? contact) => ScriptFacts.ResearchFactOf(contact);

    /// <summary>The suggested question, or null when nothing about the contact was noted.</summary>
    public static string? For(Contact? contact)
    {
        string? note = SourceOf(contact);
        if (note is null)
        {
            return null;
        }

        string fact = note.Trim().TrimEnd('.', '!', ';', ':');
        string[] words = fact.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            string bare = word.TrimEnd(',', '.', ';');
            string tail = word[bare.Length..];
            if (string.Equals(bare, "her", StringComparison.OrdinalIgnoreCase))
            {
                // "her team" is hers; "met her" is her.
                bool possessive = tail.Length == 0 && i + 1 < words.Length && !s_verbs.ContainsKey(words[i + 1]);
                words[i] = (possessive ? "your" : "you") + tail;
            }
            else if (s_toSecondPerson.TryGetValue(bare, out string? swapped))
            {
                words[i] = swapped + tail;
                if (swapped == "you" && bare is not ("him" or "them" or "Him" or "Them") && i + 1 < words.Length && s_verbs.TryGetValue(words[i + 1], out string? verb))
                {
                    words[i + 1] = verb;
                }
            }
        }

        string text = string.Join(' ', words);
        string first = fact.Split(' ')[0].TrimEnd(',');
        if (s_toSecondPerson.ContainsKey(first) || string.Equals(first, "her", StringComparison.OrdinalIgnoreCase))
        {
            text = string.Concat(char.ToLowerInvariant(text[0]).ToString(), text[1..]);
        }

        return Spaces().Replace($"I understand {text}: what has that been like for you?", " ");
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
