namespace InterviewCoach.Bot.Slack;

/// <summary>A <c>/coach</c> slash command, read once from its form body.</summary>
/// <remarks>https://api.slack.com/interactivity/slash-commands#app_command_handling</remarks>
/// <param name="TeamId">The workspace.</param>
/// <param name="UserId">Who typed the command.</param>
/// <param name="Text">What followed <c>/coach</c> (empty for a bare command).</param>
/// <param name="ResponseUrl">Where to tell the user if their DM cannot be reached; null when absent or not a URL.</param>
/// <param name="TriggerId">Lets the turn open a modal within 3 seconds; null when absent or too long.</param>
internal sealed record SlackCommand(string TeamId, string UserId, string Text, Uri? ResponseUrl, string? TriggerId)
{
    /// <summary>The command in <paramref name="body"/>; null when it is not a form, names no team or user, or carries an id too long to store.</summary>
    public static SlackCommand? Read(SlackRequestBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Form is null)
        {
            return null;
        }

        string team = body.Field("team_id");
        string user = body.Field("user_id");
        if (team.Length == 0 || user.Length == 0 || SlackIds.AnyTooLong(team, user, body.Field("channel_id")))
        {
            return null;
        }

        Uri? responseUrl = Uri.TryCreate(body.Field("response_url"), UriKind.Absolute, out Uri? url) ? url : null;
        string? triggerId = body.Field("trigger_id") is { Length: > 0 and <= SlackIds.MaxLength } trigger ? trigger : null;
        return new SlackCommand(team, user, body.Field("text"), responseUrl, triggerId);
    }
}
