using InterviewCoach.Bot.Teams.Schema;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Teams;

/// <summary>
/// Turns the engine's channel-neutral replies into outbound message activities (unaddressed: the caller sets
/// conversation, from, recipient). Text is markdown; a choice of up to three buttons becomes suggested actions
/// (<c>imBack</c> with the button title, which the choice recognizer accepts); longer or multi-select choices, cards
/// and forms become Adaptive Cards. Card activities carry no text: Teams splits text + card into two messages.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages</remarks>
internal static class TeamsReplyRenderer
{
    /// <summary>Teams shows the first three suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    /// <summary>The activities for a batch of replies, consecutive text joined (<see cref="TeamsReplyMerger"/>).</summary>
    public static IReadOnlyList<Activity> Render(IReadOnlyList<Reply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        replies = TeamsReplyMerger.Merge(replies);
        var activities = new List<Activity>(replies.Count);
        foreach (Reply reply in replies)
        {
            activities.Add(Render(reply));
        }

        return activities;
    }

    public static Activity Render(Reply reply) => reply switch
    {
        TextReply text => Message(text.Markdown),
        ChoiceReply { MultiSelect: false, Buttons.Count: > 0 and <= MaxSuggestedActions } choice => Message(choice.Markdown) with
        {
            SuggestedActions = new SuggestedActions
            {
                Actions = [.. choice.Buttons.Select(b => new CardAction { Type = CardAction.ImBack, Title = b.Title, Value = b.Title })],
            },
        },
        ChoiceReply { Buttons.Count: 0 } choice => Message(choice.Markdown),
        ChoiceReply choice => CardMessage(AdaptiveCards.ForChoices(choice), reply),
        CardReply card => CardMessage(AdaptiveCards.ForCard(card), reply),
        FormReply form => CardMessage(AdaptiveCards.ForForm(form), reply),
        _ => Message(reply.ToPlainText()),
    };

    private static Activity Message(string markdown) => new()
    {
        Type = ActivityTypes.Message,
        Text = markdown,
        TextFormat = "markdown",
        InputHint = "acceptingInput",
    };

    private static Activity CardMessage(System.Text.Json.Nodes.JsonObject card, Reply reply) => new()
    {
        Type = ActivityTypes.Message,
        Summary = AdaptiveCards.Summary(reply),
        InputHint = "acceptingInput",
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    };
}
