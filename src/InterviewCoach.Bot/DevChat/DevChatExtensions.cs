using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Teams;
using InterviewCoach.Coaching.Reminders;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.DevChat;

/// <summary>
/// The local dev chat page (<c>GET /</c>) and its connector, mapped only in Development with an empty
/// <c>MicrosoftAppId</c> (local mode). The page talks to <c>/api/messages</c> exactly as the Bot Framework Emulator
/// does (channelId <c>emulator</c>, no token) with serviceUrl <c>{origin}/devchat/connector</c>; the bot's replies
/// land in <see cref="DevChatConnector"/> and the page polls them. Cards are rendered by the official
/// <c>adaptivecards</c> npm package with Teams' host config, copied into wwwroot by the build.
/// </summary>
internal static class DevChatExtensions
{
    public const string ConnectorPath = "/devchat/connector";

    /// <summary>Largest activity the stand-in connector keeps (413 above), the same bound as Slack's.</summary>
    public const int MaxActivityBytes = 1 << 20;

    public static WebApplicationBuilder AddDevChat(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DevChatConnector>();

        // Reminders reach the page only where the page exists: Development with no app id (local mode).
        if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(builder.Configuration[nameof(BotFrameworkOptions.MicrosoftAppId)]))
        {
            builder.Services.AddSingleton<IChannelProactiveSender, DevChatProactiveSender>();
            builder.Services.AddSingleton<IReminderPreview, DevChatReminderPreview>();
        }

        return builder;
    }

    public static WebApplication MapDevChatEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment() || !app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsLocalMode)
        {
            return app;
        }

        app.UseStaticFiles();
        app.MapGet("/", (IWebHostEnvironment environment) =>
            Results.File(Path.Combine(environment.WebRootPath, "devchat", "index.html"), "text/html; charset=utf-8"));

        RouteGroupBuilder connector = app.MapGroup(ConnectorPath + "/v3/conversations/{conversationId}");
        connector.MapPost("/activities", PostAsync);
        connector.MapPost("/activities/{activityId}", (string conversationId, HttpRequest request, DevChatConnector store) => PostAsync(conversationId, request, store));
        app.MapGet("/devchat/conversations/{conversationId}/activities", (string conversationId, string? after, DevChatConnector store) =>
        {
            // Parsed here rather than bound as int?, so a malformed cursor is a plain 400 instead of a logged exception.
            int from = 0;
            if (!string.IsNullOrEmpty(after) && !int.TryParse(after, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out from))
            {
                return Results.BadRequest();
            }

            (JsonArray activities, int next) = store.Read(conversationId, from);
            return Results.Text(new JsonObject { ["activities"] = activities, ["next"] = next }.ToJsonString(), "application/json");
        });
        return app;
    }

    private static async Task<IResult> PostAsync(string conversationId, HttpRequest request, DevChatConnector store)
    {
        if (request.ContentLength > MaxActivityBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxActivityBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        JsonObject? activity;
        try
        {
            activity = JsonNode.Parse(buffer.ToArray()) as JsonObject;
            if (activity is not null)
            {
                Materialize(activity);
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // JsonNode reads lazily: duplicate keys, bad UTF-8 and lone surrogates surface only when touched.
            return Results.BadRequest();
        }

        if (activity is null)
        {
            return Results.BadRequest();
        }

        string id = store.Post(conversationId, activity);
        return Results.Text(new JsonObject { ["id"] = id }.ToJsonString(), "application/json");
    }

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> property in obj)
                {
                    Materialize(property.Value);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Materialize(item);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                _ = value.GetValue<string>();
                break;
        }
    }
}
