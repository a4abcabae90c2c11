using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Progress;

/// <summary>What follows the command: <c>target Contoso</c>, <c>there's an opening at Contoso for a data analyst</c>, <c>data analyst at Contoso</c>.</summary>
/// <param name="Organisation">The employer.</param>
/// <param name="Role">The job or opening, if named.</param>
public sealed partial record TargetOptions(string Organisation, string? Role = null)
{
    public static TargetOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string typed = text.Trim().TrimEnd('.', '!');
        Match match = RoleFor().Match(typed);
        if (match.Success)
        {
            return Make(match.Groups["org"].Value, match.Groups["role"].Value);
        }

        match = RoleAt().Match(typed);
        return match.Success ? Make(match.Groups["org"].Value, match.Groups["role"].Value) : Make(typed, null);
    }

    private static TargetOptions? Make(string organisation, string? role)
    {
        string org = Leading().Replace(organisation.Trim(), string.Empty).Trim();
        string? job = role is null ? null : Leading().Replace(role.Trim(), string.Empty).Trim();
        return org.Length is > 0 and <= CoachPrompts.MaxShortLength
            ? new TargetOptions(org, job is { Length: > 0 and <= CoachPrompts.MaxShortLength } ? job : null)
            : null;
    }

    // "Contoso for a data analyst" / "Contoso: data analyst"
    [GeneratedRegex(@"^(?<org>.+?)(?:\s+for\s+|\s*[:,]\s+)(?<role>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RoleFor();

    // "a data analyst job at Contoso", "data analyst at Contoso"
    [GeneratedRegex(@"^(?<role>.+?)\s+(?:at|with)\s+(?<org>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RoleAt();

    [GeneratedRegex(@"^(?:(?:at|with|to|for|an?)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Leading();
}
