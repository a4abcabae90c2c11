using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>edit</c>, typed as people say it ("edit grace", "edit contact", "change Grace Mensah"): finds the contact by full
/// or first name and opens its edit, or asks which contact when the name is missing or matches nobody. "edit my goals"
/// names another flow, not a contact, and opens that flow.
/// </summary>
internal sealed class EditNamedContactDialog : WaterfallDialog
{
    public const string DialogId = "contact.edit-named";

    private readonly CoachServices _services;

    public EditNamedContactDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoAsync);
        AddStep(OpenEditAsync);
    }

    private async ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? who = step.GetOptions<NamedContactOptions>()?.Who;
        if (who is not null && OtherFlow(who) is { } flow)
        {
            return await step.ReplaceDialogAsync(flow.DialogId, null, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0)
        {
            step.Send("You have no contacts to change yet. Type **add contact** to note someone you'd like to talk to.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // "grace", "Grace Mensah", "grace's details": the name comes first, whatever follows it.
        if (who is not null && ContactNames.AtStart(who, contacts) is { } named)
        {
            return await step.NextAsync(named.Contact.Id, cancellationToken).ConfigureAwait(false);
        }

        if (contacts.Count == 1 && who is null)
        {
            return await step.NextAsync(contacts[0].Id, cancellationToken).ConfigureAwait(false);
        }

        string question = who is null ? "Whose details would you like to change?" : $"I can't find **{who}** in your contacts. Whose details would you like to change?";
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = question,
            Choices = [.. contacts.OrderByDescending(c => c.UpdatedAt).Take(ContactPicker.MaxChoices).Select(c => new Choice(c.Id, c.Name) { Synonyms = [c.Name, .. ContactNames.Callable(c.Name).Skip(1)] })],
            Help = "Pick the person whose details, connection, way to ask, meeting or notes you want to change.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> OpenEditAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ContactPicker.PickedValue(step.Result) is { } id
            ? await step.ReplaceDialogAsync(EditContactDialog.DialogId, new ContactRef(id), cancellationToken).ConfigureAwait(false)
            : await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);

    private static CoachCommand? OtherFlow(string who)
    {
        string said = TextNormalizer.Normalize(who);
        return CoachDialogs.Commands.FirstOrDefault(c => c.DialogId != DialogId && (c.Keyword == said || c.Aliases.Contains(said, StringComparer.Ordinal)));
    }
}
