using System.Text.Json;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Work accepted by a Slack endpoint and done after its 200 went out. Made only by the factory for its source
/// (<see cref="FromCommand"/>, <see cref="FromMessage"/>, <see cref="FromInteraction"/>, <see cref="HomeOpened"/>,
/// <see cref="Post"/>), so each kind carries exactly what its source gave.
/// </summary>
internal sealed record SlackWorkItem
{
    private SlackWorkItem(SlackWorkKind kind, UserAddress user, DateTimeOffset receivedAt)
    {
        Kind = kind;
        User = user;
        ReceivedAt = receivedAt;
    }

    /// <summary>What to do.</summary>
    public SlackWorkKind Kind { get; }

    /// <summary>Whose turn it is.</summary>
    public UserAddress User { get; }

    /// <summary>When the request arrived.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The turn's text (a command keyword or a DM).</summary>
    public string? Text { get; private init; }

    /// <summary>A button or form payload.</summary>
    public JsonElement? Value { get; private init; }

    /// <summary>Our DM channel with the user when the request told us (App Home, DM events, presses in the DM).</summary>
    public string? KnownChannel { get; private init; }

    /// <summary>Where to tell the user if delivery fails for good (slash commands, message buttons).</summary>
    public Uri? ResponseUrl { get; private init; }

    /// <summary>An interaction's trigger, to open a modal if the turn asks for a form within 3 seconds.</summary>
    public string? TriggerId { get; private init; }

    /// <summary>Replies to post, for <see cref="SlackWorkKind.Post"/>.</summary>
    public IReadOnlyList<Reply>? Replies { get; private init; }

    /// <summary>The message to update once the press is taken (buttons replaced by the answer).</summary>
    public SlackMessageUpdate? Update { get; private init; }

    /// <summary>The DM thread the user wrote in; replies go into it.</summary>
    public string? ThreadTs { get; private init; }

    /// <summary>A DM event's id, so the conversation drops a redelivery (Slack's retry, on any instance) once handled.</summary>
    public string? DeliveryId { get; private init; }

    /// <summary>A slash command: a turn with the command's keyword (see <see cref="SlackCommandRouter"/>).</summary>
    public static SlackWorkItem FromCommand(SlackCommand command, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new SlackWorkItem(SlackWorkKind.Turn, new UserAddress(SlackProactiveSender.ChannelName, command.TeamId, command.UserId), receivedAt)
        {
            Text = SlackCommandRouter.Route(command.Text),
            ResponseUrl = command.ResponseUrl,
            TriggerId = command.TriggerId,
        };
    }

    /// <summary>A direct message to the bot: a turn with its text, answered in its thread, dropped if Slack delivers it again.</summary>
    public static SlackWorkItem FromMessage(string team, string eventId, SlackEvent message, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.User);
        return new SlackWorkItem(SlackWorkKind.Turn, new UserAddress(SlackProactiveSender.ChannelName, team, message.User), receivedAt)
        {
            Text = message.Text ?? string.Empty,
            KnownChannel = NullIfEmpty(message.Channel),
            // A message in a DM thread is answered in that thread (thread_ts is the thread's parent), so it reads as answered.
            ThreadTs = message.ThreadTs is { Length: > 0 and <= SlackIds.MaxLength } threadTs ? threadTs : null,
            DeliveryId = eventId.Length > 0 ? "slack-event:" + eventId : null,
        };
    }

    /// <summary>A press of one of our buttons or form submits: a turn with the text or value it stands for.</summary>
    public static SlackWorkItem FromInteraction(UserAddress user, SlackInteraction interaction, string? text, JsonElement? value, SlackMessageUpdate? update, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return new SlackWorkItem(SlackWorkKind.Turn, user, receivedAt)
        {
            Text = text,
            Value = value,
            KnownChannel = interaction.Container?.DirectMessageChannel,
            ResponseUrl = Uri.TryCreate(interaction.ResponseUrl, UriKind.Absolute, out Uri? url) ? url : null,
            TriggerId = NullIfEmpty(interaction.TriggerId),
            Update = update,
        };
    }

    /// <summary>The user opened the app's Home: publish their Home tab.</summary>
    public static SlackWorkItem HomeOpened(string team, SlackEvent opened, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentException.ThrowIfNullOrEmpty(opened.User);
        return new SlackWorkItem(SlackWorkKind.PublishHome, new UserAddress(SlackProactiveSender.ChannelName, team, opened.User), receivedAt)
        {
            KnownChannel = NullIfEmpty(opened.Channel),
        };
    }

    /// <summary>Replies already produced (a modal submit's turn ran inline) to post to the user's DM.</summary>
    public static SlackWorkItem Post(UserAddress user, IReadOnlyList<Reply> replies, DateTimeOffset receivedAt) =>
        new(SlackWorkKind.Post, user, receivedAt) { Replies = replies };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
