using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Spells out the chat shorthand that stands for the words the readers look for: "u" and "ur" for "you" and "your",
/// "pls" for "please", "lmk" for "let me know", and the contractions typed without their apostrophe ("wouldnt",
/// "dont"). Only lower-case forms that are no other word are touched ("U Thant", "Ur" and "its" are left as they are),
/// so text typed in full reads exactly as before.
/// </summary>
internal static class ChatShorthand
{
    private static readonly Dictionary<string, string> s_spelledOut = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ur"] = "your", ["urs"] = "yours", ["pls"] = "please", ["plz"] = "please", ["lmk"] = "let me know",
        ["dont"] = "don't", ["didnt"] = "didn't", ["doesnt"] = "doesn't", ["cant"] = "can't", ["wont"] = "won't",
        ["isnt"] = "isn't", ["wasnt"] = "wasn't", ["couldnt"] = "couldn't", ["wouldnt"] = "wouldn't", ["shouldnt"] = "shouldn't",
        ["havent"] = "haven't", ["youre"] = "you're", ["ive"] = "I've", ["im"] = "I'm",
    };

    private static readonly Regex s_shorthand = new(
        @"(?<![\p{L}\p{N}'@./-])(?:u|ur|urs|pls|plz|lmk|dont|didnt|doesnt|cant|wont|isnt|wasnt|couldnt|wouldnt|shouldnt|havent|youre|ive|im)(?![\p{L}\p{N}'@-])",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>The text with chat shorthand spelled out; the same text when it has none.</summary>
    public static string Expand(string text) => s_shorthand.Replace(text, m => s_spelledOut[m.Value]);
}
