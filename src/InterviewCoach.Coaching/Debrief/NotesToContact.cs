using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Turns a line of the user's debrief notes, written about the contact ("she said her team hires in spring"), into
/// words said to that contact ("you said your team hires in spring"), for the thank-you note. Unlike
/// <see cref="SecondPerson"/>, which rewrites facts that can only be about their subject, notes also speak of other
/// people ("he runs the data team", "they hire graduates"): a line whose pronouns might point at someone else is
/// refused (null), and the note says something general instead of quoting it wrongly. The user's own "I" stays.
/// </summary>
internal sealed class NotesToContact
{
    private enum Family
    {
        Unknown,
        She,
        He,
        They,
    }

    private static readonly Dictionary<string, Family> s_families = new(StringComparer.OrdinalIgnoreCase)
    {
        ["she"] = Family.She, ["her"] = Family.She, ["hers"] = Family.She, ["herself"] = Family.She, ["she's"] = Family.She, ["she'll"] = Family.She, ["she'd"] = Family.She,
        ["he"] = Family.He, ["him"] = Family.He, ["his"] = Family.He, ["himself"] = Family.He, ["he's"] = Family.He, ["he'll"] = Family.He, ["he'd"] = Family.He,
        ["they"] = Family.They, ["them"] = Family.They, ["their"] = Family.They, ["theirs"] = Family.They, ["themselves"] = Family.They, ["themself"] = Family.They,
        ["they're"] = Family.They, ["they've"] = Family.They, ["they'll"] = Family.They, ["they'd"] = Family.They,
    };

