using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Prep;

/// <summary>
/// <c>prep</c>: the meeting-day checklist for a contact (or any meeting), then the "be ready to talk about yourself"
/// step (S053): practise the answer to "tell me about yourself", see the sketch, or skip.
/// </summary>
internal sealed class PrepDialog : WaterfallDialog
{
    public const string DialogId = "prep";

    private const string ContactKey = "contact";
    private const string PractiseValue = "practise";
    private const string SketchValue = "sketch";
    private const string SkipValue = "skip";

    private readonly CoachServices _services;

    public PrepDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep((step, ct) => ContactPicker.AskAsync(step, _services, "Which meeting are you getting ready for?", allowGeneric: true, ct));
        AddStep(ShowAsync);
        AddStep(AboutYouAsync);
    }

    private async ValueTask<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, ContactPicker.PickedValue(step.Result), cancellationToken).ConfigureAwait(false);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        string listId = contact?.Id ?? QuestionList.GenericId;
        QuestionList? questions = (await _services.Records
            .GetAsync(step.UserKey, UserRecordKinds.QuestionList, listId, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false))?.Value;
        step.Send(MeetingPrep.Checklist(contact, profile, questions, step.TimeZone, _services.ReminderPolicy.Options.ArriveEarly));
        step.Values.Set(ContactKey, contact?.Id ?? string.Empty);
        step.MarkSaved();
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = profile?.Sketch is null
                ? "Be ready to talk about yourself: they may ask, as in a job interview. Practise your answer to \"tell me about yourself\" now, or build your 30-second sketch first?"
                : "Be ready to talk about yourself: they may ask, as in a job interview. Practise your answer to \"tell me about yourself\" now? It builds on your sketch.",
            Help = "**Practise it** asks the question, times your answer and compares it with your sketch. **My sketch** shows or builds the sketch. **Not now** ends the prep.",
            Choices =
            [
                new(PractiseValue, "Practise it") { Synonyms = ["practise", "practice", "yes", "tell me about yourself"] },
                new(SketchValue, "My sketch") { Synonyms = ["sketch", "show my sketch", "build my sketch"] },
                new(SkipValue, "Not now") { Synonyms = ["no", "skip", "later", "done"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AboutYouAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string contactId = step.Values.GetOrDefault<string>(ContactKey) ?? string.Empty;
        return step.Result switch
        {
            PromptResult<Choice> { Succeeded: true, Value.Value: PractiseValue } =>
                await step.ReplaceDialogAsync(AboutYourselfDialog.DialogId, new AboutYourselfOptions(contactId.Length == 0 ? null : contactId), cancellationToken).ConfigureAwait(false),
            PromptResult<Choice> { Succeeded: true, Value.Value: SketchValue } =>
                await step.ReplaceDialogAsync(SketchDialog.DialogId, null, cancellationToken).ConfigureAwait(false),
            _ => await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false),
        };
    }
}
