using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// <c>rehearse</c>: builds the ask from the profile and, when chosen, the contact: a phone script (with the
/// receptionist's branch), a voicemail, an email, a letter or a LinkedIn message, guidance for asking in person, a
/// note asking a mutual contact for an introduction, the meeting's opening, or the referral ask at the end. Before an
/// ask it runs the light research pass (<see cref="AskGroundworkDialog"/>). Then it offers to practise, to turn the
/// résumé line, the short ask, the coffee offer or a student's internship opener on or off, to note a voicemail or a time to call back, or another script.
/// </summary>
internal sealed class RehearseDialog : WaterfallDialog
{
    public const string DialogId = "rehearse";

    /// <summary>"Who are you asking?", which also reads the script named with the person ("sam, by email").</summary>
    public const string ContactPromptId = "rehearse.contact";

    /// <summary>The "what next?" question after a script, which also reads another script named in passing ("actually, make it email").</summary>
    public const string NextPromptId = "rehearse.next";

    private const string GenericValue = "generic";
    private const string PastedValue = "pasted-own-version";
    private const string KindKey = "kind";
    private const string SkippedKey = "skipped";
    private const string ActedKey = "acted";
    private const string PractiseAction = "practise";
    private const string RolePlayAction = "roleplay";
    private const string VoicemailLeftAction = "left";
    private const string CallBackAction = "callback";
    private const string ResumeAction = "resume";
    private const string ShortAction = "short";
    private const string CoffeeAction = "coffee";
    private const string InternshipAction = "internships";
    private const string IntroSentAction = "intro-sent";
    private const string IntroMadeAction = "intro-made";
    private const string TargetedAction = "targeted";
    private const string AnotherAction = "another";
    private const string SwitchAction = "switch";
    private const string DoneAction = "done";

    private readonly CoachServices _services;

