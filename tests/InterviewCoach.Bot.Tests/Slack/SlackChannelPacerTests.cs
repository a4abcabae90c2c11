using InterviewCoach.Bot.Slack;
using InterviewCoach.Dialogs.Testing;
using Microsoft.Extensions.Options;

namespace InterviewCoach.Bot.Tests.Slack;

public sealed class SlackChannelPacerTests
{
    [Fact]
    public void ABurstGoesOutAtOnceThenPostsAreSpacedAboutOneSecondPerChannel()
    {
        var clock = new FakeTimeProvider();
        var pacer = new SlackChannelPacer(Options.Create(new SlackOptions { ChannelBurst = 3, MessagesPerSecondPerChannel = 1 }), clock);

        TimeSpan[] waits = [.. Enumerable.Range(0, 6).Select(_ => pacer.Reserve("D1"))];

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3)], waits);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("D2"));
    }

    [Fact]
    public void AQuietChannelGetsItsBurstBack()
    {
        var clock = new FakeTimeProvider();
        var pacer = new SlackChannelPacer(Options.Create(new SlackOptions { ChannelBurst = 2 }), clock);
        pacer.Reserve("D1");
        pacer.Reserve("D1");
        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Reserve("D1"));

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("D1"));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("D1"));
    }
}
