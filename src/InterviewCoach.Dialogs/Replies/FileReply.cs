namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// A document for the user to keep, such as a data export. Adapters that can upload files send it as one
/// (Teams personal chat: a file consent card, then an upload to the user's OneDrive; Slack:
/// <c>files.getUploadURLExternal</c> + <c>files.completeUploadExternal</c>); otherwise, or when the upload fails, they
/// send <see cref="Summary"/> followed by <see cref="Content"/> as text. The summary must not claim an attachment: each
/// adapter says how the file reached the user.
/// </summary>
/// <param name="FileName">A suggested file name with extension, e.g. <c>interview-coach-data.json</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>application/json</c>.</param>
/// <param name="Content">The file's text (UTF-8 when encoded).</param>
/// <param name="Summary">One or two lines saying what the file holds; also the plain-text rendering.</param>
public sealed record FileReply(string FileName, string ContentType, string Content, string Summary) : Reply
{
    public override string ToPlainText() => Summary;
}
