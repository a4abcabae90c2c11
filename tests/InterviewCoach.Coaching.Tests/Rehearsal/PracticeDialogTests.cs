using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class PracticeDialogTests
{
    private const string WeakAsk = "Hi, do you have any jobs going in your team?";

    private const string StrongAsk =
        "Hello, my name is Sam Lee. Priya Shah suggested I give you a call. Is now a good time for a quick chat, or shall I " +
        "ring you back later? I'm researching pediatric nursing and would really value your advice; I'm not looking for a job. " +
        "Could we meet for 20 minutes whenever suits you? I'm glad to come to your workplace. I know you're busy, so I'll keep it brief.";

    [Fact]
    public async Task AttemptsAreScoredStoredAndProgressIsShown()
    {
        var coach = await CoachHarness.WithProfileAsync();

        await coach.Client.Send("practise").AssertReply("What would you like to practise");
        await coach.Client.Send("phone call").AssertReply("They've picked up the phone");
        TestTurn first = await coach.Client.Send(WeakAsk);
        var weak = (CardReply)first.Replies[0];
        Assert.StartsWith("Asking by phone: ", weak.Title, StringComparison.Ordinal);
        Assert.Contains(weak.Sections, s => s.Heading == "What's missing" && s.Items.Count > 0);
        Assert.Contains(weak.Sections, s => s.Heading == "One way to say it" && !string.IsNullOrEmpty(s.Markdown));
        first.AssertReplyContains("First try saved");

        await coach.Client.Send("try again").AssertReply("They've picked up the phone");
        coach.Clock.Advance(TimeSpan.FromMinutes(2));
        TestTurn second = await coach.Client.Send(StrongAsk);
        second.AssertReplyContains("→").AssertReplyContains("Up ");

        IReadOnlyList<PracticeAttempt> attempts = await coach.AttemptsAsync();
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(PracticeKind.PhoneAsk, a.Kind));
        Assert.True(attempts[1].Score > attempts[0].Score);
        Assert.Matches("^[0-9]{14}-[0-9a-f]{6}$", attempts[0].Id);
        Assert.Equal(StrongAsk, attempts[1].Text);

        await coach.Client.Send("done").AssertReply("Nice work").AssertReply<ChoiceReply>();
    }

    [Fact]
    public async Task AGreetingSentOnItsOwnIsAskedForTheWholeEmailAndNotScored()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");
        await coach.Client.Send("email").AssertReply("Paste the email");

        await coach.Client.Send("Hi Maria,")
            .AssertReply("only the start of it")
            .AssertReply("Paste the email")
            .AssertNoReplyContains("/100");
        Assert.Empty(await coach.AttemptsAsync());

        TestTurn scored = await coach.Client.Send("Hi Maria,\n\nMy name is Sam Lee and Priya Shah gave me your name. Do you have any openings on your team? I've attached my CV.\n\nThanks,\nSam");
        var card = (CardReply)scored.Replies[0];
        Assert.StartsWith("Asking by email: ", card.Title, StringComparison.Ordinal);
        Assert.Contains(card.Sections, s => s.Heading == "One way to say it" && s.Markdown!.Contains("Sam Lee", StringComparison.Ordinal) && !s.Markdown.Contains("Sam Lee and", StringComparison.Ordinal));
        Assert.Single(await coach.AttemptsAsync());
    }

    [Theory]
    [InlineData("email", "Paste the email", "Bonjour Madame, je suis étudiante en master de finance et j'aimerais beaucoup discuter avec vous de votre parcours pendant vingt minutes. Cordialement, Claire")]
    [InlineData("phone", "They've picked up the phone", "Buenas tardes, me llamo Lucía y estudio enfermería. Me gustaría hablar con usted unos veinte minutos sobre su trabajo en el hospital.")]
    public async Task AnAttemptInAnotherLanguageIsNotScoredAgainstEnglishRules(string kind, string prompt, string attempt)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");
        await coach.Client.Send(kind).AssertReply(prompt);

        await coach.Client.Send(attempt)
            .AssertReply("doesn't look like English")
            .AssertReply(prompt)
            .AssertNoReplyContains("/100");
        Assert.Empty(await coach.AttemptsAsync());
    }

    [Theory]
    [InlineData("voicemail", "Type the message you'd leave")]
    [InlineData("email", "Paste the email")]
    public async Task OnlyEmojiIsAskedForAgainAndNotScored(string kind, string prompt)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");
        await coach.Client.Send(kind).AssertReply(prompt);

        await coach.Client.Send("😀😀😀 🎉🎉 👍").AssertReply("no words in that").AssertReply(prompt).AssertNoReplyContains("/100");
        Assert.Empty(await coach.AttemptsAsync());
    }

    [Fact]
    public async Task TheSameAdviceIsListedOnceEvenWhenSeveralChecksGiveIt()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");
        await coach.Client.Send("email");

        TestTurn scored = await coach.Client.Send("ok ok ok ok ok ok ok ok ok");
        var card = (CardReply)scored.Replies[0];
        IReadOnlyList<string> missing = card.Sections.Single(s => s.Heading == "What's missing").Items;
        Assert.Equal(missing.Count, missing.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task AttemptIdsSortByTime()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");
        await coach.Client.Send("voicemail");
        await coach.Client.Send("Hi it's Sam, call me");
        coach.Clock.Advance(TimeSpan.FromDays(1));
        await coach.Client.Send("again");
        await coach.Client.Send("Hello, this is Sam Lee. Priya Shah suggested I call. I'm researching pediatric nursing. My number is 07700 900123. I'll try you again on Wednesday.");

        IReadOnlyList<PracticeAttempt> attempts = await coach.AttemptsAsync();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[0].PractisedAt < attempts[1].PractisedAt);
    }

    [Fact]
    public async Task ThePracticeFromAScriptChecksTheSameKindForThatContact()
    {
        var coach = await CoachHarness.WithProfileAsync();
        var maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = InterviewCoach.Coaching.Contacts.ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("maria");
        await coach.Client.Send("email");

        await coach.Client.Send("practise it now").AssertReply("Paste the email");
        await coach.Client.Send("Dear Maria, I have attached my CV. Are you hiring?").AssertReply<CardReply>(card => card.Title.StartsWith("Asking by email", StringComparison.Ordinal));

        PracticeAttempt attempt = Assert.Single(await coach.AttemptsAsync());
        Assert.Equal(PracticeKind.Email, attempt.Kind);
        Assert.Equal(maria.Id, attempt.ContactId);
    }

    [Fact]
    public async Task APitchPastedWhereTheScriptKindIsAskedIsCheckedAsPhonePractice()
    {
        var coach = await CoachHarness.WithProfileAsync();
        var maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = InterviewCoach.Coaching.Contacts.ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("maria").AssertReply("Which script would help");

        await coach.Client.Send(StrongAsk)
            .AssertReply("your own version of the call, so I'll check it as phone practice")
            .AssertReply<CardReply>(card => card.Title.StartsWith("Asking by phone: ", StringComparison.Ordinal));

        PracticeAttempt attempt = Assert.Single(await coach.AttemptsAsync());
        Assert.Equal((PracticeKind.PhoneAsk, maria.Id, StrongAsk), (attempt.Kind, attempt.ContactId, attempt.Text));

        // Trying again asks for a new version rather than checking the pasted one twice.
        await coach.Client.Send("try again").AssertReply("They've picked up the phone");
    }

    [Fact]
    public async Task AStoryAboutTheMeetingTypedAfterTheScriptIsNotScoredAsAPracticeCall()
    {
        var coach = await CoachHarness.WithProfileAsync();
        var maria = Samples.Researched(Samples.ReferredContact()) with { ReferrerConsent = InterviewCoach.Coaching.Contacts.ReferrerConsent.Agreed };
        await coach.SaveContactAsync(maria);
        await coach.Client.Send("rehearse");
        await coach.Client.Send("maria");
        await coach.Client.Send("phone call").AssertReply("Your phone script");

        await coach.Client.Send("i spoke with maria on a video call yesterday and it went really well, she said to look at the evening course and gave me the name of her manager at the clinic")
            .AssertNoReplyContains("Asking by phone");

        Assert.Empty(await coach.AttemptsAsync());
    }

    [Fact]
    public async Task AnEmailPastedWhereTheScriptKindIsAskedIsCheckedAsAnEmail()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("rehearse");
        await coach.Client.Send("no one in particular");

        await coach.Client.Send("Dear Ms Lopez,\nPriya Shah suggested I write to you. I'm researching pediatric nursing and would value twenty minutes of your advice on how people move into it. I'm not asking about jobs.\nKind regards,\nSam Lee")
            .AssertReply("your own email, so I'll check it as email practice")
            .AssertReply<CardReply>(card => card.Title.StartsWith("Asking by email", StringComparison.Ordinal));

        Assert.Equal(PracticeKind.Email, Assert.Single(await coach.AttemptsAsync()).Kind);
    }

    [Theory]
    [InlineData("meeting opening", "first minute", "Thank you so much for seeing me today. I'm researching pediatric nursing and I'm not here to ask for a job.")]
    [InlineData("referral ask", "nearly over", "Thanks for your time. Is there anyone else I should talk to? May I mention your name?")]
    public async Task TheMeetingOpeningAndReferralAskCanBePractised(string kind, string question, string attempt)
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");

        await coach.Client.Send(kind).AssertReply(question);
        await coach.Client.Send(attempt).AssertReply<CardReply>(card => card.Title.Contains("/100", StringComparison.Ordinal));

        Assert.Single(await coach.AttemptsAsync());
    }

    [Fact]
    public async Task HostilePracticeTextIsRefusedWithAReason()
    {
        var coach = await CoachHarness.WithProfileAsync();
        await coach.Client.Send("practise");
        await coach.Client.Send("phone");

        await coach.Client.Send(new string('w', 10_000)).AssertReply("10,000 characters");
        await coach.Client.Send("🎤🎤🎤 😅").AssertReply("no words in that");
        Assert.Empty(await coach.AttemptsAsync());
    }
}
