using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// "remind me to email Tunde on Friday", "please set a reminder for Monday": asking for a reminder is read from the
/// sentence's shape, not from its subject. The rest of such a message (a follow-up, a thank-you, a name and a day) is
/// what the coaching questions are about, so the examples alone read it as one of those, or as nothing. "remind me,
/// what is a thumbnail sketch?" and "remind me what to ask" are questions and stay with the examples.
/// </summary>
internal static class ReminderRequest
{
    private static readonly string[] s_request = ["can you ", "could you ", "would you ", "will you "];

    private static readonly string[] s_lead = ["please ", "pls ", "plz ", "kindly ", "can you ", "could you ", "would you ", "will you ", "ok ", "okay ", "hey ", "also ", "and "];

    // What follows "remind me" when a reminder is wanted: an action ("to ...") or when ("on Friday", "tomorrow", "in a week").
    private static readonly string[] s_remindMe = ["remind me to ", "remind me on ", "remind me at ", "remind me in ", "remind me next ", "remind me tomorrow", "remind me tonight", "remind me this "];

    private static readonly string[] s_setOne = ["set a reminder", "set reminder", "add a reminder", "create a reminder", "make a reminder", "new reminder for ", "put a reminder"];

    /// <summary>Whether the message asks for a reminder to be set (a request, not a question about something else).</summary>
    public static bool IsAsked(string text)
    {
        string normalized = TextNormalizer.Normalize(text);
        bool askedPolitely = false;
        bool stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (string lead in s_lead)
            {
                if (normalized.StartsWith(lead, StringComparison.Ordinal))
                {
                    normalized = normalized[lead.Length..].TrimStart(',', ' ');
                    askedPolitely |= Array.IndexOf(s_request, lead) >= 0;
                    stripped = true;
                }
            }
        }

        // "remind me to ask about pay, is that ok?" asks something; "could you remind me to ...?" is a request.
        if (text.TrimEnd().EndsWith('?') && !askedPolitely)
        {
            return false;
        }

        foreach (string start in s_remindMe)
        {
            if (normalized.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (string start in s_setOne)
        {
            if (normalized.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
