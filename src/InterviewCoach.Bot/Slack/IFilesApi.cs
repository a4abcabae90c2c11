namespace InterviewCoach.Bot.Slack;

/// <summary>The <c>files.*</c> Web API methods (scope <c>files:write</c>).</summary>
internal interface IFilesApi
{
    /// <summary>
    /// Uploads a file and shares it in <paramref name="channel"/> with <paramref name="comment"/>:
    /// <c>files.getUploadURLExternal</c>, the bytes to the URL it gives, then <c>files.completeUploadExternal</c>.
    /// Returns the file id. See <see href="https://docs.slack.dev/messaging/working-with-files#uploading_files">uploading files</see>.
    /// </summary>
    Task<string> UploadAsync(string channel, string fileName, string title, byte[] content, string comment, string? threadTs = null, CancellationToken cancellationToken = default);
}
