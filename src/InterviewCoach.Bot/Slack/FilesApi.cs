using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <inheritdoc cref="IFilesApi"/>
internal sealed class FilesApi(SlackApiClient client) : IFilesApi
{
    public async Task<string> UploadAsync(string channel, string fileName, string title, byte[] content, string comment, string? threadTs = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(content);
        JsonElement target = await client.PostFormAsync("files.getUploadURLExternal",
            [new("filename", fileName), new("length", content.Length.ToString(CultureInfo.InvariantCulture))], cancellationToken).ConfigureAwait(false);
        string fileId = target.GetProperty("file_id").GetString() ?? throw new SlackApiException("files.getUploadURLExternal", "no_file_id");
        if (!Uri.TryCreate(target.GetProperty("upload_url").GetString(), UriKind.Absolute, out Uri? uploadUrl))
        {
            throw new SlackApiException("files.getUploadURLExternal", "invalid_upload_url");
        }

        await client.UploadBytesAsync(uploadUrl, content, cancellationToken).ConfigureAwait(false);
        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title }),
            ["channel_id"] = channel,
            ["initial_comment"] = comment,
        };
        if (!string.IsNullOrEmpty(threadTs))
        {
            complete["thread_ts"] = threadTs;
        }

        await client.PostJsonAsync("files.completeUploadExternal", complete, cancellationToken).ConfigureAwait(false);
        return fileId;
    }
}
