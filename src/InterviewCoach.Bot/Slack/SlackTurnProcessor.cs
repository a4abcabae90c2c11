using System.Text.Json.Nodes;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Http;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Does the work behind an acknowledged Slack request: resolves the user's DM and time zone, runs the coaching turn
/// once, and posts the rendered replies. Web API failures are retried with backoff and jitter (a turn is never run
/// twice: only its delivery is retried, and a post that may have landed is never repeated); when the last attempt fails
/// the user is told through the request's <c>response_url</c>.
/// </summary>
internal sealed partial class SlackTurnProcessor(
    CoachConversation conversation,
    UserSeenRecorder seen,
    SlackUserDirectory directory,
    SlackWorkspaces workspaces,
    SlackHomePublisher home,
    IChatApi chat,
    IViewsApi views,
    IFilesApi files,
    SlackApiClient client,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackTurnProcessor> logger)
{
    internal const string DeliveryFailedText = "Sorry, I couldn't reach you in our direct messages just now, so my last reply was lost. Please try `/coach` again in a minute.";

    private static readonly ResiliencePropertyKey<UserAddress> s_user = new("coach.slack.user");
    private static readonly ResiliencePropertyKey<bool> s_idempotent = new("coach.slack.idempotent");
    private static readonly ResiliencePropertyKey<int> s_retries = new("coach.slack.retries");

    private ResiliencePipeline? _deliveryPipeline;

    // Slack's trigger_id lives 3 seconds; leave room for the views.open round trip.
    private static readonly TimeSpan s_triggerLifetime = TimeSpan.FromMilliseconds(2500);

    /// <summary>Runs the item and then delivers what it produced.</summary>
    public async Task ProcessAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        if (await RunAsync(item, cancellationToken).ConfigureAwait(false) is { } delivery)
        {
            await DeliverAsync(delivery, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The part that needs a worker: resolves the user, runs the turn (or publishes the Home tab) and opens a modal
    /// while the trigger is fresh. Returns what remains to post, which waits on the channel's pacing and Slack's retries
    /// and so is done by <see cref="DeliverAsync"/> without a worker.
    /// </summary>
    public async Task<SlackDelivery?> RunAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        using System.Diagnostics.Activity? span = Diagnostics.CoachTelemetry.Source.StartActivity("slack turn");
        span?.SetTag("coach.slack.work", item.Kind.ToString());
        if (!workspaces.IsActive(item.User.Tenant))
        {
            Log.WorkspaceGone(logger, item.Kind);
            return null;
        }

        SlackUserContext? context = await WithRetriesAsync(
            "resolve", ct => directory.ResolveAsync(item.User, item.KnownChannel, ct), item.User, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            await TellUserAsync(item, cancellationToken).ConfigureAwait(false);
            return null;
        }

        bool newUser = await RefreshReferenceAsync(context, cancellationToken).ConfigureAwait(false);
        switch (item.Kind)
        {
            case SlackWorkKind.PublishHome:
                await WithRetriesAsync("views.publish", ct => home.PublishAsync(item.User, ct), item.User, cancellationToken).ConfigureAwait(false);
                return null;
            case SlackWorkKind.Post:
                return new SlackDelivery(item, context, item.Replies ?? []);
            default:
                await UpdatePressedMessageAsync(item.Update, cancellationToken).ConfigureAwait(false);
                TurnResult result = await conversation.HandleAsync(
                    CoachConversation.Input(item.User, item.Text, item.Value, locale: null, context.TimeZoneId, item.DeliveryId, context.RealName), cancellationToken, newUser).ConfigureAwait(false);
                await OpenModalIfFreshAsync(item, result.Replies, cancellationToken).ConfigureAwait(false);
                return new SlackDelivery(item, context, result.Replies);
        }
    }

    internal const string FileAsTextLead = "I couldn't attach it as a file just now, so here it is as text:";

    /// <summary>
    /// Posts rendered replies to the user's DM, in order and paced; each message retried on its own so nothing is posted
    /// twice. A file (a data export) is uploaded into the DM; if the upload fails it is posted as text instead.
    /// </summary>
    public async Task DeliverAsync(SlackDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        (SlackWorkItem item, SlackUserContext context, IReadOnlyList<Reply> replies) = delivery;
        string? threadTs = item.ThreadTs;
        bool reopened = false;
        var pending = new List<Reply>();
        foreach (Reply reply in replies)
        {
            if (reply is not FileReply file)
            {
                pending.Add(reply);
                continue;
            }

            if (!await PostBatchAsync(pending).ConfigureAwait(false))
            {
                return;
            }

            pending.Clear();
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(file.Content);
            string? uploaded = workspaces.IsActive(item.User.Tenant)
                ? await WithRetriesAsync("files.upload", ct => files.UploadAsync(context.Channel, file.FileName, file.FileName, bytes, file.Summary, threadTs, ct), item.User, cancellationToken, idempotent: false).ConfigureAwait(false)
                : null;
            if (uploaded is null)
            {
                pending.AddRange(FileReplyFallback.AsText(file, FileAsTextLead, 2800));
            }
        }

        await PostBatchAsync(pending).ConfigureAwait(false);

        async Task<bool> PostBatchAsync(IReadOnlyList<Reply> batch)
        {
            if (batch.Count == 0)
            {
                return true;
            }

            foreach (SlackMessage message in SlackBlockKit.RenderMessages(batch))
            {
                if (!await PostOneAsync(message).ConfigureAwait(false))
                {
                    return false;
                }
            }

            return true;
        }

        async Task<bool> PostOneAsync(SlackMessage message)
        {
            if (!workspaces.IsActive(item.User.Tenant))
            {
                // Uninstalled while this turn's replies were going out: stop at once.
                Log.WorkspaceGone(logger, item.Kind);
                return false;
            }

            SlackPostedMessage? posted = await WithRetriesAsync(
                "chat.postMessage",
                async ct =>
                {
                    try
                    {
                        return await PostAsync(context, message, threadTs, ct).ConfigureAwait(false);
                    }
                    catch (SlackApiException ex) when (ex.ErrorCode == "channel_not_found" && !reopened)
                    {
                        // The remembered DM is gone: open it again once (a thread in the old channel no longer applies).
                        reopened = true;
                        threadTs = null;
                        context = await directory.ReopenAsync(item.User, ct).ConfigureAwait(false);
                        Log.Reopened(logger);
                        await RefreshReferenceAsync(context, ct).ConfigureAwait(false);
                        return await PostAsync(context, message, null, ct).ConfigureAwait(false);
                    }
                },
                item.User,
                cancellationToken,
                idempotent: false).ConfigureAwait(false);
            if (posted is null)
            {
                if (workspaces.IsActive(item.User.Tenant))
                {
                    await TellUserAsync(item, cancellationToken).ConfigureAwait(false);
                }

                return false;
            }

            return true;
        }
    }

    private async Task<SlackPostedMessage> PostAsync(SlackUserContext context, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        try
        {
            return await chat.PostMessageAsync(context.Channel, message.Text, message.Blocks, threadTs, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex) when (ex.ErrorCode is "invalid_blocks" or "msg_blocks_too_long" or "invalid_blocks_format")
        {
            // A rendering Slack refuses must not cost the user the reply: send the plain text instead.
            Log.BlocksRefused(logger, ex.ErrorCode);
            return await chat.PostMessageAsync(context.Channel, message.Text, null, threadTs, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpdatePressedMessageAsync(SlackMessageUpdate? update, CancellationToken cancellationToken)
    {
        if (update is null)
        {
            return;
        }

        try
        {
            await chat.UpdateAsync(update.Channel, update.Ts, update.Text, update.Blocks, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException)
        {
            // Cosmetic: the answer is what matters, and it is taken either way.
            Log.UpdateFailed(logger, (ex as SlackApiException)?.ErrorCode ?? ex.GetType().Name);
        }
    }

    private async Task OpenModalIfFreshAsync(SlackWorkItem item, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (item.TriggerId is null || time.GetUtcNow() - item.ReceivedAt > s_triggerLifetime)
        {
            return;
        }

        FormReply? form = replies.OfType<FormReply>().FirstOrDefault(f => !SlackBlockKit.IsPickerForm(f));
        if (form is null)
        {
            return;
        }

        try
        {
            await views.OpenAsync(item.TriggerId, SlackBlockKit.RenderModal(form), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex)
        {
            // The DM still carries an "Open the form" button.
            Log.ModalNotOpened(logger, ex.ErrorCode);
        }
    }

    /// <summary>Stores the user's reference; true when that created their row (a new user: no dialog state to read yet).</summary>
    private async Task<bool> RefreshReferenceAsync(SlackUserContext context, CancellationToken cancellationToken)
    {
        var created = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await seen.RecordAsync(context.User, SlackUserDirectory.CreatePayload(context), context.TimeZoneId, cancellationToken, created).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException ex)
        {
            Log.ReferenceNotStored(logger, ex.Status);
        }

        created.TrySetResult(false);
        return await created.Task.ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a Web API step through <see cref="DeliveryPipeline"/>; null when it failed for good (the failure logged, and
    /// a revoked token marks the workspace inactive). Steps that are not <paramref name="idempotent"/> (posting a
    /// message, uploading a file) are not repeated after a timeout or a connection lost mid-call, which may have landed.
    /// </summary>
    private async Task<T?> WithRetriesAsync<T>(string operation, Func<CancellationToken, Task<T>> action, UserAddress user, CancellationToken cancellationToken, bool idempotent = true)
        where T : class
    {
        ResilienceContext context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        context.Properties.Set(s_user, user);
        context.Properties.Set(s_idempotent, idempotent);
        try
        {
            string error;
            try
            {
                return await DeliveryPipeline.ExecuteAsync(static async (ctx, step) => await step(ctx.CancellationToken).ConfigureAwait(false), context, action).ConfigureAwait(false);
            }
            catch (SlackApiException ex) when (ex.MeansTokenRevoked)
            {
                // Final: the token is dead for the whole workspace, so retrying cannot help.
                Log.GaveUp(logger, operation, ex.ErrorCode, Attempts(context));
                await workspaces.MarkInactiveAsync(user.Tenant, ex.ErrorCode, cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (Exception ex) when (ex is SlackApiException or HttpRequestException or Azure.RequestFailedException
                || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (ex is SlackApiException { MeansUnreachable: true })
                {
                    // The cached DM channel may be stale: the user's next turn opens it again.
                    directory.Forget(user);
                }

                error = Describe(ex);
            }

            Log.GaveUp(logger, operation, error, Attempts(context));
            return null;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static int Attempts(ResilienceContext context) => context.Properties.GetValue(s_retries, 0) + 1;

    /// <summary>
    /// Delivery's retry: up to <see cref="SlackOptions.DeliveryAttempts"/> tries in all, exponential backoff with jitter
    /// from <see cref="SlackOptions.DeliveryRetryDelay"/>, or Slack's Retry-After when it gave one (at most
    /// <see cref="SlackOptions.MaxRetryAfter"/>). Retried: Slack's transient errors, an unreachable DM (its cached
    /// channel is forgotten, so the next try opens it again), storage failures while resolving, and network failures
    /// and timeouts of idempotent steps.
    /// </summary>
    private ResiliencePipeline DeliveryPipeline => _deliveryPipeline ??= CreateDeliveryPipeline();

    private ResiliencePipeline CreateDeliveryPipeline()
    {
        SlackOptions settings = options.Value;
        var builder = new ResiliencePipelineBuilder();
        if (settings.DeliveryAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.DeliveryAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.DeliveryRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome.Exception, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is SlackApiException { RetryAfter: { } asked } && asked > TimeSpan.Zero
                        ? (TimeSpan?)(asked < settings.MaxRetryAfter ? asked : settings.MaxRetryAfter)
                        : null),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is SlackApiException { MeansUnreachable: true } && args.Context.Properties.TryGetValue(s_user, out UserAddress? user))
                    {
                        // A cached DM channel may be stale: open it again on the next attempt.
                        directory.Forget(user);
                    }

                    args.Context.Properties.Set(s_retries, args.AttemptNumber + 1);
                    Log.Retrying(logger, args.Context.OperationKey ?? string.Empty, Describe(args.Outcome.Exception), args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    private static bool ShouldRetry(Exception? exception, ResilienceContext context)
    {
        bool idempotent = context.Properties.GetValue(s_idempotent, true);
        return exception switch
        {
            SlackApiException ex => !ex.MeansTokenRevoked && (ex.IsTransient || ex.MeansUnreachable),
            HttpRequestException ex => idempotent || !OutboundFailures.MayHaveLanded(ex),
            Azure.RequestFailedException => true,
            TaskCanceledException => idempotent && !context.CancellationToken.IsCancellationRequested,
            _ => false,
        };
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SlackApiException ex => ex.ErrorCode,
        Azure.RequestFailedException ex => "storage_" + ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TaskCanceledException => "timeout",
        null => "none",
        _ => exception.GetType().Name,
    };

    private async Task TellUserAsync(SlackWorkItem item, CancellationToken cancellationToken)
    {
        if (item.ResponseUrl is null)
        {
            Log.Undelivered(logger, item.Kind);
            return;
        }

        var message = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = DeliveryFailedText };
        try
        {
            await client.PostToResponseUrlAsync(item.ResponseUrl, message, cancellationToken).ConfigureAwait(false);
            Log.UserTold(logger, item.Kind);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TaskCanceledException)
        {
            Log.Undelivered(logger, item.Kind);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Slack {Operation} failed ({Error}), attempt {Attempt}; retrying in {Delay}")]
        public static partial void Retrying(ILogger logger, string operation, string error, int attempt, TimeSpan delay);

        [LoggerMessage(2, LogLevel.Error, "Slack {Operation} failed ({Error}) after {Attempts} attempt(s); giving up")]
        public static partial void GaveUp(ILogger logger, string operation, string error, int attempts);

        [LoggerMessage(3, LogLevel.Warning, "Slack {Kind} work not delivered; the user was told through the response_url")]
        public static partial void UserTold(ILogger logger, SlackWorkKind kind);

        [LoggerMessage(4, LogLevel.Error, "Slack {Kind} work not delivered and the user could not be told (no usable response_url)")]
        public static partial void Undelivered(ILogger logger, SlackWorkKind kind);

        [LoggerMessage(5, LogLevel.Warning, "Slack refused our blocks ({Error}); sent the plain text instead")]
        public static partial void BlocksRefused(ILogger logger, string error);

        [LoggerMessage(6, LogLevel.Information, "Slack modal not opened ({Error}); the DM has a button to open it")]
        public static partial void ModalNotOpened(ILogger logger, string error);

        [LoggerMessage(8, LogLevel.Information, "Slack chat.update of a pressed message failed ({Error})")]
        public static partial void UpdateFailed(ILogger logger, string error);

        [LoggerMessage(10, LogLevel.Information, "Slack {Kind} work dropped: the workspace uninstalled the app")]
        public static partial void WorkspaceGone(ILogger logger, SlackWorkKind kind);

        [LoggerMessage(9, LogLevel.Information, "Slack DM channel not found; opened the DM again")]
        public static partial void Reopened(ILogger logger);

        [LoggerMessage(7, LogLevel.Warning, "Slack conversation reference not stored (status {Status}); reminders may not reach this user yet")]
        public static partial void ReferenceNotStored(ILogger logger, int status);
    }
}
