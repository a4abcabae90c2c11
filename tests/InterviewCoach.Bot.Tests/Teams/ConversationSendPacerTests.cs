using InterviewCoach.Bot.Teams;

namespace InterviewCoach.Bot.Tests.Teams;

public sealed class ConversationSendPacerTests
{
    private static readonly DateTimeOffset s_start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SevenSendsInASecondGoAtOnceAndTheEighthWaitsForTheFirstToAge()
    {
        var pacer = new ConversationSendPacer();
        for (int i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, pacer.Delay(s_start));
            pacer.Record(s_start);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), pacer.Delay(s_start));
    }

    [Fact]
    public void SixtyInThirtySecondsAndEighteenHundredInAnHourAreRespected()
    {
        var pacer = new ConversationSendPacer();
        DateTimeOffset at = s_start;
        for (int i = 0; i < 60; i++)
        {
            at += pacer.Delay(at);
            pacer.Record(at);
        }

        Assert.True(at - s_start < TimeSpan.FromSeconds(30));
        Assert.Equal(s_start + TimeSpan.FromSeconds(30), at + pacer.Delay(at));

        for (int i = 60; i < 1800; i++)
        {
            at += pacer.Delay(at);
            pacer.Record(at);
        }

        Assert.Equal(s_start + TimeSpan.FromHours(1), at + pacer.Delay(at));
    }
}
