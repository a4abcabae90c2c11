using System.Text.Json;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>Work accepted by a Slack endpoint and done after its 200 went out.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="User">Whose turn it is.</param>
/// <param name="Text">The turn's text (a command keyword or a DM).</param>
/// <param name="Value">A button or form payload.</param>
/// <param name="KnownChannel">Our DM channel with the user when the request told us (App Home, DM events).</param>
/// <param name="ResponseUrl">Where to tell the user if delivery fails for good (slash commands, message buttons).</param>
/// <param name="TriggerId">An interaction's trigger, to open a modal if the turn asks for a form within 3 seconds.</param>
/// <param name="Replies">Replies to post, for <see cref="SlackWorkKind.Post"/>.</param>
/// <param name="ReceivedAt">When the request arrived.</param>
/// <param name="Update">The message to update once the press is taken (buttons replaced by the answer).</param>
/// <param name="ThreadTs">The DM thread the user wrote in; replies go into it.</param>
/// <param name="DeliveryId">A DM event's id, so the conversation drops a redelivery (Slack's retry, on any instance) once handled.</param>
internal sealed record SlackWorkItem(
    SlackWorkKind Kind,
    UserAddress User,
    string? Text,
    JsonElement? Value,
    string? KnownChannel,
    Uri? ResponseUrl,
    string? TriggerId,
    IReadOnlyList<Reply>? Replies,
    DateTimeOffset ReceivedAt,
    SlackMessageUpdate? Update = null,
    string? ThreadTs = null,
    string? DeliveryId = null);
