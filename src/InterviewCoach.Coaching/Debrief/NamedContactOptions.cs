using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// The contact named after a command (<c>not pursuing Ana</c>, <c>share a resource Maria</c>): an id from a button or a
/// name typed, so the flow can skip "which one?". A reason typed after the name ("... Ana because my search has
/// changed") is kept too, so it isn't asked for again.
/// </summary>
/// <param name="Who">A contact id or the name as typed.</param>
/// <param name="Because">The reason given in the same sentence, if any.</param>
public sealed partial record NamedContactOptions(string Who, string? Because = null)
{
    public static NamedContactOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string who = text.Trim();
        string? because = null;
        Match reason = ReasonSplit().Match(who);
        if (reason.Success)
        {
            because = reason.Groups["why"].Value.Trim().TrimEnd('.', '!');
            who = who[..reason.Index];
        }

        // Words that round off the sentence rather than name anyone: "Ana after all", "Priya's referral", "Ben anymore".
        who = TrailingWords().Replace(who.Trim().TrimEnd('.', '!', ','), string.Empty).Trim().TrimEnd('.', '!', ',');
        return who.Length is > 0 and <= CoachPrompts.MaxShortLength
            ? new NamedContactOptions(who, because is { Length: > 0 and <= CoachPrompts.MaxShortLength } ? because : null)
            : null;
    }

    [GeneratedRegex(@"(?:,\s*|\s+)(?:because|as|since|-|:)\s+(?<why>.+)$|[,;:]\s+(?<why>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ReasonSplit();

    [GeneratedRegex(@"(?:['’]s\s+(?:referral|lead|introduction|intro))?(?:\s+(?:after all|anymore|any more|for now|right now|now|then|at all|either))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingWords();
}
