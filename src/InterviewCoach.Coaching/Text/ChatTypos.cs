using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Mends what chat typing leaves in words the coach will put in the user's mouth (the background sketch): a trailing
/// "lol" or emoji is dropped, contractions typed without their apostrophe get it back ("dont" → "don't") and a lone
/// "i" is capitalised. Only forms that are never other words are mended ("its", "ill", "were" are left alone).
/// </summary>
public static partial class ChatTypos
{
    private static readonly Dictionary<string, string> s_contractions = new(StringComparer.Ordinal)
    {
        ["dont"] = "don't", ["didnt"] = "didn't", ["doesnt"] = "doesn't", ["cant"] = "can't", ["wont"] = "won't",
        ["isnt"] = "isn't", ["wasnt"] = "wasn't", ["arent"] = "aren't", ["werent"] = "weren't", ["havent"] = "haven't",
        ["hasnt"] = "hasn't", ["hadnt"] = "hadn't", ["couldnt"] = "couldn't", ["wouldnt"] = "wouldn't", ["shouldnt"] = "shouldn't",
        ["im"] = "I'm", ["ive"] = "I've", ["youre"] = "you're", ["theyre"] = "they're", ["thats"] = "that's",
    };

    public static string Mend(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        string mended = Filler().Replace(text, string.Empty);
        mended = Contraction().Replace(mended, m => s_contractions[m.Value]);
        return Phrasing.WithPronounI(mended);
    }

    // Laughter, "tbh", "but idk" and emoji or emoticons at the end: "... talk to me lol", "... a course first but idk", "... data :)".
    [GeneratedRegex(@"(?:[\s,]*(?:\b(?:lol|lmao|rofl|haha+|hehe+|tbh|ngl|xd|(?:but\s+)?idk)\b|[:;]-?[)(DPp]|[\p{So}\p{Cs}\uFE0F\u200D]+))+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\b(?:dont|didnt|doesnt|cant|wont|isnt|wasnt|arent|werent|havent|hasnt|hadnt|couldnt|wouldnt|shouldnt|im|ive|youre|theyre|thats)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Contraction();
}
