using InterviewCoach.Coaching.Reminders;

namespace InterviewCoach.Coaching.Tests.Reminders;

/// <summary>Hours for reminders as people type them.</summary>
public sealed class TypedHoursTests
{
    [Theory]
    [InlineData("6pm to 9pm", 18, 21)]
    [InlineData("18-21", 18, 21)]
    [InlineData("between 7 and 10 in the evening", 19, 22)]
    [InlineData("9 to 5", 9, 17)]
    [InlineData("8am - 8pm", 8, 20)]
    [InlineData("from 10:00 until 16:30", 10, 17)]
    [InlineData("6pm to 9", 18, 21)]
    [InlineData("evenings", 18, 21)]
    [InlineData("working hours", 9, 17)]
    [InlineData("seven till ten at night", 19, 22)]
    [InlineData("noon to 2pm", 12, 14)]
    public void AWindowIsReadWithBothEnds(string text, int start, int end)
    {
        TypedHours.Window window = TypedHours.Read(text);

        Assert.Equal((start, end), (window.Start, window.End));
    }

    [Theory]
    [InlineData("after 6pm", 18, null)]
    [InlineData("not before 10", 10, null)]
    [InlineData("before 9am", null, 9)]
    [InlineData("until 8:30", null, 9)]
    [InlineData("6pm", 18, null)]
    public void OneEndAloneIsReadAsTheEndItIs(string text, int? start, int? end)
    {
        TypedHours.Window window = TypedHours.Read(text);

        Assert.Equal((start, end), (window.Start, window.End));
    }

    [Theory]
    [InlineData("weekdays after 6pm", AllowedDays.Weekdays)]
    [InlineData("mon-fri 9 to 5", AllowedDays.Weekdays)]
    [InlineData("every day 8am-8pm", AllowedDays.Everyday)]
    [InlineData("weekends too, 10 to 4", AllowedDays.Everyday)]
    [InlineData("only at weekends, 10 to 4", AllowedDays.Saturday | AllowedDays.Sunday)]
    [InlineData("6 to 9pm", null)]
    public void DaysAreReadOnlyWhenNamed(string text, AllowedDays? days)
    {
        Assert.Equal(days, TypedHours.Read(text).Days);
    }

    [Theory]
    [InlineData("can you remind me only on weekdays after 6pm? i'm at work during the day", true)]
    [InlineData("no notifications before 9 please", true)]
    [InlineData("only message me in the evenings", true)]
    [InlineData("reminders between 8 and 10am", true)]
    [InlineData("remind me to call Sam at 3pm", false)]
    [InlineData("set a reminder for friday at 10", false)]
    [InlineData("show my reminders", false)]
    [InlineData("snooze number 3", false)]
    public void AskingWhenRemindersMayComeIsToldFromAskingForOne(string text, bool about)
    {
        Assert.Equal(about, TypedHours.IsWhenToRemind(text));
    }

    [Theory]
    [InlineData("number 3")]
    [InlineData("the 2nd one")]
    [InlineData("3 days")]
    public void ANumberThatIsNotATimeNamesNoHours(string text)
    {
        Assert.False(TypedHours.NamesHours(text));
    }

    [Theory]
    [InlineData("9", 18, 21)]
    [InlineData("9pm", 18, 21)]
    [InlineData("21", 18, 21)]
    [InlineData("5", 9, 17)]
    [InlineData("9am", 18, 9)]
    public void AnEndAfterAStartIsTheAfternoonOrEveningWhenAmOrPmIsNotSaid(string text, int start, int end)
    {
        Assert.Equal(end, TypedHours.ReadEnd(text, start));
    }
}
