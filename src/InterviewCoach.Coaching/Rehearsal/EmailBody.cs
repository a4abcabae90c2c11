using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The body of a pasted email: without a subject line, the greeting ("Dear Dr. Patel,", "Hi Sam -"), the sign-off
/// and signature ("Best regards, / Ana Ruiz / 07700 900123"), and any quoted earlier messages of a thread.
/// </summary>
internal static class EmailBody
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex s_greeting = new(
        @"^\s*(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|greetings|to whom it may concern|namaste|bonjour|hola|respected)\b[^,:!\n]{0,60}?(?:[,:!]|\s[\u2014-]|$)",
        Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_closing = new(
        @"^\s*(?:best|best regards|kind regards|regards|warm regards|warmest regards|many regards|warmly|sincerely|yours sincerely|yours faithfully|yours truly|faithfully|thanks|thank you|many thanks|thanks again|thanks so much|thank you so much|thanks in advance|thank you in advance|cheers|all the best|with thanks|with gratitude|with appreciation|respectfully|best wishes|warm wishes|kind wishes|take care|looking forward|gratefully|thank you for your time|thank you for your consideration|thanks for your time)\s*[,.!\u2014-]?\s*$",
        Options, RegexBudget.MatchTimeout);

    // A sign-off and name run together at the end of a one-paragraph paste: "... next week. Best, Ana Ruiz".
    private static readonly Regex s_inlineClosing = new(
        @"(?<=[.!?])\s*(?:best|best regards|kind regards|regards|warm regards|sincerely|thanks|many thanks|cheers|best wishes|warmly|thank you)\s*[,.!]?\s*(?:\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})?\s*$",
        Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_threadStart = new(
        @"^\s*(?:on .{4,80} wrote:|-{2,}\s*original message\s*-{2,}|-{3,}\s*forwarded message|from:\s|sent:\s|>|_{5,}|sent from my)",
        Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_subject = new(@"^\s*(?:subject|re|fwd?)\s*:", Options, RegexBudget.MatchTimeout);

    /// <summary>The body text, lines joined with line breaks kept.</summary>
    public static string Extract(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return string.Empty;
        }

        string text = email.Length > 20_000 ? email[..20_000] : email;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        try
        {
            // A pasted thread: keep only the newest message.
            int threadAt = lines.FindIndex(1, l => s_threadStart.IsMatch(l));
            if (threadAt > 0)
            {
                lines = lines.Take(threadAt).ToList();
            }

            Trim(lines);
            if (lines.Count > 0 && s_subject.IsMatch(lines[0]))
            {
                lines.RemoveAt(0);
                Trim(lines);
            }

            if (lines.Count > 0)
            {
                Match greeting = s_greeting.Match(lines[0]);
                if (!greeting.Success && IsSalutationLine(lines))
                {
                    // A salutation in any language or form ("Querida Carmen,", "Estimado Sr. Castillo,", "Madame,
                    // Monsieur,"): a short first line of its own that ends in a comma or colon.
                    lines.RemoveAt(0);
                }
                else if (greeting.Success)
                {
                    string rest = lines[0][greeting.Length..].Trim();
                    if (rest.Length == 0)
                    {
                        lines.RemoveAt(0);
                    }
                    else
                    {
                        lines[0] = rest;
                    }
                }
            }

            int closing = lines.FindLastIndex(l => s_closing.IsMatch(l));
            if (closing >= 0 && lines.Skip(closing + 1).All(IsSignatureLine))
            {
                lines = lines.Take(closing).ToList();
            }
            else
            {
                while (lines.Count > 1 && IsSignatureLine(lines[^1]) && lines[^1].Trim().Length > 0 && !EndsSentence(lines[^1]))
                {
                    lines.RemoveAt(lines.Count - 1);
                }
            }

            Trim(lines);
            string body = string.Join('\n', lines);
            return s_inlineClosing.Replace(body, string.Empty).Trim();
        }
        catch (RegexMatchTimeoutException)
        {
            return text.Trim();
        }
    }

    /// <summary>Words as the definitions count them: runs of non-space characters ("15-minute" is one word).</summary>
    public static int CountWords(string body) => body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsSalutationLine(List<string> lines)
    {
        string first = lines[0].Trim();
        return lines.Count > 2
            && first.Length > 1
            && first[^1] is ',' or ':'
            && first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }

    private static bool IsSignatureLine(string line)
    {
        string trimmed = line.Trim();
        int words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return trimmed.Length == 0 || (words <= 7 && !trimmed.EndsWith('?'));
    }

    private static bool EndsSentence(string line) => line.TrimEnd().EndsWith('.') && line.Trim().Split(' ').Length > 4;

    private static void Trim(List<string> lines)
    {
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }

        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }
}
