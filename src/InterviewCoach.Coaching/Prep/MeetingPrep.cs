using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Prep;

/// <summary>
/// The meeting-day checklist: notes and questions, this week's news, clothes, the way there, the résumé, the time,
/// and the lines to close with (<see cref="ClosingLines"/>). Shown by <c>prep</c> and sent as the reminder the day before a meeting.
/// </summary>
public static class MeetingPrep
{
    /// <summary>Builds the checklist card for a meeting with <paramref name="contact"/> (or any meeting when null).</summary>
    /// <param name="contact">Who the user is meeting, when known.</param>
    /// <param name="profile">The user's goals, for the field to read news about.</param>
    /// <param name="questions">The saved question list for this contact, when there is one.</param>
    /// <param name="userTimeZone">Used to show the meeting time when the meeting's own time zone is unknown.</param>
    /// <param name="arriveEarly">How long before the start to arrive (D6); 10 minutes when not given.</param>
    public static CardReply Checklist(Contact? contact, CoachingProfile? profile, QuestionList? questions, TimeZoneInfo userTimeZone, TimeSpan? arriveEarly = null)
    {
        ArgumentNullException.ThrowIfNull(userTimeZone);
        TimeSpan early = arriveEarly ?? TimeSpan.FromMinutes(10);
        string name = contact is null ? "your contact" : Text.PersonNameCasing.Cased(contact.Name);
        string? field = profile is { FieldsOfInterest.Count: > 0 } ? profile.FieldsOfInterest[0].Name : null;
        MeetingDetails? meeting = contact?.Meeting;
        bool phone = questions?.Format == MeetingFormat.Phone || AskLength.For(contact).IsCall;

        // One length everywhere: the agreed one, else the list's, else the ask's, never past the format's cap (D2-D4).
        int minutes = QuestionListRules.Length(contact, phone ? MeetingFormat.Phone : MeetingFormat.InPerson)
            .Capped(meeting?.DurationMinutes ?? questions?.MeetingMinutes ?? 0);

        var facts = new List<CardFact>();
        if (meeting is not null)
        {
            facts.Add(new CardFact("When", LocalTime(meeting, userTimeZone)));
            if (!phone)
            {
                facts.Add(new CardFact("Be there by", ArriveBy(meeting, userTimeZone, early)));
            }

            if (meeting.Goal is { Length: > 0 } goal)
            {
                facts.Add(new CardFact("Your goal", goal.Trim()));
            }
            if (!string.IsNullOrWhiteSpace(meeting.Place))
            {
                facts.Add(new CardFact("Where", meeting.Place.Trim()));
            }
        }

        // The budget beside the length, so a call is not planned like a visit (S076, D4).
        facts.Add(new CardFact("Length", string.Create(
            CultureInfo.InvariantCulture,
            $"{minutes} minutes ({(phone ? $"a call stays within {AskLength.Call.Range}" : $"never more than {AskLength.InPersonCap} unless they offer")})")));

        string questionsLine = questions is null
            ? contact is null
                ? "Go over your notes and your questions. No list yet? Type **questions** to make one."
                : $"Go over your notes on {name}. There's no question list for them yet: type **questions** to make one."
            : string.Create(CultureInfo.InvariantCulture, $"Go over your notes and your {questions.TotalCount} questions, most important first.");
        string news = (field, contact?.Organisation) switch
        {
            ({ } f, { Length: > 0 } organisation) => $"Look up this week's news in {f} and about {organisation.Trim()}; something recent makes a natural opening question.",
            ({ } f, _) => $"Look up this week's news in {f}; something recent makes a natural opening question.",
            (null, { Length: > 0 } organisation) => $"Look up this week's news about {organisation.Trim()} and their field; something recent makes a natural opening question.",
            _ => "Look up this week's news in the field; something recent makes a natural opening question.",
        };
        string route = phone
            ? "Check the number or link, find a quiet spot with good signal, and be ready 10 minutes early."
            : meeting?.Directions is { Length: > 0 } directions
                ? $"Plan your route ({directions.Trim()}) and leave early enough to be there by the time above."
                : meeting is not null
                    ? "Plan your route and how long it takes, and leave early enough to be there by the time above."
                    : string.Create(CultureInfo.InvariantCulture, $"Plan your route and how long it takes, and leave early enough to be there {early.TotalMinutes:0} minutes before the start.");

        var dayBefore = new List<string> { questionsLine, news };
        if (!phone)
        {
            dayBefore.Add("Decide what to wear: neat, and a step smarter than people there usually dress.");
        }

        dayBefore.Add(route);

        return new CardReply(contact is null ? "Meeting-day checklist" : $"Getting ready to meet {name}")
        {
            Subtitle = contact?.Organisation,
            Facts = facts,
            Sections =
            [
                new CardSection { Heading = "Before you go", Items = dayBefore },
                new CardSection
                {
                    Heading = "Bring",
                    Items =
                    [
                        "Your question list and something to take notes with.",
                        // On a call there is no bag and no card to hand over: the same advice in a call's terms.
                        (questions?.Questions.Any(q => q.BankId == QuestionBank.ResumeReview.Id) == true, phone) switch
                        {
                            (true, false) => "A copy of your résumé for the review question near the end of your list; keep it in your bag until then, and skip the question if time is short.",
                            (true, true) => "Your résumé open beside you for the review question near the end of your list; send it only then, and skip the question if time is short.",
                            (false, false) => "A copy of your résumé, but keep it in your bag unless they ask for it: today is about advice.",
                            (false, true) => "Your résumé open beside you, but send it only if they ask for it: today is about advice.",
                        },
                    ],
                },
                new CardSection
                {
                    Heading = "In the conversation",
                    Items =
                    [
                        "You lead this meeting: open with thanks and your purpose, then start on your first question. Don't wait for them to ask you things.",
                        "They'll form an impression of you as you talk, so act as carefully as in a job interview: the aim is for them to be happy to recommend you.",
                        .. !phone && MeetingVenues.AtCafe(contact, meeting) ? ["It's a café: offer to buy their drink."] : Array.Empty<string>(),
                        string.Create(CultureInfo.InvariantCulture, $"Stick to the {minutes} minutes you asked for; when time is nearly up, say so and offer to wrap up."),
                        phone ? "Check the best email for them before you hang up, so your thank-you reaches them." : "Ask for their business card so following up is easy.",
                    ],
                },
                new CardSection
                {
                    Heading = "Closing lines",
                    Items =
                    [
                        $"As time runs out: {ClosingLines.TimeCheck(minutes)}",
                        $"If it runs long, because they chose to keep going: at {ClosingLines.CheckInMinutes} minutes, {ClosingLines.RunningLongCheckIn()}",
                        $"Your last request, who else they'd suggest you talk to: {ClosingLines.ReferralLastRequest(profile)}",
                        $"Advice on your goal: {ClosingLines.AdviceOnGoal(profile)}",
                        $"Staying in touch: {ClosingLines.StayInTouch}",
                        $"Reporting back: {ClosingLines.ReportBack}",
                        phone ? ClosingLines.ResumeOnCall : ClosingLines.Resume,
                    ],
                },
                new CardSection { Markdown = "Afterwards, type **debrief** while it's fresh." },
            ],
        };
    }

    private static string ArriveBy(MeetingDetails meeting, TimeZoneInfo fallback, TimeSpan early)
    {
        TimeZoneInfo zone = TimeZoneInfo.TryFindSystemTimeZoneById(meeting.TimeZoneId, out TimeZoneInfo? found) ? found : fallback;
        return TimeZoneInfo.ConvertTime(meeting.StartsAt - early, zone).ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static string LocalTime(MeetingDetails meeting, TimeZoneInfo fallback)
    {
        TimeZoneInfo zone = TimeZoneInfo.TryFindSystemTimeZoneById(meeting.TimeZoneId, out TimeZoneInfo? found) ? found : fallback;
        DateTimeOffset local = TimeZoneInfo.ConvertTime(meeting.StartsAt, zone);
        return local.ToString("dddd d MMMM, HH:mm", CultureInfo.InvariantCulture);
    }
}
