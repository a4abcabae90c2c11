using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Progress;

/// <summary>
/// <c>target</c> (S118): an employer or opening the user is aiming for. It is saved to their target list, and anyone they
/// have already talked to there is named first, with a short note to ask them about it: past interviewees know how
/// things work inside and may put in a word. With nobody there yet, adding someone is one button away.
/// </summary>
internal sealed class TargetDialog : WaterfallDialog
{
    public const string DialogId = "target";

    private const string AddSomeone = "add";

    private readonly CoachServices _services;

    public TargetDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhereAsync);
        AddStep(SaveAsync);
        AddStep(AddSomeoneAsync);
        AddStep((step, ct) => step.EndDialogAsync(null, ct));
    }

    private async ValueTask<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<TargetOptions>() is { } options)
        {
            return await step.NextAsync(options, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<TargetEmployer> targets = await TargetRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (targets.Count > 0)
        {
            step.Send("Your target employers so far:\n" + string.Join('\n', targets.Select(t => $"- {Describe(t)}")));
        }

        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = "Which employer or opening are you aiming for? (for example _Contoso_, or _data analyst at Contoso_)",
            Max = CoachPrompts.MaxShortLength,
            Help = "Type the organisation, and the job if there's a particular opening. I'll save it and tell you who you already know there.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        TargetOptions? target = step.Result switch
        {
            TargetOptions given => given,
            PromptResult<string> { Succeeded: true, Value: { } text } when !CoachPrompts.IsSkip(text) => TargetOptions.FromArguments(text),
            _ => null,
        };
        if (target is null)
        {
            step.Send("Okay, nothing saved. Type **target** and the employer's name whenever one comes up.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("organisation", target.Organisation);
        TargetEmployer saved = await TargetRecords.SaveAsync(_services.Records, step.UserKey, target.Organisation, target.Role, _services.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        step.MarkSaved();
        step.Send($"Saved to your target employers: **{Describe(saved)}**.");

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Contact> met = MetAtOrganisation.Find(contacts, saved.Organisation);
        if (met.Count > 0)
        {
            step.Send(MetAtOrganisation.Describe(contacts, saved.Organisation)!);
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            foreach (Contact contact in met.Take(2))
            {
                step.Send($"**To {contact.Name}**{(contact.Email is { Length: > 0 } email ? $" ({email})" : string.Empty)}\n\n{AskAboutIt(contact, saved, profile)}");
            }

            return await step.EndDialogAsync(saved.Id, cancellationToken).ConfigureAwait(false);
        }

        // Someone already in the list there, not yet talked to, is the obvious next ask.
        List<Contact> known = [.. contacts.Where(c => Organisations.Same(c.Organisation, saved.Organisation))];
        if (known.Count > 0)
        {
            step.Send($"You haven't talked to anyone at {saved.Organisation} yet, but {Phrasing.JoinWithAnd([.. known.Select(c => c.Name)])} {(known.Count == 1 ? "is" : "are")} in your contacts: a conversation with {(known.Count == 1 ? "them" : "one of them")} would be a good next step. Type **rehearse** for the ask.");
            return await step.EndDialogAsync(saved.Id, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"You don't know anyone at {saved.Organisation} yet. Someone who works there could tell you what it's really like. Add a name?",
            Choices =
            [
                new Choice(AddSomeone, $"Add someone at {saved.Organisation}") { Synonyms = ["yes", "add", "add someone", "add a contact"] },
                new Choice("later", "Not now") { Synonyms = ["no", "later", "not yet", "skip"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AddSomeoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: AddSomeone } && step.Context.FindDialog(AddContactDialog.DialogId) is not null)
        {
            return await step.BeginDialogAsync(AddContactDialog.DialogId, new AddContactOptions(null, Organisation: step.Values.Get<string>("organisation")), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    internal static string Describe(TargetEmployer target) =>
        target.Role is { } role ? $"{FieldCasing.Cased(role)} at {target.Organisation}" : target.Organisation;

    /// <summary>A short note to someone already met there: what the user is aiming for, and a small, easy ask.</summary>
    internal static string AskAboutIt(Contact contact, TargetEmployer target, CoachingProfile? profile)
    {
        var note = new StringBuilder();
        note.Append("Dear ").Append(Phrasing.FirstName(contact.Name) is { Length: > 0 } first ? first : contact.Name).Append(",\n\n");
        note.Append("I hope you're well. Our conversation has stayed with me, and I'm now looking seriously at ");
        note.Append(target.Role is { } role ? $"the {FieldCasing.Cased(role)} opening at {target.Organisation}" : $"working at {target.Organisation}").Append(". ");
        note.Append("Would you have ten minutes to tell me how it looks from the inside, and whether there's anything I should know or anyone I should speak to?");
        note.Append("\n\nThank you again,\n").Append(profile is { DisplayName.Length: > 0 } ? profile.DisplayName : "[your name]");
        return note.ToString();
    }
}
