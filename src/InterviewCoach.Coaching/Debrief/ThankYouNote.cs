using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>Drafts a thank-you note from a debrief: personal, naming one thing learned and anything promised.</summary>
public static class ThankYouNote
{
    private static readonly string[] s_sendVerbs = ["send over ", "send them ", "send her ", "send him ", "send you ", "send ", "email ", "share ", "forward "];

    public static string Draft(CoachingProfile? profile, Contact contact, DebriefRecord debrief, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(debrief);
        string greeting = new QuestionContext(null, null, contact.Name).AddressName ?? contact.Name;
        string when = debrief.MetOn == today ? "today"
            : debrief.MetOn == today.AddDays(-1) ? "yesterday"
            : "the other day";
        var note = new StringBuilder();
        note.Append("Dear ").Append(greeting).Append(",\n\n");
        note.Append("Thank you for making time to talk with me ").Append(when).Append('.');
        if (FirstSentence(debrief.Learned) is { } learned)
        {
            note.Append(" One thing that has stayed with me: ").Append(learned);
        }

        if (FirstSentence(debrief.Advice) is { } advice)
        {
            note.Append(" Your advice (").Append(Phrasing.Fragment(advice)).Append(") gives me a clear next step.");
        }

        if (debrief.PromisedItems.Count > 0)
        {
            note.Append(" As promised, I'll send ").Append(JoinWithAnd(debrief.PromisedItems.Select(Item))).Append(" shortly.");
        }

        if (debrief.Referrals.Count > 0)
        {
            note.Append(" Thank you as well for suggesting I speak with ").Append(JoinWithAnd(debrief.Referrals.Select(r => r.Name.Trim())))
                .Append("; I'll let you know how it goes.");
        }

        string field = profile is { FieldsOfInterest.Count: > 0 } ? profile.FieldsOfInterest[0].Name : "the field";
        note.Append("\n\nI'll keep you posted as my exploration of ").Append(field).Append(" goes on.\n\n");
        note.Append("With thanks,\n").Append(profile is { DisplayName.Length: > 0 } ? profile.DisplayName : "[your name]");
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

        return item;
    }

    private static string? FirstSentence(string? text)
    {
        string tidy = TextFolding.Tidy(text);
        if (tidy.Length == 0)
        {
            return null;
        }

        int end = tidy.IndexOfAny(['.', '!', '?']);
        string sentence = (end > 0 ? tidy[..end] : tidy).Trim();
        if (sentence.Length > 200)
        {
            sentence = string.Concat(sentence.AsSpan(0, 197).TrimEnd(), "...");
        }

        return string.Concat(char.ToUpperInvariant(sentence[0]).ToString(), sentence[1..], sentence.EndsWith("...", StringComparison.Ordinal) ? string.Empty : ".");
    }

    private static string JoinWithAnd(IEnumerable<string> items)
    {
        List<string> list = items.Where(i => i.Length > 0).ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Concat(string.Join(", ", list.Take(list.Count - 1)), " and ", list[^1]),
        };
    }
}
