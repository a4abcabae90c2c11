using System.Globalization;
using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// <c>update</c> (S115): a progress update to someone the user has talked to, opened from the keep-in-touch reminder's
/// "Draft the update" button or typed. The draft recalls when they last talked and the advice they gave, and leaves the
/// news to the user; once sent it counts as a touch, so the next keep-in-touch reminder moves back.
/// </summary>
internal sealed class KeepInTouchDialog : WaterfallDialog
{
    public const string DialogId = "keep-in-touch";

    private static readonly ContactStage[] s_met = [ContactStage.Met, ContactStage.Thanked, ContactStage.KeepingInTouch];

    private readonly CoachServices _services;

    public KeepInTouchDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoAsync);
        AddStep(DraftAsync);
        AddStep(LogTouchAsync);
    }

    private async ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        List<Contact> met = [.. (await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false)).Where(c => s_met.Contains(c.Stage))];
        if (met.Count == 0)
        {
            step.Send("Updates are for people you've already talked to, and you haven't logged a conversation yet. After one, type **debrief** (or **log a chat**).");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (step.GetOptions<NamedContactOptions>() is { } options
            && (met.FirstOrDefault(c => c.Id == options.Who) ?? met.FirstOrDefault(c => string.Equals(c.Name, options.Who, StringComparison.OrdinalIgnoreCase))) is { } named)
        {
            return await step.NextAsync(named.Id, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Who would you like to send an update to?",
            Choices = [.. met.Select(c => new Choice(c.Id, c.Name))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> DraftAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? id = step.Result switch
        {
            string picked => picked,
            PromptResult<Choice> { Succeeded: true, Value: { } choice } => choice.Value,
            _ => null,
        };
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send("Okay, no update for now. Type **update** whenever you have news to share.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("contactId", contact.Id);
        IReadOnlyList<DebriefRecord> debriefs = await DebriefStore.ListForContactAsync(_services, step.UserKey, contact.Id, cancellationToken).ConfigureAwait(false);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        step.Send($"Here's an update to adapt: fill in the bracketed part with what you've done since.\n\n{Draft(contact, debriefs.Count > 0 ? debriefs[^1] : null, profile)}");
        step.Send("Nothing to report yet? Passing on something useful works too: type **share a resource**.");
        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = "Are you sending it now? I'll note it on their page and count it as keeping in touch.",
            Help = "Say **yes** once it's sent (or about to be), or **no** to keep it for later.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> LogTouchAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<bool> { Succeeded: true, Value: true })
        {
            step.Send("Okay. The draft is above whenever you're ready; nothing is noted until you send it.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        DateTimeOffset now = _services.Time.GetUtcNow();
        string sent = $"Sent a progress update ({DebriefView.Date(DateOnly.FromDateTime(step.Now.DateTime))}).";
        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(_services.Records, step.UserKey, step.Values.Get<string>("contactId"), c => c with
        {
            Notes = string.IsNullOrWhiteSpace(c.Notes) ? sent : c.Notes + "\n" + sent,
            UpdatedAt = now,
        }, cancellationToken).ConfigureAwait(false);
        if (update.Value is not { } contact)
        {
            step.Send(ContactRecords.Explain(update) ?? ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.MarkSaved();
        step.Send($"Noted on {contact.Name}'s page.");
        // Only someone who agreed to hear from the user gets keep-in-touch reminders (S099); an update doesn't start them.
        if (contact.Stage == ContactStage.KeepingInTouch || (await DebriefStore.ListForContactAsync(_services, step.UserKey, contact.Id, cancellationToken).ConfigureAwait(false)).Any(d => d.StayInTouch))
        {
            FollowThroughResult? result = await FollowThrough.RaiseAsync(
                _services, step.UserKey, new TouchLogged(new ReminderContact(contact.Id, contact.Name, contact.Organisation), now), cancellationToken).ConfigureAwait(false);
            if (FollowThrough.Describe(result, "Your next update reminder:") is { } next)
            {
                step.Send(next);
            }
        }

        return await step.EndDialogAsync(contact.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Recalls the last conversation (its month and the advice given) and leaves a placeholder for the news.</summary>
    internal static string Draft(Contact contact, DebriefRecord? lastMeeting, CoachingProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(contact);
        string first = Phrasing.FirstName(contact.Name);
        var note = new StringBuilder();
        note.Append("Dear ").Append(first.Length > 0 ? first : contact.Name).Append(",\n\n");
        note.Append(lastMeeting is null
            ? "I wanted to let you know how things have gone since we talked."
            : $"I wanted to let you know how things have gone since we talked in {lastMeeting.MetOn.ToString("MMMM", CultureInfo.InvariantCulture)}.");
        string? advice = lastMeeting is null ? null : ThankYouNote.AdviceFragment(lastMeeting.Advice);
        note.Append(advice is null
            ? " [What you've done since, and what came of it.]"
            : $" I took your advice to {advice}: [what you did, and what came of it.]");
        note.Append("\n\nThank you again for your help. I hope all is well with you.\n\nBest wishes,\n")
            .Append(profile is { DisplayName.Length: > 0 } ? profile.DisplayName : "[your name]");
        return note.ToString();
    }
}
