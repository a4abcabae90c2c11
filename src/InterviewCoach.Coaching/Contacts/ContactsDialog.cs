using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>contacts</c>: the list as cards with view / edit / stage / delete buttons, one contact's page, and adding.
/// Loops back to the list (or the contact's page) after each action until the user is done.
/// </summary>
internal sealed class ContactsDialog : WaterfallDialog
{
    public const string DialogId = "contacts";

    private const string AddValue = "add";
    private const string BrainstormValue = "brainstorm";
    private const string DoneValue = "done";
    private const string ListValue = "list";
    private const int MaxCards = 25;

    private readonly CoachServices _services;

    public ContactsDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(ShowAsync);
        AddStep(ActAsync);
        AddStep(LoopAsync);
    }

    private async ValueTask<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<ContactsOptions>()?.ViewId is { } viewId)
        {
            Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, viewId, cancellationToken).ConfigureAwait(false);
            if (contact is not null)
            {
                return await ShowOneAsync(step, contact, cancellationToken).ConfigureAwait(false);
            }
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0)
        {
            return await step.PromptAsync(CoachPrompts.CardAction, new PromptOptions
            {
                Prompt = "You haven't added anyone yet. Think of people who do the work you're curious about: friends of friends, former classmates, people from a professional group.",
                Help = "Press **Add a contact** to note someone you'd like to talk to, or **Brainstorm who to ask** and I'll go through the places people come from, one at a time.",
                Choices = [AddChoice, BrainstormChoice, DoneChoice],
            }, cancellationToken).ConfigureAwait(false);
        }

        var choices = new List<Choice>();
        for (int i = 0; i < contacts.Count && i < MaxCards; i++)
        {
            Contact contact = contacts[i];
            step.Send(ContactCards.Summary(contact, i + 1));
            choices.Add(new Choice(CardActionPrompt.Target(ContactCards.View, contact.Id), contact.Name));
        }

        choices.Add(AddChoice);
        if (contacts.Count < ContactBrainstormDialog.ShortList)
        {
            choices.Add(BrainstormChoice);
        }

        choices.Add(DoneChoice);
        foreach (Contact contact in contacts.Take(MaxCards))
        {
            choices.Add(new Choice(CardActionPrompt.Target(ContactCards.Edit, contact.Id), $"Edit {contact.Name}"));
            choices.Add(new Choice(CardActionPrompt.Target(ContactCards.Stage, contact.Id), $"Stage {contact.Name}"));
            choices.Add(new Choice(CardActionPrompt.Target(ContactCards.Delete, contact.Id), $"Delete {contact.Name}"));
        }

        return await step.PromptAsync(CoachPrompts.CardAction, new PromptOptions
        {
            Prompt = contacts.Count == 1 ? "That's your one contact so far. A few more gives you options: want to brainstorm who else to ask?"
                : contacts.Count < ContactBrainstormDialog.ShortList ? $"Those are your {contacts.Count} contacts. A few more gives you options: brainstorm who else to ask, or use a card's buttons:" : $"Those are your {contacts.Count} contacts. Use a card's buttons, type a name or number, or:",
            Help = "Each card has **View**, **Edit**, **Stage** and **Delete**. Typing a contact's name or number opens their page.",
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ShowOneAsync(WaterfallStepContext step, Contact contact, CancellationToken cancellationToken)
    {
        step.Send(ContactCards.Detail(contact));

        // S109: the dated summary written at the debrief is part of the contact's page.
        IReadOnlyList<Debrief.DebriefRecord> debriefs = await Debrief.DebriefStore.ListForContactAsync(_services, step.UserKey, contact.Id, cancellationToken).ConfigureAwait(false);
        if (debriefs.Count > 0)
        {
            step.Send(Debrief.DebriefView.Summary(debriefs[^1]));
            if (debriefs.Count > 1)
            {
                step.Send(Debrief.DebriefView.History(contact.Name, debriefs.Take(debriefs.Count - 1).ToList()));
            }
        }

        Choice[] choices =
        [
            new(ListValue, "Back to the list") { Synonyms = ["back", "list", "contacts"] },
            new(DoneValue, "Done") { Synonyms = ["menu", "finished"] },
            new(CardActionPrompt.Target(ContactCards.Edit, contact.Id), "Edit") { Synonyms = ["change"] },
            new(CardActionPrompt.Target(ContactCards.Stage, contact.Id), "Change stage") { Synonyms = ["stage"] },
            new(CardActionPrompt.Target(ContactCards.Rehearse, contact.Id), "Rehearse the ask") { Synonyms = ["rehearse", "practise", "practice", "script"] },
            new(CardActionPrompt.Target(ContactCards.Voicemail, contact.Id), "I left a voicemail") { Synonyms = ["voicemail", "left a voicemail"] },
            new(CardActionPrompt.Target(ContactCards.Delete, contact.Id), "Delete") { Synonyms = ["remove"] },
        ];
        return await step.PromptAsync(CoachPrompts.CardAction, new PromptOptions
        {
            Prompt = "What next?",
            Help = "Use the buttons on the card, or go back to the list.",
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = (PromptResult<Choice>)step.Result!;
        if (!picked.Succeeded || picked.Value!.Value == DoneValue)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string value = picked.Value.Value;
        if (value == AddValue)
        {
            return await step.BeginDialogAsync(AddContactDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
        }

        if (value == BrainstormValue)
        {
            return await step.BeginDialogAsync(ContactBrainstormDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
        }

        if (value == ListValue || !CardActionPrompt.TrySplit(value, out string verb, out string id))
        {
            return await step.ReplaceDialogAsync(DialogId, new ContactsOptions(null), cancellationToken).ConfigureAwait(false);
        }

        var target = new ContactRef(id);
        return verb switch
        {
            ContactCards.View => await step.ReplaceDialogAsync(DialogId, new ContactsOptions(id), cancellationToken).ConfigureAwait(false),
            ContactCards.Edit => await step.BeginDialogAsync(EditContactDialog.DialogId, target, cancellationToken).ConfigureAwait(false),
            ContactCards.Stage => await step.BeginDialogAsync(ContactStageDialog.DialogId, target, cancellationToken).ConfigureAwait(false),
            ContactCards.Delete => await step.BeginDialogAsync(DeleteContactDialog.DialogId, target, cancellationToken).ConfigureAwait(false),
            ContactCards.Voicemail => await step.BeginDialogAsync(VoicemailDialog.DialogId, target, cancellationToken).ConfigureAwait(false),
            ContactCards.Rehearse => await step.BeginDialogAsync(RehearseDialog.DialogId, new RehearseOptions(id), cancellationToken).ConfigureAwait(false),
            _ => await step.ReplaceDialogAsync(DialogId, new ContactsOptions(null), cancellationToken).ConfigureAwait(false),
        };
    }

    private static ValueTask<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Back to where the user was: the contact's page (the list if it was deleted), or the list.
        string? viewing = step.GetOptions<ContactsOptions>()?.ViewId;
        return step.ReplaceDialogAsync(DialogId, new ContactsOptions(viewing), cancellationToken);
    }

    private static Choice AddChoice => new(AddValue, "Add a contact") { Synonyms = ["add", "new", "add contact", "new contact"] };

    private static Choice BrainstormChoice => new(BrainstormValue, "Brainstorm who to ask") { Synonyms = ["brainstorm", "who could i ask", "find people", "ideas"] };

    private static Choice DoneChoice => new(DoneValue, "Back to menu") { Synonyms = ["done", "menu", "back", "finished"] };
}
