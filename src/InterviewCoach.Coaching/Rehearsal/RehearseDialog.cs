using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// <c>rehearse</c>: builds the ask from the profile and, when chosen, the contact: a phone script, a voicemail,
/// an email checked against the outreach rules, the meeting's opening, or the referral ask at the end. Then
/// offers to practise it, to note a voicemail that was left, or to see another script.
/// </summary>
internal sealed class RehearseDialog : WaterfallDialog
{
    public const string DialogId = "rehearse";

    private const string GenericValue = "generic";
    private const string PractiseAction = "practise";
    private const string VoicemailLeftAction = "left";
    private const string AnotherAction = "another";
    private const string DoneAction = "done";

    private readonly CoachServices _services;

    public RehearseDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskContactAsync);
        AddStep(AskKindAsync);
        AddStep(ShowScriptAsync);
        AddStep(ActAsync);
        AddStep(FinishAsync);
    }

    internal static IReadOnlyList<Choice> KindChoices(PreferredChannel? channel)
    {
        var choices = new List<Choice>
        {
            new(nameof(PracticeKind.PhoneAsk), "Phone call") { Synonyms = ["phone", "call", "phone script"] },
            new(nameof(PracticeKind.Voicemail), "Voicemail") { Synonyms = ["voice mail", "message"] },
            new(nameof(PracticeKind.Email), "Email") { Synonyms = ["e-mail", "mail", "letter"] },
            new(nameof(PracticeKind.MeetingOpening), "Meeting opening") { Synonyms = ["opening", "start of the meeting", "first minute"] },
            new(nameof(PracticeKind.ReferralAsk), "Referral ask") { Synonyms = ["referral", "referrals", "who else", "end of the meeting"] },
        };
        if (channel == PreferredChannel.Email)
        {
            // Lead with the way the user said they'd ask.
            Choice email = choices[2];
            choices.RemoveAt(2);
            choices.Insert(0, email);
        }

        return choices;
    }

    private async ValueTask<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        RehearseOptions options = step.GetOptions<RehearseOptions>() ?? new RehearseOptions(null);
        if (options.ContactId is not null || options.Generic)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (contacts.Count == 0)
        {
            return await step.ReplaceDialogAsync(DialogId, new RehearseOptions(null, Generic: true), cancellationToken).ConfigureAwait(false);
        }

        // People still to ask (or to meet) come first: they are who a script is for.
        Choice[] choices =
        [
            .. contacts
                .OrderBy(c => c.Stage is ContactStage.ToContact or ContactStage.NoAnswer or ContactStage.Asked or ContactStage.MeetingSet ? 0 : 1)
                .Take(20)
                .Select(c => new Choice(c.Id, c.Name)),
            new(GenericValue, "No one in particular") { Synonyms = ["generic", "nobody", "anyone", "general"] },
        ];
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Who are you getting ready to ask?",
            Help = "Pick a contact and I'll use their name, how you know them and who referred you. Or choose **No one in particular** for a general script.",
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskKindAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> picked)
        {
            if (!picked.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            RehearseOptions chosen = picked.Value!.Value == GenericValue ? new RehearseOptions(null, Generic: true) : new RehearseOptions(picked.Value.Value);
            return await step.ReplaceDialogAsync(DialogId, chosen, cancellationToken).ConfigureAwait(false);
        }

        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        string who = contact is null ? "a conversation" : $"{contact.Name} for a conversation";
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"Which script would help? Asking {who} by phone, the voicemail, an email, or the meeting itself.",
            Help = "**Phone call**: the ask, step by step. **Voicemail**: a short message if they don't pick up. **Email**: a short note checked against the rules. **Meeting opening** and **Referral ask**: the first and last minute of the conversation.",
            Choices = KindChoices(contact?.PreferredChannel),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ShowScriptAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = (PromptResult<Choice>)step.Result!;
        if (!picked.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var kind = Enum.Parse<PracticeKind>(picked.Value!.Value);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        CoachingProfile scriptProfile = profile ?? new CoachingProfile();
        ScriptDraft draft = kind switch
        {
            PracticeKind.Voicemail => AskScriptBuilder.BuildVoicemail(scriptProfile, contact, step.Now),
            PracticeKind.Email => AskScriptBuilder.BuildEmail(scriptProfile, contact),
            PracticeKind.MeetingOpening => AskScriptBuilder.BuildMeetingOpening(scriptProfile, contact),
            PracticeKind.ReferralAsk => AskScriptBuilder.BuildReferralAsk(scriptProfile, contact),
            _ => AskScriptBuilder.BuildPhoneAsk(scriptProfile, contact),
        };

        step.Send(RehearsalCards.Script(draft, contact?.Name));
        if (kind == PracticeKind.Email)
        {
            EmailReport report = OutreachEmailChecker.Check(draft.Text, profile, contact, _services.Embedder);
            step.Send(RehearsalCards.EmailCheck(report, "Checked against the email rules"));
            step.Send("Don't attach your résumé: it makes the note look like a job application. Send it only if they ask.");
        }

        if (kind == PracticeKind.Voicemail)
        {
            DateOnly callBack = BusinessCalendar.NextBusinessDay(step.Now);
            step.Send(string.Create(CultureInfo.InvariantCulture, $"If you leave it today, plan to call back on **{callBack:dddd d MMMM}**, the next working day."));
        }

        if (profile is null || string.IsNullOrWhiteSpace(profile.DisplayName) || profile.FieldsOfInterest.Count == 0)
        {
            step.Send("The parts in [brackets] are yours to fill in. Type **goal** to give me your name and fields, and I'll fill them in for you next time.");
        }

        string kindValue = kind.ToString();
        var next = new List<Choice>
        {
            new(CardActionPrompt.Target(PractiseAction, kindValue), "Practise it now") { Synonyms = ["practise", "practice", "try it"] },
        };
        if (kind == PracticeKind.Voicemail)
        {
            next.Add(new Choice(CardActionPrompt.Target(VoicemailLeftAction, kindValue), "I left this voicemail") { Synonyms = ["left it", "i left it", "left a voicemail"] });
        }

        next.Add(new Choice(CardActionPrompt.Target(AnotherAction, kindValue), "Another script") { Synonyms = ["another", "different script", "other"] });
        next.Add(new Choice(CardActionPrompt.Target(DoneAction, kindValue), "Done") { Synonyms = ["done", "finished", "thanks"] });
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Read it aloud once or twice. Then practise it with me?",
            Help = "**Practise it now**: type or paste what you'd actually say and I'll score it and suggest one rewrite.",
            Choices = next,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = (PromptResult<Choice>)step.Result!;
        if (!picked.Succeeded || !CardActionPrompt.TrySplit(picked.Value!.Value, out string action, out string kindValue))
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        RehearseOptions options = step.GetOptions<RehearseOptions>()!;
        switch (action)
        {
            case PractiseAction:
                return await step.BeginDialogAsync(PracticeDialog.DialogId, new PracticeOptions(Enum.Parse<PracticeKind>(kindValue), options.ContactId), cancellationToken).ConfigureAwait(false);
            case VoicemailLeftAction when options.ContactId is not null:
                return await step.BeginDialogAsync(VoicemailDialog.DialogId, new ContactRef(options.ContactId), cancellationToken).ConfigureAwait(false);
            case VoicemailLeftAction:
                DateOnly day = BusinessCalendar.NextBusinessDay(step.Now);
                step.Send(string.Create(CultureInfo.InvariantCulture, $"Well done for leaving it. Call back on **{day:dddd d MMMM}**; the next move is yours, not theirs."));
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case AnotherAction:
                return await step.ReplaceDialogAsync(DialogId, options, cancellationToken).ConfigureAwait(false);
            default:
                step.Send("Good luck with the ask. Come back and practise any time with **practise**.");
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(null, cancellationToken);

    private async ValueTask<Contact?> LoadContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetOptions<RehearseOptions>()?.ContactId is { } id
            ? await ContactRecords.GetAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false)
            : null;
}
