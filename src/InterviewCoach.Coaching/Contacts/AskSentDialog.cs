using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>emailed Sam</c>, <c>wrote to Sam</c>, <c>messaged Sam</c> (LinkedIn): the ask went out in writing. Marks the
/// contact asked and starts the 3B7 routine and the promised call, then says exactly which reminders were set.
/// </summary>
internal sealed class AskSentDialog : WaterfallDialog
{
    private readonly CoachServices _services;
    private readonly OutreachChannel _channel;

    public AskSentDialog(CoachServices services, OutreachChannel channel)
        : base(IdFor(channel))
    {
        _services = services;
        _channel = channel;
        AddStep(AskWhoAsync);
        AddStep(RecordAsync);
    }

    /// <summary>One dialog per channel, so the command alone ("wrote to") already says how the ask went out.</summary>
    public static string IdFor(OutreachChannel channel) => "contact.ask-sent." + channel.ToString().ToLowerInvariant();

    private static string Verb(OutreachChannel channel) => channel switch
    {
        OutreachChannel.Letter => "write to",
        OutreachChannel.LinkedIn => "message on LinkedIn",
        _ => "email",
    };

    private async ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        AskSentOptions options = step.GetOptions<AskSentOptions>() ?? new AskSentOptions(null);
        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0)
        {
            step.Send("Add the person first with **add contact**; then tell me when the ask has gone out and I'll remind you to follow up.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (options.Text is { Length: > 0 } text
            && (contacts.FirstOrDefault(c => c.Id == text) is { } byId ? byId : ContactNames.AtStart(text, contacts)?.Contact) is { } named)
        {
            return await step.NextAsync(named.Id, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"Who did you {Verb(_channel)}?",
            Help = "Pick the contact you asked, so I can remind you when to follow up.",
            Choices = [.. contacts.Take(20).Select(c => new Choice(c.Id, c.Name))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? id = step.Result switch
        {
            string value => value,
            PromptResult<Choice> { Succeeded: true } picked => picked.Value!.Value,
            _ => null,
        };
        if (id is null)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        OutreachChannel channel = _channel;
        DateTimeOffset now = step.Now;
        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(
            _services.Records,
            step.UserKey,
            id,
            c => c.Stage is ContactStage.ToContact or ContactStage.NoAnswer ? c with { Stage = ContactStage.Asked, AskedVia = Enum.Parse<AskedVia>(channel.ToString()), UpdatedAt = now } : c,
            cancellationToken).ConfigureAwait(false);
        if (ContactRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        if (update.Succeeded)
        {
            step.MarkSaved();
            Contact contact = update.Value!;
            step.Send($"Noted: you asked {contact.Name} ({Verb(channel)}); stage _{contact.Stage.ToLabel()}_.");
            string? told = await StageFollowThrough.OnStageChangedAsync(
                _services, step.UserKey, contact with { Stage = ContactStage.ToContact }, contact with { Stage = ContactStage.Asked }, null, channel.ToString(), now, cancellationToken).ConfigureAwait(false);
            if (told is not null)
            {
                step.Send(told);
            }
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
