using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The light research pass before an ask is drafted (D11), one question at a time and only what is still missing:
/// whether the LinkedIn profile is current (asked once per user, S015), one fact about the person or organisation
/// (S024), why this person when the meeting opener has no goal or fact to say it from (S079), a student's graduation
/// date for the opener (S081), key terms for a field marked new (S025), the user's number for a spoken ask (S038), and where to offer to
/// meet (S019, S020, S026). Before a direct ask to someone reached through a referrer who has not said they may be
/// named, it first asks whether they have (D12): "no" or "skip" leaves them out of every script. Each answer is saved
/// as it is given; each question but the LinkedIn one can be skipped.
/// </summary>
internal sealed partial class AskGroundworkDialog : WaterfallDialog
{
    public const string DialogId = "rehearse.groundwork";

    /// <summary>The user's number for a spoken ask, read out of a chatty answer ("its 07700 900 123").</summary>
    public const string PhonePromptId = "rehearse.groundwork.phone";

    private const string LinkedInPromptId = "rehearse.groundwork.linkedin";
    private const string AskedWhyKey = "asked-why";

    // The skippable questions, by the name a skip is remembered under for the rest of the rehearsal.
    internal const string WhyThemQuestion = "why-them";
    internal const string FactQuestion = "fact";
    internal const string KeyTermsQuestion = "key-terms";
    internal const string PhoneQuestion = "phone";
    internal const string GraduationQuestion = "graduation";

    private const string SkippedKey = "skipped";
    private const string PastedValue = "pasted-own-version";

    private static readonly Choice[] s_linkedIn =
    [
        new("yes", "Yes, it's current") { Synonyms = ["yes", "up to date", "current", "it is"] },
        new("no", "No, it needs work") { Synonyms = ["no", "not really", "needs work", "out of date", "i don't have one"] },
    ];

    private readonly CoachServices _services;

