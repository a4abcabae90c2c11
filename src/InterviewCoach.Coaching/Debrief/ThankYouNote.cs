using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Drafts a thank-you note in the user's voice from the debrief's answers (the pasted notes only where an answer points
/// at them): thanks that name one specific, non-negative thing learned and the advice they will act on, both said to the
/// contact rather than about them (<see cref="NotesToContact"/>), each promised item, the people
/// suggested, the résumé only when the contact asked for it (D9), and a sign-off with the user's phone and email (S104).
/// A handwritten card (D10) gets a card-length version.
/// </summary>
public static class ThankYouNote
{
    private static readonly System.Text.RegularExpressions.Regex s_resume = new(
        @"\b(?:cv|c\.v\.|r[eé]sum[eé]s?|resume)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly string[] s_sendVerbs = ["send over ", "send them ", "send her ", "send him ", "send you ", "send ", "email them ", "email her ", "email him ", "email ", "share ", "forward ", "give them ", "give her ", "give him "];

    // Leads the user writes in their own notes that the note to the contact must not repeat.
    private static readonly string[] s_learnedLeads =
    [
        "i learned that ", "i learnt that ", "learned that ", "learnt that ", "i learned ", "i learnt ", "learned ", "learnt ",
        "i found out that ", "found out that ", "found out ", "i heard that ", "heard that ", "that ",
    ];

    // A remark with any of these stays in the user's debrief; a thank-you never repeats it.
    private static readonly string[] s_negative =
    [
        "boring", "bored", "dull", "tedious", "hate", "awful", "terrible", "horrible", "worst", "toxic", "stressful", "exhausting",
        "miserable", "underpaid", "badly paid", "poorly paid", "low pay", "not for me", "disappoint", "frustrat", "burnout", "burn out",
        "burned out", "burnt out", "dead end", "dead-end", "don't like", "didn't like", "doesn't like", "dont like", "didnt like",
        "not interested", "waste", "annoying", "hostile", "chaotic", "overworked", "depressing", "pointless", "no future", "rude",
        "grim", "soul-destroying", "sucks", "hated", "nightmare",
    ];

    // A promise with its own time or condition ("once it exists", "when it's done", "after my exams") gets no "this week".
    private static readonly string[] s_timePhrases = ["today", "tomorrow", "this week", "next week", "by ", "tonight", "soon", "monday", "tuesday", "wednesday", "thursday", "friday", "weekend", "shortly",
        "once ", "when ", "after ", "as soon as", "whenever", "next month", "this month", "later"];

    public static string Draft(CoachingProfile? profile, Contact contact, DebriefRecord debrief, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(debrief);
        bool card = debrief.ThankYouMedium == ThankYouMedium.HandwrittenCard;
        string greeting = new QuestionContext(null, null, contact.Name).AddressName ?? contact.Name;
        string when = debrief.MetOn == today ? "today"
            : debrief.MetOn == today.AddDays(-1) ? "yesterday"
            : "the other day";
        var note = new StringBuilder();
        if (!card)
        {
            note.Append("Subject: Thank you for your time\n\n");
        }

        note.Append("Dear ").Append(greeting).Append(",\n\n");
        note.Append("Thank you for making time to talk with me ").Append(when).Append('.');
        // The notes speak of the contact as "she" or "he"; the note speaks to them.
        NotesToContact voice = NotesToContact.For(contact.Name, debrief.Notes, debrief.Learned, debrief.Advice);
        if (SpecificThing(debrief.Learned, voice) is { } learned)
        {
            note.Append(' ').Append(learned);
        }
        else if (debrief.Fit == DebriefFit.NotForMe)
        {
            // Their frankness is the specific thing worth thanking for, without repeating what put the user off.
            note.Append(" Your honest picture of the work is exactly what I hoped to get, and it has helped me think clearly about my next step.");
        }

        if (Advice(AdviceText(debrief), voice) is { } advice && !card && !NamesReferral(advice, debrief.Referrals))
        {
            note.Append(' ').Append(advice);
        }

        List<string> promised = debrief.PromisedItems.Select(Item).Where(i => i.Length > 0).ToList();
        bool promiseList = promised.Count > 1 && !card;
        if (promised.Count > 0 && !promiseList)
        {
            note.Append(' ').Append(Promises(promised, card));
        }

        if (debrief.Referrals.Count > 0)
        {
            // With a promise to stay in touch the closing line already says the user will report back.
            note.Append(" Thank you as well for suggesting I speak with ").Append(Phrasing.JoinWithAnd([.. debrief.Referrals.Select(r => r.Name.Trim())]))
                .Append(card || debrief.StayInTouch ? "." : "; I'll let you know how it goes.");
        }

        // A résumé already promised ("I'll send you my CV once I've updated it") is not also said to be attached.
        if (debrief.ResumeRequested && !promised.Any(i => s_resume.IsMatch(i)))
        {
            note.Append(card ? " I'll email you my résumé, as you asked." : " As you asked, I've attached my résumé.");
        }

        if (promiseList)
        {
            note.Append("\n\n").Append(Promises(promised, card));
        }

        if (!card)
        {
            string field = profile is { FieldsOfInterest.Count: > 0 } ? profile.FieldsOfInterest[0].Name : "the field";
            note.Append("\n\n").Append(debrief.StayInTouch
                ? $"I'll let you know how my exploration of {field} goes."
                : $"Thank you again for your generosity as I explore {field}.");
        }

        note.Append("\n\n").Append(card ? "With thanks," : "Best wishes,").Append('\n');
        note.Append(profile is { DisplayName.Length: > 0 } ? profile.DisplayName : "[your name]");
        // One way to reach the user is enough: placeholders are left only when neither is known.
        string[] reach = [.. new[] { profile?.Phone, profile?.Email }.OfType<string>().Where(r => r.Length > 0)];
        foreach (string line in reach.Length > 0 ? reach : ["[your phone]", "[your email]"])
        {
            note.Append('\n').Append(line);
        }
        return note.ToString();
    }

    /// <summary>"the article on night shifts" from "Send her the article on night shifts."</summary>
    public static string Item(string promised)
    {
        string item = Phrasing.Fragment(promised);
        foreach (string verb in s_sendVerbs)
        {
            if (item.StartsWith(verb, StringComparison.OrdinalIgnoreCase) && item.Length > verb.Length)
            {
                item = item[verb.Length..];
                break;
            }
        }

        return Phrasing.LowerFirstForMidSentence(item.Trim());
    }

    /// <summary>Whether the user's remark is one a note of thanks should leave out.</summary>
    public static bool IsNegative(string text)
    {
        // Matched at word starts only, so "hate" never matches "whatever".
        string words = Words(text);
        return s_negative.Any(word => words.Contains(Words(word).TrimEnd(), StringComparison.Ordinal));
    }

    /// <summary>" don t like it ": folded words between single spaces, so phrases match on word boundaries.</summary>
    private static string Words(string text)
    {
        string folded = TextFolding.Fold(text);
        var builder = new StringBuilder(folded.Length + 2).Append(' ');
        bool space = true;
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return space ? builder.ToString() : builder.Append(' ').ToString();
    }

    /// <summary>
    /// "It was really helpful to learn that …": the first positive or neutral fact learned, said to the contact. Advice
    /// and introductions are thanked for elsewhere; a line whose pronouns are unclear is not quoted, and when nothing
    /// can be quoted the thanks stay general.
    /// </summary>
    private static string? SpecificThing(string? learned, NotesToContact voice)
    {
        bool unquotable = false;
        foreach (string sentence in Sentences(learned))
        {
            if (IsNegative(sentence) || s_introduction.IsMatch(sentence))
            {
                continue;
            }

            string fact;
            bool heard;
            if (voice.AdviceTo(sentence) is { } advice)
            {
                // "she said to talk to Tom and that they hire juniors": the advice is thanked for elsewhere, the fact here.
                System.Text.RegularExpressions.Match next = s_reportedFact.Match(advice);
                if (!next.Success)
                {
                    continue;
                }

                fact = advice[(next.Index + next.Length)..];
                heard = true;
            }
            else
            {
                fact = voice.WithoutSaidLead(sentence, out heard);
            }

            foreach (string lead in s_learnedLeads)
            {
                if (fact.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && fact.Length > lead.Length)
                {
                    fact = fact[lead.Length..];
                    break;
                }
            }

            fact = Phrasing.Fragment(fact);
            if (fact.Length < 4)
            {
                continue;
            }

            if (voice.Address(fact) is not { } addressed)
            {
                unquotable = true;
                continue;
            }

            fact = Phrasing.WithCalendarNames(Phrasing.WithPronounI(Phrasing.LowerFirstForMidSentence(addressed)));
            if (fact.Length > 180)
            {
                fact = string.Concat(fact.AsSpan(0, 177).TrimEnd(), "...");
            }

            return heard
                ? $"I especially valued hearing from you that {fact}{End(fact)}"
                : $"It was really helpful to learn that {fact}{End(fact)}";
        }

        return unquotable ? "Hearing how the work really goes from someone who does it has given me a much clearer picture." : null;
    }

    // "she'll introduce me to Priya", "put me in touch with Omar": a referral, thanked for with the others.
    private static readonly System.Text.RegularExpressions.Regex s_introduction = new(
        @"\b(?:introduc\w*\s+(?:me|us)\b|put\s+me\s+in\s+touch|connect\s+me|pass(?:ed)?\s+on\b|gave\s+me\s+\S+\s+(?:name|number|email|details))",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>
    /// The advice to thank for: the advice answer, the notes' advice when the answer pointed at them ("see my notes"),
    /// or, with no answer, advice written among what was learned ("she said I should learn SQL first").
    /// </summary>
    private static string? AdviceText(DebriefRecord debrief) => debrief.Advice switch
    {
        { } pointer when DebriefNotes.PointsToNotes(pointer) => DebriefNotes.Advice(debrief.Notes, debrief.ContactName),
        { Length: > 0 } advice => advice,
        _ => DebriefNotes.Advice(debrief.Learned, debrief.ContactName),
    };

    // "your advice to talk to Tom Baker" says again what the line thanking for the referral says.
    private static bool NamesReferral(string advice, IReadOnlyList<DebriefReferral> referrals) =>
        referrals.Any(r => r.Name.Trim().Length > 0 && advice.Contains(r.Name.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string? Advice(string? advice, NotesToContact voice)
    {
        string? first = Sentences(advice).FirstOrDefault(s => !IsNegative(s));
        if (first is null)
        {
            return null;
        }

        if (AdviceFragment(first, voice) is { } action)
        {
            return $"I'm going to act on your advice to {action}.";
        }

        // Advice that isn't an action ("the certificate matters more than the degree") is thanked for as it was said;
        // with unclear pronouns it is thanked for without quoting.
        string said = Phrasing.Fragment(voice.WithoutSaidLead(first, out _));
        return voice.Address(said) is { Length: > 0 } addressed
            ? $"Your advice ({Phrasing.LowerFirstForMidSentence(addressed)}) gives me a clear next step."
            : "Your advice gives me a clear next step.";
    }

    /// <summary>
    /// "shadow a nurse for a day": the first advice sentence that isn't negative, ready to follow "your advice to", or
    /// null when it is not something to do ("the pay is fine") or cannot be said to the contact as written.
    /// </summary>
    internal static string? AdviceFragment(string? advice, string? contactName = null)
    {
        string? first = Sentences(advice).FirstOrDefault(s => !IsNegative(s));
        return first is null ? null : AdviceFragment(first, NotesToContact.For(contactName ?? string.Empty, advice));
    }

    private static string? AdviceFragment(string sentence, NotesToContact voice)
    {
        if (voice.AdviceTo(sentence) is { } action)
        {
            // "learn figma and that her team hires juniors": the advice ends where the next reported thing starts.
            System.Text.RegularExpressions.Match next = s_nextReport.Match(action);
            return Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(next.Success ? action[..next.Index] : action));
        }

        string fragment = Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(sentence));
        fragment = fragment.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? fragment[3..] : fragment;
        return ReadsAsAnAction(fragment) ? voice.Address(fragment) : null;
    }

    private static readonly System.Text.RegularExpressions.Regex s_reportedFact = new(
        @"\s*,?\s+(?:and|but|plus)\s+(?:(?:she|he|they)\s+(?:said|says|mentioned|told\s+me)\s+)?that\s+",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly System.Text.RegularExpressions.Regex s_nextReport = new(
        @"\s*,?\s+(?:and|but|plus)\s+(?:that|said|says|mentioned|told)\b|\s*;",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // "Shadow a nurse for a day" reads as an action; "the pay is fine", "I loved it", "she said …" do not.
    private static bool ReadsAsAnAction(string fragment)
    {
        string[] words = TextFolding.Fold(fragment).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !s_notActions.Contains(words[0]) && !words.Skip(1).Take(4).Any(s_linking.Contains)
            && !(words.Length > 1 && s_reporting.Contains(words[1]));
    }

    private static readonly HashSet<string> s_notActions = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "there", "it", "it's", "its", "your", "my", "our", "their", "his", "her", "most",
        "many", "some", "all", "every", "no", "you", "i", "i'm", "i've", "we", "they", "he", "she", "what", "which", "who", "how", "if", "when",
        "because", "nothing", "everyone", "everybody", "people", "me", "she's", "he's", "they're", "not",
    };

    private static readonly HashSet<string> s_linking = new(StringComparer.Ordinal) { "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't" };

    // "Omar said …", "Maya thinks …": a second word like these makes the first a speaker, not an action.
    private static readonly HashSet<string> s_reporting = new(StringComparer.Ordinal)
    {
        "said", "says", "thinks", "thought", "suggested", "suggests", "mentioned", "told", "recommended", "reckons", "felt", "feels", "advised",
    };

    private static string Promises(List<string> items, bool card)
    {
        string verb = card ? "I'll email you" : "I'll send you";
        if (items.Count == 1)
        {
            return $"As promised, {verb} {items[0]}{When(items[0])}.";
        }

        if (card)
        {
            return $"As promised, {verb} {Phrasing.JoinWithAnd(items)} this week.";
        }

        // Several items stay separate, one per line, each as the user promised it.
        var text = new StringBuilder("As promised, I'll send you these this week:");
        foreach (string item in items)
        {
            text.Append("\n- ").Append(item);
        }

        return text.ToString();
    }

    private static string When(string item)
    {
        string folded = TextFolding.Fold(item);
        return s_timePhrases.Any(p => folded.Contains(p, StringComparison.Ordinal)) ? string.Empty : " this week";
    }

    private static string End(string fact) => fact.EndsWith("...", StringComparison.Ordinal) ? string.Empty : ".";

    private static IEnumerable<string> Sentences(string? text) => DebriefNotes.Sentences(text);
}
