using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class AskScriptBuilderTests
{
    public static TheoryData<string, Contact?> Contacts => new()
    {
        { "referred", Samples.ReferredContact() },
        { "cold", Samples.ColdContact() },
        { "alumni", Samples.ColdContact() with { Connection = ConnectionKind.Alumni, ConnectionNote = "Leeds" } },
        { "association", Samples.ColdContact() with { Connection = ConnectionKind.Association, ConnectionNote = "the Royal College of Nursing" } },
        { "linkedin", Samples.ColdContact() with { Connection = ConnectionKind.LinkedIn } },
        { "event", Samples.ColdContact() with { Connection = ConnectionKind.MetAtEvent, ConnectionNote = "the spring careers fair" } },
        { "referred without a name", Samples.ColdContact() with { Connection = ConnectionKind.ReferredBy } },
        { "knows them", Samples.ColdContact() with { Connection = ConnectionKind.KnowThem, ConnectionNote = "we worked together on the children's ward" } },
        { "knows them, said briefly", Samples.ColdContact() with { Connection = ConnectionKind.KnowThem, ConnectionNote = "from my first job" } },
        { "no contact", null },
    };

    [Theory]
    [MemberData(nameof(Contacts))]
    public void GeneratedEmailPassesTheEmailChecker(string situation, Contact? contact)
    {
        ScriptDraft email = AskScriptBuilder.BuildEmail(Samples.Profile(), contact);

        EmailReport report = OutreachEmailChecker.Check(email.Text);

        // Per the label definitions, "I came across your profile" is not a connection, and without an
        // organisation there is no specific team or employer to name.
        bool noConnection = contact is null || contact.Connection is ConnectionKind.None or ConnectionKind.LinkedIn;
        Assert.True(
            report.Findings.All(f => f.Passed
                || (noConnection && f.RuleId == CheckRuleIds.ConnectionFirst)
                || (contact?.Organisation is null && f.RuleId == CheckRuleIds.NamesNarrowAndBroad)),
            $"{situation}: {string.Join("; ", report.Missing)}\n{email.Text}");
    }

    [Theory]
    [MemberData(nameof(Contacts))]
    public void GeneratedPhoneAskPassesThePitchChecker(string situation, Contact? contact)
    {
        ScriptDraft phone = AskScriptBuilder.BuildPhoneAsk(Samples.Profile(), contact);

        PitchReport report = PitchChecker.Check(phone.Text, contact: contact);

        // With no contact the script can only say it came across the name, which is not a concrete source.
        Assert.True(
            report.Findings.All(f => f.Passed || (contact is null && f.RuleId == CheckRuleIds.SaysHowFound)),
            $"{situation}: {string.Join("; ", report.Missing)}\n{phone.Text}");
    }

    [Theory]
    [MemberData(nameof(Contacts))]
    public void GeneratedOpeningAndReferralAskPassTheirCheckers(string situation, Contact? contact)
    {
        ScriptDraft opening = AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), contact);
        ScriptDraft referral = AskScriptBuilder.BuildReferralAsk(Samples.Profile(), contact);

        Assert.True(MeetingOpeningChecker.Check(opening.Text).Findings.All(f => f.Passed), $"{situation}: {opening.Text}");
        Assert.True(ReferralAskChecker.Check(referral.Text).Findings.All(f => f.Passed), $"{situation}: {referral.Text}");
    }

    [Fact]
    public void PhoneAskNamesTheReferrerRightAfterTheIntroduction()
    {
        ScriptDraft phone = AskScriptBuilder.BuildPhoneAsk(Samples.Profile(), Samples.ReferredContact());

        Assert.Equal("Hello Maria, my name is Sam Lee.", phone.Steps[0].Words);
        Assert.Equal("Priya Shah suggested I give you a call.", phone.Steps[1].Words);
        Assert.True(
            phone.Text.IndexOf("Priya Shah", StringComparison.Ordinal) < phone.Text.IndexOf("good time", StringComparison.Ordinal),
            phone.Text);
    }

    [Fact]
    public void PhoneAskOffersACallBackAndConfirmsTheMeetingDetails()
    {
        Contact contact = Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails
            {
                StartsAt = new DateTimeOffset(2025, 3, 18, 14, 30, 0, TimeSpan.Zero),
                TimeZoneId = "Europe/London",
                Place = "the ward 4 staff room",
            },
        };

        ScriptDraft phone = AskScriptBuilder.BuildPhoneAsk(Samples.Profile(), contact);

        Assert.Contains(phone.FollowUps, s => s.Words.Contains("call you back", StringComparison.Ordinal));
        ScriptStep confirm = Assert.Single(phone.FollowUps, s => s.Cue == "Once they agree");
        Assert.Contains("Tuesday 18 March at 2:30 PM at the ward 4 staff room", confirm.Words, StringComparison.Ordinal);
        Assert.Contains("best way to get there", confirm.Words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not much honestly, I think they rolled out a new electronic patient record last year", "What caught my interest: you rolled out a new electronic patient record last year.")]
    [InlineData("I don't know much about her, but she leads the new children's ward", "What caught my interest: you lead the new children's ward.")]
    [InlineData("Well-known for its children's ward", "What caught my interest: Well-known for its children's ward.")]
    [InlineData("not much", "What caught my interest: not much.")]
    [InlineData("he gave a talk at UX London about money anxiety, i watched it on youtube", "What caught my interest: you gave a talk at UX London about money anxiety.")]
    public void TheDoubtInFrontOfAFactStaysOutOfWhatIsSaidToTheContact(string fact, string said)
    {
        Contact contact = Samples.ReferredContact() with { ResearchFact = fact, Organisation = "St Anne's" };

        ScriptDraft phone = AskScriptBuilder.BuildPhoneAsk(Samples.Profile(), contact);

        Assert.Equal(said, Assert.Single(phone.Steps, s => s.Cue == "Say why them").Words);
    }

    [Fact]
    public void APhoneAskOfferingACallConfirmsHowToConnectInsteadOfAskingTheWayThere()
    {
        Contact contact = Samples.ReferredContact() with { Venue = MeetingVenue.Call };

        ScriptStep confirm = Assert.Single(AskScriptBuilder.BuildPhoneAsk(Samples.Profile(), contact).FollowUps, s => s.Cue == "Once they agree");

        Assert.DoesNotContain("get there", confirm.Words, StringComparison.Ordinal);
        Assert.Contains("video link", confirm.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void GenericPhoneAskUsesPlaceholdersInsteadOfInventingNamesAndAsksAboutTheirFieldWithoutAGap()
    {
        ScriptDraft phone = AskScriptBuilder.BuildPhoneAsk(new CoachingProfile());

        Assert.StartsWith("Hello, my name is [your name].", phone.Text, StringComparison.Ordinal);
        Assert.Contains("I'm researching your field and would really value your advice", phone.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[the field]", phone.Text, StringComparison.Ordinal);
        Assert.Contains(phone.FollowUps, s => s.Words.Contains("their advice on their field, not a job", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmailForAUserWithoutGoalsAsksWhatTheWorkIsLikeInsteadOfLeavingAFieldToFill()
    {
        ScriptDraft email = AskScriptBuilder.BuildEmail(new CoachingProfile(), Samples.ColdContact());

        Assert.Equal("A question about your work", email.Subject);
        Assert.Contains("makes you the right person to ask what the work is really like.", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[the field]", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the wider field around it", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldWithNoWiderAreaIsJoinedToTheWiderFieldWithoutASecondBroadly()
    {
        var profile = Samples.Profile() with { FieldsOfInterest = [new FieldOfInterest { Name = "health informatics" }] };

        ScriptDraft email = AskScriptBuilder.BuildEmail(profile, Samples.ColdContact());

        Assert.Contains("health informatics, and the wider field around it.", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("around it more broadly", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-03-14T16:00:00+00:00", "Monday")] // Friday
    [InlineData("2025-03-15T10:00:00+00:00", "Monday")] // Saturday
    [InlineData("2025-03-16T10:00:00+00:00", "Monday")] // Sunday
    [InlineData("2025-03-17T10:00:00+00:00", "Tuesday")] // Monday
    [InlineData("2025-03-13T23:30:00-05:00", "Friday")] // Thursday evening locally, already Friday in UTC
    public void VoicemailPromisesToCallBackOnTheNextBusinessDay(string now, string weekday)
    {
        ScriptDraft voicemail = AskScriptBuilder.BuildVoicemail(Samples.Profile(), Samples.ReferredContact(), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains($"I'll try you again on {weekday}", voicemail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void VoicemailGivesNameNumberAndReferrer()
    {
        ScriptDraft voicemail = AskScriptBuilder.BuildVoicemail(Samples.Profile(), Samples.ReferredContact(), Samples.Now);

        Assert.Contains("this is Sam Lee", voicemail.Text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah", voicemail.Text, StringComparison.Ordinal);
        Assert.Equal(2, voicemail.Text.Split("07700 900123").Length - 1);
    }

    [Fact]
    public void EmailNamesTheFieldNarrowlyAndBroadlyAndHasASubject()
    {
        ScriptDraft email = AskScriptBuilder.BuildEmail(Samples.Profile(), Samples.ReferredContact());

        Assert.Contains("pediatric nursing, and healthcare more broadly", email.Text, StringComparison.Ordinal);
        Assert.Equal("Priya Shah suggested I get in touch", email.Subject);
        Assert.StartsWith("Dear Maria,", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmailWithAResearchFactKeepsTheOrganisationAndTheWiderFieldBecauseTheGreetingAndSignOffAreNotCounted()
    {
        // 77 words with the greeting and sign-off, 71 in the body the check counts: it fits as it is.
        var profile = Samples.Profile() with { DisplayName = "Priya Nair", FieldsOfInterest = [new FieldOfInterest { Name = "data analysis", BroaderArea = "tech" }] };
        Contact marcus = Samples.ReferredContact() with
        {
            Name = "Marcus Webb",
            Organisation = "Ocado",
            ResearchFact = "he led the switch to a new forecasting model last year",
        };

        ScriptDraft email = AskScriptBuilder.BuildEmail(profile, marcus);

        Assert.True(email.Text.Contains("at Ocado", StringComparison.Ordinal), email.Text);
        Assert.Contains("data analysis, and tech more broadly", email.Text, StringComparison.Ordinal);
        Assert.All(OutreachEmailChecker.Check(email.Text).Findings, f => Assert.True(f.Passed, f.RuleId + "\n" + email.Text));
    }

    [Fact]
    public void EmailDropsTheOrganisationWhenItWouldPushTheNoteOverTheLimit()
    {
        Contact contact = Samples.ColdContact() with
        {
            Organisation = "the Greater Northern Regional Paediatric and Neonatal Intensive Care Transport and Retrieval Service Trust Foundation",
        };

        ScriptDraft email = AskScriptBuilder.BuildEmail(Samples.Profile(), contact);

        Assert.Contains(OutreachEmailChecker.Check(email.Text).Findings, f => f.RuleId == CheckRuleIds.EmailLength && f.Passed);
    }

    [Theory]
    [InlineData("they just launched a savings feature and she wrote a post about diary studies", "Monzo",
        "Monzo just launched a savings feature and you wrote a post about diary studies")]
    [InlineData("they just launched a savings feature and she wrote a post about diary studies", null,
        "your team just launched a savings feature and you wrote a post about diary studies")]
    [InlineData("he says they're hiring researchers", "Monzo", "you say Monzo is hiring researchers")]
    [InlineData("they spoke at the careers fair", "Monzo", "you spoke at the careers fair")]
    [InlineData("she runs their research team", "Monzo", "you run your research team")]
    [InlineData("she designed the onboarding course for andela new engineers", "Andela", "you designed the onboarding course for Andela new engineers")]
    [InlineData("she mentors at andelastudio", "Andela", "you mentor at andelastudio")]
    public void TheyBesideSheIsTheOrganisationNotTheContact(string note, string? organisation, string said) =>
        Assert.Equal(said, Text.SecondPerson.From(note, organisation));

    [Fact]
    public void AFieldThatIsItselfResearchIsExploredAndTheContactIsAddressedAsYou()
    {
        var field = new FieldOfInterest { Name = "UX research" };
        Contact maria = Samples.ReferredContact() with { ResearchFact = "she leads the research for their new savings app" };

        ScriptDraft phone = AskScriptBuilder.BuildPhoneAsk(Samples.Profile(), maria, field);

        Assert.Contains("I'm exploring a career in UX research", phone.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("researching UX research", phone.Text, StringComparison.Ordinal);
        Assert.Contains("What caught my interest: you lead the research for your new savings app.", phone.Text, StringComparison.Ordinal);
        Assert.All(PitchChecker.Check(phone.Text).Findings, f => Assert.True(f.Passed, f.RuleId + "\n" + phone.Text));
    }

    [Fact]
    public void ChosenFieldOverridesTheFirstFieldOfInterest()
    {
        CoachingProfile profile = Samples.Profile();

        ScriptDraft referral = AskScriptBuilder.BuildReferralAsk(profile, field: profile.FieldsOfInterest[1]);

        Assert.Contains("school counselling", referral.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingOpeningUsesTheAgreedLength()
    {
        Contact contact = Samples.ReferredContact() with
        {
            Meeting = new MeetingDetails { StartsAt = Samples.Now, TimeZoneId = "Europe/London", DurationMinutes = 20 },
        };

        ScriptDraft opening = AskScriptBuilder.BuildMeetingOpening(Samples.Profile(), contact);

        Assert.Contains("the 20 minutes we agreed", opening.Text, StringComparison.Ordinal);
        Assert.Contains("Priya Shah", opening.Text, StringComparison.Ordinal);
    }
    [Fact]
    public void TheLinkedInNoteKeepsTheFactsFirstClauseWhenTheWholeFactWouldRunOverTheLimit()
    {
        Contact daniel = Samples.ReferredContact() with
        {
            Name = "Daniel Osei",
            ResearchFact = "he gave a talk at UX London about researching money anxiety, i watched it on youtube",
        };

        string note = AskScriptBuilder.BuildLinkedInMessage(Samples.Profile(), daniel).Text;

        Assert.True(note.Length <= AskScriptBuilder.LinkedInNoteLimit, note);
        Assert.Contains("What caught my interest: you gave a talk at UX London about researching money anxiety.", note, StringComparison.Ordinal);
        Assert.DoesNotContain("youtube", note, StringComparison.OrdinalIgnoreCase);
    }
}
