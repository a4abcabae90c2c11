using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// Collects the host's Error and Critical log entries, so work that fails after the HTTP answer (a Slack turn in the
/// worker, an unhandled exception) is seen even though the request itself was answered 200.
/// </summary>
public sealed class HostErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(HostErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || IsExpected(category, eventId))
            {
                return;
            }

            log._entries.Enqueue($"{category}[{eventId.Id}] {formatter(state, exception)} {exception?.GetType().Name}: {exception?.Message} {Where(exception)}");
        }

        // The innermost frames name the failing code; the rest of a trace is the hosting pipeline.
        private static string Where(Exception? exception) =>
            exception?.StackTrace is { } trace ? string.Join(" | ", trace.Split('\n', StringSplitOptions.TrimEntries).Take(4)) : string.Empty;

        // A reply the loopback connector refused (ids it cannot route) is logged and dropped, as with the real Connector.
        private static bool IsExpected(string category, EventId eventId) =>
            category == "InterviewCoach.Bot.Teams.TeamsOutbox" && eventId.Id == 3;
    }
}
