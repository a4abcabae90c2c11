using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>add contact</c>: name, role and organisation (one form), how the user is connected, and how they will ask.
/// Begun with <see cref="AddContactOptions"/> (a referral from a debrief) the contact keeps "referred by".
/// </summary>
internal sealed partial class AddContactDialog : WaterfallDialog
{
    public const string DialogId = "contact.add";

    private const string DraftKey = "draft";
    private const string IdKey = "id";
    private const string TypedReferrerKey = "typedReferrer";
    private const string ConnectionPromptId = "contact.add.connection";

    // Picked by a typed description of what the contact does; no button carries it.
    private const string DescribedValue = "described";

    // Picked by "email" or "I'll call her" typed at the connection question: the answer to the question after it.
    private const string ChannelGivenValue = "channelGiven";
    private const string ChannelKey = "channel";

    private readonly CoachServices _services;

    public AddContactDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskDetailsAsync);
        AddStep(AskConnectionAsync);
        AddStep(AskConnectionDetailAsync);
        AddStep(AskConsentAsync);
        AddStep(AskChannelAsync);
        AddStep(SaveAsync);
        AddStep(AnswerPractitionerCheckAsync);
    }

    private async ValueTask<DialogTurnResult> AskDetailsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var form = ContactQuestions.DetailsForm(null);
        if (step.GetOptions<AddContactOptions>() is { Typed: { } typed } && TypedContactDetails.Read(_services.Slots, form, typed) is { } values)
        {
            return await step.NextAsync(new PromptResult<FormSubmission>(true, new FormSubmission(values), 1), cancellationToken).ConfigureAwait(false);
        }

        if (step.GetOptions<AddContactOptions>() is { } options)
        {
            form = form with
            {
                Markdown = options.ReferredByName is { Length: > 0 } referrer
                    ? $"A new contact from {referrer}. Only the name is required."
                    : options.Organisation is { Length: > 0 } organisation
                        ? $"Someone at {organisation}: who would you like to talk to there? Only the name is required."
                        : form.Markdown,
                Fields = form.Fields.Select(f => f.Id switch
                {
                    ContactQuestions.NameField => f with { InitialValue = options.Name },
                    ContactQuestions.OrganisationField when options.Organisation is { Length: > 0 } => f with { InitialValue = options.Organisation },
                    _ => f,
                }).ToList(),
            };
        }

        return await step.PromptAsync(CoachPrompts.ContactForm, new PromptOptions
        {
            Prompt = form.Markdown,
            Form = form,
            RetryPrompt = "Fill in the form, or type the person's name, e.g. _Maria Lopez_ or _Maria Lopez, charge nurse at St Anne's_.",
            Help = "Fill in the form and press **Add contact**, or type the name (and role and organisation if you know them, e.g. _Maria Lopez, charge nurse at St Anne's_). Only the name is required; you can add the rest later.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskConnectionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var submitted = (PromptResult<FormSubmission>)step.Result!;
        if (!submitted.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        Contact draft = ContactQuestions.ApplyDetails(Contact.Create(submitted.Value!.GetText(ContactQuestions.NameField)!, step.Now), submitted.Value);
        if (step.GetOptions<AddContactOptions>() is { ReferredByName.Length: > 0 } referral)
        {
            draft = draft with
            {
                Connection = ConnectionKind.ReferredBy,
                ReferredByName = referral.ReferredByName,
                ReferredByContactId = referral.ReferredByContactId,
            };
            step.Values.Set(DraftKey, draft);
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(DraftKey, draft);
        // "sam patel at monzo, my friend dana gave me her name" has answered "How are you connected?" already.
        if (step.Context.Input.Value is null && ReferrerInSentence.SplitFromDetails(step.Context.Input.Text) is { } typed)
        {
            step.Values.Set(TypedReferrerKey, typed.Referrer);
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The name is what matters: an unreadable connection is saved as none rather than losing the contact.
        PromptOptions connection = ContactQuestions.Connection(draft.Name) with
        {
            GiveUpMessage = "I'll note no connection for now; change it any time with **Edit** on the contact.",
        };
        return await step.PromptAsync(ConnectionPromptId, connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The connection question, which also takes what the contact does ("she's a UX researcher at Spotify") and how
    /// the user will ask ("email"): people often answer "how are you connected?" with who the person is, or with the
    /// next question's answer. Either goes on the draft and the question is asked again, instead of a wrong "Did you
    /// mean Someone referred me?" or "email" read as no connection.
    /// </summary>
    public static void RegisterPrompts(DialogSet set) => set.Add(new ChoicePrompt(
        ConnectionPromptId,
        KeepDetailAsync,
        readTyped: (text, options) => ContactDescription.Read(text) is not null ? new Choice(DescribedValue, DescribedValue)
            : ChannelChoice(text) is not null ? new Choice(ChannelGivenValue, ChannelGivenValue)
            : ReferrerInSentence.NamesReferrer(text) ? options.Choices?.FirstOrDefault(c => c.Value == nameof(ConnectionKind.ReferredBy))
            : MetAtAnEvent().IsMatch(text) ? options.Choices?.FirstOrDefault(c => c.Value == nameof(ConnectionKind.MetAtEvent))
            : null));

    private static Choice? ChannelChoice(string text) =>
        ChannelAnswer.Read(text) is { } channel ? ContactQuestions.ChannelChoices.First(c => c.Value == channel.ToString()) : null;

    private static ValueTask<bool> KeepDetailAsync(PromptValidatorContext<Choice> context, CancellationToken cancellationToken)
    {
        if (context.Value.Value is not (DescribedValue or ChannelGivenValue))
        {
            return ValueTask.FromResult(true);
        }

        // The draft lives on this flow, just below the prompt.
        DialogInstance flow = context.Context.Stack[^2];
        if (context.Value.Value == ChannelGivenValue)
        {
            if (ChannelChoice(context.Context.Input.Text ?? "") is not { } channel || flow.Values?.GetOrDefault<Contact>(DraftKey) is not { } contact)
            {
                context.RetryMessage = null;
                return ValueTask.FromResult(false);
            }

            flow.Values!.Set(ChannelKey, channel.Value);
            context.AnswerKept = true;
            string how = channel.Value == nameof(PreferredChannel.InPerson) ? "in person" : "by " + channel.Title.ToLowerInvariant();
            context.RetryMessage = $"Noted: you'll ask {contact.Name} {how}. First, how are you connected to {contact.Name}? A referral, someone you know already, a shared school or "
                + "group, LinkedIn or an event; **No connection yet** is fine too.";
            return ValueTask.FromResult(false);
        }

        if (ContactDescription.Read(context.Context.Input.Text) is not var (role, organisation) || flow.Values?.GetOrDefault<Contact>(DraftKey) is not { } draft)
        {
            context.RetryMessage = null;
            return ValueTask.FromResult(false);
        }

        Contact described = draft with { Role = role ?? draft.Role, Organisation = organisation ?? draft.Organisation };
        flow.Values!.Set(DraftKey, described);
        context.AnswerKept = true;
        string what = (role, organisation) switch
        {
            ({ } r, { } o) => $"{r} at {o}",
            ({ } r, null) => r,
            _ => organisation!,
        };
        context.RetryMessage = $"Noted on {draft.Name}'s details: **{what}**. And how are you connected to {draft.Name}? A referral, someone you know already, a shared school or group, "
            + "LinkedIn or an event; **No connection yet** is fine too.";
        return ValueTask.FromResult(false);
    }

    private async ValueTask<DialogTurnResult> AskConnectionDetailAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGet(TypedReferrerKey, out string? typedReferrer))
        {
            Contact typedDraft = step.Values.Get<Contact>(DraftKey);
            step.Values.Set(DraftKey, typedDraft with { Connection = ConnectionKind.ReferredBy });
            return await step.NextAsync(new PromptResult<string>(true, typedReferrer, 1), cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is PromptResult<Choice> connection)
        {
            ConnectionKind kind = connection.Succeeded ? Enum.Parse<ConnectionKind>(connection.Value!.Value) : ConnectionKind.None;
            Contact draft = step.Values.Get<Contact>(DraftKey);
            IReadOnlyList<Contact> others = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            step.Values.Set(DraftKey, ContactQuestions.ApplyConnection(draft, kind, null, others));
            // "my old colleague Jen introduced us" has already said who: asking "Who passed on their name?" would repeat it.
            if (kind == ConnectionKind.ReferredBy && step.Context.Input.Value is null && ReferrerInSentence.Find(step.Context.Input.Text) is { } named)
            {
                return await step.NextAsync(new PromptResult<string>(true, named, 1), cancellationToken).ConfigureAwait(false);
            }

            // "we worked together at KPMG, he was my senior" already says how they know each other: its first clause is
            // the note (the rest talks about the contact, and the scripts say the note to them).
            if (kind == ConnectionKind.KnowThem && step.Context.Input.Value is null && step.Context.Input.Text is { Length: <= CoachPrompts.MaxShortLength } said
                && FirstClause().Match(said).Value.Trim().TrimEnd('.', '!') is { } how && how.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
            {
                return await step.NextAsync(new PromptResult<string>(true, how, 1), cancellationToken).ConfigureAwait(false);
            }

            // "we were course mates at UNILAG", "we met at the Lagos EdTech Summit": the school, group or event is named already.
            if (kind is ConnectionKind.Alumni or ConnectionKind.Association or ConnectionKind.MetAtEvent && step.Context.Input.Value is null
                && step.Context.Input.Text is { Length: <= CoachPrompts.MaxShortLength } shared && SharedPlace().Match(FirstClause().Match(shared).Value) is { Success: true } place)
            {
                return await step.NextAsync(new PromptResult<string>(true, place.Groups["place"].Value.Trim(), 1), cancellationToken).ConfigureAwait(false);
            }

            if (ContactQuestions.ConnectionDetail(kind) is { } question)
            {
                return await step.PromptAsync(kind == ConnectionKind.ReferredBy ? CoachPrompts.ReferrerName : CoachPrompts.Text, question, cancellationToken).ConfigureAwait(false);
            }
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact draft = step.Values.Get<Contact>(DraftKey);
        if (step.Result is PromptResult<string> detail)
        {
            // An unreadable detail is left out (the prompt has said so); the contact is still added.
            if (!detail.Succeeded)
            {
                return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
            }

            IReadOnlyList<Contact> others = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            draft = ContactQuestions.ApplyConnection(draft, draft.Connection, detail.Value, others);
            step.Values.Set(DraftKey, draft);
            if (draft.Connection == ConnectionKind.ReferredBy && draft.ReferredByName is { Length: > 0 } referrer)
            {
                if (ContactQuestions.ConsentAlreadySaid(step.Context.Input) is { } said)
                {
                    return await step.NextAsync(said, cancellationToken).ConfigureAwait(false);
                }

                return await step.PromptAsync(CoachPrompts.Choice, ContactQuestions.Consent(referrer, draft.Name), cancellationToken).ConfigureAwait(false);
            }
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskChannelAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact draft = step.Values.Get<Contact>(DraftKey);
        if (step.Result is PromptResult<Choice> consent)
        {
            if (!consent.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            draft = draft with { ReferrerConsent = Enum.Parse<ReferrerConsent>(consent.Value!.Value) };
            step.Values.Set(DraftKey, draft);
        }

        // Already said at the connection question ("email"): not asked twice.
        if (step.Values.GetOrDefault<string>(ChannelKey) is { } given && ContactQuestions.ChannelChoices.FirstOrDefault(c => c.Value == given) is { } channel)
        {
            return await step.NextAsync(new PromptResult<Choice>(true, channel, 1), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, ContactQuestions.Channel(draft.Name), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var channel = (PromptResult<Choice>)step.Result!;
        if (!channel.Succeeded)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        Contact contact = step.Values.Get<Contact>(DraftKey) with { PreferredChannel = Enum.Parse<PreferredChannel>(channel.Value!.Value) };
        await ContactRecords.CreateAsync(_services.Records, step.UserKey, contact, cancellationToken).ConfigureAwait(false);
        step.MarkSaved();
        step.Send(ContactCards.Detail(contact, "Added to your contacts"));
        if (MetAtOrganisation.Describe(await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false), contact.Organisation, contact.Id) is { } alreadyMet)
        {
            step.Send(alreadyMet);
        }

        if (contact.LongDistance)
        {
            step.Send($"{contact.Name} is too far to meet, so I'll suggest a phone or video call of 10 to 15 minutes when you ask.");
        }

        if (contact.IntroductionBy is { } via && contact.ReferrerConsent == ReferrerConsent.NotAsked)
        {
            step.Send($"Since {via} hasn't said you may use their name yet, **rehearse** will start with a note asking {via} to introduce you.");
        }

        step.Send(contact.PreferredChannel switch
        {
            PreferredChannel.Email => "When you're ready, type **rehearse** and I'll draft a short email you can check before sending.",
            PreferredChannel.LinkedIn => "When you're ready, type **rehearse** and I'll draft a short LinkedIn message you can check before sending.",
            _ => "When you're ready, type **rehearse** and I'll write you a script for the ask, then let you practise it.",
        });

        // Someone who hires for the field knows hiring, not the work day to day (S011).
        if (ContactQuestions.IsHiringRole(contact.Role))
        {
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            string work = profile is { FieldsOfInterest: [{ } field, ..] } ? $"{field.Name} work" : "the work you're interested in";
            step.Values.Set(IdKey, contact.Id);
            step.MarkSaved();
            return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
            {
                // "is in {role}" read wrongly for most roles ("is in recruiter"): the role is quoted as typed, initialisms in capitals.
                Prompt = $"{contact.Name}'s role ({FieldCasing.Cased(contact.Role!)}) sounds like hiring rather than the work itself. Do they do {work} themselves, day to day?",
                Help = "Recruiters know how hiring works, but someone who does the job can tell you what it's really like. Answer **yes** or **no**.",
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(contact.Id, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AnswerPractitionerCheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<bool> { Succeeded: true, Value: false })
        {
            step.Send("Keep them: they can tell you how people get hired. Add someone who does the work too; type **add contact** when you have a name. "
                + "Ask them, too, who on their team does the job day to day.");
        }
        else if (step.Result is PromptResult<bool> { Succeeded: true })
        {
            step.Send("Great, someone who knows both the work and the hiring.");
        }

        return await step.EndDialogAsync(step.Values.Get<string>(IdKey), cancellationToken).ConfigureAwait(false);
    }

    // Up to the first comma or semicolon, or an "and he/she/they" or "before she…" that goes on about the contact.
    [GeneratedRegex(@"^[^,;]*?(?=\s*[,;]|\s+(?:and|but|before|after|when|until|till|since|while|so)\s+(?:he|she|they|him|her|them)\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FirstClause();

    // After "at", "from" or "in": a capitalised name ("UNILAG", "the Lagos EdTech Summit", "University of Ibadan"), or a
    // lower-case one that says what it is ("lagos business school", "the nurses' association"); "a conference" or "the
    // same school" names none.
    [GeneratedRegex(@"\b(?:at|from|in|of)\s+(?<place>(?:the\s+)?(?-i:\p{Lu})[\p{L}\d&'’.-]*(?:\s+(?:(?:of|for|and|de)\s+)?(?-i:\p{Lu})[\p{L}\d&'’.-]*){0,6}(?:\s+(?:conference|summit|meetup|fair|workshop|school|college|university|association|society))?|(?:the\s+)?(?:(?!(?:a|an|same|my|our|one|some|this|that|the)\b)[\p{L}'’-]+\s+){0,4}(?:university|college|school|polytechnic|institute|academy|association|society|club|network|conference|summit|meetup|fair|workshop)\b(?:\s+of\s+[\p{L}'’-]+){0,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SharedPlace();

    // "we met at the AfricArena conference in Lagos", "met her at a hackathon": a named event dilutes the sentence for
    // the model, but meeting at a kind of event says which connection it is.
    [GeneratedRegex(@"\bmet\s+(?:(?:him|her|them|each\s+other)\s+)?(?:at|during|on)\s+(?:(?:a|an|the|this|that|one)\s+)?(?:[\p{L}\d&'’.-]+\s+){0,5}?(?:conference|summit|meetup|meet-up|event|fair|workshop|talk|hackathon|webinar|seminar|panel|expo|convention)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MetAtAnEvent();
}
