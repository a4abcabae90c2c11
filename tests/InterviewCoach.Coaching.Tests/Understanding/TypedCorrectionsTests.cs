using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Tests.Reminders;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>What people type to correct themselves or answer loosely: "go back", an option's number in words, today's weekday, a story.</summary>
public sealed class TypedCorrectionsTests
{
    [Theory]
    [InlineData("go back")]
    [InlineData("wait, change the last one")]
    public async Task GoingBackInAFlowAsksThePreviousQuestionAgainAndTheNewAnswerIsSaved(string typed)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Maria Lopez").AssertReply("How are you connected to Maria Lopez");
        await coach.Client.Send("linkedin").AssertReply("How will you ask Maria Lopez");

        await coach.Client.Send(typed)
            .AssertReply("Okay, back one question")
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith("How are you connected to Maria Lopez", StringComparison.Ordinal))
            .AssertNoMoreReplies();
        await coach.Client.Send("no connection yet").AssertReply("How will you ask Maria Lopez");
        await coach.Client.Send("email").AssertReply("Added to your contacts");

        Contact maria = Assert.Single(await coach.ContactsAsync());
        Assert.Equal((ConnectionKind.None, PreferredChannel.Email), (maria.Connection, maria.PreferredChannel));
    }

    [Fact]
    public async Task GoingBackAtAFlowsFirstQuestionSaysSoAndKeepsTheFlow()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("log a chat").AssertReply("count too").AssertReply("Who did you talk to?");
        await coach.Client.Send("go back").AssertReply("no earlier question").AssertReply("Who did you talk to?").AssertNoMoreReplies();
        await coach.Client.Send("Priya Shah from Contoso").AssertReply("Where did you get talking?");
    }

    [Theory]
    [InlineData("seven", "There are 4 options here: **Phone**, **Email**, **In person** or **LinkedIn**.")]
    [InlineData("5", "There are 4 options here:")]
    public async Task ANumberPastTheOptionsNamesThemInsteadOfGuessingOne(string typed, string expected)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("add contact");
        await coach.Client.Send("Maria Lopez");
        await coach.Client.Send("linkedin").AssertReply("How will you ask Maria Lopez");
        await coach.Client.Send(typed)
            .AssertReply<ChoiceReply>(r => r.Markdown.StartsWith(expected, StringComparison.Ordinal) && !r.Markdown.Contains("Did you mean", StringComparison.Ordinal) && r.Buttons.Count == 4)
            .AssertNoMoreReplies();
        await coach.Client.Send("three").AssertReply("Added to your contacts");

        Assert.Equal(PreferredChannel.InPerson, Assert.Single(await coach.ContactsAsync()).PreferredChannel);
    }

    [Fact]
    public async Task AChanceMeetingToldAsANewUsersFirstMessageIsLoggedAsAChat()
    {
        var coach = new CoachHarness();

        await coach.Client.Send("I met a nurse manager at a conference yesterday, she said I could email her")
            .AssertReplyContains("Noted: you met at a conference. I still need their name")
            .AssertNoReplyContains("Did you mean");
        // "she said I could email her" is leave to write, not advice: what they said is still asked, not quoted in the thank-you.
        await coach.Client.Send("Ana Silva").AssertReply("What did you learn from Ana Silva?");
    }

    [Theory]
    [InlineData("I ran into Priya from Monzo at a meetup")]
    [InlineData("just bumped into a recruiter at the airport")]
    public async Task AChanceMeetingToldAtTheMenuStartsLoggingIt(string story)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send(story).AssertReplyContains("count too").AssertNoReplyContains("Did you mean");
    }

    [Theory]
    [InlineData("I met my goal for the week")]
    [InlineData("I met with Maria today")]
    public async Task SentencesAboutMeetingThatTellNoChanceMeetingAreNotLoggedAsOne(string said)
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send(said).AssertNoReplyContains("count too");
    }

    [Fact]
    public async Task AQuestionForTheCoachTypedWhereTheMeetingFormatIsAskedIsAnsweredThenTheFormatAskedAgain()
    {
        MiniLmSentenceEmbedder model = MiniLmSentenceEmbedder.Shared;
        Assert.True(model.Load(), model.LoadFailure?.ToString());
        var coach = new CoachHarness(embedder: model);
        await coach.Client.Send("hi");

        await coach.Client.Send("questions").AssertReplyContains("in person or on the phone");
        await coach.Client.Send("how long should the meeting be?")
            .AssertReply("Ask for 20-30 minutes")
            .AssertReplyContains("in person or on the phone?")
            .AssertNoReplyContains("once I've drafted the list");

        // A question for the contact is still kept for the list.
        await coach.Client.Send("How did you get into nursing?").AssertReply("You can add your own questions in a moment, once I've drafted the list.");
    }

    // The harness's clock is Monday 5 January 2026, 09:00 in London.
    [Theory]
    [InlineData("monday at 3pm", "Today is Monday, so I've put it down for **today at 15:00**.", 5)]
    [InlineData("monday at 8am", "Today is Monday and 08:00 has passed, so I've put it down for **next Monday, 12 January**.", 12)]
    public async Task TodaysWeekdayIsTodayWhileTheTimeIsAheadAndNextWeekAfterItAndTheReplySaysWhich(string typed, string said, int day)
    {
        var reminders = new FakeReminderScheduler();
        var coach = new CoachHarness(reminders: reminders);
        await coach.SaveProfileAsync(Samples.Profile());
        await reminders.SetSettingsAsync(coach.User, "Europe/London", QuietHours.Default);
        Contact maria = Samples.ReferredContact() with { Stage = ContactStage.Asked };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("hi");

        await coach.Client.Send("booked a meeting");
        await coach.Client.Send("maria lopez").AssertReply("Great news").AssertReply("When are you meeting Maria Lopez?");
        await coach.Client.Send(typed).AssertReply(said).AssertReply("Where is it");
        await coach.Client.Send("their office").AssertReply("What do you want from this meeting");
        await coach.Client.Send("hear what a typical shift is like").AssertReply("Saved: Maria Lopez");

        Assert.Equal(day, Assert.Single(await coach.ContactsAsync(), c => c.Id == maria.Id).Meeting!.StartsAt.Day);
    }
}
