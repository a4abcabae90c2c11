using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Drafts a thank-you note in the user's voice from the debrief's answers (never from the pasted notes): thanks that
/// name one specific, non-negative thing learned, the advice they will act on, each promised item, the people
/// suggested, the résumé only when the contact asked for it (D9), and a sign-off with the user's phone and email (S104).
/// A handwritten card (D10) gets a card-length version.
/// </summary>
public static class ThankYouNote
{
    private static readonly string[] s_sendVerbs = ["send over ", "send them ", "send her ", "send him ", "send you ", "send ", "email them ", "email her ", "email him ", "email ", "share ", "forward ", "give them ", "give her ", "give him "];

    // Leads the user writes in their own notes that the note to the contact must not repeat.
    private static readonly string[] s_learnedLeads =
    [
        "i learned that ", "i learnt that ", "learned that ", "learnt that ", "i learned ", "i learnt ", "learned ", "learnt ",
        "i found out that ", "found out that ", "found out ", "i heard that ", "heard that ", "that ",
    ];

    private static readonly string[] s_saidLeads = ["she said that ", "he said that ", "they said that ", "she said ", "he said ", "they said ", "said that ", "said "];

    // A remark with any of these stays in the user's debrief; a thank-you never repeats it.
    private static readonly string[] s_negative =
    [
        "boring", "bored", "dull", "tedious", "hate", "awful", "terrible", "horrible", "worst", "toxic", "stressful", "exhausting",
        "miserable", "underpaid", "badly paid", "poorly paid", "low pay", "not for me", "disappoint", "frustrat", "burnout", "burn out",
        "burned out", "burnt out", "dead end", "dead-end", "don't like", "didn't like", "doesn't like", "dont like", "didnt like",
        "not interested", "waste", "annoying", "hostile", "chaotic", "overworked", "depressing", "pointless", "no future", "rude",
        "grim", "soul-destroying", "sucks", "hated", "nightmare",
    ];

    private static readonly string[] s_timePhrases = ["today", "tomorrow", "this week", "next week", "by ", "tonight", "soon", "monday", "tuesday", "wednesday", "thursday", "friday", "weekend", "shortly"];

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
        if (SpecificThing(debrief.Learned) is { } learned)
        {
            note.Append(' ').Append(learned);
        }
        else if (debrief.Fit == DebriefFit.NotForMe)
        {
            // Their frankness is the specific thing worth thanking for, without repeating what put the user off.
            note.Append(" Your honest picture of the work is exactly what I hoped to get, and it has helped me think clearly about my next step.");
        }

        if (Advice(debrief.Advice) is { } advice && !card)
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
            note.Append(" Thank you as well for suggesting I speak with ").Append(Phrasing.JoinWithAnd([.. debrief.Referrals.Select(r => r.Name.Trim())]))
                .Append(card ? '.' : "; I'll let you know how it goes.");
        }

        if (debrief.ResumeRequested)
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
        note.Append('\n').Append(profile?.Phone is { Length: > 0 } phone ? phone : "[your phone]");
        note.Append('\n').Append(profile?.Email is { Length: > 0 } email ? email : "[your email]");
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

    /// <summary>"It was really helpful to learn that …": the first positive or neutral sentence of what was learned.</summary>
    private static string? SpecificThing(string? learned)
    {
        foreach (string sentence in Sentences(learned))
        {
            if (IsNegative(sentence))
            {
                continue;
            }

            string fact = sentence;
            bool heard = false;
            foreach (string lead in s_saidLeads)
            {
                if (fact.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && fact.Length > lead.Length)
                {
                    fact = fact[lead.Length..];
                    heard = true;
                    break;
                }
            }

            foreach (string lead in s_learnedLeads)
            {
                if (fact.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && fact.Length > lead.Length)
                {
                    fact = fact[lead.Length..];
                    break;
                }
            }

            fact = Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(fact));
            if (fact.Length < 4)
            {
                continue;
            }

            if (fact.Length > 180)
            {
                fact = string.Concat(fact.AsSpan(0, 177).TrimEnd(), "...");
            }

            return heard
                ? $"I especially valued hearing from you that {fact}{End(fact)}"
                : $"It was really helpful to learn that {fact}{End(fact)}";
        }

        return null;
    }

    private static string? Advice(string? advice)
    {
        if (AdviceFragment(advice) is not { } fragment)
        {
            return null;
        }

        // "Shadow a nurse for a day" reads as advice to act on; anything else is quoted back more loosely.
        return Phrasing.IsFirstPerson(fragment) || fragment.StartsWith("you ", StringComparison.OrdinalIgnoreCase) || fragment.StartsWith("it ", StringComparison.OrdinalIgnoreCase)
            ? $"Your advice ({fragment}) gives me a clear next step."
            : $"I'm going to act on your advice to {fragment}.";
    }

    /// <summary>"shadow a nurse for a day": the first advice sentence that isn't negative, ready to follow "your advice to".</summary>
    internal static string? AdviceFragment(string? advice)
    {
        string? first = Sentences(advice).FirstOrDefault(s => !IsNegative(s));
        if (first is null)
        {
            return null;
        }

        string fragment = Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(first));
        return fragment.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? fragment[3..] : fragment;
    }

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

    private static IEnumerable<string> Sentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        // Split before tidying: tidying folds line breaks, and a line of notes is a sentence of its own.
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
