using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// Decisions that rest on sentence structure rather than on listed phrases: a passive agent as the source, the
/// contact's name found in a piece of writing, a name said alone, an embedded or split job question, a denial on
/// the wish for a post, and checks on the moment that leave no meeting to the contact. All without the model.
/// </summary>
public sealed class PitchStructureTests
{
    private const string Source = "Say how you got their name, with the person's name or the concrete source; a mutual contact's name opens doors, so lead with it (\"Priya Shah suggested I call you\").";

    [Theory]
    [InlineData("I was directed to you by Dr. Meena Gupta of the pharmacology department.", true)]
    [InlineData("Her name was introduced to me by Mr. Ito of the chamber of commerce.", true)]
    [InlineData("I was pointed your way by Rachel Kim at the library.", true)]
    [InlineData("Your details were forwarded to me by my tutor, Amara Eze.", true)]
    [InlineData("I was laid off by Barclays last spring.", false)]
    public void APassiveAgentIsTheSourceInASentenceAboutTheContact(string sentence, bool names)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.");

        CheckFinding howFound = report.Findings.Single(f => f.RuleId == CheckRuleIds.SaysHowFound);
        Assert.Equal(names, howFound.Passed);
        Assert.Equal(names ? "You explain how you came to call them." : Source, howFound.Message);
    }

    [Theory]
    [InlineData("I came upon your name in a feature in a business weekly about impact investing.")]
    [InlineData("I found his name on the young engineers panel page of the institution.")]
    [InlineData("I spotted your name in the programme for the heritage conference.")]
    public void TheContactsNameInAPieceOfWritingIsASource(string sentence) =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. " + sentence + " I'd like your advice on careers in shipping.").NamesReferrerOrSource, sentence);

    [Theory]
    [InlineData("Hey, Mr. Lopez? Ana Torres. I'd like your advice on careers in shipping.", true)]
    [InlineData("Hi, Sipho Dlamini. I'd like your advice on careers in shipping.", true)]
    [InlineData("Hello, Ms Brennan? I'd like your advice on careers in shipping.", false)]
    [InlineData("Good Morning Sir. I'd like your advice on careers in shipping.", false)]
    public void AFullNameSaidAloneAtTheStartIsTheCallers(string pitch, bool introduces) =>
        Assert.Equal(introduces, PitchChecker.Label(pitch).IntroducesSelf);

    [Theory]
    [InlineData("I was wondering if your restaurant is taking any new cooks on this season.", true)]
    [InlineData("I wanted to know whether your company is taking interns for summer.", true)]
    [InlineData("Is there any possibility of a graduate traineeship in your bank for me?", true)]
    [InlineData("Do you know if they are hiring? I mean, is the sector growing?", true)]
    [InlineData("I'd like to understand how firms decide whom to take on.", false)]
    [InlineData("I'd love to know what a trainee's first year looks like.", false)]
    public void AJobQuestionEmbeddedOrSplitIsStillAnAsk(string sentence, bool asks)
    {
        PitchReport report = PitchChecker.Check("Hi, I'm Sam Lee. " + sentence);

        CheckFinding noJobAsk = report.Findings.Single(f => f.RuleId == CheckRuleIds.NoJobAsk);
        Assert.Equal(!asks, noJobAsk.Passed);
    }

    [Fact]
    public void KeepingMyApplicationInViewInAMessageAboutInternsIsAJobAsk() =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. Do you take interns in summer? If you do, please keep my application in view.").AsksForJob);

    [Theory]
    [InlineData("I'm not after work, honestly, I just want to understand the trade.", true)]
    [InlineData("Not fishing for a job, promise.", true)]
    [InlineData("I'm not free until after work on weekdays.", false)]
    public void ADenialOnTheWishForAPostSaysItIsNotAJobRequest(string sentence, bool denies) =>
        Assert.Equal(denies, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).SaysNotJobRequest);

    [Theory]
    [InlineData("I'm not calling to beg for work, I want to understand the trade.", true)]
    [InlineData("To be clear, I'm not ringing to ask for work experience.", true)]
    [InlineData("I'm not looking forward to the exams, but I love the field.", false)]
    public void ADenialOnAnyVerbOfSeekingAPostSaysItIsNotAJobRequest(string sentence, bool denies) =>
        Assert.Equal(denies, PitchChecker.Label("Hi, I'm Sam Lee. " + sentence).SaysNotJobRequest);

    [Theory]
    [InlineData("Mrs Okoro, my old chemistry teacher, said you were the person to ask.", true)]
    [InlineData("Ravi, my elder brother, told me you trained in Pune.", true)]
    [InlineData("Hi Anna, my manager suggested I call you.", false)]
    [InlineData("I am an MBA student of IIM Lucknow.", false)]
    [InlineData("I read your piece in the Lancet on rural surgery.", true)]
    [InlineData("I call about the position of junior analyst that was in the newspaper.", false)]
    public void WhoOrWhatGaveTheNameIsReadFromStructure(string sentence, bool names) =>
        Assert.Equal(names, PitchChecker.Label("Hello, this is Sam Lee. " + sentence + " I'd like your advice on careers in shipping.").NamesReferrerOrSource);

    [Theory]
    [InlineData("You can reach me on 07700 900123 whenever suits you.", true)]
    [InlineData("She can call me back at 0612 345 678.", true)]
    [InlineData("Feel free to ring me back on 0161 496 0000.", true)]
    [InlineData("He is very welcome to phone me on 0161 496 0000.", true)]
    [InlineData("I'll try you on Friday, but if there's a better time just text me.", true)]
    [InlineData("Could you call me back when you're free?", false)]
    [InlineData("Kindly call me back at your earliest convenience.", false)]
    [InlineData("Please give me a call back at 0161 496 0000 whenever it suits you.", false)]
    [InlineData("If she can call me back at 0161 496 0000, I will be very grateful.", false)]
    [InlineData("Good morning, you can call me Ahmed.", false)]
    [InlineData("Please call me back so we can find a day that suits you.", true)]
    public void ANumberLeftToUseLeavesTheChoiceAndARequestToCallBackDoesNot(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in shipping. " + sentence).LeavesChoiceToContact);

    [Theory]
    [InlineData("Is now convenient, or would you prefer I ring back another day?", false)]
    [InlineData("Do you have five minutes now, or is there a better time I could ring you back?", true)]
    [InlineData("I am ready to start anytime.", false)]
    public void WhoPicksTheTimeDecidesTheChoice(string sentence, bool leaves) =>
        Assert.Equal(leaves, PitchChecker.Label("Hi, I'm Sam Lee. I'd like your advice on careers in shipping. " + sentence).LeavesChoiceToContact);

    [Fact]
    public void AskingTheContactHowIShouldDoSomethingAsksForAdvice() =>
        Assert.True(PitchChecker.Label("Hi, I'm Sam Lee. I want to ask you how I should present my CV for the logistics field.").StatesResearchPurpose);

    [Fact]
    public void ADayToDayIsNoDayToMeet() =>
        Assert.False(PitchChecker.Label("Hi, I'm Sam Lee. I'm trying to understand what day-to-day work looks like in process engineering.").LeavesChoiceToContact);
}
