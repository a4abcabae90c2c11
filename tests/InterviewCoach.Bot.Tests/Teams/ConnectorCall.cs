using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Tests.Teams;

/// <summary>One call the bot made to the fake Connector: the raw (still escaped) path, the Authorization header and the body.</summary>
public sealed record ConnectorCall(string Path, string Authorization, JsonObject Body)
{
    /// <summary>When the fake Connector received it.</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;

    public string? Type => Body["type"]?.GetValue<string>();

    public string? Text => Body["text"]?.GetValue<string>();

    public JsonObject? Card => Body["attachments"]?[0]?["content"]?.AsObject();

    public string PlainText => Text ?? Card?.ToJsonString() ?? string.Empty;
}
