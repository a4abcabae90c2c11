namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// One channel-neutral message the engine wants to send. Channel adapters render each kind
/// (Adaptive Card or plain text for Teams, Block Kit for Slack); the engine never emits channel JSON.
/// </summary>
/// <remarks>
/// Text uses a small markdown subset every channel can render: <c>**bold**</c>, <c>_italic_</c>,
/// bullet lines starting with <c>- </c>, and links as <c>[title](https://...)</c>.
/// </remarks>
public abstract record Reply
{
    /// <summary>A plain-text rendering, for notifications, fallbacks and transcript assertions.</summary>
    public abstract string ToPlainText();
}
