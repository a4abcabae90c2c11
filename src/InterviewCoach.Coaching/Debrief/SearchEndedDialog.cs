using System.Globalization;
using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// <c>search ended</c> (S119): when the user's search is over, close the loop with everyone who helped: a note for each
/// that says how it turned out and names how they helped (<see cref="CloseTheLoopNote"/>), a reminder for each of them,
/// and every other pending follow-up cancelled. Whoever introduced the user to someone counts as a helper too.
/// </summary>
internal sealed class SearchEndedDialog : WaterfallDialog
{
    public const string DialogId = "search-ended";

    private static readonly ContactStage[] s_helped = [ContactStage.Met, ContactStage.Thanked, ContactStage.KeepingInTouch];

    private readonly CoachServices _services;

    public SearchEndedDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep((step, ct) => step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = "Has your search come to an end? If so, let's tell the people who helped you how it turned out.",
        }, ct));
        AddStep(AskOutcomeAsync);
        AddStep(CloseTheLoopAsync);
    }

    private static ValueTask<DialogTurnResult> AskOutcomeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<bool> { Succeeded: true, Value: true })
        {
            step.Send("Okay, carry on. Type **search ended** whenever it's over.");
            return step.EndDialogAsync(null, cancellationToken);
        }

        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "Congratulations! How did it turn out, in a line? (for example _I've accepted a role as a clinical educator at St Anne's_) I'll put it in each note, or say **skip** to fill it in yourself.",
            Max = CoachPrompts.MaxShortLength * 2,
        }, cancellationToken);
    }

    private async ValueTask<DialogTurnResult> CloseTheLoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? outcome = DebriefAnswers.Optional(step.Result is PromptResult<string> { Succeeded: true, Value: { } text } ? text : null);
        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        HashSet<string> introducers = [.. contacts.Select(c => c.ReferredByContactId).OfType<string>()];
        List<Contact> helped = contacts
            .Where(c => s_helped.Contains(c.Stage) || introducers.Contains(c.Id))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        // Every pending follow-up belongs to a search that is over; the close-the-loop notes replace them.
        FollowThroughResult? result = await FollowThrough.RaiseAsync(
            _services, step.UserKey, new SearchMarkedDone(step.Now, [.. helped.Select(c => new ReminderContact(c.Id, c.Name, c.Organisation))]), cancellationToken).ConfigureAwait(false);
        string? cancelled = result is { Cancelled: > 0 }
            ? string.Create(CultureInfo.InvariantCulture, $"I've cancelled your {(result.Cancelled == 1 ? "other pending reminder" : $"{result.Cancelled} other pending reminders")}: thank-yous, follow-ups and updates belong to the search that's over.")
            : null;
        if (helped.Count == 0)
        {
            step.Send("You haven't recorded any conversations, so there's nobody to update. Well done all the same.");
            if (cancelled is not null)
            {
                step.Send(cancelled);
            }

            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<DebriefRecord> debriefs = await DebriefStore.ListAsync(_services, step.UserKey, cancellationToken).ConfigureAwait(false);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        var list = new StringBuilder("These people helped along the way; each gets a note that says how:");
        foreach (Contact contact in helped)
        {
            list.Append("\n- ").Append(contact.Name);
        }

        step.Send(list.ToString());
        foreach (Contact contact in helped)
        {
            string note = CloseTheLoopNote.Draft(
                contact,
                [.. debriefs.Where(d => d.ContactId == contact.Id)],
                [.. contacts.Where(c => c.ReferredByContactId == contact.Id)],
                outcome,
                profile);
            step.Send($"**To {contact.Name}**{(contact.Email is { Length: > 0 } email ? $" ({email})" : string.Empty)}\n\n{note}");
        }

        if (result is not null)
        {
            step.Send(FollowThrough.Describe(result, "I'll remind you to write to each of them:") ?? "I haven't set any reminders for these.");
            if (cancelled is not null)
            {
                step.Send(cancelled);
            }
        }

        return await step.EndDialogAsync(helped.Count, cancellationToken).ConfigureAwait(false);
    }
}
