namespace InterviewCoach.Bot.Slack;

/// <summary>The bound on ids taken from Slack requests.</summary>
internal static class SlackIds
{
    /// <summary>
    /// Slack's ids are a dozen characters; one over this cannot be stored (keys, the conversation reference), so a
    /// request carrying one is refused at the endpoint rather than failing later in the worker where nobody would hear of it.
    /// </summary>
    public const int MaxLength = 1024;

    public static bool AnyTooLong(params ReadOnlySpan<string?> ids)
    {
        foreach (string? id in ids)
        {
            if (id?.Length > MaxLength)
            {
                return true;
            }
        }

        return false;
    }
}
