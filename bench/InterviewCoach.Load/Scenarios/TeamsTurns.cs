using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Load.Channels;
using InterviewCoach.Load.Channels.Teams;

namespace InterviewCoach.Load.Scenarios;

/// <summary>What one turn got: the HTTP status (0 = no answer: refused, reset or timed out) and the replies the bot sent.</summary>
internal sealed record ChaosTurn(int Status, IReadOnlyList<string> Replies)
{
    /// <summary>The coach's reply when it could not reach storage (<c>CoachConversation</c>'s apology).</summary>
    public const string ApologyMarker = "can't reach my notes";

    public bool Answered => Status == 200 && Replies.Count > 0;

    public bool Apology => Replies.Any(r => r.Contains(ApologyMarker, StringComparison.Ordinal));

    /// <summary>A normal reply: the turn was saved and the user was told so.</summary>
    public bool Acknowledged => Answered && !Apology;

    public bool ServerError => Status >= 500;

    /// <summary>The text of the last reply: the question the user is asked next.</summary>
    public string LastText => Replies.Count == 0 ? string.Empty : Replies[^1];
}

/// <summary>
/// Sends Teams message activities for simulated users in local mode (no token: Development with an empty app id) to
/// any host, the replies going to the fake connector; a turn is over when the host answers, since it posts the replies first.
/// </summary>
internal sealed class TeamsTurns(FakeBotConnector connector, TimeSpan timeout) : IDisposable
{
    public const string Tenant = "chaos-tenant";

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) }) { Timeout = timeout };

    public static string UserId(string run, int user) => string.Create(CultureInfo.InvariantCulture, $"29:{run}-{user}");

    public static string ConversationId(string run, int user) => string.Create(CultureInfo.InvariantCulture, $"a:{run}-conv-{user}");

    /// <summary>The host's storage key for the user (<c>UserAddress.Key</c>).</summary>
    public static string UserKey(string run, int user) => "msteams|" + Tenant + "|" + UserId(run, user);

    public async Task<ChaosTurn> SendAsync(Uri host, string run, int user, string text, CancellationToken cancellationToken)
    {
        string conversationId = ConversationId(run, user);
        ConversationLog log = connector.Conversation(conversationId);
        int before = log.Count;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl.AbsoluteUri,
            ["from"] = new JsonObject { ["id"] = UserId(run, user), ["name"] = "Chaos user" },
            ["recipient"] = new JsonObject { ["id"] = "28:chaos-bot", ["name"] = "Interview Coach" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["locale"] = "en-US",
            ["text"] = text,
        };
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        int status;
        try
        {
            using HttpResponseMessage response = await _http.PostAsync(new Uri(host, "api/messages"), content, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            status = 0;
        }

        IReadOnlyList<string> replies = status == (int)HttpStatusCode.OK ? [.. log.Since(before).Select(ReplyText)] : [];
        return new ChaosTurn(status, replies);
    }

    /// <summary>The activity's text, or a card's summary, or else its raw JSON.</summary>
    private static string ReplyText(ReceivedMessage message)
    {
        using var document = JsonDocument.Parse(message.Body);
        foreach (string property in (string[])["text", "summary"])
        {
            if (document.RootElement.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return message.Text;
    }

    public void Dispose() => _http.Dispose();
}
