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
/// <c>share a resource</c> (S117): a keep-in-touch message that passes on something useful: a link and one line on
/// why, tied to what the contact talked about when they met. Sending it counts as a touch, so the next keep-in-touch
/// reminder moves back (through <see cref="ReminderPolicy"/>) and the user is told when it now comes.
/// </summary>
internal sealed class ShareResourceDialog : WaterfallDialog
{
    public const string DialogId = "share-resource";

    /// <summary>A text prompt that only accepts something that looks like a web link.</summary>
    public const string LinkPrompt = "share-resource.link";

    private static readonly ContactStage[] s_met = [ContactStage.Met, ContactStage.Thanked, ContactStage.KeepingInTouch];

    private readonly CoachServices _services;

    public ShareResourceDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoAsync);
        AddStep(AskLinkAsync);
        AddStep(AskWhyAsync);
        AddStep(DraftAsync);
        AddStep(LogTouchAsync);
    }

    public static TextPrompt CreateLinkPrompt() => new(LinkPrompt, (context, _) =>
    {
        if (IsLink(context.Value))
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "That doesn't look like a link. Paste the web address (for example _https://example.org/article_), or type **cancel**.";
        return ValueTask.FromResult(false);
    });

    internal static bool IsLink(string? text)
    {
        string link = (text ?? string.Empty).Trim();
        return link.Length is > 3 and <= CoachPrompts.MaxPastedLength && !link.Contains(' ', StringComparison.Ordinal)
            && (link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }

    private async ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        List<Contact> met = [.. (await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false)).Where(c => s_met.Contains(c.Stage))];
        if (met.Count == 0)
        {
            step.Send("Sharing a resource is for people you've already talked to, and you haven't logged a conversation yet. After one, type **debrief** (or **log a chat**), then come back.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (step.GetOptions<NamedContactOptions>() is { } options
            && (met.FirstOrDefault(c => c.Id == options.Who) ?? met.FirstOrDefault(c => string.Equals(c.Name, options.Who, StringComparison.OrdinalIgnoreCase))) is { } named)
        {
            return await step.NextAsync(named.Id, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Who would you like to send something useful to?",
            Choices = [.. met.Select(c => new Choice(c.Id, c.Name))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskLinkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
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
            step.Send("Okay, nothing sent. Type **share a resource** whenever you find something.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("contactId", contact.Id);
        step.Send("Passing on something useful is one of the best ways to stay in touch: it shows you listened, and keeps you in mind without asking for anything.");
        return await step.PromptAsync(LinkPrompt, new PromptOptions
        {
            Prompt = $"Paste the link you'd like to share with {contact.Name}.",
            Max = CoachPrompts.MaxPastedLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskWhyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The link prompt gives up after repeated non-links (or a "no" to its "did you mean" check): nothing to share.
        if (step.Result is not PromptResult<string> { Succeeded: true, Value: { } link })
        {
            step.Send("I'll leave it there: no link, so nothing to share yet. Type **share a resource** when you have one.");
            return step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set("link", link.Trim());
        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "In one line, why might they find it useful? (for example _it covers the rota changes you talked about_)",
            Max = CoachPrompts.MaxShortLength * 2,
        }, cancellationToken);
    }

    private async ValueTask<DialogTurnResult> DraftAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? why = step.Result is PromptResult<string> { Succeeded: true, Value: { } text } && !CoachPrompts.IsSkip(text) ? Phrasing.Fragment(text) : null;
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.Values.Get<string>("contactId"), cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send(ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<DebriefRecord> debriefs = await DebriefStore.ListForContactAsync(_services, step.UserKey, contact.Id, cancellationToken).ConfigureAwait(false);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        step.Values.Set("why", why);
        step.Send($"Here's a short note to adapt:\n\n{Draft(contact, debriefs.Count > 0 ? debriefs[^1] : null, step.Values.Get<string>("link"), why, profile)}");
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
        string shared = $"Shared {step.Values.Get<string>("link")} ({DebriefView.Date(DateOnly.FromDateTime(step.Now.DateTime))}){(step.Values.GetOrDefault<string>("why") is { } why ? ": " + why : string.Empty)}.";
        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(_services.Records, step.UserKey, step.Values.Get<string>("contactId"), c => c with
        {
            Notes = string.IsNullOrWhiteSpace(c.Notes) ? shared : c.Notes + "\n" + shared,
            UpdatedAt = now,
        }, cancellationToken).ConfigureAwait(false);
        if (update.Value is not { } contact)
        {
            step.Send(ContactRecords.Explain(update) ?? ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.MarkSaved();
        step.Send($"Noted on {contact.Name}'s page.");
        // Only someone who agreed to hear from the user gets keep-in-touch reminders (S099); sharing doesn't start them.
        if (contact.Stage == ContactStage.KeepingInTouch || (await DebriefStore.ListForContactAsync(_services, step.UserKey, contact.Id, cancellationToken).ConfigureAwait(false)).Any(d => d.StayInTouch))
        {
            FollowThroughResult? result = await FollowThrough.RaiseAsync(
                _services, step.UserKey, new TouchLogged(new ReminderContact(contact.Id, contact.Name, contact.Organisation), now), cancellationToken).ConfigureAwait(false);
            if (FollowThrough.Describe(result, "That counts as keeping in touch, so your next update reminder moves back:") is { } moved)
            {
                step.Send(moved);
            }
        }

        return await step.EndDialogAsync(contact.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The link, why it's useful, and (when the debrief recorded one) the thing the contact talked about that it connects to.</summary>
    internal static string Draft(Contact contact, DebriefRecord? lastMeeting, string link, string? why, CoachingProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(contact);
        string first = Phrasing.FirstName(contact.Name);
        var note = new StringBuilder();
        note.Append("Dear ").Append(first.Length > 0 ? first : contact.Name).Append(",\n\n");
        string? topic = lastMeeting is null ? null : Topic(lastMeeting.Learned);
        note.Append(topic is null
            ? "I came across this and thought of you: "
            : $"When we talked in {lastMeeting!.MetOn.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture)}, you told me that {topic}, and this made me think of you: ");
        note.Append(link);
        if (why is not null)
        {
            note.Append("\n\n").Append(Phrasing.Sentence(why));
        }

        note.Append("\n\nNo need to reply; I hope things are going well.\n\nBest wishes,\n")
            .Append(profile is { DisplayName.Length: > 0 } ? profile.DisplayName : "[your name]");
        return note.ToString();
    }

    private static string? Topic(string learned)
    {
        string? sentence = learned.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(s => s.Length >= 4 && !ThankYouNote.IsNegative(s));
        if (sentence is null)
        {
            return null;
        }

        string fact = Phrasing.LowerFirstForMidSentence(Phrasing.Fragment(sentence));
        return fact.Length > 160 ? null : fact;
    }
}