    // Subject forms: "you" then takes the verb.
    private static readonly Dictionary<string, string> s_subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["she"] = "you", ["he"] = "you", ["they"] = "you",
        ["she'll"] = "you'll", ["he'll"] = "you'll", ["they'll"] = "you'll",
        ["she'd"] = "you'd", ["he'd"] = "you'd", ["they'd"] = "you'd",
        ["they're"] = "you're", ["they've"] = "you've",
    };

    private static readonly Dictionary<string, string> s_others = new(StringComparer.OrdinalIgnoreCase)
    {
        ["him"] = "you", ["them"] = "you", ["hers"] = "yours", ["theirs"] = "yours", ["their"] = "your",
        ["herself"] = "yourself", ["himself"] = "yourself", ["themselves"] = "yourself", ["themself"] = "yourself",
    };

    private static readonly Dictionary<string, string> s_verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["is"] = "are", ["was"] = "were", ["has"] = "have", ["does"] = "do", ["doesn't"] = "don't", ["isn't"] = "aren't",
        ["wasn't"] = "weren't", ["hasn't"] = "haven't", ["says"] = "say", ["goes"] = "go",
    };

    // Words that may sit between the subject and its verb ("she always says").
    private static readonly HashSet<string> s_adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "always", "also", "just", "often", "really", "never", "usually", "still", "only", "actually", "definitely", "probably", "even",
        "sometimes", "strongly", "kindly", "clearly", "honestly", "already", "recently", "once", "then",
    };

    // "she's been", "she's worked": has; otherwise "she's" is "she is".
    private static readonly HashSet<string> s_participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "been", "got", "gotten", "done", "had", "seen", "made", "spent", "taken", "gone", "moved", "built", "written", "found", "learned",
        "learnt", "started", "worked", "managed", "led", "run", "taught", "held", "kept", "switched", "changed", "tried", "applied", "hired",
        "helped", "mentored", "used", "lived", "studied", "completed", "finished", "published", "joined", "left", "never", "always", "just", "already",
    };

    // After these, "her" is the person ("send her the link", "asked her about it"); before anything else it is "her team".
    private static readonly HashSet<string> s_afterObject = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "some", "this", "that", "these", "those", "it", "about", "to", "for", "if", "when", "and", "or", "but", "again", "back",
        "later", "too", "how", "what", "why", "whether", "more", "up", "out", "on", "in", "at", "with", "by", "from", "over", "yesterday", "today",
        "tomorrow", "next", "soon", "so", "as", "because", "before", "after", "once", "all", "any", "know", "directly", "i",
    };

    private static readonly HashSet<string> s_titles = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame" };

    private static readonly System.Buffers.SearchValues<char> s_stops = System.Buffers.SearchValues.Create(".,;:!?)");

    private static readonly Regex s_word = new(@"[\p{L}][\p{L}'’]*", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private readonly Family _family;
    private readonly string _firstName;
    private readonly string _fullName;

    private NotesToContact(string contactName, Family family)
    {
        _fullName = contactName.Trim();
        // "Dr Tomas Berg" is "Tomas" in the notes.
        _firstName = _fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => !s_titles.Contains(w.TrimEnd('.'))) ?? string.Empty;
        _family = family;
    }

    /// <summary>
    /// The rewriter for <paramref name="contactName"/>: the contact's pronouns are the first "she", "he" or "they" the
    /// notes use as someone speaking ("she said", "he suggested"), else the first "she" or "he" at all.
    /// </summary>
    public static NotesToContact For(string contactName, params string?[] notes)
    {
        ArgumentNullException.ThrowIfNull(contactName);
        string all = string.Join('\n', notes.Where(n => !string.IsNullOrWhiteSpace(n)));
        Match speaking = s_speaking.Match(all);
        Family family = speaking.Success && s_families.TryGetValue(speaking.Groups["who"].Value, out Family spoke) ? spoke : Family.Unknown;
        if (family == Family.Unknown)
        {
            foreach (Match word in s_word.Matches(all))
            {
                if (s_families.TryGetValue(Bare(word.Value), out Family seen) && seen != Family.They)
                {
                    family = seen;
                    break;
                }
            }
        }

        return new NotesToContact(contactName, family);
    }

    private static readonly Regex s_speaking = new(
        @"\b(?<who>she|he|they)\s+(?:(?:also|really|strongly|kindly)\s+)?(?:said|says|suggested|suggests|recommended|recommends|advised|advises|told|mentioned|explained|thinks|thought|reckons|offered|warned|pointed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>
    /// <paramref name="line"/> said to the contact, or null when a pronoun in it may be someone else's: a "he" in notes
    /// where the contact is "she", or a "they" that may be their team. Only the first letter's case is kept as written.
    /// </summary>
    public string? Address(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        List<(int Index, int Length, string Text)> words = [.. s_word.Matches(line).Select(m => (m.Index, m.Length, m.Value))];
        var replaced = new Dictionary<int, string>();
        Family family = _family;
        for (int i = 0; i < words.Count; i++)
        {
            string word = Bare(words[i].Text);
            string? next = i + 1 < words.Count ? Bare(words[i + 1].Text) : null;
            bool endsHere = i + 1 >= words.Count || line.AsSpan(words[i].Index + words[i].Length, words[i + 1].Index - words[i].Index - words[i].Length).IndexOfAny(s_stops) >= 0;
            if (IsContactName(words, i, out int nameWords))
            {
                bool possessive = words[i + nameWords - 1].Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || words[i + nameWords - 1].Text.EndsWith("’s", StringComparison.OrdinalIgnoreCase);
                string? after = i + nameWords < words.Count ? Bare(words[i + nameWords].Text) : null;
                replaced[i] = possessive ? (after is not null && s_participles.Contains(after) ? "you've" : "your") : "you";
                for (int skipped = 1; skipped < nameWords; skipped++)
                {
                    replaced[i + skipped] = string.Empty;
                }

                if (!possessive)
                {
                    Agree(words, i + nameWords, replaced);
                }

                i += nameWords - 1;
                continue;
            }

            if (!s_families.TryGetValue(word, out Family seen))
            {
                continue;
            }

            // "they" is only the contact when the notes speak of them that way; otherwise it is left as it is (a
            // team, a company), but a line mixing the contact's "they" with another is too unclear to quote.
            if (seen == Family.They && family != Family.They)
            {
                continue;
            }

            if (family == Family.Unknown)
            {
                family = seen;
            }
            else if (seen != family)
            {
                return null;
            }

            if (word.Equals("her", StringComparison.OrdinalIgnoreCase))
            {
                replaced[i] = endsHere || next is null || s_afterObject.Contains(next) ? "you" : "your";
            }
            else if (word.Equals("his", StringComparison.OrdinalIgnoreCase))
            {
                replaced[i] = endsHere || next is null || s_afterObject.Contains(next) ? "yours" : "your";
            }
            else if (word.Equals("she's", StringComparison.OrdinalIgnoreCase) || word.Equals("he's", StringComparison.OrdinalIgnoreCase))
            {
                replaced[i] = next is not null && s_participles.Contains(next) ? "you've" : "you're";
            }
            else if (s_subjects.TryGetValue(word, out string? subject))
            {
                replaced[i] = subject;
                if (subject == "you")
                {
                    Agree(words, i + 1, replaced);
                }
            }
            else if (s_others.TryGetValue(word, out string? other))
            {
                replaced[i] = other;
            }
        }

        if (family == Family.They && words.Any(w => s_families.TryGetValue(Bare(w.Text), out Family f) && f == Family.They) && !s_speaking.IsMatch(line))
        {
            // "they" never shown speaking in this line: it may be their employer, so quoting it to them is a guess.
            return null;
        }

        return Splice(line, words, replaced);
    }

    /// <summary>
    /// The action the contact advised, said back to them ("learn SQL first" from "she said I should learn SQL first",
    /// "talk to Omar" from "Maya suggested I talk to Omar", "shadow a nurse" from "I should shadow a nurse"), or null
    /// when the line is not advice to the user from this contact, or its pronouns are unclear.
    /// </summary>
    public string? AdviceTo(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Match match = s_advice.Match(Phrasing.Fragment(line));
        if (!match.Success)
        {
            return null;
        }

        string who = match.Groups["who"].Value;
        if (who.Length > 0 && !IsContact(who))
        {
            return null;
        }

        string action = match.Groups["act"].Value.Trim();
        return action.Length < 3 ? null : Address(action);
    }

    /// <summary>
    /// What the contact told the user, without "she said (that)" ("the rota changes monthly" from "Maya said that the
    /// rota changes monthly"); <paramref name="heard"/> says whether a lead was removed.
    /// </summary>
    public string WithoutSaidLead(string line, out bool heard)
    {
        ArgumentNullException.ThrowIfNull(line);
        Match match = s_said.Match(line);
        heard = match.Success && (match.Groups["who"].Length == 0 || IsContact(match.Groups["who"].Value)) && match.Length < line.Length;
        return heard ? line[match.Length..] : line;
    }

    private bool IsContact(string who)
    {
        string said = Bare(who.Trim());
        if (s_subjects.ContainsKey(said) && s_families.TryGetValue(said, out Family family))
        {
            return family == _family || (_family == Family.Unknown && family != Family.They);
        }

        return string.Equals(said, _firstName, StringComparison.OrdinalIgnoreCase) || string.Equals(said, _fullName, StringComparison.OrdinalIgnoreCase);
    }

    // Who advised, then how: "she said I should", "he suggested I", "they told me to", or the user's own "I should".
    private static readonly Regex s_advice = new(
        @"^(?:(?<who>[\p{L}'’-]+(?:\s+(?!(?:also|really|strongly|kindly|then|even)\b)[\p{L}'’-]+)?)\s+(?:(?:also|really|strongly|kindly|then|even)\s+)?"
        + @"(?:(?:said|says|thinks|thought|reckons|reckoned|felt|feels|mentioned|stressed|suggested|suggests|recommended|recommends|advised|advises)\s+(?:that\s+)?(?:i|me)\s+(?:really\s+)?(?:should|could|ought\s+to|need\s+to|needed\s+to|must|might\s+want\s+to|have\s+to|had\s+to)"
        + @"|(?:suggested|suggests|recommended|recommends|proposed)\s+(?:that\s+)?i"
        + @"|(?:told|tells|advised|advises|encouraged|encourages|urged|urges|wants|wanted)\s+me\s+to"
        + @"|(?:said|says)\s+to(?!\s+(?:me|us|him|her|them)\b))"
        + @"|i\s+(?:really\s+)?(?:should|ought\s+to|need\s+to|must))\s+(?<act>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_said = new(
        @"^(?:(?<who>[\p{L}'’-]+(?:\s+(?!(?:also|really|strongly|kindly|then|even)\b)[\p{L}'’-]+)?)\s+)?(?:(?:also|really)\s+)?(?:said|says|told\s+me|mentioned|explained|pointed\s+out)(?:\s+that)?[\s,:]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>Whether the words from <paramref name="i"/> are the contact's full or first name ("Maya", "Maya Chen's").</summary>
    private bool IsContactName(List<(int Index, int Length, string Text)> words, int i, out int count)
    {
        count = 0;
        if (_firstName.Length == 0 || !char.IsUpper(words[i].Text[0]))
        {
            return false;
        }

        string[] full = _fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (full.Length > 1 && i + full.Length <= words.Count
            && full.Select((part, k) => string.Equals(WithoutPossessive(words[i + k].Text), part, StringComparison.OrdinalIgnoreCase)).All(same => same))
        {
            count = full.Length;
            return true;
        }

        if (string.Equals(WithoutPossessive(words[i].Text), _firstName, StringComparison.OrdinalIgnoreCase))
        {
            count = 1;
            return true;
        }

        return false;
    }

    // The verb after a subject that became "you" ("she thinks" → "you think"), past one adverb ("she always says").
    private static void Agree(List<(int Index, int Length, string Text)> words, int at, Dictionary<int, string> replaced)
    {
        if (at < words.Count && s_adverbs.Contains(Bare(words[at].Text)))
        {
            at++;
        }

        if (at >= words.Count)
        {
            return;
        }

        string verb = Bare(words[at].Text);
        replaced[at] = s_verbs.TryGetValue(verb, out string? agreed) ? agreed : SecondPerson.WithoutThirdPersonS(verb);
    }

    private static string Splice(string line, List<(int Index, int Length, string Text)> words, Dictionary<int, string> replaced)
    {
        var text = new System.Text.StringBuilder(line.Length + 8);
        int from = 0;
        for (int i = 0; i < words.Count; i++)
        {
            if (!replaced.TryGetValue(i, out string? swap))
            {
                continue;
            }

            text.Append(line, from, words[i].Index - from);
            if (swap.Length == 0)
            {
                // A surname folded into "you": drop it and the space before it.
                while (text.Length > 0 && text[^1] == ' ')
                {
                    text.Length--;
                }
            }
            else
            {
                text.Append(char.IsUpper(words[i].Text[0]) && i == 0 ? char.ToUpperInvariant(swap[0]) + swap[1..] : swap);
            }

            from = words[i].Index + words[i].Length;
        }

        return text.Append(line, from, line.Length - from).ToString();
    }

    private static string Bare(string word) => word.Replace('’', '\'');

    private static string WithoutPossessive(string word)
    {
        string bare = Bare(word);
        return bare.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? bare[..^2] : bare;
    }
}
