using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewCoach.Bot.Teams;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.DevChat;

/// <summary>
/// The local dev chat page (<c>GET /</c>) and its connector, mapped only in Development with an empty
/// <c>MicrosoftAppId</c> (local mode). The page talks to <c>/api/messages</c> exactly as the Bot Framework Emulator
/// does (channelId <c>emulator</c>, no token) with serviceUrl <c>{origin}/devchat/connector</c>; the bot's replies
/// land in <see cref="DevChatConnector"/> and the page polls them. Cards are rendered by the official
/// <c>adaptivecards</c> npm package with Teams' host config, copied into wwwroot by the build.
/// </summary>
public static class DevChatExtensions
{
    public const string ConnectorPath = "/devchat/connector";

    public static WebApplicationBuilder AddDevChat(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DevChatConnector>();
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
        app.MapGet("/devchat/conversations/{conversationId}/activities", (string conversationId, int? after, DevChatConnector store) =>
        {
            (JsonArray activities, int next) = store.Read(conversationId, after ?? 0);
            return Results.Text(new JsonObject { ["activities"] = activities, ["next"] = next }.ToJsonString(), "application/json");
        });
        return app;
    }

    private static async Task<IResult> PostAsync(string conversationId, HttpRequest request, DevChatConnector store)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (body is not JsonObject activity)
        {
            return Results.BadRequest();
        }

        string id = store.Post(conversationId, activity);
        return Results.Text(new JsonObject { ["id"] = id }.ToJsonString(), "application/json");
    }
}
