using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Teams' file consent flow for a bot in personal chat: a <c>FileConsentCard</c> offers the file; the user's Allow or
/// Decline comes back as a <c>fileConsent/invoke</c> whose <c>uploadInfo.uploadUrl</c> is a OneDrive (SharePoint)
/// session to PUT the bytes to; then a <c>FileInfoCard</c> shows the saved file.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4</remarks>
internal static class FileConsent
{
    public const string InvokeName = "fileConsent/invoke";
    public const string ConsentCardType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoCardType = "application/vnd.microsoft.teams.card.file.info";
    public const string OfferText = "Choose **Allow** below and I'll save the file to your OneDrive.";
    public const string DeclinedText = "No problem, I haven't sent the file. Type **export my data** whenever you want it.";
    public const string ExpiredText = "That file is no longer waiting for you. Type **export my data** to get a fresh one.";
    public const string UploadFailedText = "Sorry, saving the file to your OneDrive didn't work, so you don't have it yet. Type **export my data** to try again.";
    private const int MaxFieldLength = 2048;

    // OneDrive for Business upload sessions live on SharePoint hosts (commercial, GCC High / DoD, China, dogfood).
    private static readonly string[] s_uploadHostSuffixes = [".sharepoint.com", ".sharepoint.us", ".sharepoint-mil.us", ".sharepoint.cn", ".sharepoint-df.com"];

    public static Activity Offer(FileReply file, string fileId, int sizeInBytes) => new()
    {
        Type = ActivityTypes.Message,
        Text = string.Concat(file.Summary, " ", OfferText),
        TextFormat = "markdown",
        Attachments =
        [
            new Attachment
            {
                ContentType = ConsentCardType,
                Name = file.FileName,
                Content = new JsonObject
                {
                    ["description"] = file.Summary,
                    ["sizeInBytes"] = sizeInBytes,
                    ["acceptContext"] = new JsonObject { ["fileId"] = fileId },
                    ["declineContext"] = new JsonObject { ["fileId"] = fileId },
                },
            },
        ],
    };

    public static Activity Info(FileConsentResponse response) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = InfoCardType,
                ContentUrl = response.ContentUrl,
                Name = response.Name,
                Content = new JsonObject { ["uniqueId"] = response.UniqueId, ["fileType"] = response.FileType },
            },
        ],
    };

    /// <summary>Reads the invoke's value; null when it is not a well-formed consent answer.</summary>
    public static FileConsentResponse? Read(JsonElement? value)
    {
        string? action = value is { ValueKind: JsonValueKind.Object } obj ? Text(obj, "action") : null;
        if (value is not { ValueKind: JsonValueKind.Object } v
            || action is not ("accept" or "decline")
            || !v.TryGetProperty("context", out JsonElement context)
            || Text(context, "fileId") is not { Length: > 0 and <= 64 } fileId)
        {
            return null;
        }

        if (action == "decline")
        {
            return new FileConsentResponse(false, fileId, null, null, null, null, null);
        }

        if (!v.TryGetProperty("uploadInfo", out JsonElement info)
            || !Uri.TryCreate(Text(info, "uploadUrl"), UriKind.Absolute, out Uri? uploadUrl)
            || Text(info, "contentUrl") is not { Length: > 0 } contentUrl
            || Text(info, "name") is not { Length: > 0 } name)
        {
            return null;
        }

        return new FileConsentResponse(true, fileId, uploadUrl, contentUrl, name, Text(info, "uniqueId"), Text(info, "fileType"));
    }

    /// <summary>
    /// Only Microsoft's upload hosts get the user's file; in local mode (nothing vouches for the activity anyway) a
    /// loopback test double is allowed too.
    /// </summary>
    public static bool IsAllowedUploadUrl(Uri url, bool localMode) =>
        (url.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(url.UserInfo)
            && s_uploadHostSuffixes.Any(s => url.Host.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        || (localMode && url.IsLoopback && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps));

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out JsonElement value)
            && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: <= MaxFieldLength } text
            ? text
            : null;
}
