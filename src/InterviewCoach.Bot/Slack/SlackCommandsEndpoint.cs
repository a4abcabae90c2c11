using System.Text.Json.Nodes;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// <c>POST /api/slack/commands</c>, behind <see cref="SlackSignatureFilter"/>: reads the <see cref="SlackCommand"/>,
/// queues its turn and acknowledges at once with an ephemeral line; the coach continues in the user's DM.
/// </summary>
internal sealed partial class SlackCommandsEndpoint(SlackWorkQueue queue, TimeProvider time, ILogger<SlackCommandsEndpoint> logger)
{
    internal const string ContinuingText = "On it! I'll continue in our direct messages.";
    internal const string BusyText = "I'm busy right now and couldn't take that. Please try again in a minute.";
    internal const string BacklogText = "I'm still working through your earlier requests, so I didn't take this one. Please wait for my replies, then try again.";

    public IResult Handle(SlackRequestBody body)
    {
        if (SlackCommand.Read(body) is not { } command)
        {
            return TypedResults.BadRequest();
        }

        var work = SlackWorkItem.FromCommand(command, time.GetUtcNow());
        SlackEnqueueResult queued = queue.TryEnqueue(work);
        Log.Command(logger, work.Text!, queued);
        if (queued != SlackEnqueueResult.Accepted)
        {
            Log.QueueFull(logger, queued);
        }

        string answer = queued switch
        {
            SlackEnqueueResult.Accepted => ContinuingText,
            SlackEnqueueResult.UserBacklogFull => BacklogText,
            _ => BusyText,
        };
        return TypedResults.Json(new JsonObject { ["response_type"] = "ephemeral", ["text"] = answer });
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Slack command routed to {Keyword}; queued: {Queued}")]
        public static partial void Command(ILogger logger, string keyword, SlackEnqueueResult queued);

        [LoggerMessage(2, LogLevel.Warning, "Slack command refused ({Reason}); its turn was not queued")]
        public static partial void QueueFull(ILogger logger, SlackEnqueueResult reason);
    }
}
