using System.Globalization;
using System.Text;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// <c>search ended</c>: when the user's search is over, close the loop with everyone who helped: a short note to
/// adapt, a reminder for each of them, and every other pending follow-up cancelled.
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
        AddStep(CloseTheLoopAsync);
    }

    private async ValueTask<DialogTurnResult> CloseTheLoopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<bool> { Succeeded: true, Value: true })
        {
            step.Send("Okay, carry on. Type **search ended** whenever it's over.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        List<Contact> helped = (await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false))
            .Where(c => s_helped.Contains(c.Stage))
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
            step.Send("Congratulations! You haven't recorded any conversations, so there's nobody to update.");
            if (cancelled is not null)
            {
                step.Send(cancelled);
            }

            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var text = new StringBuilder("Congratulations! These people helped along the way:");
        foreach (Contact contact in helped)
        {
            text.Append("\n- ").Append(contact.Name);
        }

        text.Append("\n\nA short note to adapt: _Hello, I wanted to let you know that my search has come to an end: [what you decided]. Our conversation played a real part in getting here, and I'm grateful. I'd be glad to return the favour any time._");
        step.Send(text.ToString());
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
