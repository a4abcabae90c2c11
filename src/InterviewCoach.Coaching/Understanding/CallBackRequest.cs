using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// A line saying the conversation is not arranged yet because someone is to call again: the user ("call back", "she
/// asked me to call back later", "try her again next week") or the contact ("she'll ring me back", "they'll get back
/// to me"). Typed where a meeting place was asked, it is no place: "phone: they'll call me" or "call at reception"
/// still are, since nobody calls back or again there.
/// </summary>
internal static partial class CallBackRequest
{
    /// <summary>True when the user is to call again ("call back", "asked me to ring her back", "try again tomorrow").</summary>
    public static bool UserCalls(string text) =>
        !string.IsNullOrWhiteSpace(text) && !TheyCall(text) && (CallAgain().IsMatch(text) || TryLater().IsMatch(text));

    /// <summary>True when the contact is to call the user ("she'll call me back", "he'll get back to me").</summary>
    public static bool TheyCall(string text) => !string.IsNullOrWhiteSpace(text) && TheyCallBack().IsMatch(text);

    // A verb of calling, perhaps with who, then "back" or "again": "call back", "ring her back", "phone them again", "callback".
    [GeneratedRegex(@"\b(?:call|ring|phone|try|contact|reach)(?:ing|ed|s)?\s+(?:(?:me|her|him|them|you|us|the\s+office)\s+)?(?:back|again)\b|\b(?:call|ring)-?back\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CallAgain();

    // "try later", "try her another day", "try next week".
    [GeneratedRegex(@"\btry(?:ing)?\s+(?:(?:her|him|them|again)\s+)?(?:later|another\s+(?:time|day)|next\s+week|tomorrow)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TryLater();

    // The contact calls the user: "she'll call me back", "they will ring me back", "he said he'd get back to me".
    [GeneratedRegex(@"\b(?:she|he|they)(?:'ll|’ll|'d|’d|\s+will|\s+would|\s+is\s+going\s+to|\s+are\s+going\s+to|\s+wants\s+to|\s+want\s+to)?\s+(?:(?:call|ring|phone)\s+(?:me|us)\s+(?:back|again)|get\s+back\s+to\s+(?:me|us))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TheyCallBack();
}
