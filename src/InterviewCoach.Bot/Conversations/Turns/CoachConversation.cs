using System.Diagnostics;
using System.Text.Json;
using Azure;
using InterviewCoach.Bot.Conversations.Privacy;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Coaching;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>
/// The channel-neutral middle of every turn: maps a <see cref="ChannelTurn"/> to the engine, runs it (one conditional
/// state write; the read is skipped when this instance holds the state from the previous turn) and returns replies.
/// When storage fails the user gets a short apology and nothing half-done is kept.
/// </summary>
public sealed partial class CoachConversation : IDisposable
{
    private static readonly Reply s_storageApology = new TextReply(
        "Sorry, I can't reach my notes right now, so I didn't keep that answer. Please send it again in a minute.");

    private readonly DialogRunner _runner;
    private readonly CoachConversationOptions _options;
    private readonly ILogger<CoachConversation> _logger;
    private readonly MemoryCache? _states;
    private readonly IDialogStateStore _store;
    private readonly PendingErasures _erasures;
    private readonly TurnMeter _meter;
    private readonly TimeProvider _time;

    public CoachConversation(
        DialogRunner runner,
        IDialogStateStore store,
        PendingErasures erasures,
        IOptions<CoachConversationOptions> options,
        ILogger<CoachConversation> logger,
        TurnMeter? meter = null,
        TimeProvider? time = null)
    {
        _meter = meter ?? new TurnMeter();
        _time = time ?? TimeProvider.System;
        _runner = runner;
        _store = store;
        _erasures = erasures;
        _options = options.Value;
        _logger = logger;
        if (_options.StateCacheSize > 0)
        {
            _states = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.StateCacheSize });
        }
    }

    public async Task<CoachTurnResponse> HandleAsync(ChannelTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        string key = turn.User.Key;
        var input = new TurnInput
        {
            ConversationKey = key,
            UserKey = key,
            Text = turn.Text,
            Value = CommandButtons.TryConvert(turn.Value, CoachDialogs.Commands, out JsonElement start) ? start : turn.Value,
            Locale = string.IsNullOrWhiteSpace(turn.Locale) ? "en-US" : turn.Locale,
            TimeZone = ResolveTimeZone(turn.TimeZoneId),
            InputId = turn.DeliveryId,
            DisplayName = DisplayNames.Usable(turn.DisplayName),
        };

        using Activity? span = CoachTelemetry.Source.StartActivity("coach turn");
        long started = _time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.TurnTimeout);
        StoredDialogState? known = _states?.Get<StoredDialogState>(key);
        span?.SetTag("coach.channel", TurnMeter.KnownChannel(turn.User.Channel));
        span?.SetTag("coach.state.cached", known is not null);
        try
        {
            TurnResult result = await _runner.RunTurnAsync(input, known, timeout.Token).ConfigureAwait(false);
            if (known is not null && !result.StateWritten && !result.Duplicate)
            {
                // No write means no ETag check: another instance may have moved the conversation on since this copy
                // was cached, and the answer was judged against an old step. One read tells; re-run only if it did.
                // (A turn with a delivery id always writes, and a duplicate's id is in the copy, so neither needs it.)
                StoredDialogState? current = await _store.ReadAsync(key, timeout.Token).ConfigureAwait(false);
                if (current?.ETag != known.ETag)
                {
                    result = await _runner.RunTurnAsync(input, current, timeout.Token).ConfigureAwait(false);
                }
            }

            if (_erasures.TryTake(key))
            {
                // The user deleted their data this turn: the state the runner just saved goes too.
                _states?.Remove(key);
                await _store.DeleteAsync(key, timeout.Token).ConfigureAwait(false);
            }
            else if (_states is not null && result.State is not null)
            {
                _states.Set(key, result.State, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
            }

            _meter.Handled();
            _meter.Record(turn.User.Channel, failed: false, _time.GetElapsedTime(started));
            span?.SetTag("coach.turn.status", result.Status.ToString());
            span?.SetTag("coach.turn.attempts", result.Attempts);
            span?.SetTag("coach.turn.duplicate", result.Duplicate);
            span?.SetTag("coach.state.written", result.StateWritten);
            Log.TurnHandled(_logger, turn.User.Channel, result.Status, result.Attempts, result.StateWritten);
            return new CoachTurnResponse(result.Replies, Saved: true, result.Duplicate);
        }
        catch (Exception ex) when (IsStorageFailure(ex, cancellationToken))
        {
            _states?.Remove(key);
            _meter.Failed();
            _meter.Record(turn.User.Channel, failed: true, _time.GetElapsedTime(started));
            span?.SetStatus(ActivityStatusCode.Error, "storage failed");
            span?.SetTag("error.type", ex.GetType().Name);
            Log.StorageFailed(_logger, turn.User.Channel, ex.GetType().Name, (ex as RequestFailedException)?.Status ?? 0);
            return new CoachTurnResponse([s_storageApology], Saved: false);
        }
    }

    /// <summary>Forgets this instance's copy of a conversation's state (after its data was deleted).</summary>
    public void Forget(UserAddress user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _states?.Remove(user.Key);
    }

    public void Dispose() => _states?.Dispose();

    private static bool IsStorageFailure(Exception ex, CancellationToken requestAborted) => ex switch
    {
        RequestFailedException or DialogTurnConflictException or HttpRequestException => true,
        OperationCanceledException => !requestAborted.IsCancellationRequested,
        _ => false,
    };

    internal static TimeZoneInfo ResolveTimeZone(string? timeZoneId)
    {
        if (!string.IsNullOrWhiteSpace(timeZoneId) && timeZoneId.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out TimeZoneInfo? zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "Turn on {Channel}: {Status} after {Attempts} attempt(s), state written: {Written}")]
        public static partial void TurnHandled(ILogger logger, string channel, DialogTurnStatus status, int attempts, bool written);

        [LoggerMessage(2, LogLevel.Warning, "Turn on {Channel} not kept: storage failed ({ExceptionType}, status {Status}); the user was asked to resend")]
        public static partial void StorageFailed(ILogger logger, string channel, string exceptionType, int status);
    }
}
