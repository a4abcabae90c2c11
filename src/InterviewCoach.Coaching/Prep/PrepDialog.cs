using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;

namespace InterviewCoach.Coaching.Prep;

/// <summary><c>prep</c>: the meeting-day checklist for a contact (or any meeting).</summary>
internal sealed class PrepDialog : WaterfallDialog
{
    public const string DialogId = "prep";

    private readonly CoachServices _services;

    public PrepDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep((step, ct) => ContactPicker.AskAsync(step, _services, "Which meeting are you getting ready for?", allowGeneric: true, ct));
        AddStep(ShowAsync);
    }

    private async ValueTask<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, ContactPicker.PickedValue(step.Result), cancellationToken).ConfigureAwait(false);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        string listId = contact?.Id ?? QuestionList.GenericId;
        QuestionList? questions = (await _services.Records
            .GetAsync(step.UserKey, UserRecordKinds.QuestionList, listId, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false))?.Value;
        step.Send(MeetingPrep.Checklist(contact, profile, questions, step.TimeZone, _services.ReminderPolicy.Options.ArriveEarly));
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
