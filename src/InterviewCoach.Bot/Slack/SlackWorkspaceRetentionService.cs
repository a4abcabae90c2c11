using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Conversations.Proactive;
using InterviewCoach.Bot.Conversations.Turns;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Erases the data of Slack workspaces that uninstalled the app (or revoked its token) once
/// <see cref="SlackOptions.UninstalledDataRetention"/> has passed: for every user of the workspace, their records,
/// reminders, conversation state and reference, kept replies and file offers, as "delete my data" does. Runs at start-up and every
/// <see cref="SlackOptions.RetentionCheckInterval"/>, with a log line each run.
/// </summary>
internal sealed partial class SlackWorkspaceRetentionService(
    SlackWorkspaces workspaces,
    ConversationReferenceStore references,
    IUserRecordStore records,
    ReminderUserData reminderData,
    IDialogStateStore dialogStates,
    CoachConversation conversation,
    UndeliveredReplies undelivered,
    Teams.PendingFileUploads pendingFiles,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackWorkspaceRetentionService> logger,
    StorageReadiness? readiness = null) : BackgroundService
{
    private const string Channel = "slack";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (readiness is not null)
        {
            // On a first start the tables do not exist yet.
            await readiness.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        using var timer = new PeriodicTimer(options.Value.RetentionCheckInterval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException)
            {
                Log.RunFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One pass: erases every workspace whose retention has run out; returns how many users were erased.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        TimeSpan retention = options.Value.UninstalledDataRetention;
        DateTimeOffset cutoff = time.GetUtcNow() - retention;
        IReadOnlyList<SlackWorkspaceEntity> pending = await workspaces.LoadAsync(cancellationToken).ConfigureAwait(false);
        int erasedWorkspaces = 0;
        int erasedUsers = 0;
        foreach (SlackWorkspaceEntity workspace in pending.Where(w => w.InactiveSince <= cutoff))
        {
            if (workspaces.IsActive(TableKey.Decode(workspace.RowKey)))
            {
                continue;
            }

            foreach (UserAddress user in await references.ListAsync(Channel, TableKey.Decode(workspace.RowKey), cancellationToken).ConfigureAwait(false))
            {
                await EraseUserAsync(user, cancellationToken).ConfigureAwait(false);
                erasedUsers++;
            }

            await workspaces.MarkErasedAsync(workspace, cancellationToken).ConfigureAwait(false);
            erasedWorkspaces++;
        }

        Log.Ran(logger, pending.Count, erasedWorkspaces, erasedUsers, retention);
        return erasedUsers;
    }

    private async Task EraseUserAsync(UserAddress user, CancellationToken cancellationToken)
    {
        string key = user.Key;
        await records.DeleteAllAsync(key, cancellationToken).ConfigureAwait(false);
        await reminderData.EraseAsync(key, cancellationToken).ConfigureAwait(false);
        await dialogStates.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        conversation.Forget(user);
        await undelivered.ForgetAsync(key, cancellationToken).ConfigureAwait(false);
        await pendingFiles.ForgetAsync(key, cancellationToken).ConfigureAwait(false);

        // The reference goes last: it is how the next run finds the users still to erase.
        await references.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Slack retention run: {Pending} uninstalled workspace(s) waiting, {Workspaces} erased ({Users} user(s)) after {Retention}")]
        public static partial void Ran(ILogger logger, int pending, int workspaces, int users, TimeSpan retention);

        [LoggerMessage(2, LogLevel.Warning, "Slack retention run failed ({Error}); next run retries")]
        public static partial void RunFailed(ILogger logger, string error);
    }
}