    public AskGroundworkDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskReferrerConsentAsync);
        AddStep(AskLinkedInAsync);
        AddStep(AskFactAsync);
        AddStep(AskKeyTermsAsync);
        AddStep(AskPhoneAsync);
        AddStep(AskVenueAsync);
        AddStep(AskGraduationAsync);
        AddStep(FinishAsync);
    }

    public static void RegisterPrompts(DialogSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        set.Add(new TextPrompt(PhonePromptId, ValidatePhoneAsync))
            // "kind of, my headline still says auditor": a profile that is only partly current needs work.
            // "i dont have linkedin actually": no profile at all needs work too (setting one up).
            .Add(new ChoicePrompt(LinkedInPromptId, readText: (text, choices) =>
                (MixedAnswer.IsMixed(text) || NoProfile().IsMatch(text)) && choices.FirstOrDefault(c => c.Value == "no") is { } needsWork ? new ChoiceGuess(needsWork, Confident: true) : null));
    }

    private static ValueTask<bool> ValidatePhoneAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        // Their own message pasted here is taken as it is: its number is saved and the message checked.
        if (CoachPrompts.IsSkip(context.Value) || Text.PhoneNumberText.Find(context.Value) is not null || ChoicePrompt.IsPasted(context.Value))
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "I couldn't find one phone number in that. Type it with digits (spaces and + are fine), or **skip**.";
        return ValueTask.FromResult(false);
    }

    /// <summary>The venue choices, a call first when the contact is far away (S020).</summary>
    internal static IReadOnlyList<Choice> VenueChoices(Contact contact)
    {
        var choices = new List<Choice>
        {
            new(nameof(MeetingVenue.TheirChoice), "Come to them, or wherever suits them") { Synonyms = ["their office", "their workplace", "his office", "her office", "office", "workplace", "where they work", "wherever", "come to them", "default", "skip"] },
            new(nameof(MeetingVenue.Cafe), "A café near them") { Synonyms = ["cafe", "coffee", "coffee shop", "near his office", "near her office", "near their office",
                "near the office", "near his work", "near her work", "near their work", "close to his office", "close to her office", "close to their office"] },
            new(nameof(MeetingVenue.Call), "A phone or video call") { Synonyms = ["phone", "call", "video", "zoom", "teams", "online", "virtual", "phone call",
                "zoom call", "teams call", "whatsapp call", "google meet", "over the phone", "on video", "meet online"] },
        };
        if (contact.LongDistance)
        {
            Choice call = choices[2];
            choices.RemoveAt(2);
            choices.Insert(0, call);
        }

        return choices;
    }

    private static Choice[] ConsentChoices(string referrer) =>
    [
        new(nameof(ReferrerConsent.Agreed), $"Yes, {referrer} agreed") { Synonyms = ["yes", "they agreed", "agreed", "she agreed", "he agreed", "yes i may"] },
        new(nameof(ReferrerConsent.Declined), "Not yet: leave them out") { Synonyms = ["no", "not yet", "not asked", "leave them out", "don't know", "not sure", "skip"] },
    ];

    private async ValueTask<DialogTurnResult> AskReferrerConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        AskGroundworkOptions options = step.GetOptions<AskGroundworkOptions>()!;
        Contact? contact = options.Kind.IsAsk() ? await LoadContactAsync(step, cancellationToken).ConfigureAwait(false) : null;
        if (contact is not { IntroductionBy: { } via, ReferrerConsent: ReferrerConsent.NotAsked })
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // A direct approach names the referrer only with their agreement (D12); asked once per contact.
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"You're approaching {contact.Name} directly. Has {via} said you may mention them?",
            Help = $"**Yes**: the script names {via} first, which opens doors. **Not yet**: I'll leave {via} out. "
                + $"If you'd rather {via} made the introduction, type **cancel**, then **rehearse** and pick **Ask {via} to introduce you**.",
            Choices = ConsentChoices(via),
            PastedChoice = PastedValue,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskLinkedInAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (PastedOwnVersion(step) is { } pastedHere)
        {
            return await EndWithPastedAsync(step, pastedHere, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is PromptResult<Choice> consent)
        {
            if (!consent.Succeeded)
            {
                return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
            }

            var answer = Enum.Parse<ReferrerConsent>(consent.Value!.Value);
            DateTimeOffset now = step.Now;
            RecordUpdate<Contact> saved = await ContactRecords.UpdateAsync(
                _services.Records, step.UserKey, step.GetOptions<AskGroundworkOptions>()!.ContactId!, c => c with { ReferrerConsent = answer, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
            step.MarkSaved();
            if (saved.Value is { ReferredByName: { } referrer } contact)
            {
                step.Send(answer == ReferrerConsent.Agreed
                    ? $"Good: your scripts for {contact.Name} open with {referrer.Trim()}'s name."
                    : $"I'll leave {referrer.Trim()} out of your scripts and reminders for {contact.Name}. If they agree later, change it under **Edit** > **How we're connected**.");
            }
        }

        AskGroundworkOptions options = step.GetOptions<AskGroundworkOptions>()!;
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (!options.Kind.IsAsk() || profile?.LinkedInCurrent is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(LinkedInPromptId, new PromptOptions
        {
            Prompt = "One question before your first ask: is your LinkedIn profile up to date? People often look you up there before they reply.",
            Help = "I only ask this once. If it needs work, I'll set you a reminder to tidy it up.",
            Choices = s_linkedIn,
            PastedChoice = PastedValue,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskFactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (PastedOwnVersion(step) is { } pastedHere)
        {
            return await EndWithPastedAsync(step, pastedHere, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is PromptResult<Choice> linkedIn)
        {
            if (!linkedIn.Succeeded)
            {
                return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
            }

            bool current = linkedIn.Value!.Value == "yes";
            DateTimeOffset now = step.Now;
            RecordUpdate<CoachingProfile> update = await ProfileRecords.UpdateAsync(
                _services.Records, step.Context, p => p with { LinkedInCurrent = current, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
            step.MarkSaved();
            if (!current && update.Succeeded)
            {
                FollowThroughResult? result = await FollowThrough.RaiseAsync(_services, step.UserKey, new LinkedInProfileOutdated(now), cancellationToken).ConfigureAwait(false);
                step.Send(step.Context.Input.Value is null && NoProfile().IsMatch(step.Context.Input.Text ?? string.Empty)
                    ? ("Worth setting one up before you ask: people often search for you before they reply. A photo, a headline saying what you do now and a line on what you're exploring are enough to start. "
                        + FollowThrough.Describe(result, "I've added it to your to-dos:")).TrimEnd()
                    : FollowThrough.Describe(result, "Worth doing before they look you up. I've added it to your to-dos:")
                        ?? "Worth doing before they look you up: a current headline and a line on what you're exploring now.");
            }
        }

        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        AskGroundworkOptions options = step.GetOptions<AskGroundworkOptions>()!;
        if (contact is not null && options.Kind == ScriptKind.MeetingOpening && NoReasonYet(contact) && !WasSkipped(step, WhyThemQuestion))
        {
            // The opener says why this person (S079); with no goal, reason or fact to say it from, ask once.
            step.Values.Set(AskedWhyKey, true);
            return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
            {
                Prompt = $"Why {contact.Name} in particular? Your opener tells them, and people like to hear what drew you to them.",
                Help = "A line is enough, e.g. _she moved from the wards into teaching_ or _to hear how the new clinic started_. It's saved with the contact. Type **skip** to fill it in yourself.",
                Max = 300,
            }, cancellationToken).ConfigureAwait(false);
        }

        if (contact is null || !options.Kind.IsAsk() || ScriptFacts.ResearchFactOf(contact) is not null || WasSkipped(step, FactQuestion))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string about = contact.Organisation is { Length: > 0 } org ? $"{contact.Name} or {org.Trim()}" : contact.Name;
        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = $"Before I draft it: what's one thing you know about {about}? Their role, a project, something the organisation did lately.",
            Help = "A line is enough, e.g. _she leads the new children's ward_. It goes into the ask, so they can see you did your homework. Type **skip** to leave it out for now.",
            Max = 300,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskKeyTermsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> fact)
        {
            if (!fact.Succeeded)
            {
                return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
            }

            if (step.Values.GetOrDefault<bool>(AskedWhyKey))
            {
                await SaveWhyThemAsync(step, fact.Value!, cancellationToken).ConfigureAwait(false);
            }
            else if (CoachPrompts.IsSkip(fact.Value!))
            {
                NoteSkip(step, FactQuestion);
                step.Send("I'll leave it out. Look them up before you send it: one real detail makes an ask much harder to ignore.");
            }
            else
            {
                string text = fact.Value!.Trim();
                DateTimeOffset now = step.Now;
                RecordUpdate<Contact> saved = await ContactRecords.UpdateAsync(
                    _services.Records, step.UserKey, step.GetOptions<AskGroundworkOptions>()!.ContactId!, c => c with { ResearchFact = text, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                if (ContactRecords.Explain(saved) is { } note)
                {
                    step.Send(note);
                }

                step.MarkSaved();
            }
        }

        AskGroundworkOptions options = step.GetOptions<AskGroundworkOptions>()!;
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (!options.Kind.IsAsk() || profile is not { FieldsOfInterest: [{ NewToMe: true, KeyTerms: null or "" } field, ..] } || WasSkipped(step, KeyTermsQuestion))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = $"You marked {field.Name} as new to you. Before you ask anyone, note a few key terms and facts about the work: the job titles, the words people use, what a typical project involves.",
            Help = "Three to five short items, one per line or separated by commas. Ten minutes on a professional body's site or a few job adverts is usually enough. Type **skip** to do it later.",
            Max = 1000,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> terms)
        {
            if (!terms.Succeeded)
            {
                return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
            }

            if (CoachPrompts.IsSkip(terms.Value!))
            {
                NoteSkip(step, KeyTermsQuestion);
                step.Send("Fine. Do look them up before your first conversation: knowing the basics shows you're serious.");
            }
            else
            {
                string text = terms.Value!.Trim();
                DateTimeOffset now = step.Now;
                await ProfileRecords.UpdateAsync(
                    _services.Records,
                    step.Context,
                    p => p with { FieldsOfInterest = [.. p.FieldsOfInterest.Select((f, i) => i == 0 ? f with { KeyTerms = text } : f)], UpdatedAt = now },
                    cancellationToken).ConfigureAwait(false);
                step.MarkSaved();
                step.Send("Saved with your goals. Use a term or two naturally when you ask; it shows you've done your reading.");
            }
        }

        AskGroundworkOptions options = step.GetOptions<AskGroundworkOptions>()!;
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (!options.Kind.NeedsPhone() || !string.IsNullOrWhiteSpace(profile?.Phone) || WasSkipped(step, PhoneQuestion))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(PhonePromptId, new PromptOptions
        {
            Prompt = "Which number should they reach you on? I'll put it in the script rather than leave a blank.",
            Help = "Digits, spaces, + and brackets are fine. It's saved with your goals for next time. Type **skip** to fill it in yourself.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskVenueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> phone)
        {
            if (!phone.Succeeded)
            {
                return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
            }

            if (CoachPrompts.IsSkip(phone.Value!))
            {
                NoteSkip(step, PhoneQuestion);
            }
            else if (Text.PhoneNumberText.Find(phone.Value) is null && ChoicePrompt.IsPasted(phone.Value))
            {
                return await EndWithPastedAsync(step, phone.Value!.Trim(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                string number = Text.PhoneNumberText.Find(phone.Value) ?? phone.Value!.Trim();
                DateTimeOffset now = step.Now;
                await ProfileRecords.UpdateAsync(_services.Records, step.Context, p => p with { Phone = number, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                step.MarkSaved();
            }
        }

        AskGroundworkOptions options = step.GetOptions<AskGroundworkOptions>()!;
        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        bool asksToMeet = options.Kind is ScriptKind.PhoneAsk or ScriptKind.Email or ScriptKind.Letter or ScriptKind.LinkedInMessage;
        if (contact is null || !asksToMeet || contact.Venue != MeetingVenue.NotChosen)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = contact.LongDistance
                ? $"{contact.Name} is a long way off, so I'd suggest a phone or video call of 10 to 15 minutes. Where should the ask suggest meeting?"
                : $"Where should the ask suggest meeting {contact.Name}? Their workplace is best: easy for them, and you see where they work.",
            Help = "**Come to them, or wherever suits them** leaves the choice with them. A café is fine too. A call suits someone too far away to meet.",
            Choices = VenueChoices(contact),
            PastedChoice = PastedValue,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskGraduationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (PastedOwnVersion(step) is { } pastedHere)
        {
            return await EndWithPastedAsync(step, pastedHere, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is PromptResult<Choice> venuePicked)
        {
            if (!venuePicked.Succeeded)
            {
                return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
            }

            var venue = Enum.Parse<MeetingVenue>(venuePicked.Value!.Value);
            DateTimeOffset now = step.Now;
            RecordUpdate<Contact> saved = await ContactRecords.UpdateAsync(
                _services.Records, step.UserKey, step.GetOptions<AskGroundworkOptions>()!.ContactId!, c => c with { Venue = venue, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
            step.MarkSaved();
            if (saved.Value is { } contact)
            {
                if (venue == MeetingVenue.Call && !contact.LongDistance)
                {
                    step.Send("A call is fine, though meeting in person usually goes much further; choose a call when distance rules a meeting out.");
                }
                else if (venue == MeetingVenue.Cafe)
                {
                    step.Send("A café it is. Offer to buy their drink when you get there; I've put it on your prep list.");
                }
            }
        }

        // A student's opener gives the graduation date (S081); asked here when the profile has none yet.
        AskGroundworkOptions options = step.GetOptions<AskGroundworkOptions>()!;
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (options.Kind != ScriptKind.MeetingOpening || profile is not { Experience: ExperienceLevel.Student, Graduation: null or "" } || WasSkipped(step, GraduationQuestion))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(QuestionsDialog.GraduationPromptId, new PromptOptions
        {
            Prompt = "As a student, your opener can say when you graduate. When is it? For example _May 2026_; add _internships_ if that's what you're researching. Or type **skip**.",
            Help = "People are glad to help a student who says where they are. It's saved with your goals.",
            Max = 200,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> graduation)
        {
            if (!graduation.Succeeded)
            {
                return await step.EndDialogAsync(false, cancellationToken).ConfigureAwait(false);
            }

            if (CoachPrompts.IsSkip(graduation.Value!))
            {
                NoteSkip(step, GraduationQuestion);
            }
            else
            {
                StudentPlans plans = StudentPlans.Read(graduation.Value);
                DateTimeOffset now = step.Now;
                RecordUpdate<CoachingProfile> saved = await ProfileRecords.UpdateAsync(
                    _services.Records, step.Context, p => p with { Graduation = plans.Graduation ?? p.Graduation, InternshipResearch = plans.Internships || p.InternshipResearch, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                if (saved.Succeeded)
                {
                    step.MarkSaved();
                }
            }
        }

        // Ends with every question skipped so far, so a redrawn script doesn't ask them again.
        return await step.EndDialogAsync(new GroundworkSkips(AllSkipped(step)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Their own message, pasted where a groundwork question with buttons was asked.</summary>
    private static string? PastedOwnVersion(WaterfallStepContext step) =>
        step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: PastedValue } && step.Input.Text is { } text ? text.Trim() : null;

    /// <summary>
    /// Their own version arrived instead of an answer: the rest of the groundwork can wait, the message is checked now,
    /// and a phone number in it is saved for the scripts (a number is all the groundwork would have asked of it).
    /// </summary>
    private async ValueTask<DialogTurnResult> EndWithPastedAsync(WaterfallStepContext step, string pasted, CancellationToken cancellationToken)
    {
        // The profile is read only when the message holds a number that might be saved.
        if (Text.PhoneNumberText.FindInMessage(pasted) is { } inMessage
            && string.IsNullOrWhiteSpace((await ProfileRecords.GetAsync(_services.Records, step.Context, cancellationToken).ConfigureAwait(false))?.Phone))
        {
            DateTimeOffset now = step.Now;
            await ProfileRecords.UpdateAsync(_services.Records, step.Context, p => p with { Phone = inMessage, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
            step.MarkSaved();
            step.Send($"That reads like your own version, so I'll check it. I've saved {inMessage} from it as your number for future scripts.");
        }
        else
        {
            step.Send("That reads like your own version, so I'll check it now; the questions before a draft can wait.");
        }

        return await step.EndDialogAsync(new GroundworkSkips(AllSkipped(step), pasted), cancellationToken).ConfigureAwait(false);
    }

    private static string[] AllSkipped(WaterfallStepContext step) =>
        [.. (step.GetOptions<AskGroundworkOptions>()?.Skipped ?? []).Concat(SkippedHere(step)).Distinct(StringComparer.Ordinal)];

    private static string[] SkippedHere(WaterfallStepContext step) =>
        step.Values.GetOrDefault<string>(SkippedKey)?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static bool WasSkipped(WaterfallStepContext step, string question) => AllSkipped(step).Contains(question, StringComparer.Ordinal);

    private static void NoteSkip(WaterfallStepContext step, string question) =>
        step.Values.Set(SkippedKey, string.Join('|', SkippedHere(step).Append(question).Distinct(StringComparer.Ordinal)));

    private static bool NoReasonYet(Contact contact) =>
        string.IsNullOrWhiteSpace(contact.Meeting?.Goal) && string.IsNullOrWhiteSpace(contact.WhyThem) && ScriptFacts.ResearchFactOf(contact) is null;

    private async ValueTask SaveWhyThemAsync(WaterfallStepContext step, string answer, CancellationToken cancellationToken)
    {
        if (CoachPrompts.IsSkip(answer))
        {
            NoteSkip(step, WhyThemQuestion);
            step.Send("Fine: the opener keeps a gap for it. Fill it in before the meeting; a reason of your own makes them feel chosen.");
            return;
        }

        string text = answer.Trim();
        DateTimeOffset now = step.Now;
        RecordUpdate<Contact> saved = await ContactRecords.UpdateAsync(
            _services.Records, step.UserKey, step.GetOptions<AskGroundworkOptions>()!.ContactId!, c => c with { WhyThem = text, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
        if (ContactRecords.Explain(saved) is { } note)
        {
            step.Send(note);
        }

        step.MarkSaved();
    }

    private ValueTask<Contact?> LoadContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ContactRecords.GetAsync(_services.Records, step.UserKey, step.GetOptions<AskGroundworkOptions>()?.ContactId, cancellationToken);

    [GeneratedRegex(@"\b(?:(?:don'?t|do\s+not|never)\s+(?:have|had|use|made|set\s+up)\s+(?:a\s+|any\s+)?(?:linked\s?in|profile|account)|(?:not|never\s+been)\s+on\s+linked\s?in|no\s+linked\s?in|(?:haven'?t|have\s+not)\s+(?:got\s+|made\s+|created\s+|set\s+up\s+)?(?:one|any|a\s+(?:linked\s?in|profile|account))|there\s+is\s+no\s+(?:profile|account))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InterviewCoach.Dialogs.Recognition.RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NoProfile();
}
