using System.Text;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Turns the engine's markdown subset into Slack <c>mrkdwn</c>. Only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are
/// escaped, as Slack asks (<see href="https://docs.slack.dev/messaging/formatting-message-text#escaping">escaping</see>);
/// user text therefore cannot form mentions (<c>&lt;!channel&gt;</c>) or links.
/// </summary>
internal static partial class SlackMrkdwn
{
    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and nothing else.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary><c>**bold**</c> → <c>*bold*</c>, <c>[title](https://…)</c> → <c>&lt;https://…|title&gt;</c>, <c>- item</c> → <c>• item</c>; everything escaped.</summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        string text = Escape(markdown);
        text = Link().Replace(text, m => "<" + m.Groups[2].Value + "|" + m.Groups[1].Value.Replace('|', '¦') + ">");
        text = Bold().Replace(text, "*$1*");
        text = Bullet().Replace(text, "$1• ");
        return text;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        int cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>Splits long text into pieces of at most <paramref name="max"/> characters, preferring line then word breaks.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        int start = 0;
        while (text.Length - start > max)
        {
            int limit = start + max;
            int cut = text.LastIndexOf('\n', limit - 1, max);
            if (cut <= start)
            {
                cut = text.LastIndexOf(' ', limit - 1, max);
            }

            if (cut <= start)
            {
                cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
            }

            parts.Add(text[start..cut]);
            start = cut < text.Length && text[cut] is '\n' or ' ' ? cut + 1 : cut;
        }

        parts.Add(text[start..]);
        return parts;
    }

    [GeneratedRegex(@"\[([^\]\n]+)\]\((https?://[^\s)]+)\)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.Singleline, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Bold();

    [GeneratedRegex(@"(^|\n)- ", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Bullet();
}
