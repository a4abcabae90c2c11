using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace InterviewCoach.Load.Channels.Teams;

/// <summary>
/// Posts Teams <c>message</c> activities to the bot's <c>/api/messages</c> as the Bot Connector does: personal
/// conversation, tenant in <c>channelData.tenant.id</c> and <c>conversation.tenantId</c>, the fake connector as
/// serviceUrl, and (jwt mode) a bearer token signed by <see cref="ChannelIdentity"/>.
/// </summary>
public sealed class TeamsClient
{
    public const string BotId = "28:load-driver-bot";

    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient _http;
    private readonly Uri _messagesUrl;
    private readonly string _serviceUrl;
    private readonly Func<string>? _token;

    /// <remarks><c>token</c>: Null: no Authorization header (local mode). Called per request; cache inside.</remarks>
    public TeamsClient(HttpClient http, Uri botBaseUrl, Uri serviceUrl, Func<string>? token)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _http = http;
        _messagesUrl = new Uri(botBaseUrl, "api/messages");
        _serviceUrl = serviceUrl.AbsoluteUri;
        _token = token;
    }

    public string ServiceUrl => _serviceUrl;

    /// <summary>Sends one user turn; answers the HTTP status (the bot answers after its replies went out).</summary>
    public async Task<HttpStatusCode> SendAsync(TeamsConversation conversation, string? text, string? valueJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var buffer = new ArrayBufferWriter<byte>(1024);
        WriteActivity(buffer, conversation, text, valueJson);
        using var request = new HttpRequestMessage(HttpMethod.Post, _messagesUrl) { Content = new ReadOnlyMemoryContent(buffer.WrittenMemory) };
        request.Content.Headers.ContentType = s_json;
        if (_token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token());
        }

        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    internal void WriteActivity(IBufferWriter<byte> buffer, TeamsConversation conversation, string? text, string? valueJson)
    {
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        json.WriteString("type", "message");
        json.WriteString("id", conversation.NextActivityId());
        json.WriteString("timestamp", DateTimeOffset.UtcNow);
        json.WriteString("serviceUrl", _serviceUrl);
        json.WriteString("channelId", "msteams");
        json.WriteStartObject("from");
        json.WriteString("id", conversation.UserId);
        json.WriteString("name", conversation.UserName);
        json.WriteEndObject();
        json.WriteStartObject("conversation");
        json.WriteString("conversationType", "personal");
        json.WriteString("tenantId", conversation.TenantId);
        json.WriteString("id", conversation.ConversationId);
        json.WriteEndObject();
        json.WriteStartObject("recipient");
        json.WriteString("id", BotId);
        json.WriteString("name", "Interview Coach");
        json.WriteEndObject();
        json.WriteString("textFormat", "plain");
        if (text is not null)
        {
            json.WriteString("text", text);
        }

        if (valueJson is not null)
        {
            json.WritePropertyName("value");
            json.WriteRawValue(valueJson, skipInputValidation: true);
        }

        json.WriteString("locale", "en-GB");
        json.WriteStartArray("entities");
        json.WriteStartObject();
        json.WriteString("type", "clientInfo");
        json.WriteString("locale", "en-GB");
        json.WriteString("timezone", "Europe/London");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("channelData");
        json.WriteStartObject("tenant");
        json.WriteString("id", conversation.TenantId);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
