using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Prep;

/// <summary>The day-before reminder: the meeting-day checklist for one contact, read from the user's records.</summary>
public static class PrepReminder
{
    /// <summary>The replies to send the day before meeting <paramref name="contactId"/>, or none when the contact is gone.</summary>
    public static async ValueTask<IReadOnlyList<Reply>> BuildAsync(
        CoachServices services, string userKey, string contactId, TimeZoneInfo userTimeZone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        Contact? contact = await ContactRecords.GetAsync(services.Records, userKey, contactId, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            return [];
        }

        CoachingProfile? profile = await ProfileRecords.GetAsync(services.Records, userKey, cancellationToken).ConfigureAwait(false);
        QuestionList? questions = (await services.Records
            .GetAsync(userKey, UserRecordKinds.QuestionList, contact.Id, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false))?.Value;
        return
        [
            new TextReply($"You're meeting **{contact.Name}** tomorrow. Here's your checklist."),
            MeetingPrep.Checklist(contact, profile, questions, userTimeZone, services.ReminderPolicy.Options.ArriveEarly),
        ];
    }
}
