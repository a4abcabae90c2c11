using System.Globalization;
using System.Text;
using InterviewCoach.Coaching;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>A coach whose every turn exports a file (as "export my data" does past a message's size), then says one more line.</summary>
public static class FileExportDialogs
{
    public const string Summary = "Here is everything I keep about you: 40 items (40 contacts).";
    public const string After = "To remove it all, type **delete my data**.";
    public const string FileName = "interview-coach-data.json";

    /// <summary>About 6 KB of JSON, one contact a line, with non-ASCII text.</summary>
    public static string Content { get; } = BuildContent();

    public static DialogSet Create()
    {
        var set = new DialogSet();
        set.Add(new WaterfallDialog(CoachDialogs.MenuDialogId, [
            (step, ct) =>
            {
                step.Send(new FileReply(FileName, "application/json", Content, Summary));
                step.Send(After);
                return step.EndDialogAsync(cancellationToken: ct);
            },
        ]));
        return set;
    }

    private static string BuildContent()
    {
        var json = new StringBuilder("{\"contacts\":[\n");
        for (int i = 0; i < 40; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"  {{\"name\":\"Zoë Müller {i}\",\"organisation\":\"Café Ñandú Research\",\"note\":\"met at the meetup, follow up in two weeks\"}}{(i < 39 ? "," : string.Empty)}\n");
        }

        return json.Append("]}").ToString();
    }
}
