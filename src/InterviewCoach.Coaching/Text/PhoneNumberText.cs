using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Finds the phone number in a short answer typed in a chat: "07700 900123", but also "its 07700 900 123", "my
/// number is +44 7700 900123" or "07700900123 thanks". Exactly one run of digits (with spaces, brackets, dots,
/// dashes or a leading +) holding 6 to 20 digits; anything else in the answer must be a few words, not a second number.
/// </summary>
public static partial class PhoneNumberText
{
    private const int MaxOtherWords = 6;

    /// <summary>The number as typed, or null when the answer holds none or more than one.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return null;
        }

        MatchCollection runs = NumberRun().Matches(text);
        if (runs.Count != 1)
        {
            return null;
        }

        string number = runs[0].Value.Trim();
        int digits = number.Count(char.IsAsciiDigit);
        string rest = text.Remove(runs[0].Index, runs[0].Length);
        int otherWords = rest.Split([' ', ',', '.', ':', ';', '!', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        return digits is >= 6 and <= 20 && otherWords <= MaxOtherWords && !rest.Any(char.IsAsciiDigit) ? number : null;
    }

    /// <summary>
    /// The one phone number in a longer message ("... call me on 07700 900123 ... 20 minutes next week"): the only run
    /// of 7 to 20 digits, with shorter numbers (times, durations) around it; null when there are none or several.
    /// </summary>
    public static string? FindInMessage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 20_000)
        {
            return null;
        }

        string? found = null;
        foreach (Match run in NumberRun().Matches(text))
        {
            if (run.Value.Count(char.IsAsciiDigit) is >= 7 and <= 20)
            {
                string number = run.Value.Trim();
                if (found is not null && !SameDigits(found, number))
                {
                    return null;
                }

                found ??= number;
            }
        }

        return found;
    }

    // A voicemail says its number twice: "07700 900123 ... that's 07700 900 123" is still one number.
    private static bool SameDigits(string a, string b) => a.Where(char.IsAsciiDigit).SequenceEqual(b.Where(char.IsAsciiDigit));

    [GeneratedRegex(@"\+?\(?\d[\d ().-]*\d\)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NumberRun();
}
