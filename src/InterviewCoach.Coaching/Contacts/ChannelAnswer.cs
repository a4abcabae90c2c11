using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// A short answer that names how the user will ask ("email", "by phone", "I'll probably just call her"), typed where
/// another question is waiting. LinkedIn is not read: it is a connection as well as a channel.
/// </summary>
internal static partial class ChannelAnswer
{
    private const int MaxWords = 8;

    public static PreferredChannel? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return null;
        }

        // A question ("should I call or email?") asks for advice, and "we spoke on the phone once" tells how they know
        // each other: neither is a decision about how to ask.
        if (text.TrimEnd().EndsWith('?') || PastContact().IsMatch(text))
        {
            return null;
        }

        bool phone = Phone().IsMatch(text), email = Email().IsMatch(text), inPerson = InPerson().IsMatch(text);
        return (phone, email, inPerson) switch
        {
            (true, false, false) => PreferredChannel.Phone,
            (false, true, false) => PreferredChannel.Email,
            (false, false, true) => PreferredChannel.InPerson,
            _ => null,
        };
    }

    [GeneratedRegex(@"\b(?:spoke|spoken|talked|met|was|were|had|did|used to|once|before)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PastContact();

    [GeneratedRegex(@"\b(?:call|calling|ring|ringing|phone|phoning|telephone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:e-?mail|e-?mailing|mail her|mail him|mail them|write to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:in person|face to face|face-to-face|drop by|drop in|pop in|pop by)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex InPerson();
}
