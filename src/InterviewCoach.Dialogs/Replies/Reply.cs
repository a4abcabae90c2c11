using System.Text.Json.Serialization;

namespace InterviewCoach.Dialogs.Replies;

/// <summary>
/// One channel-neutral message the engine wants to send. Channel adapters render each kind
/// (Adaptive Card or plain text for Teams, Block Kit for Slack); the engine never emits channel JSON.
/// </summary>
/// <remarks>
/// Text uses a small markdown subset every channel can render: <c>**bold**</c>, <c>_italic_</c>,
/// bullet lines starting with <c>- </c>, and links as <c>[title](https://...)</c>.
/// Replies serialise with System.Text.Json with a <c>"type"</c> discriminator (<c>text</c>, <c>choice</c>,
/// <c>card</c>, <c>form</c>), e.g. for a local dev chat page; that JSON is not any channel's format.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextReply), "text")]
[JsonDerivedType(typeof(ChoiceReply), "choice")]
[JsonDerivedType(typeof(CardReply), "card")]
[JsonDerivedType(typeof(FormReply), "form")]
public abstract record Reply
{
    /// <summary>A plain-text rendering, for notifications, fallbacks and transcript assertions.</summary>
    public abstract string ToPlainText();
}
