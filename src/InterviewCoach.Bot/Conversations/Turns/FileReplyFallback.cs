using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// A file that could not go out as a file (a channel or conversation without file uploads, or an upload that failed)
/// is sent as text instead, so nothing is lost and nothing claims an attachment: the summary, then the content in code
/// blocks small enough for one message each, cut at line ends.
/// </summary>
internal static class FileReplyFallback
{
    public static IReadOnlyList<Reply> AsText(FileReply file, string lead, int maxChunkChars)
    {
        ArgumentNullException.ThrowIfNull(file);
        var replies = new List<Reply> { new TextReply(string.Concat(file.Summary, " ", lead)) };
        string language = file.ContentType.EndsWith("json", StringComparison.OrdinalIgnoreCase) ? "json" : string.Empty;
        string rest = file.Content;
        while (rest.Length > 0)
        {
            int take = Math.Min(maxChunkChars, rest.Length);
            if (take < rest.Length)
            {
                int newline = rest.LastIndexOf('\n', take - 1, take);
                if (newline > take / 2)
                {
                    take = newline + 1;
                }
                else if (char.IsHighSurrogate(rest[take - 1]))
                {
                    take--;
                }
            }

            replies.Add(new TextReply(string.Concat("```", language, "\n", rest[..take].TrimEnd('\n'), "\n```")));
            rest = rest[take..];
        }

        return replies;
    }
}
