using System.Text.Json;

namespace InterviewCoach.Bot.Tests.Slack.Infrastructure;

/// <summary>One request the fake Slack Web API received.</summary>
public sealed record FakeSlackCall(string Method, string? Authorization, string? ContentType, string Body, DateTimeOffset At)
{
    /// <summary>The JSON body (JSON methods).</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>A JSON body's string property, or a form body's field.</summary>
    public string? Field(string name)
    {
        if (ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            return Json.TryGetProperty(name, out JsonElement value) ? value.ToString() : null;
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Body).TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues field) ? field.ToString() : null;
    }
}