    public RehearseDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskContactAsync);
        AddStep(AskKindAsync);
        AddStep(GroundworkAsync);
        AddStep(ShowScriptAsync);
        AddStep(ActAsync);
        AddStep(FinishAsync);
    }

    /// <summary>
    /// Registers the "what next?" question. Short typed text that names another script ("actually, make it email",
    /// "letter instead") switches to it; a question that merely mentions one ("what if they don't answer my email?")
    /// is left to be answered.
    /// </summary>
    public static void RegisterPrompts(DialogSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        set.Add(new ChoicePrompt(ContactPromptId, readTyped: (text, options) =>
            KindIn(text) is { Others.Length: > 0 } named ? Dialogs.Recognition.ChoiceRecognizer.Recognize(named.Others, options.Choices ?? []) : null));
        set.Add(new ChoicePrompt(NextPromptId, readTyped: (text, _) =>
            text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !Understanding.SlotAnswers.LooksLikeQuestion(text)
                && Dialogs.Recognition.ChoiceRecognizer.Recognize(text, KindChoices(null)) is { } kind
                ? new Choice(CardActionPrompt.Target(SwitchAction, kind.Value), kind.Title)
                : null));
    }

    /// <summary>
    /// The script named in <paramref name="text"/> and what is left around it: "sam, by email" names the email and
    /// leaves "sam". The longest name wins ("linkedin message" over "message"); null when no script is named.
    /// </summary>
    internal static (ScriptKind Kind, string Others)? KindIn(string? text)
    {
        string typed = Dialogs.Recognition.TextNormalizer.Normalize(text);
        if (typed.Length == 0 || typed.Length > 120)
        {
            return null;
        }

        (Choice Choice, string Phrase)? best = null;
        foreach (Choice choice in KindChoices(null))
        {
            foreach (string phrase in choice.Synonyms.Append(choice.Title).Select(Dialogs.Recognition.TextNormalizer.Normalize))
            {
                if (phrase.Length > 0 && (best is null || phrase.Length > best.Value.Phrase.Length)
                    && System.Text.RegularExpressions.Regex.IsMatch(typed, $@"\b{System.Text.RegularExpressions.Regex.Escape(phrase)}\b", System.Text.RegularExpressions.RegexOptions.None, RegexBudget.MatchTimeout))
                {
                    best = (choice, phrase);
                }
            }
        }

        if (best is not { } found)
        {
            return null;
        }

        string rest = System.Text.RegularExpressions.Regex.Replace(typed, $@"\b{System.Text.RegularExpressions.Regex.Escape(found.Phrase)}\b", " ", System.Text.RegularExpressions.RegexOptions.None, RegexBudget.MatchTimeout);
        string[] words = rest.Split([' ', ',', ';', '-'], StringSplitOptions.RemoveEmptyEntries);
        int start = 0;
        int end = words.Length;
        while (start < end && s_connectors.Contains(words[start]))
        {
            start++;
        }

        while (end > start && s_connectors.Contains(words[end - 1]))
        {
            end--;
        }

        return (Enum.Parse<ScriptKind>(found.Choice.Value), string.Join(' ', words[start..end]));
    }

    // Words that join a person and a script ("sam by email", "a letter to sam") and name neither.
    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "by", "via", "over", "through", "using", "a", "an", "the", "on", "in", "with", "to", "for", "and", "please", "i", "want", "think", "maybe", "probably",
    };

    /// <summary>A greeting line on its own ("Dear Ms Lopez,", "Hi Lena,") or a sign-off: how a pasted email starts or ends.</summary>
    internal static bool LooksLikeAnEmail(string text) => s_emailShape.IsMatch(text);

    private static readonly System.Text.RegularExpressions.Regex s_emailShape = new(
        @"(?:^\s*(?:dear|hi|hello|good (?:morning|afternoon))\b[^\n]{0,40},?\s*\n)|(?:^\s*dear\s)|(?:^subject:)|(?:\n\s*(?:best|kind|warm)?\s*(?:regards|wishes|thanks|thank you|sincerely|cheers)\b[^\n]{0,20}(?:\n|$))",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        RegexBudget.MatchTimeout);

    /// <summary>The scripts on offer: the way the user said they'd ask first, and an introduction first when the referrer hasn't agreed to be named.</summary>
    internal static IReadOnlyList<Choice> KindChoices(Contact? contact)
    {
        var choices = new List<Choice>
        {
            new(nameof(ScriptKind.PhoneAsk), "Phone call") { Synonyms = ["phone", "call", "phone script"] },
            new(nameof(ScriptKind.Voicemail), "Voicemail") { Synonyms = ["voice mail", "message"] },
            new(nameof(ScriptKind.Email), "Email") { Synonyms = ["e-mail", "mail"] },
            new(nameof(ScriptKind.Letter), "Letter") { Synonyms = ["letter", "post", "approach letter", "write a letter"] },
            new(nameof(ScriptKind.LinkedInMessage), "LinkedIn message") { Synonyms = ["linkedin", "linked in", "inmail"] },
            new(nameof(ScriptKind.InPerson), "In person (dropping by)") { Synonyms = ["in person", "drop by", "dropping by", "face to face", "walk in"] },
            new(nameof(ScriptKind.MeetingOpening), "Meeting opening") { Synonyms = ["opening", "start of the meeting", "first minute"] },
            new(nameof(ScriptKind.ReferralAsk), "Referral ask") { Synonyms = ["referral", "referrals", "who else", "end of the meeting"] },
        };
        if (contact?.PreferredChannel == PreferredChannel.Email)
        {
            Lead(nameof(ScriptKind.Email));
        }
        else if (contact?.PreferredChannel == PreferredChannel.InPerson)
        {
            Lead(nameof(ScriptKind.InPerson));
        }
        else if (contact?.PreferredChannel == PreferredChannel.LinkedIn)
        {
            Lead(nameof(ScriptKind.LinkedInMessage));
        }

        if (contact?.IntroductionBy is { } via)
        {
            choices.Insert(0, new Choice(nameof(ScriptKind.IntroductionRequest), $"Ask {via} to introduce you") { Synonyms = ["introduction", "intro", "introduce", "ask for an introduction"] });
        }

        return choices;

        void Lead(string value)
        {
            Choice first = choices.Single(c => c.Value == value);
            choices.Remove(first);
            choices.Insert(0, first);
        }
    }

    /// <summary>What can be practised with a checker: the script kinds that are also practice kinds.</summary>
    internal static IReadOnlyList<Choice> PracticeChoices() =>
        [.. KindChoices(null).Where(c => Enum.TryParse(c.Value, out PracticeKind _))];

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
        return await step.PromptAsync(ContactPromptId, new PromptOptions
        {
            Prompt = "Who are you getting ready to ask?",
            Help = "Pick a contact and I'll use their name, how you know them and who referred you. Or choose **No one in particular** for a general script.",
            Choices = choices,
            PastedChoice = PastedValue,
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

            if (picked.Value!.Value == PastedValue)
            {
                return await CheckPastedAsync(step, step.Input.Text!.Trim(), cancellationToken).ConfigureAwait(false);
            }

            // "sam, by email" answers both questions at once.
            ScriptKind? named = step.Input.Value is null ? KindIn(step.Input.Text)?.Kind : null;
            RehearseOptions chosen = picked.Value!.Value == GenericValue ? new RehearseOptions(null, Generic: true, Kind: named) : new RehearseOptions(picked.Value.Value, Kind: named);
            return await step.ReplaceDialogAsync(DialogId, chosen, cancellationToken).ConfigureAwait(false);
        }

        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);

        // An introduction note only while an introduction is still awaited (a reminder's button may arrive after it was made).
        if (step.GetOptions<RehearseOptions>()?.Kind is { } known && (known != ScriptKind.IntroductionRequest || contact?.IntroductionBy is not null))
        {
            return await step.NextAsync(known.ToString(), cancellationToken).ConfigureAwait(false);
        }

        string who = contact is null ? "for a conversation" : $"{contact.Name} for a conversation";
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"Which script would help? Asking {who} by phone, voicemail, email, letter or LinkedIn, dropping by, or the meeting itself.",
            Help = "**Phone call**: the ask, step by step, with what to say if a receptionist answers. **Voicemail**: a short message if they don't pick up. "
                + "**Email**, **Letter** and **LinkedIn message**: drafts ready to copy. **In person**: how to ask if you drop by. "
                + "**Meeting opening** and **Referral ask**: the first and last minute of the conversation.",
            Choices = KindChoices(contact),
            PastedChoice = nameof(ScriptKind.PhoneAsk),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> GroundworkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? value = step.Result switch
        {
            PromptResult<Choice> { Succeeded: true } picked => picked.Value!.Value,
            string known => known,
            _ => null,
        };
        if (value is null || !Enum.TryParse(value, out ScriptKind kind))
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // A pitch or an email pasted where the kind was asked is the user's own version: check it straight away.
        if (step.Result is PromptResult<Choice> && step.Input.Value is null && ChoicePrompt.IsPasted(step.Input.Text))
        {
            return await CheckPastedAsync(step, step.Input.Text!.Trim(), cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(KindKey, kind.ToString());
        step.MarkSaved();
        return await step.BeginDialogAsync(AskGroundworkDialog.DialogId, new AskGroundworkOptions(step.GetOptions<RehearseOptions>()?.ContactId, kind, step.GetOptions<RehearseOptions>()?.Skipped), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Their own email or call, pasted where a question was asked: checked as practice straight away.</summary>
    private static async ValueTask<DialogTurnResult> CheckPastedAsync(WaterfallStepContext step, string pasted, CancellationToken cancellationToken)
    {
        PracticeKind practice = LooksLikeAnEmail(pasted) ? PracticeKind.Email : PracticeKind.PhoneAsk;
        step.Send(practice == PracticeKind.Email
            ? "That reads like your own email, so I'll check it as email practice. Type **rehearse** afterwards for a fresh draft."
            : "That reads like your own version of the call, so I'll check it as phone practice. Type **rehearse** afterwards for a script.");
        return await step.ReplaceDialogAsync(PracticeDialog.DialogId, new PracticeOptions(practice, step.GetOptions<RehearseOptions>()?.ContactId, pasted), cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ShowScriptAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is false)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is GroundworkSkips { Questions.Count: > 0 } skips)
        {
            step.Values.Set(SkippedKey, string.Join('|', skips.Questions));
        }

        var kind = Enum.Parse<ScriptKind>(step.Values.Get<string>(KindKey));
        if (step.Result is GroundworkSkips { Pasted: { } pasted } && kind.Practice() is { } practice)
        {
            return await step.ReplaceDialogAsync(PracticeDialog.DialogId, new PracticeOptions(practice, step.GetOptions<RehearseOptions>()?.ContactId, pasted), cancellationToken).ConfigureAwait(false);
        }

        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        if (step.GetOptions<RehearseOptions>()?.Shown == true)
        {
            return await AskNextAsync(step, kind, contact, profile, "What next? Another go, another script, or done?", cancellationToken).ConfigureAwait(false);
        }
        CoachingProfile scriptProfile = profile ?? new CoachingProfile();
        ScriptFacts facts = ScriptFacts.From(scriptProfile, contact, field: null);
        bool emailOverLimit = false;

        if (kind == ScriptKind.InPerson)
        {
            step.Send(new Dialogs.Replies.CardReply(facts.ContactName is null ? "Asking in person" : $"Asking {facts.ContactName} in person")
            {
                Subtitle = "Dropping by can work, but it puts people on the spot; phoning or writing first is usually kinder.",
                Sections = [new Dialogs.Replies.CardSection { Items = AskScriptBuilder.InPersonGuidance(facts) }],
            });
        }
        else
        {
            ScriptDraft draft = kind switch
            {
                ScriptKind.Voicemail => AskScriptBuilder.Voicemail(facts, step.Now),
                ScriptKind.Email => AskScriptBuilder.Email(facts),
                ScriptKind.Letter => AskScriptBuilder.Letter(facts, step.Now),
                ScriptKind.LinkedInMessage => AskScriptBuilder.LinkedInMessage(facts),
                ScriptKind.IntroductionRequest => AskScriptBuilder.IntroductionRequest(facts),
                ScriptKind.MeetingOpening => AskScriptBuilder.MeetingOpening(facts),
                ScriptKind.ReferralAsk => AskScriptBuilder.ReferralAsk(facts),
                _ => AskScriptBuilder.PhoneAsk(facts),
            };
            step.Send(RehearsalCards.Script(draft, facts.ContactName));
            if (kind == ScriptKind.Email)
            {
                EmailReport report = OutreachEmailChecker.Check(draft.Text, profile, contact, _services.Embedder);
                step.Send(RehearsalCards.EmailCheck(report, "Checked against the email rules"));
                emailOverLimit = EmailBody.CountWords(EmailBody.Extract(draft.Text)) >= OutreachEmailChecker.MaxWords;
            }
        }

        if (kind.IsWritten())
        {
            step.Send(facts.IncludeResume
                ? "The résumé line is on. Be careful: a résumé with a first ask can read as a job application. The draft says it's only there as background."
                : "Don't attach your résumé: it makes the note look like a job application. Send it only if they ask.");
        }

        // The background is the one line of the draft that is the user's own: when the draft is still over the email's
        // limit after everything else was cut, it is the line to shorten, whatever its own length.
        if (kind.IsWritten() && facts.Background is { } background
            && Text.SpeakingPace.CountWords(background) is var backgroundWords && (backgroundWords > _services.Coaching.BackgroundMaxWords || emailOverLimit))
        {
            string reader = contact is null ? "them" : contact.Name;
            step.Send(backgroundWords > _services.Coaching.BackgroundMaxWords
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Your background line runs to {backgroundWords} words. In a first note, one or two plain sentences (up to {_services.Coaching.BackgroundMaxWords} words) are plenty: keep the part that matters most to {reader}. Type **sketch** to shorten your experience answer, or trim it in the draft.")
                : string.Create(CultureInfo.InvariantCulture,
                    $"The draft is still over {OutreachEmailChecker.MaxWords} words with everything else cut, and your background line ({backgroundWords} words) is the part to shorten: keep the one thing that matters most to {reader}. Type **sketch** to shorten your experience answer, or trim it in the draft."));
        }

        if (kind == ScriptKind.Voicemail)
        {
            DateOnly callBack = BusinessCalendar.NextBusinessDay(step.Now);
            step.Send(string.Create(CultureInfo.InvariantCulture, $"If you leave it today, plan to call back on **{callBack:dddd d MMMM}**, the next working day."));
        }

        if (kind == ScriptKind.IntroductionRequest)
        {
            step.Send($"Until {facts.IntroductionBy ?? "they"} agrees to be named, the other scripts for {contact?.Name ?? "this contact"} leave their name out if you've said they'd rather not be mentioned.");
        }

        if (profile is null || string.IsNullOrWhiteSpace(profile.DisplayName) || profile.FieldsOfInterest.Count == 0)
        {
            step.Send("The parts in [brackets] are yours to fill in. Type **goal** to give me your name and fields, and I'll fill them in for you next time.");
        }

        return await AskNextAsync(step, kind, contact, profile, kind.Practice() is null ? "What next?" : "Read it aloud once or twice. Then practise it with me?", cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskNextAsync(
        WaterfallStepContext step, ScriptKind kind, Contact? contact, CoachingProfile? profile, string question, CancellationToken cancellationToken) =>
        await step.PromptAsync(NextPromptId, new PromptOptions
        {
            Prompt = question,
            Help = "**Practise it now**: type or paste what you'd actually say and I'll score it and suggest one rewrite. The other buttons change the draft or note what happened. "
                + "To switch, name the script: _email_, _voicemail_, _letter_.",
            Choices = NextChoices(kind, contact, profile),

            // Their own version pasted straight in is a practice attempt.
            PastedChoice = kind.Practice() is null ? null : CardActionPrompt.Target(PractiseAction, kind.ToString()),
        }, cancellationToken).ConfigureAwait(false);

    private async ValueTask<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var picked = (PromptResult<Choice>)step.Result!;
        if (!picked.Succeeded || !CardActionPrompt.TrySplit(picked.Value!.Value, out string action, out string kindValue)
            || !Enum.TryParse(kindValue, out ScriptKind kind))
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        RehearseOptions options = step.GetOptions<RehearseOptions>()!;
        DateTimeOffset now = step.Now;
        step.Values.Set(ActedKey, action);
        switch (action)
        {
            case PractiseAction when kind.Practice() is { } practice:
                string? pasted = step.Input.Value is null && ChoicePrompt.IsPasted(step.Input.Text) ? step.Input.Text!.Trim() : null;
                return await step.BeginDialogAsync(PracticeDialog.DialogId, new PracticeOptions(practice, options.ContactId, pasted), cancellationToken).ConfigureAwait(false);
            case SwitchAction:
                return await step.ReplaceDialogAsync(DialogId, options with { Kind = kind, Skipped = SkippedSoFar(step), Shown = false }, cancellationToken).ConfigureAwait(false);
            case RolePlayAction:
                return await step.BeginDialogAsync(RolePlayDialog.DialogId, new RolePlayOptions(options.ContactId, Chosen: true), cancellationToken).ConfigureAwait(false);
            case VoicemailLeftAction when options.ContactId is not null:
                return await step.BeginDialogAsync(VoicemailDialog.DialogId, new ContactRef(options.ContactId), cancellationToken).ConfigureAwait(false);
            case VoicemailLeftAction:
                DateOnly day = BusinessCalendar.NextBusinessDay(now);
                step.Send(string.Create(CultureInfo.InvariantCulture, $"Well done for leaving it. Call back on **{day:dddd d MMMM}**; the next move is yours, not theirs."));
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case CallBackAction when options.ContactId is not null:
                return await step.BeginDialogAsync(CallBackDialog.DialogId, new CallBackOptions(null, options.ContactId), cancellationToken).ConfigureAwait(false);
            case ResumeAction or ShortAction or CoffeeAction when options.ContactId is not null:
                RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(_services.Records, step.UserKey, options.ContactId, c => Toggle(c, action) with { UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                if (ContactRecords.Explain(update) is { } note)
                {
                    step.Send(note);
                }

                if (!update.Succeeded)
                {
                    return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                }

                step.MarkSaved();
                step.Send(Toggled(update.Value!, action));
                return await step.ReplaceDialogAsync(DialogId, options with { Kind = kind, Skipped = SkippedSoFar(step) }, cancellationToken).ConfigureAwait(false);
            case InternshipAction:
                RecordUpdate<CoachingProfile> flipped = await ProfileRecords.UpdateAsync(
                    _services.Records, step.Context, p => p with { InternshipResearch = !p.InternshipResearch, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
                if (!flipped.Succeeded)
                {
                    return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                }

                step.MarkSaved();
                step.Send(flipped.Value!.InternshipResearch
                    ? "Internship version: your opener now says you're researching internships in the field, and still that you're not asking for one."
                    : "Back to the field: your opener says you're researching the field itself.");
                return await step.ReplaceDialogAsync(DialogId, options with { Kind = kind, Skipped = SkippedSoFar(step) }, cancellationToken).ConfigureAwait(false);
            case IntroSentAction when options.ContactId is not null:
                Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
                if (contact?.IntroductionBy is not { } via)
                {
                    return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                }

                FollowThroughResult? result = await FollowThrough.RaiseAsync(
                    _services, step.UserKey, new IntroductionRequested(StageFollowThrough.Remind(contact), via, now), cancellationToken).ConfigureAwait(false);
                step.Send(FollowThrough.Describe(result, $"Good. Once {via} has made the introduction, the next move is yours. I'll check in:")
                    ?? $"Good. Once {via} has made the introduction, the next move is yours: get in touch with {contact.Name} and mention it.");
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case IntroMadeAction when options.ContactId is not null:
                return await IntroductionMadeAsync(step, options, now, cancellationToken).ConfigureAwait(false);
            case TargetedAction:
                return await step.BeginDialogAsync(TargetedReferralDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            case AnotherAction:
                return await step.ReplaceDialogAsync(DialogId, options with { Kind = null, Skipped = SkippedSoFar(step) }, cancellationToken).ConfigureAwait(false);
            default:
                step.Send("Good luck with the ask. Come back and practise any time with **practise**.");
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The groundwork questions skipped so far in this rehearsal.</summary>
    private static string[]? SkippedSoFar(WaterfallStepContext step) =>
        step.Values.GetOrDefault<string>(SkippedKey)?.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Back from practising the script: the next steps again (another go, the voicemail left, another script).</summary>
    private static async ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.GetOrDefault<string>(KindKey) is { } kindValue && Enum.TryParse(kindValue, out ScriptKind kind) && kind.Practice() is not null
            && step.Values.GetOrDefault<string>(ActedKey) is PractiseAction or RolePlayAction)
        {
            RehearseOptions options = step.GetOptions<RehearseOptions>()!;
            return await step.ReplaceDialogAsync(DialogId, options with { Kind = kind, Skipped = SkippedSoFar(step), Shown = true }, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static List<Choice> NextChoices(ScriptKind kind, Contact? contact, CoachingProfile? profile)
    {
        string kindValue = kind.ToString();
        var next = new List<Choice>();
        if (kind.Practice() is not null)
        {
            next.Add(new Choice(CardActionPrompt.Target(PractiseAction, kindValue), "Practise it now")
            {
                // The question asks "Then practise it with me?": yes means now.
                Synonyms = ["practise", "practice", "try it", "yes", "yes please", "yeah", "sure", "ok", "okay", "go on", "let's do it", "let's practise", "let's practice"],
            });
        }

        // A student's opener can be about the field or about internships in it (S081).
        if (kind == ScriptKind.MeetingOpening && profile?.Experience == ExperienceLevel.Student)
        {
            next.Add(new Choice(CardActionPrompt.Target(InternshipAction, kindValue), profile.InternshipResearch ? "About the field, not internships" : "Internship version")
            {
                Synonyms = profile.InternshipResearch ? ["field version", "not internships", "about the field"] : ["internship", "internships", "internship research", "i'm looking for internships"],
            });
        }

        if (kind == ScriptKind.PhoneAsk)
        {
            next.Add(new Choice(CardActionPrompt.Target(RolePlayAction, kindValue), "Role-play the call") { Synonyms = ["role play", "roleplay", "play the contact", "practice call", "mock call"] });
        }

        if (kind == ScriptKind.Voicemail)
        {
            next.Add(new Choice(CardActionPrompt.Target(VoicemailLeftAction, kindValue), "I left this voicemail") { Synonyms = ["left it", "i left it", "left a voicemail"] });
        }

        if (contact is not null)
        {
            if (kind == ScriptKind.PhoneAsk)
            {
                next.Add(new Choice(CardActionPrompt.Target(CallBackAction, kindValue), "Note when to call back") { Synonyms = ["receptionist", "call back", "best time", "they gave a time"] });
            }

            if (kind.IsWritten())
            {
                next.Add(new Choice(CardActionPrompt.Target(ResumeAction, kindValue), contact.IncludeResume ? "Take the résumé line out" : "Add a résumé line")
                {
                    Synonyms = contact.IncludeResume ? ["no resume", "remove resume", "take the resume out"] : ["resume", "include resume", "attach resume", "cv", "attach my cv"],
                });
            }

            if (kind is ScriptKind.PhoneAsk or ScriptKind.Email or ScriptKind.Letter or ScriptKind.LinkedInMessage && !contact.AskLength.IsCall)
            {
                next.Add(new Choice(CardActionPrompt.Target(ShortAction, kindValue), contact.ShortAsk ? "Ask for 20-30 minutes" : "Short ask (15-20 minutes)")
                {
                    Synonyms = contact.ShortAsk ? ["standard ask", "20 to 30", "longer"] : ["short ask", "shorter", "15 to 20", "they're very busy"],
                });
                if (kind != ScriptKind.LinkedInMessage)
                {
                    next.Add(new Choice(CardActionPrompt.Target(CoffeeAction, kindValue), contact.OfferCoffee ? "Drop the coffee offer" : "Offer to buy a coffee")
                    {
                        Synonyms = contact.OfferCoffee ? ["no coffee", "drop the coffee"] : ["coffee", "offer coffee", "buy a coffee"],
                    });
                }
            }

            if (kind == ScriptKind.IntroductionRequest)
            {
                next.Add(new Choice(CardActionPrompt.Target(IntroSentAction, kindValue), "I've sent it") { Synonyms = ["sent", "sent it", "i sent it", "done that"] });
            }

            if (contact.IntroductionBy is { } via)
            {
                next.Add(new Choice(CardActionPrompt.Target(IntroMadeAction, kindValue), $"{via} has introduced us")
                {
                    Synonyms = ["introduced", "intro done", "intro made", "they introduced us", "she introduced us", "he introduced us", "we've been introduced", "they have", "she has", "he has", $"{via} introduced us"],
                });
            }
        }

        if (kind == ScriptKind.ReferralAsk)
        {
            next.Add(new Choice(CardActionPrompt.Target(TargetedAction, kindValue), "Name a function and company")
            {
                Synonyms = ["function and company", "specific company", "someone specific", "targeted"],
            });
        }

        next.Add(new Choice(CardActionPrompt.Target(AnotherAction, kindValue), "Another script") { Synonyms = ["another", "different script", "other"] });
        next.Add(new Choice(CardActionPrompt.Target(DoneAction, kindValue), "Done") { Synonyms = ["done", "finished", "thanks", "no", "no thanks", "not now", "maybe later", "later"] });
        return next;
    }

    /// <summary>
    /// The mutual contact made the introduction (S016): every script now follows up on it, naming them, and the
    /// "has the introduction happened?" reminder is no longer needed.
    /// </summary>
    private async ValueTask<DialogTurnResult> IntroductionMadeAsync(WaterfallStepContext step, RehearseOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(
            _services.Records, step.UserKey, options.ContactId!, c => c with { IntroducedAt = now, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
        if (ContactRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        if (!update.Succeeded || update.Value!.ReferredByName is not { } via)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.MarkSaved();
        if (_services.Reminders is { } reminders)
        {
            await reminders.CancelAsync(step.UserKey, ReminderCancellation.ByContact(update.Value.Id, ReminderKind.IntroductionCheck), cancellationToken).ConfigureAwait(false);
        }

        step.Send($"Good news. Your move now: get in touch with {update.Value.Name} within a day or two, while the introduction is fresh. The scripts now say {via.Trim()} introduced you.");
        return await step.ReplaceDialogAsync(DialogId, options with { Kind = null, Skipped = SkippedSoFar(step) }, cancellationToken).ConfigureAwait(false);
    }

    private static Contact Toggle(Contact contact, string action) => action switch
    {
        ResumeAction => contact with { IncludeResume = !contact.IncludeResume },
        ShortAction => contact with { ShortAsk = !contact.ShortAsk },
        _ => contact with { OfferCoffee = !contact.OfferCoffee },
    };

    private static string Toggled(Contact contact, string action) => action switch
    {
        ResumeAction when contact.IncludeResume => "Résumé line on. A caution: with a first ask, a résumé can make it look like you're applying for a job. Only keep it if you have a good reason.",
        ResumeAction => "Résumé line off: better for a first ask. Offer it if they ask.",
        ShortAction when contact.ShortAsk => $"Short ask on for {contact.Name}: every draft now asks for 15 to 20 minutes.",
        ShortAction => $"Back to the usual ask for {contact.Name}: 20 to 30 minutes.",
        _ when contact.OfferCoffee => "Coffee offer on. Lunch gets expensive; a coffee is plenty.",
        _ => "Coffee offer off.",
    };

    private async ValueTask<Contact?> LoadContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetOptions<RehearseOptions>()?.ContactId is { } id
            ? await ContactRecords.GetAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false)
            : null;
}
