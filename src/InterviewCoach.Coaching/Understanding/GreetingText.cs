using System.Text;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// A message that is nothing but a greeting or a thank-you ("hi", "hello there", "thanks!", "good morning 🙂"): it
/// asks for nothing, so no prompt or intent needs the sentence model to read it.
/// </summary>
internal static partial class GreetingText
{
    /// <summary>True when every word of <paramref name="text"/> (punctuation and emoji aside) is a greeting or thanks.</summary>
    public static bool IsGreetingOnly(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        // Letters and apostrophes only, so "thanks!!", "hi :)" and "hello 👋" read as the words alone.
        string normalized = TextNormalizer.Normalize(text);
        var words = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            words.Append(char.IsLetter(c) || c is '\'' or '’' ? c : ' ');
        }

        string folded = string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return folded.Length > 0 && Greeting().IsMatch(folded);
    }

    /// <summary>True when a greeting-only message thanks rather than greets ("thanks!", "cheers", "hi, thank you").</summary>
    public static bool IsThanks(string? text) =>
        IsGreetingOnly(text) && Thanks().IsMatch(TextNormalizer.Normalize(text!));

    [GeneratedRegex(@"\b(?:thanks|thank|thanx|thx|cheers|gracias)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Thanks();

    [GeneratedRegex(
        @"^(?:(?:hi+|hey+|hello+|helo|hallo|hiya|heya|howdy|greetings|good (?:morning|afternoon|evening|day)|"
        + @"thanks|thank you|thank u|thankyou|thanx|thx|many thanks|cheers|hola|namaste|gracias)"
        + @"(?: (?:there|again|all|everyone|coach|bot|so much|very much|a lot|a ton))* ?)+$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Greeting();
}
