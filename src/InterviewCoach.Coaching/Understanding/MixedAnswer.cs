using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// A yes held back by a reservation, typed where a yes / partly / no question was asked: "mostly yes, the training side
/// sounds great but I'm less sure about the on-call stuff", "yes and no", "up to a point". Such an answer contains a
/// "yes" and a "not sure", so picking an option by its words alone finds two and has to ask again; what it means is
/// "partly" ("kind of", "sort of" say the same).
/// </summary>
public static partial class MixedAnswer
{
    public static bool IsMixed(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 400)
        {
            return false;
        }

        try
        {
            if (ClearNo().IsMatch(text))
            {
                return false;
            }

            return Degree().IsMatch(text) || (Positive().IsMatch(text) && Reservation().IsMatch(text));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // An answer that opens with a no is a no, whatever follows ("no, but thanks for asking").
    [GeneratedRegex(@"^\W*(?:no|nope|nah|not\s+(?:really|at\s+all|for\s+me))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ClearNo();

    [GeneratedRegex(@"\b(?:mostly|largely|kind\s+of|kinda|sort\s+of|sorta|partly|partially|somewhat|not\s+(?:fully|completely|entirely)|mainly|broadly|more\s+or\s+less|for\s+the\s+most\s+part|on\s+the\s+whole|yes\s+and\s+no|in\s+some\s+ways|in\s+parts?|half\s+and\s+half|to\s+a\s+(?:degree|point|certain\s+extent)|up\s+to\s+a\s+point|some\s+of\s+it|parts\s+of\s+it|a\s+mix(?:ed\s+bag)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Degree();

    [GeneratedRegex(@"\b(?:yes|yeah|yep|yup|sure|great|good|love[ds]?|liked?|enjoy(?:ed)?|appeal(?:s|ed|ing)?|exciting|interesting|fits?|matched|suits?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Positive();

    [GeneratedRegex(@"\b(?:but|though|although|however|except|apart\s+from|less\s+(?:sure|keen)|not\s+(?:sure|keen|thrilled|convinced)\s+about|worried\s+about|wary\s+of|not\s+a\s+fan|(?:don't|didn't|do\s+not|did\s+not)\s+(?:love|like|fancy|enjoy))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Reservation();
}
