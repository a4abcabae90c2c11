using System.Text.Json;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Dialogs.Tests.Recognition;

public sealed class DateTimeRecognizerTests
{
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // Wednesday 2026-06-10 14:00 in New York (EDT, UTC-4).
    private static readonly DateTimeOffset s_now = new(2026, 6, 10, 18, 0, 0, TimeSpan.Zero);

    // Now is Wednesday 14:00 in New York.
    [Theory]
    [InlineData("wednesday at 4pm", "2026-06-10T16:00:00-04:00", true)]
    [InlineData("Wednesday 3:30pm", "2026-06-10T15:30:00-04:00", true)]
    [InlineData("wednesday at 10am", "2026-06-17T10:00:00-04:00", false)]
    [InlineData("wednesday at 2pm", "2026-06-17T14:00:00-04:00", false)]
    [InlineData("wednesday", "2026-06-17T00:00:00-04:00", false)]
    public void TodaysWeekdayIsTodayWhileItsTimeIsAheadAndNextWeekOtherwiseAndSaysWhich(string text, string expected, bool today)
    {
        Assert.True(DateTimeRecognizer.TryRecognize(text, s_now, s_newYork, out DateTimeResolution? result), text);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(today, result.WeekdayNamedToday);
    }

    [Theory]
    [InlineData("friday at 4pm")]
    [InlineData("this wednesday at 4pm")]
    [InlineData("next wednesday at 4pm")]
    [InlineData("today at 4pm")]
    public void OtherDaysLeaveTheWeekdayNoteUnset(string text)
    {
        Assert.True(DateTimeRecognizer.TryRecognize(text, s_now, s_newYork, out DateTimeResolution? result), text);
        Assert.Null(result.WeekdayNamedToday);
    }

    [Theory]
    [InlineData("2026-12-03", "2026-12-03T00:00:00-05:00", false)]
    [InlineData("2026-12-03 14:30", "2026-12-03T14:30:00-05:00", true)]
    [InlineData("2026-12-03T14:30", "2026-12-03T14:30:00-05:00", true)]
    [InlineData("2026-06-20T09:15", "2026-06-20T09:15:00-04:00", true)]
    [InlineData("today", "2026-06-10T00:00:00-04:00", false)]
    [InlineData("Tomorrow", "2026-06-11T00:00:00-04:00", false)]
    [InlineData("tonight", "2026-06-10T20:00:00-04:00", true)]
    [InlineData("tonight at 8", "2026-06-10T20:00:00-04:00", true)]
    [InlineData("day after tomorrow", "2026-06-12T00:00:00-04:00", false)]
    [InlineData("friday", "2026-06-12T00:00:00-04:00", false)]
    [InlineData("wednesday", "2026-06-17T00:00:00-04:00", false)]
    [InlineData("this wednesday", "2026-06-10T00:00:00-04:00", false)]
    [InlineData("next Tuesday 3pm", "2026-06-16T15:00:00-04:00", true)]
    [InlineData("Friday at 10:30", "2026-06-12T10:30:00-04:00", true)]
    [InlineData("tomorrow at 9", "2026-06-11T09:00:00-04:00", true)]
    [InlineData("tomorrow around 9", "2026-06-11T09:00:00-04:00", true)]
    [InlineData("friday about 10:30", "2026-06-12T10:30:00-04:00", true)]
    [InlineData("tomorrow at 9am", "2026-06-11T09:00:00-04:00", true)]
    [InlineData("3pm tomorrow", "2026-06-11T15:00:00-04:00", true)]
    [InlineData("tomorrow 3:15 p.m.", "2026-06-11T15:15:00-04:00", true)]
    [InlineData("in 2 days", "2026-06-12T00:00:00-04:00", false)]
    [InlineData("in a week", "2026-06-17T00:00:00-04:00", false)]
    [InlineData("in 3 hours", "2026-06-10T17:00:00-04:00", true)]
    [InlineData("in 30 minutes", "2026-06-10T14:30:00-04:00", true)]
    [InlineData("15:00", "2026-06-10T15:00:00-04:00", true)]
    [InlineData("at 10:30", "2026-06-11T10:30:00-04:00", true)]
    [InlineData("noon", "2026-06-11T12:00:00-04:00", true)]
    [InlineData("3 December", "2026-12-03T00:00:00-05:00", false)]
    [InlineData("Dec 3rd 2027 at 2pm", "2027-12-03T14:00:00-05:00", true)]
    [InlineData("january 15", "2027-01-15T00:00:00-05:00", false)]
    [InlineData("next week", "2026-06-17T00:00:00-04:00", false)]
    [InlineData("2026-12-03T14:30:00Z", "2026-12-03T09:30:00-05:00", true)]
    [InlineData("2026-12-03T14:30:00+01:00", "2026-12-03T08:30:00-05:00", true)]
    public void RecognizesCommonPhrasingsInTheUsersTimeZone(string text, string expected, bool hasTime)
    {
        Assert.True(DateTimeRecognizer.TryRecognize(text, s_now, s_newYork, out DateTimeResolution? result), text);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(TimeSpan.Parse(expected[^6..].TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture), result.Value.Offset);
        Assert.Equal(hasTime, result.HasTime);
    }

