using System.Diagnostics.Metrics;
using InterviewCoach.Bot.Conversations;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Dialogs.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.Diagnostics;

/// <summary>The Slack queue-depth gauge an operator watches to see acknowledged work piling up behind the workers.</summary>
public sealed class SlackQueueMetricsTests
{
    [Fact]
    public void TheGaugeReportsAcknowledgedWorkWaitingAcrossUsersAndFallsAsWorkersTakeIt()
    {
        using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        IMeterFactory meters = services.GetRequiredService<IMeterFactory>();
        var queue = new SlackWorkQueue(Microsoft.Extensions.Options.Options.Create(new SlackOptions()), meters);
        using var gauge = new ObservedGauge(meters, CoachTelemetry.SlackQueueDepth);
        var ana = new UserAddress("slack", "T1", "UANA");
        var ben = new UserAddress("slack", "T1", "UBEN");

        long empty = gauge.Read();
        foreach (UserAddress user in new[] { ana, ana, ben })
        {
            Assert.Equal(SlackEnqueueResult.Accepted, queue.TryEnqueue(SlackWorkItem.Post(user, [new TextReply("hi")], DateTimeOffset.UnixEpoch)));
        }

        long queued = gauge.Read();
        Assert.True(queue.TryTake(ana.Key, out _));
        long afterOneTaken = gauge.Read();

        Assert.Equal((0L, 3L, 2L), (empty, queued, afterOneTaken));
    }

    /// <summary>Collects one observable gauge of this test's meter factory on demand (other hosts publish the same name).</summary>
    private sealed class ObservedGauge : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _last = -1;

        public ObservedGauge(IMeterFactory scope, string name)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter.Scope, scope) && instrument.Name == name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, value, _, _) => _last = value);
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => _last = value);
            _listener.Start();
        }

        public long Read()
        {
            _last = -1;
            _listener.RecordObservableInstruments();
            return _last;
        }

        public void Dispose() => _listener.Dispose();
    }
}
