namespace InterviewCoach.Bot.Teams.Schema;

/// <summary>The activity types the bot handles; any other type is answered 200 and ignored.</summary>
internal static class ActivityTypes
{
    public const string Message = "message";

    public const string ConversationUpdate = "conversationUpdate";

    public const string InstallationUpdate = "installationUpdate";

    public const string Invoke = "invoke";

    /// <summary>Outbound only: the typing indicator.</summary>
    public const string Typing = "typing";
}
