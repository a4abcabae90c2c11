namespace InterviewCoach.Bot.Slack;

/// <summary>What a queued piece of after-the-ack work does.</summary>
internal enum SlackWorkKind
{
    /// <summary>Run a coaching turn and post its replies to the user's DM.</summary>
    Turn,

    /// <summary>Post replies that were already produced (a modal submit's turn ran inline).</summary>
    Post,

    /// <summary>Publish the user's App Home tab.</summary>
    PublishHome,
}
