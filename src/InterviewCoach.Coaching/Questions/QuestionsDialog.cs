using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// <c>questions</c>: builds the question list for one contact (or a generic one). The coach proposes an order, the
/// user edits it in <see cref="QuestionEditDialog"/>, and the saved list is shown as a card and offered as Markdown.
/// </summary>
internal sealed class QuestionsDialog : WaterfallDialog
{
    public const string DialogId = "questions";

    private const string DraftKey = "draft";
    private const string MarkdownValue = "markdown";
    private const string DoneValue = "done";

    private readonly CoachServices _services;

    public QuestionsDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(PickContactAsync);
        AddStep(AskFormatAsync);
        AddStep(EditAsync);
        AddStep(SaveAsync);
        AddStep(ExportAsync);
    }

    private ValueTask<DialogTurnResult> PickContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ContactPicker.AskAsync(step, _services, "Who are these questions for?", allowGeneric: true, cancellationToken);

    private async ValueTask<DialogTurnResult> AskFormatAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string picked = ContactPicker.PickedValue(step.Result) ?? ContactPicker.GenericValue;
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, picked, cancellationToken).ConfigureAwait(false);
        string id = contact?.Id ?? QuestionList.GenericId;
        StoredRecord<QuestionList>? saved = await _services.Records
            .GetAsync(step.UserKey, UserRecordKinds.QuestionList, id, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            step.Values.Set(DraftKey, saved.Value);
            step.Send("Here's the list you saved last time. Change what you like, then press **Done**.");
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("contactId", contact?.Id ?? ContactPicker.GenericValue);
        string who = contact is null ? "the conversation" : $"the conversation with {contact.Name}";
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"Will {who} be in person or on the phone?",
            Choices =
            [
                new(nameof(MeetingFormat.InPerson), $"In person ({QuestionListRules.UsualRange(MeetingFormat.InPerson)})") { Synonyms = ["in person", "face to face", "coffee", "office"] },
                new(nameof(MeetingFormat.Phone), $"Phone or video ({QuestionListRules.UsualRange(MeetingFormat.Phone)})") { Synonyms = ["phone", "call", "video", "zoom", "teams"] },
            ],
            Help = "It sets how many questions fit: about 3 minutes each.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> EditAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Values.TryGet(DraftKey, out QuestionList? draft))
        {
            MeetingFormat format = step.Result is PromptResult<Choice> { Succeeded: true, Value: { } choice }
                && Enum.TryParse(choice.Value, out MeetingFormat chosen) ? chosen : MeetingFormat.InPerson;
            Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.Values.GetOrDefault<string>("contactId"), cancellationToken).ConfigureAwait(false);
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            draft = QuestionListPlanner.Propose(contact, profile, format, step.Now);
            step.Send("Here's an order I'd suggest: what's changing in the field, what surprised them, advice for you, where to learn more, then their current work. The referral question always comes last.");
        }

        return await step.BeginDialogAsync(QuestionEditDialog.DialogId, draft, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not QuestionList list)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        list = list with { UpdatedAt = step.Now };
        // The list is the user's own edit of what they just saw: the latest save wins, there is nothing to merge. The
        // write is still conditional on the version read, so a racing save is noticed and this one is applied after it.
        for (int attempt = 1; ; attempt++)
        {
            StoredRecord<QuestionList>? existing = await _services.Records
                .GetAsync(step.UserKey, UserRecordKinds.QuestionList, list.Id, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false);
            try
            {
                await _services.Records.SaveAsync(
                    step.UserKey, UserRecordKinds.QuestionList, list.Id, list, CoachingJsonContext.Default.QuestionList,
                    existing?.ETag, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (UserRecordConflictException) when (attempt < 3)
            {
            }
            catch (UserRecordConflictException)
            {
                step.Send("Sorry, this list kept changing somewhere else while I saved, so it wasn't saved. Please try again in a moment.");
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }
        }

        step.Values.Set(DraftKey, list);
        step.MarkSaved();

        step.Send(QuestionListView.Card(list));
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Saved. Want a copy as Markdown for your notes?",
            Choices = [new(MarkdownValue, "Copy as Markdown") { Synonyms = ["markdown", "copy", "yes", "export"] }, new(DoneValue, "No thanks") { Synonyms = ["no", "done"] }],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ExportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        QuestionList list = step.Values.Get<QuestionList>(DraftKey);
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: MarkdownValue })
        {
            step.Send(string.Concat("Here it is:\n\n```markdown\n", QuestionListView.Markdown(list), "```"));
        }
        else
        {
            step.Send("Good luck with the conversation. Type **prep** the day before for a checklist.");
        }

        return await step.EndDialogAsync(list, cancellationToken).ConfigureAwait(false);
    }
}
