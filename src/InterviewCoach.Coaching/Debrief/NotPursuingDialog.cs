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
/// <c>not pursuing</c> (S095): the user has decided not to approach someone they were referred to. The referral is
/// marked as set aside, every reminder about them is cancelled (and the user told how many), and a short note thanks
/// the person who suggested them and says so, so the referrer isn't left wondering.
/// </summary>
internal sealed class NotPursuingDialog : WaterfallDialog
{
    public const string DialogId = "not-pursuing";

    private readonly CoachServices _services;

    public NotPursuingDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhichAsync);
        AddStep(AskWhyAsync);
        AddStep(SetAsideAsync);
    }

    /// <summary>
    /// How people say it in a sentence ("I'm not going to follow up with Priya", "I won't contact Ana after all"): the
    /// name follows, so each phrasing is a command word that reads the rest as <see cref="NamedContactOptions"/>.
    /// </summary>
    internal static IReadOnlyList<string> Phrasings { get; } = BuildPhrasings();

    /// <summary>Referrals still waiting to be approached: referred by someone, not yet met, not already set aside.</summary>
    internal static bool IsOpenReferral(Contact contact) =>
        contact is { Connection: ConnectionKind.ReferredBy, NotPursuingSince: null }
        && contact.Stage is ContactStage.ToContact or ContactStage.Asked or ContactStage.NoAnswer or ContactStage.MeetingSet;

    private async ValueTask<DialogTurnResult> AskWhichAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        List<Contact> open = [.. (await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false)).Where(IsOpenReferral)];
        if (open.Count == 0)
        {
            step.Send("You have no referrals waiting to be approached, so there's nothing to set aside. Referrals appear here when a debrief records who a contact suggested.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (step.GetOptions<NamedContactOptions>() is { } options)
        {
            Contact? named = open.FirstOrDefault(c => c.Id == options.Who)
                ?? open.FirstOrDefault(c => string.Equals(c.Name, options.Who, StringComparison.OrdinalIgnoreCase))
                ?? Only(open.Where(c => c.Name.Split(' ')[0].Equals(options.Who, StringComparison.OrdinalIgnoreCase)));
            if (named is not null)
            {
                if (options.Because is { } because)
                {
                    step.Values.Set("because", because);
                }

                return await step.NextAsync(named.Id, cancellationToken).ConfigureAwait(false);
            }

            // A name typed is never silently swapped for a list: say why it isn't on it.
            step.Send($"I can't find a referral called {options.Who} waiting to be approached. These are the ones still open:");
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Which referral have you decided not to follow up?",
            Choices = [.. open.Select(c => new Choice(c.Id, $"{c.Name} (from {c.ReferredByName})") { Synonyms = [c.Name] })],
            Help = "Pick the person you won't approach; I'll cancel their reminders and draft a thank-you to whoever suggested them.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskWhyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? id = step.Result switch
        {
            string picked => picked,
            PromptResult<Choice> { Succeeded: true, Value: { } choice } => choice.Value,
            _ => null,
        };
        Contact? referral = await ContactRecords.GetAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false);
        if (referral is null)
        {
            step.Send("Okay, nothing changed. Type **not pursuing** whenever you decide.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("contactId", referral.Id);
        if (step.Values.GetOrDefault<string>("because") is { } given)
        {
            return await step.NextAsync(given, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = $"That's fine: plans change. In a few words, why not {referral.Name}? (for example _my search has changed direction_) It goes into the note to {referral.ReferredByName}, or say **skip**.",
            Max = CoachPrompts.MaxShortLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SetAsideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? why = step.Result switch
        {
            string given => Phrasing.Fragment(given),
            PromptResult<string> { Succeeded: true, Value: { } text } when !CoachPrompts.IsSkip(text) => Phrasing.Fragment(text),
            _ => null,
        };
        DateTimeOffset now = _services.Time.GetUtcNow();
        string date = DebriefView.Date(DateOnly.FromDateTime(step.Now.DateTime));
        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(_services.Records, step.UserKey, step.Values.Get<string>("contactId"), c => c with
        {
            NotPursuingSince = now,
            Notes = string.Join("\n", new[] { c.Notes, $"Not pursuing ({date}){(why is null ? string.Empty : ": " + why)}." }.Where(n => !string.IsNullOrWhiteSpace(n))),
            UpdatedAt = now,
        }, cancellationToken).ConfigureAwait(false);
        if (update.Value is not { } referral)
        {
            step.Send(ContactRecords.Explain(update) ?? ContactRecords.NotFound);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.MarkSaved();
        step.Send($"Noted on {referral.Name}'s page: you're not pursuing this one.");
        FollowThroughResult? result = await FollowThrough.RaiseAsync(
            _services, step.UserKey, new ReferralDropped(new ReminderContact(referral.Id, referral.Name, referral.Organisation)), cancellationToken).ConfigureAwait(false);
        if (result is not null)
        {
            step.Send(result.Cancelled switch
            {
                0 => $"There were no reminders about {referral.Name} to cancel.",
                1 => $"I've cancelled the 1 reminder about {referral.Name}.",
                int n => string.Create(CultureInfo.InvariantCulture, $"I've cancelled the {n} reminders about {referral.Name}."),
            });
        }

        Contact? referrer = await ContactRecords.GetAsync(_services.Records, step.UserKey, referral.ReferredByContactId, cancellationToken).ConfigureAwait(false);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        string referrerName = referrer?.Name ?? referral.ReferredByName ?? "the person who suggested them";
        step.Send($"It's kind to tell {referrerName} rather than let the lead go quiet. A short note to adapt:\n\n{CourtesyNote(referrerName, referral, why, profile)}");
        return await step.EndDialogAsync(referral.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Thanks the referrer again and says, without fuss, that the user won't be approaching the referral.</summary>
    internal static string CourtesyNote(string referrerName, Contact referral, string? why, CoachingProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(referral);
        string greeting = Phrasing.FirstName(referrerName);
        string where = string.IsNullOrWhiteSpace(referral.Organisation) ? string.Empty : $" at {referral.Organisation.Trim()}";
        var note = new StringBuilder();
        note.Append("Dear ").Append(greeting.Length > 0 ? greeting : referrerName).Append(",\n\n");
        note.Append("Thank you again for putting me in touch with ").Append(referral.Name).Append(where).Append(". ");
        note.Append(why is null
            ? "I've decided not to follow it up for now, and I wanted you to hear that from me rather than be left wondering."
            : $"I've decided not to follow it up for now, as {Phrasing.LowerFirstForMidSentence(why)}, and I wanted you to hear that from me rather than be left wondering.");
        note.Append(" I'm grateful you thought of me, and I'll keep you posted on where things go next.");
        note.Append("\n\nBest wishes,\n").Append(profile is { DisplayName.Length: > 0 } ? profile.DisplayName : "[your name]");
        return note.ToString();
    }

    private static string[] BuildPhrasings()
    {
        string[] openings =
        [
            "i'm not going to", "im not going to", "i am not going to", "i'm not gonna", "not going to", "i won't", "i wont", "i will not",
            "i've decided not to", "ive decided not to", "i have decided not to", "i decided not to", "decided not to", "i don't want to", "i dont want to",
        ];
        string[] actions = ["follow up with", "follow up", "contact", "reach out to", "get in touch with", "pursue", "approach", "call", "email"];
        string[] phrasings = [.. openings.SelectMany(o => actions.Select(a => $"{o} {a}")), "i'm not pursuing", "im not pursuing", "i am not pursuing", "i'm dropping"];

        // Phones type a curly apostrophe.
        return [.. phrasings, .. phrasings.Where(p => p.Contains('\'', StringComparison.Ordinal)).Select(p => p.Replace('\'', '’'))];
    }

    private static Contact? Only(IEnumerable<Contact> matches)
    {
        List<Contact> list = [.. matches.Take(2)];
        return list.Count == 1 ? list[0] : null;
    }
}
