using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
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
/// The channel-neutral middle of every turn: a channel adapter builds the engine's <see cref="TurnInput"/> with
/// <see cref="Input"/>; this runs it (one conditional state write; the read is skipped when this instance holds the
/// state from the previous turn) and returns the engine's <see cref="TurnResult"/>.
/// When storage fails the user gets a short apology and nothing half-done is kept.
/// </summary>
internal sealed partial class CoachConversation : IDisposable
{
    private static readonly IReadOnlyList<Reply> s_readingApology = [new TextReply(
        "Sorry, that took me too long to read, so I didn't keep it. Please send it again, in fewer words if you can.")];

    private static readonly Task<bool> s_newUser = Task.FromResult(true);
    private static readonly Task<bool> s_knownUser = Task.FromResult(false);

    private static readonly IReadOnlyList<Reply> s_storageApology = [new TextReply(
        "Sorry, I can't reach my notes right now, so I didn't keep that answer. Please send it again in a minute.")];

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

    /// <summary>
    /// The engine's input for a turn from <paramref name="user"/>, built once by the channel adapter: a pressed command
    /// button becomes a start payload, an unknown locale <c>en-US</c>, an unknown time zone UTC, and a display name is
    /// kept only when it is worth offering back.
    /// </summary>
    /// <param name="user">Who sent it: channel, tenant/team and user id (the key of the conversation and of all the user's data).</param>
    /// <param name="text">What the user typed, mentions stripped; null for a pure button press or form submit.</param>
    /// <param name="value">A button payload or card/modal submit (see the engine's ButtonPayload and FormReply conventions).</param>
    /// <param name="locale">The user's locale if the channel gave one.</param>
    /// <param name="timeZoneId">The user's IANA time zone if the channel gave one.</param>
    /// <param name="deliveryId">The channel's id for this delivery, so a redelivery is dropped; null if none.</param>
    /// <param name="displayName">The name the channel shows for the user, if any (offered, never stored unless picked).</param>
    /// <param name="opened">The user opened or installed the chat and typed nothing (see <see cref="TurnInput.Opened"/>).</param>
    public static TurnInput Input(UserAddress user, string? text, JsonElement? value, string? locale, string? timeZoneId, string? deliveryId = null, string? displayName = null, bool opened = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        var input = new TurnInput
        {
            ConversationKey = user.Key,
            UserKey = user.Key,
            Channel = user.Channel,
            Text = text,
            Value = value,
            Locale = string.IsNullOrWhiteSpace(locale) ? "en-US" : locale,
            TimeZone = ResolveTimeZone(timeZoneId),
            DeliveryId = deliveryId,
            DisplayName = DisplayNames.Usable(displayName),
            Opened = opened,
        };
        return CommandButtons.TryConvert(input.Choice, CoachDialogs.Commands, out JsonElement start) ? input with { Value = start } : input;
    }

    /// <summary>Runs the turn; on a storage failure the result is <see cref="TurnResult.NotSaved"/> with a short apology.</summary>
    /// <param name="input">The turn.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <param name="newUser">
    /// The turn just created the user's conversation reference, so no dialog state is expected: the read is skipped and
    /// the state inserted (a conflict, if there was state after all, re-reads and re-runs the turn).
    /// </param>
    public Task<TurnResult> HandleAsync(TurnInput input, CancellationToken cancellationToken, bool newUser = false) =>
        HandleAsync(input, newUser ? s_newUser : s_knownUser, cancellationToken);

    /// <summary>
    /// Runs the turn while the write of the user's conversation reference is still settling whether they are new. When
    /// this instance holds no state for the conversation and the answer is not in yet, the turn runs on the guess that
    /// they are (<see cref="FirstTurnGuess"/>): the state is inserted without a read, alongside the reference write.
    /// </summary>
    /// <param name="input">The turn.</param>
    /// <param name="newUser">Completes true when the reference write created the user's row, false otherwise.</param>
    /// <param name="cancellationToken">The request's token.</param>
    public async Task<TurnResult> HandleAsync(TurnInput input, Task<bool> newUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newUser);
        ArgumentNullException.ThrowIfNull(input);
        string key = input.ConversationKey;
        string channel = input.Channel ?? "unknown";

