using System.Globalization;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Privacy;

/// <summary><c>export my data</c>: everything stored for the user as JSON, in a message when short, else as a file.</summary>
internal sealed class ExportDataDialog(CoachServices services, IHostUserData? hooks) : Dialog(DialogId)
{
    public const string DialogId = "export-my-data";

    public override async ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        string user = dc.Input.UserKey;
        var records = new List<ExportedRecord>(await services.Records.ExportAllAsync(user, cancellationToken).ConfigureAwait(false));
        if (hooks is not null)
        {
            records.AddRange(await hooks.ExportOtherUserDataAsync(user, cancellationToken).ConfigureAwait(false));
        }

        string json = UserDataExport.ToJson(records, services.Time.GetUtcNow());
        string summary = records.Count == 0
            ? "I don't keep anything about you yet. Here is the (empty) export:"
            : string.Create(CultureInfo.InvariantCulture, $"Here is everything I keep about you: {records.Count} items ({Kinds(records)}).");
        if (json.Length < UserDataExport.MaxMessageLength)
        {
            dc.Send(string.Concat(summary, "\n\n```json\n", json, "\n```"));
        }
        else
        {
            // No claim about an attachment here: each channel says how the file reached the user (or that it could not).
            dc.Send(new FileReply(UserDataExport.FileName, "application/json", json, summary));
        }

        dc.Send("To remove it all, type **delete my data**.");
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static string Kinds(List<ExportedRecord> records) => string.Join(", ", records
        .GroupBy(r => r.Kind, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {Plural(g.Key, g.Count())}")));

    private static string Plural(string kind, int count) =>
        count == 1 || kind.EndsWith('s') ? kind : kind + "s";
}