    [Theory]
    [InlineData("push the second to friday 10am", "2026-06-12T10:00:00-04:00", true)]
    [InlineData("make it next tuesday morning please", "2026-06-16T09:00:00-04:00", true)]
    [InlineData("move the 2nd one to friday", "2026-06-12T00:00:00-04:00", false)]
    [InlineData("ok let's say tomorrow in the morning then", "2026-06-11T09:00:00-04:00", true)]
    [InlineData("Friday at 10:30", "2026-06-12T10:30:00-04:00", true)]
    public void FindsTheDateInASentenceAroundIt(string text, string expected, bool hasTime)
    {
        Assert.True(DateTimeRecognizer.TryRecognizeIn(text, s_now, s_newYork, out DateTimeResolution? result), text);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(hasTime, result.HasTime);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("whenever really")]
    [InlineData("not friday, I'm away")]
    [InlineData("I don't know, maybe tuesday")]
    [InlineData("I sat down and thought about it")]
    [InlineData("may I ask something first")]
    [InlineData("see you in the morning")]
    public void FindsNoDateInASentenceThatGivesNoneOrRulesOneOut(string text)
    {
        Assert.False(DateTimeRecognizer.TryRecognizeIn(text, s_now, s_newYork, out _), text);
    }

    [Fact]
    public void ThePartOfTheDayCanComeAfterIn()
    {
        Assert.True(DateTimeRecognizer.TryRecognize("tomorrow in the afternoon", s_now, s_newYork, out DateTimeResolution? result));
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 15, 0, 0, TimeSpan.FromHours(-4)), result.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("banana")]
    [InlineData("someday")]
    [InlineData("2026-13-45")]
    [InlineData("February 30")]
    [InlineData("25:00")]
    [InlineData("3")]
    [InlineData("tomorrow banana")]
    [InlineData("today tomorrow")]
    [InlineData("🎉📅")]
    [InlineData("明天下午三点")]
    [InlineData("غدا في الساعة الثالثة")]
    [InlineData("in 5 fortnights")]
    [InlineData("next")]
    public void RefusesNonsense(string text)
    {
        Assert.False(DateTimeRecognizer.TryRecognize(text, s_now, s_newYork, out _));
    }

    [Fact]
    public void RefusesTenThousandCharactersWithoutThrowing()
    {
        Assert.False(DateTimeRecognizer.TryRecognize(new string('9', 10_000), s_now, s_newYork, out _));
    }

    [Fact]
    public void TimeInTheSpringForwardGapMovesPastTheGap()
    {
        // 2026-03-08 02:30 does not exist in New York: clocks jump from 02:00 EST to 03:00 EDT.
        Assert.True(DateTimeRecognizer.TryRecognize("2026-03-08 02:30", s_now, s_newYork, out DateTimeResolution? result));
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 3, 30, 0, TimeSpan.FromHours(-4)), result.Value);
    }

    [Fact]
    public void AmbiguousFallBackTimeTakesTheEarlierInstant()
    {
        // 2026-11-01 01:30 happens twice in New York; the first one is EDT.
        Assert.True(DateTimeRecognizer.TryRecognize("2026-11-01 01:30", s_now, s_newYork, out DateTimeResolution? result));
        Assert.Equal(TimeSpan.FromHours(-4), result.Value.Offset);
    }

    [Fact]
    public void DateAcrossTheDaylightSavingChangeGetsThatDaysOffset()
    {
        DateTimeOffset beforeChange = new(2026, 10, 30, 16, 0, 0, TimeSpan.Zero);
        Assert.True(DateTimeRecognizer.TryRecognize("next monday 9am", beforeChange, s_newYork, out DateTimeResolution? result));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5)), result.Value);
    }

    [Fact]
    public void TodayIsTheUsersTodayNotTheServers()
    {
        // 02:00 UTC on Thursday is still Wednesday evening in New York.
        DateTimeOffset lateEvening = new(2026, 6, 11, 2, 0, 0, TimeSpan.Zero);
        Assert.True(DateTimeRecognizer.TryRecognize("today", lateEvening, s_newYork, out DateTimeResolution? result));
        Assert.Equal(new DateOnly(2026, 6, 10), result.Date);
    }

    [Fact]
    public void ATimeThatHasPassedTodayMeansTomorrow()
    {
        Assert.True(DateTimeRecognizer.TryRecognize("9am", s_now, s_newYork, out DateTimeResolution? result));
        Assert.Equal(new DateOnly(2026, 6, 11), result.Date);
        Assert.Equal(new TimeOnly(9, 0), result.Time);
    }

    [Theory]
    [InlineData("""{"date":"2026-12-03","time":"14:30"}""", "2026-12-03T14:30:00-05:00", true)]
    [InlineData("""{"date":"2026-12-03"}""", "2026-12-03T00:00:00-05:00", false)]
    [InlineData("""{"datetime":"2026-07-01T08:00"}""", "2026-07-01T08:00:00-04:00", true)]
    [InlineData("""{"datetime":1796306400}""", "2026-12-03T09:00:00-05:00", true)]
    [InlineData("\"2026-12-03\"", "2026-12-03T00:00:00-05:00", false)]
    public void ReadsPickerValues(string json, string expected, bool hasTime)
    {
        using var document = JsonDocument.Parse(json);
        Assert.True(DateTimeRecognizer.TryRecognizePicker(document.RootElement, s_now, s_newYork, out DateTimeResolution? result));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
        Assert.Equal(hasTime, result.HasTime);
    }

    [Theory]
    [InlineData("""{"date":"03/12/2026"}""")]
    [InlineData("""{"time":"25:99"}""")]
    [InlineData("""{}""")]
    [InlineData("""[1,2]""")]
    public void RefusesMalformedPickerValues(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(DateTimeRecognizer.TryRecognizePicker(document.RootElement, s_now, s_newYork, out _));
    }
}
