using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Bot.Slack;

/// <summary>Replies a turn produced, waiting to be posted to the user's DM.</summary>
/// <param name="Item">The work that produced them (its <c>response_url</c> is where a failed delivery is reported).</param>
/// <param name="Context">The user's resolved DM channel.</param>
/// <param name="Replies">What to post, in order.</param>
internal sealed record SlackDelivery(SlackWorkItem Item, SlackUserContext Context, IReadOnlyList<Reply> Replies);