        using Activity? span = CoachTelemetry.Source.StartActivity("coach turn");
        long started = _time.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.TurnTimeout);
        StoredDialogState? known = _states?.Get<StoredDialogState>(key);
        span?.SetTag("coach.channel", TurnMeter.KnownChannel(channel));
        span?.SetTag("coach.state.cached", known is not null);
        try
        {
            TurnResult result = await RunAsync(input, known, newUser, span, timeout.Token).ConfigureAwait(false);

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
            _meter.Record(channel, failed: false, _time.GetElapsedTime(started));
            span?.SetTag("coach.turn.status", result.Status.ToString());
            span?.SetTag("coach.turn.attempts", result.Attempts);
            span?.SetTag("coach.turn.duplicate", result.Duplicate);
            span?.SetTag("coach.state.written", result.StateWritten);
            Log.TurnHandled(_logger, channel, result.Status, result.Attempts, result.StateWritten);
            return result;
        }
        catch (RegexMatchTimeoutException ex)
        {
            // A reading rule ran out of its time (a starved host, or text it reads badly): nothing was saved, so the
            // user is asked to send it again rather than left without an answer.
            Log.ReadingTimedOut(_logger, channel);
            return NotKept(key, channel, started, span, "reading timed out", ex, s_readingApology);
        }
        catch (Exception ex) when (IsStorageFailure(ex, cancellationToken))
        {
            Log.StorageFailed(_logger, channel, ex.GetType().Name, (ex as RequestFailedException)?.Status ?? 0);
            return NotKept(key, channel, started, span, "storage failed", ex, s_storageApology);
        }
    }

    /// <summary>A turn that kept nothing: this instance's copy is dropped (the store is the truth) and the user gets <paramref name="apology"/>.</summary>
    private TurnResult NotKept(string key, string channel, long started, Activity? span, string status, Exception ex, IReadOnlyList<Reply> apology)
    {
        _states?.Remove(key);
        _meter.Failed();
        _meter.Record(channel, failed: true, _time.GetElapsedTime(started));
        span?.SetStatus(ActivityStatusCode.Error, status);
        span?.SetTag("error.type", ex.GetType().Name);
        return TurnResult.NotSaved(apology);
    }

    private async ValueTask<TurnResult> RunAsync(TurnInput input, StoredDialogState? known, Task<bool> newUser, Activity? span, CancellationToken cancellationToken)
    {
        if (known is not null)
        {
            // The runner re-reads a cached copy itself when the turn wrote nothing (the stale-copy rule lives there).
            return await _runner.RunTurnAsync(input, known, cancellationToken).ConfigureAwait(false);
        }

        if (newUser.IsCompleted)
        {
            bool isNew = newUser.IsCompletedSuccessfully && newUser.Result;
            span?.SetTag("coach.user.new", isNew);
            return isNew
                ? await _runner.RunNewConversationTurnAsync(input, cancellationToken).ConfigureAwait(false)
                : await _runner.RunTurnAsync(input, null, cancellationToken).ConfigureAwait(false);
        }

        span?.SetTag("coach.user.guessed_new", true);
        try
        {
            using (FirstTurnGuess.Begin(newUser))
            {
                return await _runner.RunNewConversationTurnAsync(input, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (FirstTurnGuessWrongException)
        {
            // Nothing was changed: the turn wanted to write more than its state for a user who was known after all.
            span?.SetTag("coach.user.new", false);
            return await _runner.RunTurnAsync(input, null, cancellationToken).ConfigureAwait(false);
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

        [LoggerMessage(3, LogLevel.Warning, "Turn on {Channel} not kept: a reading rule timed out; the user was asked to resend")]
        public static partial void ReadingTimedOut(ILogger logger, string channel);

        [LoggerMessage(2, LogLevel.Warning, "Turn on {Channel} not kept: storage failed ({ExceptionType}, status {Status}); the user was asked to resend")]
        public static partial void StorageFailed(ILogger logger, string channel, string exceptionType, int status);
    }
}
