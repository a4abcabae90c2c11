using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Drafts the scripts for asking someone for an informational interview and for the conversation's first and
/// last minute. Works from the profile and, when known, the contact; without a contact the scripts are generic,
/// and missing details appear as bracketed placeholders such as "[the field]" for the user to fill.
/// The optional <c>field</c> parameters choose which field of interest to name; the profile's first by default.
/// </summary>
public static class AskScriptBuilder
{
    /// <summary>The length of conversation every ask requests; short enough to be an easy yes.</summary>
    public const string RequestedDuration = "20 to 30 minutes";

    public static ScriptDraft BuildPhoneAsk(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        PhoneAsk(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildVoicemail(CoachingProfile profile, Contact? contact, DateTimeOffset now, FieldOfInterest? field = null) =>
        Voicemail(ScriptFacts.From(profile, contact, field), now);

    public static ScriptDraft BuildEmail(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        Email(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildMeetingOpening(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        MeetingOpening(ScriptFacts.From(profile, contact, field));

    public static ScriptDraft BuildReferralAsk(CoachingProfile profile, Contact? contact = null, FieldOfInterest? field = null) =>
        ReferralAsk(ScriptFacts.From(profile, contact, field));

    internal static ScriptDraft PhoneAsk(ScriptFacts facts)
    {
        string field = facts.FieldOrPlaceholder;
        var steps = new List<ScriptStep>
        {
            new("Introduce yourself", $"{Hello(facts)} my name is {facts.UserNameOrPlaceholder}."),
            new("Say how you got their name", HowWeConnectSpoken(facts)),
            new("Check it's a good time", "Is now a good time for a short chat, or would you rather I called you back later?"),
            new("Say why you're calling", $"I'm researching {field} and would be grateful for your advice and some information; I'm not looking for a job."),
            new("Ask for a short meeting", $"Could we meet for {RequestedDuration}, whenever suits you? I'd be glad to come to your workplace if that's easiest for you."),
            new("Show you value their time", "I know how busy you are, so I'll keep it brief, and any guidance you can share would mean a lot."),
        };

        var followUps = new List<ScriptStep>
        {
            new("If it's not a good time", "No problem at all. When would be a better time for me to call you back? (Write it down, and ring at exactly that time.)"),
            new("Once they agree", $"Wonderful, thank you. So that's {When(facts.Meeting)} at {Where(facts.Meeting)}. Could you tell me the best way to get there, and where I should go when I arrive?"),
        };

        return new ScriptDraft { Kind = PracticeKind.PhoneAsk, Text = Join(steps), Steps = steps, FollowUps = followUps };
    }

    internal static ScriptDraft Voicemail(ScriptFacts facts, DateTimeOffset now)
    {
        string weekday = BusinessCalendar.NextBusinessDay(now).DayOfWeek.ToString();
        string phone = facts.PhoneOrPlaceholder;
        var steps = new List<ScriptStep>
        {
            new("Say who you are", $"{Hello(facts)} this is {facts.UserNameOrPlaceholder}."),
            new("Say how you got their name", HowWeConnectSpoken(facts)),
            new("Say why, briefly", $"I'm researching {facts.FieldOrPlaceholder} and would value your advice; I'm not calling about a job."),
            new("Leave your number, twice", $"You can reach me on {phone}. Again, that's {phone}."),
            new("Keep the initiative", $"I'll try you again on {weekday}, so there's no need to call me back."),
            new("Close warmly", "Thank you, and I hope we can speak soon."),
        };

        return new ScriptDraft { Kind = PracticeKind.Voicemail, Text = Join(steps), Steps = steps };
    }

    internal static ScriptDraft Email(ScriptFacts facts)
    {
        ScriptDraft draft = ComposeEmail(facts);

        // A long organisation name can push a short note over the limit; it is the first thing to drop.
        return SpeakingPace.CountWords(draft.Text) >= OutreachEmailChecker.MaxWords && facts.Organisation is not null
            ? ComposeEmail(facts with { Organisation = null })
            : draft;
    }

    internal static ScriptDraft MeetingOpening(ScriptFacts facts)
    {
        int minutes = facts.Meeting?.DurationMinutes is > 0 and var agreed ? agreed : 30;
        string referrerClause = facts.Referrer is { } referrer ? $", and {referrer} felt you'd be a great person to learn from" : string.Empty;
        var steps = new List<ScriptStep>
        {
            new("Thank them", "Thank you for making time to see me today."),
            new("Restate your purpose", $"As I mentioned when we spoke, I'm researching {facts.FieldOrPlaceholder}{referrerClause}."),
            new("Say you're not here for a job", "To be clear, I'm not hoping for a job out of this; I'd simply love to hear about your experience."),
            new("Respect the time", $"I'll keep us to the {minutes} minutes we agreed."),
        };

        return new ScriptDraft { Kind = PracticeKind.MeetingOpening, Text = Join(steps), Steps = steps };
    }

    internal static ScriptDraft ReferralAsk(ScriptFacts facts)
    {
        var steps = new List<ScriptStep>
        {
            new("Thank them", "This has been so helpful, and I'm grateful for your time."),
            new("Ask who else", $"Is there anyone else you think I should speak with about {facts.FieldOrPlaceholder}?"),
            new("Ask to use their name", "If I get in touch with them, would you mind if I said you suggested it?"),
        };

        return new ScriptDraft { Kind = PracticeKind.ReferralAsk, Text = Join(steps), Steps = steps };
    }

    private static ScriptDraft ComposeEmail(ScriptFacts facts)
    {
        string field = facts.FieldOrPlaceholder;
        string broad = facts.BroaderArea is { } area ? $"{area} more broadly" : "the wider field around it more broadly";
        string greeting = facts.ContactName is { } name ? $"Dear {Phrasing.FirstName(name)}," : "Hello,";
        string experience = facts.Organisation is { } org ? $"Your experience at {org}" : "Your experience";

        var steps = new List<ScriptStep>
        {
            new("Greet them", greeting),
            new("Say how you're connected, first", HowWeConnectWritten(facts)),
            new("Name your interest narrowly, then broadly", $"{experience} makes you the ideal person to ask about {field}, and {broad}."),
            new("Ask, as a question", "Would you share your advice over 20 minutes, at a time and place that suits you?"),
            new("Say it is not about a job", "I'm gathering information, not looking for a job."),
            new("Promise to follow up", "I'll phone you next week to follow up."),
            new("Sign off", $"Best wishes,\n{facts.UserNameOrPlaceholder}"),
        };

        string subject = facts.Referrer is { } referrer
            ? $"{referrer} suggested I get in touch"
            : $"A question about your work in {field}";
        return new ScriptDraft { Kind = PracticeKind.Email, Subject = subject, Text = JoinEmail(steps), Steps = steps };
    }

    private static string Hello(ScriptFacts facts) =>
        facts.ContactName is { } name ? $"Hello {Phrasing.FirstName(name)}," : "Hello,";

    // The referrer comes first whenever there is one: it is the reason the contact will listen.
    private static string HowWeConnectSpoken(ScriptFacts facts)
    {
        if (facts.Referrer is { } referrer)
        {
            return $"{referrer} suggested I give you a call.";
        }

        return facts.Connection switch
        {
            ConnectionKind.ReferredBy => "[Who referred you] suggested I give you a call.",
            ConnectionKind.Alumni => $"I found your name through {Note(facts, "our school's")} alumni network.",
            ConnectionKind.Association => $"We're both members of {Note(facts, "the same professional association")}, which is how I found your name.",
            ConnectionKind.LinkedIn => "I came across your profile on LinkedIn.",
            ConnectionKind.MetAtEvent => $"We met briefly at {Note(facts, "a recent event")}, and I hoped to follow up.",
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
            return $"{referrer} suggested I write to you.";
        }

        return facts.Connection switch
        {
            ConnectionKind.ReferredBy => "[Who referred you] suggested I write to you.",
            ConnectionKind.Association => $"We're both members of {Note(facts, "the same professional association")}.",
            ConnectionKind.MetAtEvent => $"We met at {Note(facts, "a recent event")}.",
            _ => HowWeConnectSpoken(facts),
        };
    }

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

    private static string Where(MeetingDetails? meeting) =>
        meeting?.Place is { Length: > 0 } place ? Phrasing.Fragment(place) : "[place]";

    private static string Join(IEnumerable<ScriptStep> steps) => string.Join(' ', steps.Select(s => s.Words));

    // Greeting, body and sign-off sit on their own lines, as an email would be written.
    private static string JoinEmail(List<ScriptStep> steps) =>
        $"{steps[0].Words}\n\n{string.Join(' ', steps.Skip(1).Take(steps.Count - 2).Select(s => s.Words))}\n\n{steps[^1].Words}";
}
