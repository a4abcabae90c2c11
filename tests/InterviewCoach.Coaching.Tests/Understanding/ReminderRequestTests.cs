using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>Asking for a reminder is read from the sentence's shape; questions that start "remind me" are not requests.</summary>
public sealed class ReminderRequestTests
{
    [Theory]
    [InlineData("remind me to water the orchids before the call with Dele")]
    [InlineData("please set a reminder for the 9th, chase the glazier")]
    [InlineData("could you remind me to bring a notebook on the 12th?")]
    [InlineData("ok remind me tomorrow about the thank-you card")]
    [InlineData("Remind me next week to write to the harbour master.")]
    public void RequestsForAReminderAreSeen(string text) => Assert.True(ReminderRequest.IsAsked(text));

    [Theory]
    [InlineData("remind me, what does a thumbnail sketch cover?")]
    [InlineData("remind me what questions people usually ask")]
    [InlineData("remind me to ask about pay, is that alright?")]
    [InlineData("show my reminders")]
    [InlineData("I forgot to remind him to reply")]
    public void QuestionsAndOtherUsesAreNot(string text) => Assert.False(ReminderRequest.IsAsked(text));
}
