using System.Text;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Joins a turn's consecutive text replies into one message, as paragraphs, so a turn that says three things is one
/// message in the chat and one Connector call instead of three (Teams paces a bot to 7 sends a second per conversation,
/// so a greeting of five messages trickled in). A text question whose buttons become suggested actions closes the
/// message it joins: Teams shows those buttons under the last message only. Cards are never joined: Teams splits text
/// and a card into two messages anyway, and joining would move the text above the card.
/// </summary>
internal static class TeamsReplyMerger
{
    /// <summary>A joined message stays short enough to read as one message and never needs splitting.</summary>
    public const int MaxJoinedBytes = 4000;

    private const string ParagraphBreak = "\n\n";

    public static IReadOnlyList<Reply> Merge(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count < 2)
        {
            return replies;
        }

        var merged = new List<Reply>(replies.Count);
        var text = new StringBuilder();
        int textBytes = 0;
        Reply? first = null;
        int joinedCount = 0;
        foreach (Reply reply in replies)
        {
            if (TextOf(reply) is not { } markdown)
            {
                Flush(null);
                merged.Add(reply);
                continue;
            }

            int bytes = Encoding.UTF8.GetByteCount(markdown);
            if (text.Length > 0 && textBytes + ParagraphBreak.Length + bytes > MaxJoinedBytes)
            {
                Flush(null);
            }

            if (text.Length > 0)
            {
                text.Append(ParagraphBreak);
                textBytes += ParagraphBreak.Length;
            }

            text.Append(markdown);
            textBytes += bytes;
            first ??= reply;
            joinedCount++;
            if (reply is ChoiceReply { Buttons.Count: > 0 } question)
            {
                // Its buttons belong under this message, so nothing is joined after it.
                Flush(question);
            }
        }

        Flush(null);
        return merged;

        void Flush(ChoiceReply? question)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (joinedCount == 1)
            {
                merged.Add(first!);
            }
            else
            {
                string joined = text.ToString();
                merged.Add(question is null ? new TextReply(joined) : question with { Markdown = joined });
            }

            text.Clear();
            textBytes = 0;
            first = null;
            joinedCount = 0;
        }
    }

    /// <summary>The markdown of a reply Teams shows as a plain message (text, or a question with suggested actions or none); null for cards.</summary>
    private static string? TextOf(Reply reply) => reply switch
    {
        TextReply text => text.Markdown,
        ChoiceReply { MultiSelect: false, Buttons.Count: <= TeamsReplyRenderer.MaxSuggestedActions } choice => choice.Markdown,
        _ => null,
    };
}
