using System.Text;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Splits a reply too big for one Teams message into several, so it is never lost: long text at paragraph, line or
/// word boundaries (suggested actions stay on the last part); a card the Connector refused becomes its reply's plain
/// text, split the same way.
/// </summary>
internal static class ActivitySplitter
{
    /// <summary>
    /// The activity as parts whose text is at most <paramref name="maxBytes"/> UTF-8 bytes; the activity itself when it
    /// fits. A card is left as it is unless the Connector <paramref name="refused"/> it.
    /// </summary>
    public static IReadOnlyList<Activity> Split(Activity activity, Reply? source, int maxBytes, bool refused = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string? text = activity.Text;
        Activity template = activity;
        if (activity.Attachments is { Count: > 0 })
        {
            if (source is null || !refused)
            {
                return [activity];
            }

            // A card cannot be cut in two: send what it says as text instead.
            text = source.ToPlainText();
            template = activity with { Attachments = null, Summary = null, Text = text, TextFormat = "markdown" };
        }

        if (string.IsNullOrEmpty(text) || Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return template == activity ? [activity] : [template];
        }

        List<string> chunks = Chunks(text, maxBytes);
        var parts = new List<Activity>(chunks.Count);
        for (int i = 0; i < chunks.Count; i++)
        {
            bool last = i == chunks.Count - 1;
            parts.Add(template with { Text = chunks[i], SuggestedActions = last ? template.SuggestedActions : null });
        }

        return parts;
    }

    private static List<string> Chunks(string text, int maxBytes)
    {
        var chunks = new List<string>();
        string rest = text;
        while (Encoding.UTF8.GetByteCount(rest) > maxBytes)
        {
            int fit = FittingLength(rest, maxBytes);
            int cut = Boundary(rest, fit, "\n\n") ?? Boundary(rest, fit, "\n") ?? Boundary(rest, fit, " ") ?? fit;
            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    /// <summary>The longest prefix (in chars, never cutting a surrogate pair) within <paramref name="maxBytes"/>.</summary>
    private static int FittingLength(string text, int maxBytes)
    {
        int bytes = 0;
        int i = 0;
        while (i < text.Length)
        {
            int width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            int size = Encoding.UTF8.GetByteCount(text.AsSpan(i, width));
            if (bytes + size > maxBytes)
            {
                break;
            }

            bytes += size;
            i += width;
        }

        return Math.Max(1, i);
    }

    /// <summary>A cut after the last <paramref name="separator"/> in the second half of the fitting prefix, if any.</summary>
    private static int? Boundary(string text, int fit, string separator)
    {
        int at = text.LastIndexOf(separator, fit - 1, fit, StringComparison.Ordinal);
        return at > fit / 2 ? at + separator.Length : null;
    }
}
