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
    private static readonly Dictionary<string, string> s_spelledOut = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ur"] = "your", ["urs"] = "yours", ["pls"] = "please", ["plz"] = "please", ["lmk"] = "let me know",
    }.Concat(ChatTypos.Contractions).ToDictionary(StringComparer.Ordinal);

    // Not next to a letter, digit, apostrophe or the marks of an address ("ur@x.example", "u.s.", "pre-u").
    private static readonly Regex s_shorthand = new(
        @"(?<![\p{L}\p{N}'@./-])(?:" + string.Join('|', s_spelledOut.Keys) + @")(?![\p{L}\p{N}'@-])",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>The text with chat shorthand spelled out; the same text when it has none.</summary>
    public static string Expand(string text) => s_shorthand.Replace(text, m => s_spelledOut[m.Value]);
}
