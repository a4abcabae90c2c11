using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>The cache of recent texts' vectors keeps a few, briefly, and never hands out its own arrays.</summary>
public sealed class SentenceVectorCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ATextIsForgottenOnceItsTimeIsUp()
    {
        var cache = new SentenceVectorCache(8, TimeSpan.FromMinutes(2), _clock);
        cache.Add("my name is Sam", [1f, 2f]);

        _clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal([1f, 2f], cache.Get("my name is Sam")!);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(cache.Get("my name is Sam"));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void TheOldestTextMakesRoomForANewOne()
    {
        var cache = new SentenceVectorCache(2, TimeSpan.FromMinutes(2), _clock);
        cache.Add("one", [1f]);
        cache.Add("two", [2f]);
        cache.Add("three", [3f]);

        Assert.Null(cache.Get("one"));
        Assert.Equal([2f], cache.Get("two")!);
        Assert.Equal([3f], cache.Get("three")!);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void CallersGetCopies()
    {
        var cache = new SentenceVectorCache(2, TimeSpan.FromMinutes(2), _clock);
        float[] stored = [1f, 2f];
        cache.Add("text", stored);
        stored[0] = 9f;
        cache.Get("text")![1] = 9f;

        Assert.Equal([1f, 2f], cache.Get("text")!);
    }
}
