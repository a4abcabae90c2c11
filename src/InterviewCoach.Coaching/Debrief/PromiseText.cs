using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Reading a promise as people type it ("yes, I said I'd send her my portfolio by friday"): the thing promised without
/// the "yes" or "I said I'd" around it, and the day it was promised by.
/// </summary>
internal static partial class PromiseText
{
    /// <summary>"send her my portfolio by friday" from "yes, I said I'd send her my portfolio by friday".</summary>
    public static string Item(string typed)
    {
        string item = YesLead().Replace(typed.Trim(), string.Empty, 1);
        item = SaidLead().Replace(item, string.Empty, 1);
        item = WillLead().Replace(item, string.Empty, 1);
        return item.Length == 0 ? typed.Trim() : item;
    }

    /// <summary>
    /// When the promise falls due: the day after its last "by" ("by friday", "by the 12th"), at the time given or 09:00
    /// where the user is. Null when it names no day still ahead.
    /// </summary>
    public static DateTimeOffset? DueBy(string item, DateTimeOffset now, TimeZoneInfo zone)
    {
        Match by = ByDay().Match(item);
        if (!by.Success || !DateTimeRecognizer.TryRecognize(by.Groups["when"].Value.TrimEnd('.', '!'), now, zone, out DateTimeResolution? when))
        {
            return null;
        }

        DateTimeOffset due = when.HasTime ? when.Value : DateTimeRecognizer.ToZoned(when.Date.ToDateTime(new TimeOnly(9, 0)), zone);
        return due > now ? due : null;
    }

    [GeneratedRegex(@"^(?:yes|yeah|yep|yup|ok|okay)\b[\s,!.:-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YesLead();

    // "I said", "I told her", "I promised him", "promised", optionally with "that".
    [GeneratedRegex(@"^(?:(?:and\s+)?i\s+)?(?:said|told\s+(?:her|him|them)|promised(?:\s+(?:her|him|them))?)\s+(?:that\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SaidLead();

    [GeneratedRegex(@"^(?:i['’]d|i\s+would|i['’]ll|i\s+will|to)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WillLead();

    [GeneratedRegex(@"\bby\s+(?<when>(?:(?!\bby\b).)+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ByDay();
}
