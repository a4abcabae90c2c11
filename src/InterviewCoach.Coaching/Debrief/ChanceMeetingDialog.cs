using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// <c>log a chat</c> (S114): a conversation nobody planned (a conference, a coffee queue, a delayed flight) logged in one
/// go: who it was, where, and what the user learned. The person becomes a contact if they aren't one, the conversation
/// is saved as a short debrief with its thank-you draft, and the thank-you reminders follow as after any debrief. No
/// goal, script or prep is needed first.
/// </summary>
internal sealed class ChanceMeetingDialog : WaterfallDialog
{
    public const string DialogId = "chance-meeting";
    public const string LearnedPromptId = "chance-meeting.learned";
    private const string MetOnKey = "metOn";
    private const string LearnedKey = "learned";

    private static readonly string[] s_placeLeads = ["at ", "in ", "on ", "during ", "while ", "by "];

    private readonly CoachServices _services;

    public ChanceMeetingDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoAsync);
        AddStep(AskWhereAsync);
        AddStep(AskLearnedAsync);
        AddStep(AskReferralsAsync);
        AddStep(SaveAsync);
    }

    public static void RegisterPrompts(DialogSet set) => set.Add(new TextPrompt(LearnedPromptId, ValidateLearnedAsync, ownWords: true));

    /// <summary>What was learned is the whole record and goes into the thank-you: "not sure" or "yes" would be quoted there.</summary>
    private static ValueTask<bool> ValidateLearnedAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        string said = context.Value.Trim();
        bool reflex = said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
            && Dialogs.Recognition.ConfirmRecognizer.TryRecognize(said, out bool _);
        if (said.Length > 0 && DebriefAnswers.Optional(said) is not null && !reflex)
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "Even one thing they said is worth keeping, and it's what the thank-you builds on. What stuck with you? Or type **cancel** to stop.";
        return ValueTask.FromResult(false);
    }

    private static ChanceMeetingOptions Options(WaterfallStepContext step) => step.GetOptions<ChanceMeetingOptions>() ?? new ChanceMeetingOptions(null, null);

    /// <summary>"at a conference" as typed, or "a conference" given its "at".</summary>
    internal static string Where(string place)
    {
        string where = Phrasing.LowerFirstForMidSentence(place);
        return s_placeLeads.Any(lead => where.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) ? where : "at " + where;
    }

    /// <summary>"priya" when Priya Shah is the only Priya: the same person, not a second contact.</summary>
    private static Contact? OnlyOneByFirstName(IReadOnlyList<Contact> contacts, string name, string? organisation)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        List<Contact> matches = [.. contacts.Where(c => string.Equals(c.Name.Trim().Split(' ')[0], name, StringComparison.OrdinalIgnoreCase)
            && (organisation is null || Organisations.Same(c.Organisation, organisation)))];
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string? Answer(object? result) => result is PromptResult<string> { Succeeded: true, Value: { } text } ? text.Trim() : null;

    private static ValueTask<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Options(step).Taught)
        {
            step.Send("Conversations nobody planned count too: a chat at a conference, in a coffee queue or at a delayed gate is still someone telling you how their work really is. Let's log it while it's fresh.");
        }

        if (Options(step).Name is { } typed)
        {
            return step.NextAsync(new PromptResult<string>(true, typed, 1), cancellationToken);
        }

        if (Options(step).Story is { } story)
        {
            return step.NextAsync(new PromptResult<string>(true, story, 1), cancellationToken);
        }

        return step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = "Who did you talk to? Their name, and where they work if you know it (for example _Priya Shah at Contoso_).",
            // Long enough for the whole story in one message: who, where, and what they said.
            Max = CoachPrompts.MaxLongLength,
            Help = "A first name is enough if that's all you got; add \"at\" and their organisation if you know it. You can tell me where you met and what they said in the same message.",
        }, cancellationToken);
    }

    private async ValueTask<DialogTurnResult> AskWhereAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // "bumped into someone at a meetup, priya from monzo": the name, where they work, where and when, from one sentence.
        ChanceMeetingOptions options = Options(step);
        (string who, string? learned) = ChanceMeetingSentence.SplitLearned(Answer(step.Result) ?? string.Empty);
        learned ??= options.Learned;
        ChanceMeetingSentence said = ChanceMeetingSentence.Read(who);
        string? organisation = said.Organisation ?? options.Organisation;
        string? place = options.Place ?? said.Place;
        string? typedDay = options.Day ?? said.Day;
        if (said.Name is not { } name)
        {
            // "someone at the bus stop" describes a person without naming them: keep what was said and ask for the name.
            List<string> kept = [];
            if (organisation is not null)
            {
                kept.Add($"they're from {organisation}");
            }

            if (place is not null)
            {
                kept.Add($"you met {Where(place)}");
            }

            step.Send(kept.Count == 0
                ? "I need a name to file it under, even just a first name."
                : $"Noted: {Phrasing.JoinWithAnd(kept)}. I still need their name to file it under, even just a first name.");
            return await step.ReplaceDialogAsync(DialogId, options with { Name = null, Place = place, Organisation = organisation, Day = typedDay, Learned = learned, Taught = true, Story = null }, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        Contact? known = contacts.FirstOrDefault(c => string.Equals(c.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)
            && (organisation is null || Organisations.Same(c.Organisation, organisation)))
            ?? OnlyOneByFirstName(contacts, name, organisation);
        if (known is not null)
        {
            step.Values.Set("contactId", known.Id);
            step.Send($"{known.Name} is already in your contacts: I'll add this conversation to theirs.");
        }

        step.Values.Set("name", known?.Name ?? name);
        if (learned is not null)
        {
            step.Values.Set(LearnedKey, learned);
        }

        step.Values.Set("organisation", organisation);
        if (typedDay is not null && PastDay.Split(typedDay, DateOnly.FromDateTime(step.Now.DateTime)).Day is { } day)
        {
            step.Values.Set(MetOnKey, day);
        }

        if (place is not null)
        {
            return await step.NextAsync(new PromptResult<string>(true, place, 1), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = "Where did you get talking? (a conference, a queue, an airport...) Add the day if it wasn't today, or say **skip**.",
            Max = CoachPrompts.MaxShortLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskLearnedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? place = Answer(step.Result);
        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);
        if (place is not null && PastDay.Split(place, today) is (string rest, { } day))
        {
            step.Values.Set(MetOnKey, day);
            place = rest.Length > 0 ? rest : null;
        }

        step.Values.Set("place", place is null || CoachPrompts.IsSkip(place) ? null : Phrasing.Fragment(place));
        if (step.Values.TryGet(LearnedKey, out string? learned))
        {
            return step.NextAsync(new PromptResult<string>(true, learned, 1), cancellationToken);
        }

        return step.PromptAsync(LearnedPromptId, new PromptOptions
        {
            Prompt = $"What did you learn from {step.Values.Get<string>("name")}? A line or two is plenty.",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    /// <summary>Someone they suggested in what was learned ("she said to talk to Tom Baker") is offered as a contact.</summary>
    private async ValueTask<DialogTurnResult> AskReferralsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string learned = Answer(step.Result) ?? string.Empty;
        step.Values.Set(LearnedKey, learned);
        string name = step.Values.Get<string>("name");
        IReadOnlyList<DebriefReferral> noted = await ReferralContacts.SuggestedAsync(_services, step.UserKey, learned, name, cancellationToken).ConfigureAwait(false);

        return noted.Count == 0
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(ReferralLoopDialog.DialogId, new ReferralLoopOptions(name, []) { Noted = noted }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string learned = step.Values.Get<string>(LearnedKey);
        IReadOnlyList<DebriefReferral> suggested = step.Result as IReadOnlyList<DebriefReferral> ?? [];
        DateTimeOffset now = _services.Time.GetUtcNow();
        string? place = step.Values.GetOrDefault<string>("place");
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.Values.GetOrDefault<string>("contactId"), cancellationToken).ConfigureAwait(false);
        bool created = contact is null;
        if (contact is null)
        {
            contact = Contact.Create(step.Values.Get<string>("name"), now) with
            {
                Organisation = step.Values.GetOrDefault<string>("organisation"),
                Connection = ConnectionKind.MetAtEvent,
                ConnectionNote = place is null ? "An unplanned conversation." : $"Met {Where(place)}.",
                Stage = ContactStage.Met,
            };
            await ContactRecords.CreateAsync(_services.Records, step.UserKey, contact, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(_services.Records, step.UserKey, contact.Id, c =>
                c.Stage is ContactStage.ToContact or ContactStage.Asked or ContactStage.MeetingSet or ContactStage.NoAnswer or ContactStage.Declined
                    ? c with { Stage = ContactStage.Met, UpdatedAt = now }
                    : c, cancellationToken).ConfigureAwait(false);
            if (update.Value is null)
            {
                step.Send(ContactRecords.Explain(update) ?? ContactRecords.NotFound);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            contact = update.Value;
        }

        IReadOnlyList<(Contact Contact, DebriefReferral Referral)> referred = await ReferralContacts.CreateAsync(
            _services, step.UserKey, contact, suggested, now, cancellationToken).ConfigureAwait(false);
        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);
        DateOnly metOn = step.Values.GetOrDefault<DateOnly?>(MetOnKey) ?? today;
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(metOn, now, contact.Id),
            ContactId = contact.Id,
            ContactName = contact.Name,
            MetOn = metOn,
            Learned = learned,
            Notes = place is null ? null : $"Unplanned conversation {Where(place)}.",
            Referrals = [.. referred.Select(r => r.Referral)],
            CreatedAt = now,
        };
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        debrief = debrief with { ThankYouDraft = ThankYouNote.Draft(profile, contact, debrief, today) };
        await _services.Records.SaveAsync(step.UserKey, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null, cancellationToken).ConfigureAwait(false);
        step.MarkSaved();

        string dated = metOn == today ? "today's date" : $"the date you talked, {DebriefView.Date(metOn)}";
        step.Send(created
            ? $"Logged. {contact.Name} is in your contacts now, marked as talked to, and what you learned is saved with {dated}."
            : $"Logged. What you learned is saved with {dated} on {contact.Name}'s page, and they're marked as talked to.");
        if (created && MetAtOrganisation.Describe(await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false), contact.Organisation, contact.Id) is { } alreadyMet)
        {
            step.Send(alreadyMet);
        }

        if (ReferralContacts.Added(referred, contact.Name) is { } added)
        {
            step.Send(added);
        }

        step.Send($"If you have a way to reach them, a short thank-you goes a long way with someone you met by chance. Here's one to start from:\n\n{debrief.ThankYouDraft}");
        FollowThroughResult? followUps = await FollowThrough.RaiseAsync(
            _services,
            step.UserKey,
            new DebriefCompleted(new ReminderContact(contact.Id, contact.Name, contact.Organisation), DebriefDialog.HeldAt(contact, metOn, now, step.TimeZone), now, ReferralContacts.FollowUps(referred), []),
            cancellationToken).ConfigureAwait(false);
        if (followUps is not null)
        {
            step.Send(FollowThrough.Describe(followUps) ?? "I haven't set any reminders for this one.");
        }

        // S110: a chance conversation counts towards the week like any other.
        await WeeklyReview.OfferAsync(step.Context, _services, await DebriefStore.ListAsync(_services, step.UserKey, cancellationToken).ConfigureAwait(false), "type **weekly review**", cancellationToken).ConfigureAwait(false);

        step.Send("Type **thankyou** later to see the note again and mark it sent, or **debrief** for the full set of questions another time.");
        return await step.EndDialogAsync(debrief.Id, cancellationToken).ConfigureAwait(false);
    }
}
