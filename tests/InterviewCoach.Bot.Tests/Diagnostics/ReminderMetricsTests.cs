using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Reminders;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewCoach.Bot.Tests.Diagnostics;

/// <summary>The reminder counters an operator's dashboard reads: due rows found, reminders delivered, reminders given up on.</summary>
[Collection(SharedAzurite.Name)]
public sealed class ReminderMetricsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task APollCountsTheDueRemindersTheOnesDeliveredAndTheOnesGivenUpOn()
    {
        ReminderRig rig = await ReminderRig.CreateAsync(azurite, new RemindersOptions { MaxAttempts = 1 });
        await rig.Scheduler.ScheduleAsync("msteams/t/29:delivered", [ReminderRig.Request("a", ReminderRig.Tuesday), ReminderRig.Request("b", ReminderRig.Tuesday)]);
        await rig.Scheduler.ScheduleAsync("msteams/t/29:unreachable", [ReminderRig.Request("c", ReminderRig.Tuesday)]);
        await rig.Scheduler.ScheduleAsync("msteams/t/29:later", [ReminderRig.Request("d", ReminderRig.Tuesday.AddDays(1))]);
        var delivery = new RecordingDelivery((user, _, _) => Task.FromResult(user.EndsWith(":unreachable", StringComparison.Ordinal)
            ? ReminderDeliveryOutcome.Failed("HTTP 403")
            : ReminderDeliveryOutcome.Delivered));
        using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        IMeterFactory meters = services.GetRequiredService<IMeterFactory>();
        using var recorded = new RecordedCounters(meters);
        var dispatcher = new ReminderDispatcher(
            rig.Store, [delivery], rig.Scheduler, Microsoft.Extensions.Options.Options.Create(rig.Options), rig.Clock,
            NullLogger<ReminderDispatcher>.Instance, meters: meters);

        await ReminderRig.DrainAsync(dispatcher);

        Assert.Equal(
            (3L, 2L, 1L),
            (recorded.Total(CoachTelemetry.RemindersDue), recorded.Total(CoachTelemetry.RemindersSent), recorded.Total(CoachTelemetry.RemindersFailed)));
    }

    /// <summary>Sums each counter of this test's meter factory (other tests' hosts publish under the same meter name).</summary>
    private sealed class RecordedCounters : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

        public RecordedCounters(IMeterFactory scope)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, scope))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
            _listener.Start();
        }

        public long Total(string name) => _totals.GetValueOrDefault(name);

        public void Dispose() => _listener.Dispose();
    }
}
