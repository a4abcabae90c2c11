using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>Interactive payloads shaped like the fixtures, for the app's own buttons and modals.</summary>
public static class SlackPayloads
{
    public static string BlockAction(
        string team, string user, string actionId, string? value, string? responseUrl = null, JsonObject? stateValues = null,
        string triggerId = "trigger-1", JsonNode? message = null, string blockId = "b", string? buttonText = null) =>
        new JsonObject
        {
            ["message"] = message?.DeepClone(),
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = team },
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = team },
            ["trigger_id"] = triggerId,
            ["container"] = new JsonObject { ["type"] = "message", ["channel_id"] = "D" + user, ["message_ts"] = "1.2" },
            ["response_url"] = responseUrl,
            ["state"] = new JsonObject { ["values"] = stateValues ?? [] },
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["action_id"] = actionId,
                    ["block_id"] = blockId,
                    ["type"] = "button",
                    ["value"] = value,
                    ["text"] = buttonText is null ? null : new JsonObject { ["type"] = "plain_text", ["text"] = buttonText },
                    ["action_ts"] = "1.3",
                },
            },
        }.ToJsonString();

    public static string ViewSubmission(string team, string user, string formId, JsonObject stateValues, string callbackId = "coach.form") =>
        new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = team },
            ["user"] = new JsonObject { ["id"] = user, ["team_id"] = team },
            ["trigger_id"] = "trigger-2",
            ["view"] = new JsonObject
            {
                ["id"] = "V1",
                ["type"] = "modal",
                ["callback_id"] = callbackId,
                ["private_metadata"] = formId,
                ["state"] = new JsonObject { ["values"] = stateValues },
            },
            ["response_urls"] = new JsonArray(),
        }.ToJsonString();

    public static JsonObject Input(string type, string property, JsonNode? value) =>
        new() { ["value"] = new JsonObject { ["type"] = type, [property] = value } };
}
