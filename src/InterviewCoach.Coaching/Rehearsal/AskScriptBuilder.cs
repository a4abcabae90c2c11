using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Drafts the scripts for asking someone for an informational interview and for the conversation's first and
/// last minute. Works from the profile and, when known, the contact; without a contact the scripts are generic,
/// and missing details appear as bracketed placeholders such as "[the field]" for the user to fill.
/// The optional <c>field</c> parameters choose which field of interest to name; the profile's first by default.
/// </summary>
public static partial class AskScriptBuilder
{

    public static ScriptDraft BuildPhoneAsk(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        PhoneAsk(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildVoicemail(CoachingProfile profile, Contact? contact, DateTimeOffset now, FieldOfInterest? field = null) =>
        Voicemail(ScriptFacts.From(profile, contact, field), now);

    public static ScriptDraft BuildEmail(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        Email(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildLetter(CoachingProfile profile, Contact? contact, DateTimeOffset today, FieldOfInterest? field = null) =>
        Letter(ScriptFacts.From(profile, contact, field), today);

    public static ScriptDraft BuildLinkedInMessage(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        LinkedInMessage(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildIntroductionRequest(CoachingProfile profile, Contact contact, FieldOfInterest? field = null) =>
        IntroductionRequest(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildMeetingOpening(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        MeetingOpening(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildReferralAsk(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        ReferralAsk(ScriptFacts.From(profile, contact, field));

    // "I'm researching UX research" trips the tongue: a field that is itself research is explored instead.
    private static string Researching(string field) =>
        field.Contains("research", StringComparison.OrdinalIgnoreCase) ? $"I'm exploring a career in {field}" : $"I'm researching {field}";

    internal static ScriptDraft PhoneAsk(ScriptFacts facts)
    {
        string field = facts.FieldOrPlaceholder;
        var steps = new List<ScriptStep>
        {
            new("Introduce yourself", $"{Hello(facts)} my name is {facts.UserNameOrPlaceholder}."),
            new("Say how you got their name", HowWeConnectSpoken(facts)),
            new("Check it's a good time", "Is now a good time for a short chat, or would you rather I called you back later?"),
            new("Say why you're calling", $"{Researching(field)} and would really value your advice; I'm not looking for a job."),
        };
        if (facts.ResearchFact is { } fact)
        {
            steps.Add(new ScriptStep("Say why them", $"What caught my interest: {SecondPerson.From(fact, facts.Organisation)}."));
        }

        steps.Add(new ScriptStep("Ask for a short meeting", SpokenAsk(facts)));
        steps.Add(new ScriptStep("Show you value their time", "I know you're busy, so I'll keep it brief; any guidance would mean a lot."));

        string contactName = facts.ContactName ?? "[their name]";
        string receptionistReferrer = facts.Referrer is { } referrer ? $" {referrer} suggested I get in touch with {contactName}." : $" I'm hoping to speak with {contactName}.";
        var followUps = new List<ScriptStep>
        {
            new("If it's not a good time", "No problem at all. When would be a better time for me to call you back? (Write it down, and ring at exactly that time.)"),
            new(
                "If a receptionist answers",
                $"Hello, my name is {facts.UserNameOrPlaceholder}.{receptionistReferrer} It's about their advice on {facts.FieldOrTheirs}, not a job. Could you tell me when they're usually easiest to reach? "
                + $"And could I leave my name and number? It's {facts.PhoneOrPlaceholder}. (Note the time they give you, and call then.)"),
            new("Once they agree", OnceTheyAgree(facts)),
        };

        return new ScriptDraft { Kind = PracticeKind.PhoneAsk, Text = Join(steps), Steps = steps, FollowUps = followUps };
    }

    internal static ScriptDraft Voicemail(ScriptFacts facts, DateTimeOffset now)
    {
        string weekday = (facts.CallAgainDay ?? BusinessCalendar.NextBusinessDay(now).DayOfWeek).ToString();
        string phone = facts.PhoneOrPlaceholder;
        var steps = new List<ScriptStep>
        {
            new("Say who you are", $"{Hello(facts)} this is {facts.UserNameOrPlaceholder}."),
            new("Say how you got their name", HowWeConnectSpoken(facts)),
            new("Say why, briefly", $"{Researching(facts.FieldOrPlaceholder)} and would value your advice; I'm not calling about a job."),
            new("Leave your number, twice", $"You can reach me on {phone}. Again, that's {phone}."),
            new("Keep the initiative", $"I'll try you again on {weekday}, so there's no need to call me back."),
            new("Close warmly", "Thank you, and I hope we can speak soon."),
        };

        return new ScriptDraft { Kind = PracticeKind.Voicemail, Text = Join(steps), Steps = steps };
    }

    internal static ScriptDraft Email(ScriptFacts facts)
    {
        ScriptDraft draft = ComposeEmail(facts);

        // A long organisation name can push a short note over the limit; it is the first thing to drop, then the
        // broader area. Who the user is, the fact about the contact and the ask itself stay. The limit is on the body,
        // as the check counts it: the greeting and the sign-off are not part of it.
        if (BodyWords(draft) >= OutreachEmailChecker.MaxWords && facts.Organisation is not null)
        {
            facts = facts with { Organisation = null };
            draft = ComposeEmail(facts);
        }

        if (BodyWords(draft) >= OutreachEmailChecker.MaxWords)
        {
            draft = ComposeEmail(facts with { ShortInterest = true });
        }

        return BodyWords(draft) >= OutreachEmailChecker.MaxWords
            ? ComposeEmail(facts with { BroaderArea = null, ShortInterest = true })
            : draft;
    }

    private static int BodyWords(ScriptDraft email) => EmailBody.CountWords(EmailBody.Extract(email.Text));

    /// <summary>
    /// The first minute of the meeting: thanks, the purpose restated with how the meeting was arranged and who
    /// suggested it (S078), why this person (S079), a student's graduation or internship research (S081), not a job,
    /// the agreed length, then the user's background sketch (S082).
    /// </summary>
    internal static ScriptDraft MeetingOpening(ScriptFacts facts)
    {
        int minutes = facts.Length.Capped(facts.Meeting?.DurationMinutes ?? 0);
        bool introduced = facts.ArrangedVia == AskedVia.NotRecorded && facts.IntroductionBy is not null && facts.Connection == ConnectionKind.ReferredBy;
        string? referrer = introduced ? null : facts.Referrer;
        string referrerClause = referrer is { } named ? $", and {named} felt you'd be a great person to learn from" : string.Empty;
        string student = facts.Graduation is { } graduation ? $"I'm a student graduating in {graduation}, and " : string.Empty;
        string researching = facts.InternshipResearch
            ? $"I'm researching internships in {facts.FieldOrPlaceholder} and would value an insider's view"
            : Researching(facts.FieldOrPlaceholder);
        string notAJob = facts.InternshipResearch
            ? "To be clear, I'm not hoping for a job or an internship out of this; I'd simply love to hear about your experience."
            : "To be clear, I'm not hoping for a job out of this; I'd simply love to hear about your experience.";
        var steps = new List<ScriptStep>
        {
            new("Thank them", "Thank you for making time to see me today."),
            new("Restate your purpose", $"{ArrangedOpening(facts, introduced)}, {student}{researching}{referrerClause}."),
            new("Say why them", WhyThem(facts)),
            new("Say you're not here for a job", notAJob),
            new("Respect the time", $"I'll keep us to the {minutes} minutes we agreed."),
            new("Then your background, briefly", facts.Sketch is { } sketch ? sketch + "." : "[a few sentences about your background: type sketch to write them once]"),
        };

        return new ScriptDraft { Kind = PracticeKind.MeetingOpening, Text = Join(steps), Steps = steps };
    }

    // The channel the ask went out on, so the opener picks up where it left off (S078).
    private static string ArrangedOpening(ScriptFacts facts, bool introduced) => introduced
        ? $"As {facts.IntroductionBy} mentioned when introducing us"
        : facts.ArrangedVia switch
        {
            AskedVia.Phone => "As I mentioned when we spoke on the phone",
            AskedVia.Email => "As I mentioned in my email",
            AskedVia.Letter => "As I mentioned in my letter",
            AskedVia.LinkedIn => "As I mentioned in my LinkedIn message",
            AskedVia.InPerson => "As I mentioned when we met",
            _ => "As I mentioned when we arranged this",
        };

    // A starter goal picked as this meeting's goal, said the way one says it to the person (a label such as "Learn how
    // people get hired" would sound like a job request out loud).
    private static string? StarterGoalWords(string goal, ScriptFacts facts) => QuestionGoals.FromLabel(goal) switch
    {
        InterviewPurposes.JudgeFit => "see whether this field suits me",
        InterviewPurposes.LearnEntryPath => $"learn what it takes to train and qualify in {facts.FieldOrPlaceholder}",
        InterviewPurposes.GrowNetwork => $"meet more of the people who work in {facts.FieldOrPlaceholder}",
        InterviewPurposes.FindLocalEmployers => facts.Field is { Length: > 0 } named ? $"learn which organisations around here do {named} work" : "learn which organisations around here do work like yours",
        InterviewPurposes.EvaluateEmployer => $"hear what {facts.Organisation ?? "your organisation"} is like from the inside",
        InterviewPurposes.LearnHowPeopleGetHired => $"understand how people usually come into {facts.FieldOrPlaceholder}",
        InterviewPurposes.PractiseForJobInterviews => $"hear how someone in {facts.FieldOrPlaceholder} sees the work",
        _ => null,
    };

    private static readonly string[] s_goalVerbs =
    [
        "learn", "find", "see", "understand", "get", "hear", "ask", "know", "explore", "test", "size", "meet", "discover",
        "compare", "judge", "check", "practise", "practice", "talk", "work", "figure", "decide", "build", "grow",
    ];

    // Why this person (S079): the meeting's own goal, else the reason the user gave for choosing them, else what they
    // found out about them, else a gap to fill.
    private static string WhyThem(ScriptFacts facts)
    {
        if (facts.MeetingGoal is { } picked && StarterGoalWords(picked, facts) is { } starter)
        {
            return $"I wanted to talk with you in particular because I'd like to {starter}.";
        }

        if (facts.MeetingGoal is { } goal)
        {
            string said = WithoutLead(SecondPerson.From(Phrasing.LowerFirstForMidSentence(goal)), out _);
            return StartsWithGoalVerb(said)
                ? $"I wanted to talk with you in particular because I'd like to {said}."
                : $"I wanted to talk with you in particular to learn about {said}.";
        }

        if (facts.WhyThem is { } reason)
        {
            // "she moved from the wards into teaching" is a reason; "to hear how she..." or "learn how..." is a hope.
            string said = SecondPerson.From(Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(reason)));
            if (said.StartsWith("because ", StringComparison.OrdinalIgnoreCase))
            {
                said = said["because ".Length..];
            }

            string hope = WithoutLead(said, out bool hadLead);
            return hadLead || StartsWithGoalVerb(hope)
                ? $"I wanted to talk with you in particular because I'd like to {hope}."
                : $"I wanted to talk with you in particular because {said}.";
        }

        return facts.ResearchFact is { } fact
            ? $"I wanted to talk with you in particular because I understand {SecondPerson.From(fact, facts.Organisation)}."
            : "I wanted to talk with you in particular because [why them: what you found out about them, or what you hope to learn from them].";
    }

    private static string WithoutLead(string said, out bool hadLead)
    {
        hadLead = false;
        foreach (string lead in new[] { "i want to ", "i'd like to ", "i would like to ", "to " })
        {
            if (said.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                said = said[lead.Length..];
                hadLead = true;
            }
        }

        return said;
    }

    private static bool StartsWithGoalVerb(string said) => s_goalVerbs.Contains(said.Split(' ', 2)[0].ToLowerInvariant());

    /// <summary>The placeholder for the kind of role the contact said might suit the user, filled in by the user.</summary>
    public const string MentionedAreaPlaceholder = "[the area they mentioned]";

    /// <summary>The referral ask framed as one last request, tied to an area the contact mentioned (S090).</summary>
    public static string LastRequest(string field) =>
        $"May I make one last request? You mentioned {MentionedAreaPlaceholder} as a good fit for someone exploring {field}. "
        + "Is there anyone else in that area who you think would also be willing to share some advice?";

    /// <summary>The referral ask aimed at a named function at a named company (S091).</summary>
    public static string TargetedReferral(string function, string company) =>
        $"Do you know anyone in {function} at {company} who could advise me, and perhaps point me to others worth talking to?";

    internal static ScriptDraft ReferralAsk(ScriptFacts facts)
    {
        string field = facts.FieldOrPlaceholder;
        var steps = new List<ScriptStep>
        {
            new("Thank them", "Thank you: you've been generous with your time, and you've given me ideas I hadn't thought of."),
            new("Frame it as a last request", LastRequest(field)),
            new("Ask to use their name", "If I get in touch with them, would you mind if I said you suggested it?"),
        };
        var followUps = new List<ScriptStep>
        {
            new("Or ask for someone specific", TargetedReferral("[the function, e.g. market research]", "[the company]")),
            new("Then ask about associations", $"And are there any professional associations in {field} you'd suggest I join or get in touch with?"),
        };

        return new ScriptDraft { Kind = PracticeKind.ReferralAsk, Text = Join(steps), Steps = steps, FollowUps = followUps };
    }

    private static ScriptDraft ComposeEmail(ScriptFacts facts)
    {
        string field = facts.FieldOrPlaceholder;
        string broad = facts.BroaderArea is { } area ? $"{area} more broadly" : "the wider field around it";
        string interest = !facts.ShortInterest ? string.Empty
            : facts.BroaderArea is { } wider ? $"I'm exploring {field}, and {wider} more broadly."
            : $"I'm exploring {field}.";
        string greeting = facts.ContactName is { } name ? $"Dear {Phrasing.FirstName(name)}," : "Hello,";
        string experience = facts.Organisation is { } org ? $"Your work at {org}" : "Your work";

        var steps = new List<ScriptStep>
        {
            new("Greet them", greeting),
            new("Say how you're connected, first", HowWeConnectWritten(facts)),
        };
        AddIfPresent(steps, "Say who you are, briefly", facts.Background is { } background ? Phrasing.Sentence(background) : null);
        // With no field saved there is nothing to name narrowly: asking what the work is like reads naturally instead.
        string named = facts.Field is { Length: > 0 } || facts.BroaderArea is not null
            ? $"{experience} makes you ideal to ask about {field}, and {broad}."
            : $"{experience} makes you the right person to ask what the work is really like.";
        steps.Add(new ScriptStep("Name your interest narrowly, then broadly", interest.Length > 0 ? interest : named));
        AddIfPresent(steps, "Show you did your homework", facts.ResearchFact is { } fact ? $"What caught my interest: {SecondPerson.From(fact, facts.Organisation)}." : null);
        steps.Add(new ScriptStep("Ask, as a question", WrittenAsk(facts)));
        steps.Add(new ScriptStep("Say it is not about a job", "I'm gathering information, not looking for a job."));
        AddIfPresent(steps, "Say why the résumé is there", facts.IncludeResume ? ResumeSentence : null);
        steps.Add(new ScriptStep("Promise to follow up", "I'll phone you next week to follow up."));
        steps.Add(new ScriptStep("Sign off", $"Best wishes,\n{facts.UserNameOrPlaceholder}"));

        string subject = facts.Referrer is { } referrer
            ? $"{referrer} suggested I get in touch"
            : facts.Field is { Length: > 0 } ? $"A question about your work in {field}"
            : "A question about your work";
        return new ScriptDraft { Kind = PracticeKind.Email, Subject = subject, Text = JoinEmail(steps), Steps = steps };
    }

    /// <summary>The sentence a written ask gains when the user chooses to enclose a résumé (S043, D7).</summary>
    public const string ResumeSentence = "I've attached my résumé only to give you some background.";

    /// <summary>The longest LinkedIn connection note LinkedIn accepts.</summary>
    public const int LinkedInNoteLimit = 300;

    internal static ScriptDraft Letter(ScriptFacts facts, DateTimeOffset today)
    {
        string field = facts.FieldOrPlaceholder;
        string greeting = facts.ContactName is { } name ? $"Dear {name}," : "Dear [their name],";
        var body = new List<ScriptStep>
        {
            new("Say how you're connected, first", HowWeConnectWritten(facts)),
        };
        AddIfPresent(body, "Say who you are, briefly", facts.Background is { } background ? Phrasing.Sentence(background) : null);
        body.Add(new ScriptStep(
            "Say what you're researching",
            $"{Researching(field)}{(facts.BroaderArea is { } area ? $" and {area} more broadly" : string.Empty)}, and your experience{(facts.Organisation is { } org ? $" at {org}" : string.Empty)} would help me understand it far better than anything I can read."));
        AddIfPresent(body, "Show you did your homework", facts.ResearchFact is { } fact ? $"What caught my interest: {SecondPerson.From(fact, facts.Organisation)}." : null);
        body.Add(new ScriptStep("Ask, as a question", WrittenAsk(facts)));
        body.Add(new ScriptStep("Say it is not about a job", "To be clear, I'm asking for your advice and information, not for a job."));
        AddIfPresent(body, "Say why the résumé is there", facts.IncludeResume ? "I've enclosed my résumé only to give you some background." : null);
        body.Add(new ScriptStep("Say you'll call", "I'll telephone you next week to see whether a time might suit you."));

        string phone = facts.UserPhone is { } number ? $"\n{number}" : string.Empty;
        string dated = today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        string text = $"{dated}\n\n{greeting}\n\n{string.Join(' ', body.Select(s => s.Words))}\n\nYours sincerely,\n{facts.UserNameOrPlaceholder}{phone}";
        return new ScriptDraft
        {
            Kind = PracticeKind.Email,
            Text = text,
            Steps = body,
            IsWritten = true,
            Title = facts.ContactName is { } contact ? $"Your letter to {contact}" : "Your letter asking for a conversation",
        };
    }

    internal static ScriptDraft LinkedInMessage(ScriptFacts facts)
    {
        string hello = facts.ContactName is { } name ? $"Hi {Phrasing.FirstName(name)}," : "Hi,";
        string connection = facts.Referrer is { } referrer ? $"{referrer} suggested I get in touch." : HowWeConnectWritten(facts);
        string ask = facts.Length.IsCall
            ? $"Could I have {facts.Length.Range} of your advice by phone or video, whenever suits you?"
            : $"Could I have {facts.Length.Range} of your advice, whenever and wherever suits you?";
        var parts = new List<string>
        {
            hello,
            connection,
            $"I'm exploring {facts.FieldOrPlaceholder}.",
            facts.ResearchFact is { } fact ? $"What caught my interest: {SecondPerson.From(fact, facts.Organisation)}." : string.Empty,
            ask,
            "Not about a job, just your experience.",
            facts.IncludeResume ? "My résumé is on my profile, only as background." : string.Empty,
            $"Thank you, {Phrasing.FirstName(facts.UserNameOrPlaceholder)}",
        };

        // A connection note has a hard limit: the résumé line goes first, then what follows the fact's first comma
        // ("..., I watched it on YouTube"), then the fact, then the connection detail.
        string text = JoinNote(parts);
        if (text.Length > LinkedInNoteLimit && parts[6].Length > 0)
        {
            parts[6] = string.Empty;
            text = JoinNote(parts);
        }

        if (text.Length > LinkedInNoteLimit && facts.ResearchFact is { } longFact && longFact.IndexOf(',', StringComparison.Ordinal) is > 0 and int comma)
        {
            parts[3] = $"What caught my interest: {SecondPerson.From(longFact[..comma], facts.Organisation)}.";
            text = JoinNote(parts);
        }

        foreach (int optional in (int[])[3, 1])
        {
            if (text.Length <= LinkedInNoteLimit)
            {
                break;
            }

            parts[optional] = string.Empty;
            text = JoinNote(parts);
        }

        return new ScriptDraft
        {
            Kind = PracticeKind.Email,
            Text = text,
            Steps = [new ScriptStep("Message", text)],
            IsWritten = true,
            Title = facts.ContactName is { } contact ? $"Your LinkedIn message to {contact}" : "Your LinkedIn message",
            FollowUps = [new ScriptStep("Then", "Send it with your connection request, and plan to follow up by phone or message in about a week if you hear nothing.")],
        };
    }

    internal static ScriptDraft IntroductionRequest(ScriptFacts facts)
    {
        string via = facts.IntroductionBy ?? facts.Referrer ?? "[your mutual contact]";
        string contact = facts.ContactName ?? "[their name]";
        string first = Phrasing.FirstName(contact);
        var steps = new List<ScriptStep>
        {
            new("Greet them", $"Hi {Phrasing.FirstName(via)},"),
            new("Thank them", $"Thanks again for mentioning {contact}."),
            new("Ask for the introduction", $"Would you be willing to introduce us, by email or a quick call? I'd love {first}'s advice on {facts.FieldOrTheirs}; I'm not looking for a job."),
            new("Ask to be copied in", $"If you email {first}, could you copy me in, or let me know once you've been in touch, so I can follow up myself?"),
            new("Ask about their name", $"And may I say you suggested I contact {first}?"),
            new("Sign off", $"Thank you,\n{facts.UserNameOrPlaceholder}"),
        };
        string text = $"{steps[0].Words}\n\n{string.Join(' ', steps.Skip(1).Take(4).Select(s => s.Words))}\n\n{steps[^1].Words}";
        return new ScriptDraft
        {
            Kind = PracticeKind.Email,
            Text = text,
            Steps = steps,
            IsWritten = true,
            Title = $"Asking {via} to introduce you to {contact}",
        };
    }

    /// <summary>Guidance for asking in person (dropping by), in the coach's words: there is no script to read out.</summary>
    internal static IReadOnlyList<string> InPersonGuidance(ScriptFacts facts) =>
    [
        "Dropping by works best where people expect visitors (a shop, a clinic's front desk, a studio); at an office, call or write first.",
        $"Go at a quiet time, ask for {facts.ContactName ?? "them"} by name, and ask only for a time to talk later, not for the conversation there and then.",
        $"Say the same things as on the phone: your name, {(facts.Referrer is { } referrer ? $"that {referrer} suggested you" : "how you found them")}, that you're researching {facts.FieldOrTheirs}, and that you'd like {facts.Length.Range} of their advice, not a job.",
        "If they're busy, ask when suits them and leave a note with your name and number; then follow up yourself.",
        "Dress as you would for the meeting itself, and be as courteous to whoever greets you as to them.",
    ];

    private static string SpokenAsk(ScriptFacts facts)
    {
        if (facts.Length.IsCall)
        {
            return $"Could we have a short phone or video call of {facts.Length.Range}, whenever suits you?";
        }

        string venue = facts.Venue == MeetingVenue.Cafe
            ? "Perhaps at a café near you, or wherever suits you"
            : "I'd be glad to come to your workplace, or wherever suits you";
        string coffee = facts.OfferCoffee ? ", and the coffee would be on me" : string.Empty;
        return $"Could we meet for {facts.Length.Range}, whenever suits you? {venue}{coffee}.";
    }

    private static string WrittenAsk(ScriptFacts facts)
    {
        if (facts.Length.IsCall)
        {
            return $"Would you share your advice in a call of {facts.Length.Range}, whenever suits you?";
        }

        string coffee = facts.OfferCoffee ? " The coffee would be on me." : string.Empty;
        return facts.Venue == MeetingVenue.Cafe
            ? $"Would you share your advice over {facts.Length.Range} and a coffee near you, at a time that suits you?{coffee}"
            : $"Would you share your advice over {facts.Length.Range} at your workplace, or wherever and whenever suits you?{coffee}";
    }

    private static void AddIfPresent(List<ScriptStep> steps, string cue, string? words)
    {
        if (!string.IsNullOrWhiteSpace(words))
        {
            steps.Add(new ScriptStep(cue, words));
        }
    }

    private static string JoinNote(List<string> parts) =>
        string.Join(' ', parts.Where(p => p.Length > 0)).Replace(", Thank you", ",\nThank you", StringComparison.Ordinal);

    private static string Hello(ScriptFacts facts) =>
        facts.ContactName is { } name ? $"Hello {Phrasing.FirstName(name)}," : "Hello,";

    // The referrer comes first whenever there is one: it is the reason the contact will listen.
    private static string HowWeConnectSpoken(ScriptFacts facts)
    {
        if (facts.Referrer is { } referrer)
        {
            return facts.Introduced ? $"{referrer} kindly introduced us, and I'm following up as promised." : $"{referrer} suggested I give you a call.";
        }

        if (facts.Connection == ConnectionKind.None && facts.OwnConnection is { } own)
        {
            return own;
        }

        return facts.Connection switch
        {
            ConnectionKind.ReferredBy => "[Who referred you] suggested I give you a call.",
            ConnectionKind.Alumni => $"I found your name through {Note(facts, "our school's")} alumni network.",
            ConnectionKind.Association => $"We're both members of {Note(facts, "the same professional association")}, which is how I found your name.",
            ConnectionKind.LinkedIn => "I came across your profile on LinkedIn.",
            ConnectionKind.MetAtEvent => $"We met briefly at {Note(facts, "a recent event")}, and I hoped to follow up.",
            // Someone who knows the user needs no introduction, only a reminder of how: "We worked together at KPMG."
            ConnectionKind.KnowThem => facts.ConnectionNote is { } how ? HowWeKnowEachOther(how) : "It's been a while since we last spoke.",
            _ => facts.Organisation is { } org
                ? $"I came across your work at {org}."
                : "I came across your name while looking into the field.",
        };
    }

    // Written openings are shorter than spoken ones: an email has a 75-word budget.
    private static string HowWeConnectWritten(ScriptFacts facts)
    {
        if (facts.Referrer is { } referrer)
        {
            return facts.Introduced ? $"Thank you for replying to {referrer}'s introduction; I'm following up as promised." : $"{referrer} suggested I write to you.";
        }

        return facts.Connection switch
        {
            ConnectionKind.ReferredBy => "[Who referred you] suggested I write to you.",
            ConnectionKind.Association => $"We're both members of {Note(facts, "the same professional association")}.",
            ConnectionKind.MetAtEvent => $"We met at {Note(facts, "a recent event")}.",
            _ => HowWeConnectSpoken(facts),
        };
    }

    // "we worked together at KPMG" is a sentence already; "from KPMG" or "ex colleague" is said as how the two know each other.
    private static string HowWeKnowEachOther(string how) =>
        OwnClause().IsMatch(how) ? Phrasing.Sentence(how)
        : Phrasing.Sentence(LinkWord().IsMatch(how) ? $"we know each other {how}" : $"we know each other: {how}");

    private static string Note(ScriptFacts facts, string fallback) =>
        facts.ConnectionNote is { } note ? (facts.Connection == ConnectionKind.Alumni ? $"the {note}" : note) : fallback;

    private static string When(MeetingDetails? meeting)
    {
        if (meeting is null)
        {
            return "[day] at [time]";
        }

        DateTimeOffset local = TimeZoneInfo.TryFindSystemTimeZoneById(meeting.TimeZoneId, out TimeZoneInfo? zone)
            ? TimeZoneInfo.ConvertTime(meeting.StartsAt, zone)
            : meeting.StartsAt;
        return local.ToString("dddd d MMMM 'at' h:mm tt", CultureInfo.InvariantCulture);
    }

    // A call has no way there to ask about: the user confirms how they'll connect instead.
    private static string OnceTheyAgree(ScriptFacts facts) =>
        facts.Venue == MeetingVenue.Call && facts.Meeting?.Place is not { Length: > 0 }
            ? $"Wonderful, thank you. So that's {When(facts.Meeting)}. Shall I ring you on this number, or would you rather I sent a video link? I'll send a short note to confirm."
            : $"Wonderful, thank you. So that's {When(facts.Meeting)} at {Where(facts.Meeting)}. Could you tell me the best way to get there, and where I should go when I arrive?";

    private static string Where(MeetingDetails? meeting) =>
        meeting?.Place is { Length: > 0 } place ? Phrasing.Fragment(place) : "[place]";

    private static string Join(IEnumerable<ScriptStep> steps) => string.Join(' ', steps.Select(s => s.Words));

    // Greeting, body and sign-off sit on their own lines, as an email would be written.
    private static string JoinEmail(List<ScriptStep> steps) =>
        $"{steps[0].Words}\n\n{string.Join(' ', steps.Skip(1).Take(steps.Count - 2).Select(s => s.Words))}\n\n{steps[^1].Words}";

    [GeneratedRegex(@"^\s*(?:we|i|you|our|my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OwnClause();

    [GeneratedRegex(@"^\s*(?:from|through|via|at|since)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LinkWord();
}
