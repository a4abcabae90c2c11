using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// An answer to "what name do you give?" when a name was offered: agreeing to it ("yeah that's fine", "yes please"),
/// giving one ("yeah sam is fine", "sam's fine", "call me Sam", "no, it's Alex"), or turning the offer down ("no").
/// The sentence is read as an optional yes or no, then a name or a word pointing at the offer ("that", "it"), then an
/// optional word of approval ("is fine", "works", "please").
/// </summary>
/// <param name="Name">The name to keep (the offered one when agreed to, capitalised when typed all in lower case); null when declined.</param>
/// <param name="Declined">True for a plain "no" to the offered name with no other name given.</param>
internal sealed partial record NameAnswer(string? Name, bool Declined)
{
    // Words that point at the offered name rather than give one: "that's fine", "it's fine", "that one please".
    private static readonly HashSet<string> s_pointers = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "that", "this", "it", "that one", "this one", "the one", "that name", "this name", "the name", "the button", "the one shown", "mine", "as is",
    };

    /// <summary>The answer's name, a decline, or null when it is neither (a sentence, a question) and the usual checks apply.</summary>
    public static NameAnswer? Read(string text, string? offered)
    {
        ArgumentNullException.ThrowIfNull(text);
        string said = text.Trim().TrimEnd('.', '!', ' ');
        Match lead = YesOrNoLead().Match(said);
        bool? yes = null;
        if (lead.Success)
        {
            yes = ConfirmRecognizer.TryRecognize(lead.Groups["word"].Value, out bool value) ? value : null;
            said = said[lead.Length..].Trim();
        }

        string who = Approval().Replace(Politeness().Replace(said, string.Empty).Trim(), string.Empty).Trim().Trim(',', '.', '!', ' ');
        who = Politeness().Replace(who, string.Empty).Trim().Trim(',', '.', '!', ' ');
        who = OneName(SlotAnswers.WithoutNameLeadIn(OtherLeadIn().Replace(who, string.Empty)));
        bool approved = who.Length < said.Length || lead.Success;
        if (yes == false && who.StartsWith("not ", StringComparison.OrdinalIgnoreCase))
        {
            // "nope, not that one": still pointing at the offer, to turn it down.
            who = who[4..].Trim();
        }

        if (s_pointers.Contains(who))
        {
            if (yes == false)
            {
                return new NameAnswer(null, Declined: true);
            }

            // "that's fine", "yes": the offered name; a bare word of approval with nothing offered is no name.
            return approved && offered is not null ? new NameAnswer(offered, Declined: false) : null;
        }

        if (SlotAnswers.NotAName(who) is not null || who.Length > 80)
        {
            return null;
        }

        // "Sam Patel" offered and "sam patel is fine" typed: the offered casing, which the channel knows.
        return new NameAnswer(string.Equals(who, offered, StringComparison.OrdinalIgnoreCase) ? offered : PersonNameCasing.Cased(who), Declined: false);
    }

    /// <summary>
    /// "priya actually, priya raman" → "priya raman": a name said again in full after a comma is one name, the fuller
    /// one, and a word about the answer itself ("actually", "though") is not part of it. Other commas ("Raman, Priya")
    /// are left as typed.
    /// </summary>
    private static string OneName(string who)
    {
        string[] parts = [.. who.Split(',').Select(p => SlotAnswers.WithoutNameLeadIn(AsideWord().Replace(p, string.Empty).Trim())).Where(p => p.Length > 0)];
        if (parts.Length == 2)
        {
            string shorter = parts[0].Length <= parts[1].Length ? parts[0] : parts[1];
            string longer = ReferenceEquals(shorter, parts[0]) ? parts[1] : parts[0];
            if (longer.StartsWith(shorter + " ", StringComparison.OrdinalIgnoreCase) || string.Equals(longer, shorter, StringComparison.OrdinalIgnoreCase))
            {
                return longer;
            }
        }

        return parts.Length == 1 ? parts[0] : who;
    }

    // Words about the answer rather than in the name: "priya actually", "actually priya", "sam though", "sam instead".
    [GeneratedRegex(@"^(?:actually|really|well|oh)\s+|\s+(?:actually|though|tho|instead|really|lol|haha)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AsideWord();

    [GeneratedRegex(@"^(?<word>yes|yeah|yea|yep|yup|ya|sure|ok|okay|fine|right|correct|no|nope|nah|not\s+quite|actually)\b[\s,.!:;-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YesOrNoLead();

    // "... is fine", "...'s good", "... works for me", "... will do", "... sounds good", "... is perfect".
    [GeneratedRegex(@"(?:(?:'s|’s|\s+is|\s+would\s+be|\s+sounds|\s+looks)?\s+|^)(?:fine|good|great|ok|okay|perfect|right|correct|alright|all\s+right|lovely|spot\s+on|works|will\s+do|does\s+it|is\s+it)(?:\s+(?:by|with|for)\s+me)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Approval();

    [GeneratedRegex(@"(?:^|[,\s]+)(?:thanks|thank\s+you|thx|please|cheers|mate)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Politeness();

    // "just Sam", "go with Sam", "use Sam", "make it Sam", "it's actually Sam".
    [GeneratedRegex(@"^(?:just|go\s+with|use|make\s+it|let's\s+go\s+with|i\s+go\s+by|i\s+prefer|prefer|rather|actually)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OtherLeadIn();
}
