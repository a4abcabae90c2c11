using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// <c>debrief</c>: after a conversation, records what the user learned, how their view changed, advice, referrals
/// (each becomes a contact "referred by" this one), promises and next steps, and a self-review with one tip. Then it
/// drafts the thank-you note, marks the contact met and schedules the follow-ups through <see cref="FollowThrough"/>.
/// </summary>
internal sealed class DebriefDialog : WaterfallDialog
{
    public const string DialogId = "debrief";

    public const string Today = "today";
    public const string Yesterday = "yesterday";
    public const string OtherDay = "other";
    public const string MarkSent = "sent";
    public const string NotYet = "later";

    /// <summary>The "When did you talk?" question, which also takes the story of the conversation typed in its place.</summary>
    public const string DatePromptId = "debrief.date";

    private const string FitPromptId = "debrief.fit";

    private const string TellingFirst = "telling";
    private const string EarlyNotesKey = "earlyNotes";
    private const string KeptAsNotes = "Good, I've kept that in this debrief's notes.";

    // A sentence of this many words at "When did you talk?" is the conversation itself, not a day.
    private const int TellingWords = 6;

    private static readonly Choice[] s_review =
    [
        new(nameof(SelfReview.KeptToTime), "Kept to time"),
        new(nameof(SelfReview.AskedOpenQuestions), "Asked open questions"),
        new(nameof(SelfReview.AskedForReferrals), "Asked for referrals"),
        new(nameof(SelfReview.AvoidedAskingForJob), "Didn't ask for a job"),
        new(nameof(SelfReview.TookNotes), "Took notes"),
        new("none", "None of these") { Synonyms = ["none", "nothing"] },
    ];

    private readonly CoachServices _services;

    public DebriefDialog(CoachServices services)
        : base(DialogId, version: "2")
    {
        _services = services;
        AddStep((step, ct) => ContactPicker.AskAsync(step, _services, "Which conversation do you want to debrief?", allowGeneric: false, ct));
        AddStep(AskDateAsync);
        AddStep(AskOtherDateAsync);
        AddStep(AskNotesAsync);
        AddStep(AskLearnedAsync);
        AddStep(AskViewChangeAsync);
        AddStep(AskWhyAsync);
        AddStep(AskFitAsync);
        AddStep(AfterFitAsync);
        AddStep(AskAdviceAsync);
        AddStep(AdviceFromNotesAsync);
        AddStep(AskStrengthsAsync);
        AddStep(AskNewTermsAsync);
        AddStep(AskEmployersAsync);
        AddStep(AskReferralsAsync);
        AddStep(AskCardAsync);
        AddStep(AskStayInTouchAsync);
        AddStep(AskPromisesAsync);
        AddStep(AskResumeAsync);
        AddStep(AskNextStepsAsync);
        AddStep(AskReviewAsync);
        AddStep(AskMediumAsync);
        AddStep(AskSignOffAsync);
        AddStep(FinishAsync);
        AddStep(MarkSentAsync);
        AddStep((step, ct) => step.EndDialogAsync(step.Values.GetOrDefault<string>(DebriefIdKey), ct));
    }

    private const string DebriefIdKey = "debriefId";
    private const string MeetingGoalKey = "meetingGoal";

    // "Learn what a typical day is like" reads inside "You set out to: _…_" as "learn what…"; an acronym stays as typed.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>The text a text prompt accepted, or null when it gave up.</summary>
    private const string InMyNotes = "It's in my notes";

    private static string? Answer(object? result) => result is PromptResult<string> { Succeeded: true, Value: { } text } ? text : null;

    private static string? Picked(object? result) => result is PromptResult<Choice> { Succeeded: true, Value: { } choice } ? choice.Value : null;

    private static bool Confirmed(object? result) => result is PromptResult<bool> { Succeeded: true, Value: true };

    private async ValueTask<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, ContactPicker.PickedValue(step.Result), cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send("A debrief belongs to a contact, and I can't find one to attach it to. Add the person to your contacts first, then type **debrief**.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set("contactId", contact.Id);
        step.Values.Set("contactName", contact.Name);
        IReadOnlyList<DebriefRecord> earlier = await DebriefStore.ListForContactAsync(_services, step.UserKey, contact.Id, cancellationToken).ConfigureAwait(false);
        if (earlier.Count > 0)
        {
            step.Send(DebriefView.History(contact.Name, earlier));
        }

        if (contact.Meeting?.Goal is { Length: > 0 } meetingGoal)
        {
            step.Values.Set(MeetingGoalKey, meetingGoal.Trim());
        }

        // A meeting still ahead is probably not the one being debriefed; say so rather than file it under today.
        string ahead = contact.Meeting is { } meeting && meeting.StartsAt > step.Now
            ? $"Your meeting with {contact.Name} is booked for **{DebriefView.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.StartsAt, step.TimeZone).DateTime))}**. "
                + "If it hasn't happened yet, type **cancel** and come back after it; if you talked already, go on.\n\n"
            : string.Empty;
        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);

        // "i had my call with dan yesterday": the day came with the request, so it is not asked for again.
        if (ahead.Length == 0 && step.GetOptions<ContactFlowOptions>()?.Named is { } named
            && ContactNames.AtStart(named, [contact]) is { } said && PastDay.Split(said.Remainder, today).Day is { } day && day <= today)
        {
            return await step.NextAsync(day, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(DatePromptId, new PromptOptions
        {
            Prompt = $"{ahead}When did you talk to {contact.Name}?",
            Choices =
            [
                new(Today, $"Today ({DebriefView.Date(today)})") { Synonyms = ["today"] },
                new(Yesterday, "Yesterday") { Synonyms = ["yesterday"] },
                new(OtherDay, "Another day") { Synonyms = ["other", "earlier", "another"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Registers the date question: a sentence that asks nothing ("it went really well, she said to talk to Dan") is the
    /// user telling the conversation first, kept as the debrief's notes; the day is taken from it when it names one.
    /// </summary>
    public static void RegisterPrompts(DialogSet set, SlotAnswers slots)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(slots);
        set.Add(new ChoicePrompt(DatePromptId, readTyped: (text, _) =>
            IsTelling(text) && !slots.IsQuestionOrCommand(text, commandsByWordOnly: true)
                ? new Choice(TellingFirst, TellingFirst)
                : null));
        // "mostly yes, but I'm less sure about the on-call side" has a yes and a doubt in it, and means partly.
        set.Add(new ChoicePrompt(FitPromptId, readText: (text, choices) =>
            MixedAnswer.IsMixed(text) && choices.FirstOrDefault(c => c.Value == nameof(DebriefFit.Partly)) is { } partly ? new ChoiceGuess(partly, Confident: true) : null));
    }

    private static bool IsTelling(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= TellingWords;

    private static async ValueTask<DialogTurnResult> AskOtherDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is DateOnly said)
        {
            return await step.NextAsync(said, cancellationToken).ConfigureAwait(false);
        }

        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);
        string picked = Picked(step.Result) ?? Today;
        if (picked == TellingFirst && step.Input.Text is { } told)
        {
            (string rest, DateOnly? day) = PastDay.Split(told.Trim(), today);
            step.Values.Set(EarlyNotesKey, rest);
            if (day is { } named)
            {
                step.Send(KeptAsNotes);
                return await step.NextAsync(named, cancellationToken).ConfigureAwait(false);
            }

            return await step.PromptAsync(CoachPrompts.DateTime, new PromptOptions
            {
                Prompt = $"{KeptAsNotes} Which day did you talk to {step.Values.Get<string>("contactName")}? (today, yesterday, last Tuesday…)",
            }, cancellationToken).ConfigureAwait(false);
        }

        // "she gave me loads of advice yesterday" picks the day and tells the conversation too: keep the telling.
        if (picked is Today or Yesterday && step.Input.Value is null && step.Input.Text is { } sentence && IsTelling(sentence)
            && PastDay.Detach(sentence.Trim()).Remainder is { Length: > 0 } telling)
        {
            step.Values.Set(EarlyNotesKey, telling);
            step.Send(KeptAsNotes);
        }

        if (picked == OtherDay)
        {
            return await step.PromptAsync(CoachPrompts.DateTime, new PromptOptions
            {
                Prompt = "Which day was it? (for example \"last Tuesday\" or 2026-01-02)",
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(picked == Yesterday ? today.AddDays(-1) : today, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>S087: the notes come first, while they are in front of the user; they are kept, never quoted in the thank-you.</summary>
    private static ValueTask<DialogTurnResult> AskNotesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        DateOnly today = DateOnly.FromDateTime(step.Now.DateTime);
        DateOnly metOn = step.Result switch
        {
            DateOnly date => date,
            PromptResult<DateTimeResolution> { Succeeded: true, Value: { } resolved } => resolved.Date,
            _ => today,
        };
        if (metOn > today)
        {
            step.Send("That's in the future, so I've put today.");
            metOn = today;
        }

        step.Values.Set("metOn", metOn);
        if (step.Values.GetOrDefault<string>(EarlyNotesKey) is { Length: > 0 } told)
        {
            // Told before the day was asked: those are the notes.
            return step.NextAsync(new PromptResult<string>(true, told, 1), cancellationToken);
        }

        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "If you took notes, paste or type them here, however rough: I'll keep them with this debrief. Or say **skip**.",
            Max = CoachPrompts.MaxPastedLength,
            Help = "Paste your notes as they are (several lines are fine), or **skip** to go straight to the questions.",
        }, cancellationToken);
    }

    private async ValueTask<DialogTurnResult> AskLearnedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("notes", DebriefAnswers.Optional(Answer(step.Result)));
        // The goal set for this meeting is what the user went in with; the profile's goals are the fallback.
        IReadOnlyList<string> goals;
        if (step.Values.GetOrDefault<string>(MeetingGoalKey) is { } meetingGoal)
        {
            goals = [LowerFirst(meetingGoal)];
        }
        else
        {
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            goals = [.. (profile?.Purposes ?? InterviewPurposes.None).ToLabels().Select(g => g.ToLowerInvariant()), .. profile?.OtherPurposes ?? []];
        }

        string prompt = goals.Count > 0
            ? $"You set out to: _{string.Join("; ", goals)}_. What did you learn about that, and what came up that wasn't on your list?"
            : "What did you learn? The facts, the surprises, and anything that came up that wasn't on your list.";
        bool hasNotes = step.Values.GetOrDefault<string>("notes") is { Length: > 0 };
        return await step.PromptAsync(CoachPrompts.OpenAnswer, new PromptOptions
        {
            Prompt = hasNotes ? prompt + " If your notes already say it, press **" + InMyNotes + "**." : prompt,
            Max = CoachPrompts.MaxLongLength,
            Choices = hasNotes ? [new Choice(InMyNotes, InMyNotes)] : null,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskViewChangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string learned = (Answer(step.Result) ?? string.Empty).Trim();
        if (step.Values.GetOrDefault<string>("notes") is { Length: > 0 } notes && DebriefNotes.PointsToNotes(learned))
        {
            learned = notes;
        }

        step.Values.Set("learned", learned);
        return step.PromptAsync(CoachPrompts.Scale, new PromptOptions
        {
            Prompt = "From 1 (not at all) to 5 (completely), how much did it change your view of the field?",
            Choices = [new("1", "1"), new("2", "2"), new("3", "3"), new("4", "4"), new("5", "5"), new("skip", "Skip")],
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskWhyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // 0: skipped, or the rating was never given. A number result comes from a debrief begun before the scale took "skip".
        int viewChange = step.Result switch
        {
            PromptResult<string> { Succeeded: true, Value: { } rating } when int.TryParse(rating, out int value) => value,
            PromptResult<decimal> { Succeeded: true } number => (int)number.Value,
            _ => 0,
        };
        step.Values.Set("viewChange", viewChange);
        if (step.Result is PromptResult<string> { Succeeded: true, Value: { Length: > 0 } said } && !int.TryParse(said, out _))
        {
            // Their words in place of a number already say what shifted.
            return step.NextAsync(new PromptResult<string>(true, said, 1), cancellationToken);
        }

        // "4 i think, way less scared of the bootcamp question now": the words after the rating are the why.
        if (viewChange > 0 && step.Context.Input.Value is null && DebriefAnswers.ReasonAfterRating(step.Context.Input.Text) is { } reason)
        {
            return step.NextAsync(new PromptResult<string>(true, reason, 1), cancellationToken);
        }

        return step.PromptAsync(CoachPrompts.OpenAnswer, new PromptOptions
        {
            // "Why?" only follows a rating: after a skip it would ask why about nothing.
            Prompt = viewChange > 0 ? "Why? What shifted, or what did it confirm?" : "Did anything shift in how you see the field, or did it confirm what you thought? (or **skip**)",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    /// <summary>S111: whether the work is what the user pictured.</summary>
    private static ValueTask<DialogTurnResult> AskFitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("why", DebriefAnswers.Optional(Answer(step.Result)));
        return step.PromptAsync(FitPromptId, new PromptOptions
        {
            Prompt = "Did what you heard match what you expected the work to be like?",
            Choices =
            [
                new(nameof(DebriefFit.Fits), "Yes, it fits") { Synonyms = ["yes", "it fits", "fits", "matched", "it matched", "yes it does"] },
                new(nameof(DebriefFit.Partly), "Partly") { Synonyms = ["partly", "somewhat", "sort of", "kind of", "a bit", "mixed", "in part", "not sure", "unsure", "idk", "dunno", "don't know", "maybe", "hard to say"] },
                new(nameof(DebriefFit.NotForMe), "No, it's not for me") { Synonyms = ["no", "not for me", "it's not for me", "not really", "nope", "no it doesn't", "it's not what i want", "wrong field"] },
            ],
        }, cancellationToken);
    }

    /// <summary>"Not for me" is worth a pause, not the next form field: support, and an offer to revisit the goals.</summary>
    private static async ValueTask<DialogTurnResult> AfterFitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        DebriefFit fit = Enum.TryParse(Picked(step.Result), out DebriefFit picked) ? picked : DebriefFit.Unknown;
        step.Values.Set("fit", fit);
        if (fit != DebriefFit.NotForMe)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Send("That's disappointing, and it's fine to feel flat about it. It's also exactly what these conversations are for: "
            + "finding out now, over one coffee, costs far less than finding out a year into a course or a job. "
            + "What put you off is useful too: it tells you what to look for instead.");
        return await step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = "Would you like to revisit your goals once we've saved this debrief? We'll still finish the thank-you first: they helped either way.",
            Help = "Say **yes** and I'll open your goals when the debrief is saved, or **no** to keep them as they are.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskAdviceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("revisitGoals", Confirmed(step.Result));
        return step.PromptAsync(CoachPrompts.OpenAnswer, new PromptOptions
        {
            Prompt = "What advice did they give you? (or **none**)",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    /// <summary>
    /// "see my notes" as the advice: the advice lines of the notes, shown so the user knows what the thank-you will
    /// thank for; with none to find, the question is asked again rather than the pointer kept as the advice.
    /// </summary>
    private static ValueTask<DialogTurnResult> AdviceFromNotesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string? answer = Answer(step.Result);
        if (!DebriefNotes.PointsToNotes(answer))
        {
            return step.NextAsync(step.Result, cancellationToken);
        }

        string? notes = step.Values.GetOrDefault<string>("notes");
        if (DebriefNotes.Advice(notes, step.Values.Get<string>("contactName")) is { } advice)
        {
            step.Send($"From your notes, the advice is:\n\n_{advice.Replace("\n", "_\n\n_", StringComparison.Ordinal)}_");
            return step.NextAsync(new PromptResult<string>(true, advice, 1), cancellationToken);
        }

        return step.PromptAsync(CoachPrompts.OpenAnswer, new PromptOptions
        {
            Prompt = notes is { Length: > 0 }
                ? "I can't spot any advice in your notes. In a line or two, what did they suggest you do? (or **none**)"
                : "You didn't paste notes this time, so I have nothing to look in. In a line or two, what advice did they give you? (or **none**)",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    /// <summary>S112.</summary>
    private static ValueTask<DialogTurnResult> AskStrengthsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A second "see my notes" when the notes hold no advice leaves the advice out rather than storing the words.
        step.Values.Set("advice", DebriefAnswers.Optional(Answer(step.Result)));
        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "What did the conversation show you about your own strengths, and about what you'd need to work on? (or **skip**)",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    /// <summary>S113: new words and titles.</summary>
    private static ValueTask<DialogTurnResult> AskNewTermsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("strengths", DebriefAnswers.Optional(Answer(step.Result)));
        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "Did you hear any job titles, terms or issues that were new to you? (or **skip**)",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    /// <summary>S113: employers, each of which can become a contact with one press at the end.</summary>
    private static ValueTask<DialogTurnResult> AskEmployersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("newTerms", DebriefAnswers.Optional(Answer(step.Result)));
        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "Did they mention employers or organisations worth looking into? One per line (or **skip**), and I'll offer to add someone at each to your contacts.",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    // The answers where a referral may already be written down ("she suggested I talk to Omar").
    private static readonly string[] s_writtenAnswers = ["notes", "learned", "why", "advice"];

    /// <summary>People the notes and answers already name as suggested are offered first (unless already contacts).</summary>
    private async ValueTask<DialogTurnResult> AskReferralsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("employers", DebriefAnswers.Items(Answer(step.Result)).SelectMany(EmployerNames.Read).Where(e => e.Length is > 0 and <= CoachPrompts.MaxShortLength).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        string contactName = step.Values.Get<string>("contactName");
        string written = string.Join('\n', s_writtenAnswers.Select(key => step.Values.GetOrDefault<string>(key)).Where(t => t is { Length: > 0 }));
        IReadOnlyList<DebriefReferral> noted = await ReferralContacts.SuggestedAsync(_services, step.UserKey, written, contactName, cancellationToken).ConfigureAwait(false);

        return await step.BeginDialogAsync(ReferralLoopDialog.DialogId, new ReferralLoopOptions(contactName, []) { Noted = noted }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>S098: their card, so the thank-you and later updates have somewhere to go.</summary>
    private async ValueTask<DialogTurnResult> AskCardAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("referrals", step.Result as IReadOnlyList<DebriefReferral> ?? []);
        string name = step.Values.Get<string>("contactName");
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, step.Values.Get<string>("contactId"), cancellationToken).ConfigureAwait(false);
        string known = contact is null ? string.Empty : new ContactDetails(contact.Email, contact.Phone) switch
        {
            { IsEmpty: true } => string.Empty,
            var details => $" (I have {details.Describe()} for them already.)",
        };
        return await step.PromptAsync(CoachPrompts.ContactDetails, new PromptOptions
        {
            Prompt = $"Did you get {name}'s card or contact details? Type their email and/or phone and I'll save them, or say **no**.{known}",
            Max = CoachPrompts.MaxShortLength * 2,
            Help = "Type an email address and/or a phone number (for example _jo@contoso.com 020 7946 0000_), or **no**.",
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>S099: the answer decides whether a keep-in-touch update is planned.</summary>
    private static ValueTask<DialogTurnResult> AskStayInTouchAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ContactDetails details = ContactDetails.Read(Answer(step.Result));
        step.Values.Set("cardEmail", details.Email);
        step.Values.Set("cardPhone", details.Phone);
        return step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = $"Did {step.Values.Get<string>("contactName")} agree that you can stay in touch?",
            Help = "Say **yes** if they were happy to hear how you get on (I'll remind you to send an update in a few months), or **no**.",
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskPromisesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("stayInTouch", Confirmed(step.Result));
        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "Did you promise to send them anything? Put each item on its own line, or say **none**.",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    /// <summary>D9: the résumé goes with the thank-you only when the contact asked for it.</summary>
    private static ValueTask<DialogTurnResult> AskResumeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("promised", DebriefAnswers.Items(Answer(step.Result)).Select(PromiseText.Item).ToList());
        return step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = $"Did {step.Values.Get<string>("contactName")} ask for your résumé, or offer to look it over?",
            Help = "Only a **yes** puts your résumé in the thank-you; otherwise it stays out, so the note reads as thanks, not a job request.",
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskNextStepsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("resume", Confirmed(step.Result));
        return step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = "What are your next steps? (or **none**)",
            Max = CoachPrompts.MaxLongLength,
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AskReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("next", DebriefAnswers.Optional(Answer(step.Result)));
        return step.PromptAsync(CoachPrompts.MultiChoice, new PromptOptions
        {
            Prompt = "Quick self-review: which of these did you manage? Pick all that apply.",
            Choices = s_review,
        }, cancellationToken);
    }

    /// <summary>D10: email by default (it meets the deadline); a card stands out.</summary>
    private static ValueTask<DialogTurnResult> AskMediumAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("review", step.Result is PromptResult<IReadOnlyList<Choice>> { Succeeded: true, Value: { } picks }
            ? picks.Select(p => p.Value).ToList()
            : new List<string>());
        return step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Now the thank-you. Email, or a handwritten card? Email arrives today; a card is rarer and stands out, but it needs writing and posting by tomorrow.",
            Choices =
            [
                new(nameof(ThankYouMedium.Email), "Email") { Synonyms = ["email", "e-mail", "mail"] },
                new(nameof(ThankYouMedium.HandwrittenCard), "Handwritten card") { Synonyms = ["card", "handwritten", "letter", "by hand", "post", "a card"] },
            ],
        }, cancellationToken);
    }

    /// <summary>S104: the sign-off gives the user's phone and email; each is asked once and saved in the profile.</summary>
    private async ValueTask<DialogTurnResult> AskSignOffAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("medium", Enum.TryParse(Picked(step.Result), out ThankYouMedium medium) ? medium : ThankYouMedium.Email);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        string? missing = (profile?.Phone, profile?.Email) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) => null,
            ({ Length: > 0 }, _) => "your email address",
            (_, { Length: > 0 }) => "your phone number",
            _ => "your phone number and email address",
        };
        if (missing is null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.ContactDetails, new PromptOptions
        {
            Prompt = $"So {step.Values.Get<string>("contactName")} can reach you, the note signs off with your phone and email. What's {missing}? I'll save it for next time (or say **skip**).",
            Max = CoachPrompts.MaxShortLength * 2,
            Help = "Type your email address and/or phone number, or **skip** to leave a placeholder in the draft.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        HashSet<string> done = step.Values.Get<List<string>>("review").ToHashSet(StringComparer.Ordinal);
        var review = new SelfReview
        {
            KeptToTime = done.Contains(nameof(SelfReview.KeptToTime)),
            AskedOpenQuestions = done.Contains(nameof(SelfReview.AskedOpenQuestions)),
            AskedForReferrals = done.Contains(nameof(SelfReview.AskedForReferrals)),
            AvoidedAskingForJob = done.Contains(nameof(SelfReview.AvoidedAskingForJob)),
            TookNotes = done.Contains(nameof(SelfReview.TookNotes)),
        };

        DateTimeOffset now = _services.Time.GetUtcNow();
        string contactId = step.Values.Get<string>("contactId");
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, contactId, cancellationToken).ConfigureAwait(false);
        if (contact is null)
        {
            step.Send("That contact was deleted while we talked, so there's nothing to attach this debrief to. Nothing was saved.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The sign-off details are asked once and kept in the profile for every later note.
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        ContactDetails mine = ContactDetails.Read(Answer(step.Result));
        string? savedMine = null;
        if (!mine.IsEmpty)
        {
            RecordUpdate<CoachingProfile> update = await ProfileRecords.UpdateAsync(_services.Records, step.Context, p => p with
            {
                Phone = p.Phone is { Length: > 0 } ? p.Phone : mine.Phone,
                Email = p.Email is { Length: > 0 } ? p.Email : mine.Email,
                UpdatedAt = now,
            }, cancellationToken).ConfigureAwait(false);
            if (update.Succeeded && update.Value is { } saved)
            {
                profile = saved;
                savedMine = $"I've saved your {mine.Describe()} in your profile for the sign-off.";
            }
        }

        // Each referral becomes a contact first, so the debrief can point at them.
        IReadOnlyList<(Contact Contact, DebriefReferral Referral)> created = await ReferralContacts.CreateAsync(
            _services, step.UserKey, contact, step.Values.Get<IReadOnlyList<DebriefReferral>>("referrals"), now, cancellationToken).ConfigureAwait(false);
        List<DebriefReferral> referrals = [.. created.Select(c => c.Referral)];

        DateOnly metOn = step.Values.Get<DateOnly>("metOn");
        bool stayInTouch = step.Values.Get<bool>("stayInTouch");
        var debrief = new DebriefRecord
        {
            Id = DebriefRecord.NewId(metOn, now, contact.Id),
            ContactId = contact.Id,
            ContactName = contact.Name,
            MetOn = metOn,
            Notes = step.Values.GetOrDefault<string>("notes"),
            Learned = step.Values.Get<string>("learned"),
            ViewChange = step.Values.Get<int>("viewChange"),
            ViewChangeWhy = step.Values.GetOrDefault<string>("why"),
            Fit = step.Values.GetOrDefault<DebriefFit>("fit"),
            Advice = step.Values.GetOrDefault<string>("advice"),
            StrengthsAndGaps = step.Values.GetOrDefault<string>("strengths"),
            NewTerms = step.Values.GetOrDefault<string>("newTerms"),
            Employers = step.Values.GetOrDefault<List<string>>("employers") ?? [],
            Referrals = referrals,
            StayInTouch = stayInTouch,
            PromisedItems = step.Values.Get<IReadOnlyList<string>>("promised"),
            ResumeRequested = step.Values.GetOrDefault<bool>("resume"),
            NextSteps = step.Values.GetOrDefault<string>("next"),
            Review = review,
            Tip = SelfReviewTips.TipFor(review),
            ThankYouMedium = step.Values.GetOrDefault<ThankYouMedium>("medium"),
            CreatedAt = now,
        };
        debrief = debrief with { ThankYouDraft = ThankYouNote.Draft(profile, contact, debrief, DateOnly.FromDateTime(step.Now.DateTime)) };
        await _services.Records.SaveAsync(step.UserKey, UserRecordKinds.Debrief, debrief.Id, debrief, CoachingJsonContext.Default.DebriefRecord, null, cancellationToken).ConfigureAwait(false);
        ContactDetails card = new(step.Values.GetOrDefault<string>("cardEmail"), step.Values.GetOrDefault<string>("cardPhone"));
        RecordUpdate<Contact> contactUpdate = await ContactRecords.UpdateAsync(_services.Records, step.UserKey, contact.Id, c =>
        {
            Contact changed = c.Stage is ContactStage.ToContact or ContactStage.Asked or ContactStage.MeetingSet or ContactStage.NoAnswer or ContactStage.Declined
                ? c with { Stage = ContactStage.Met, UpdatedAt = now }
                : c;
            return card.IsEmpty ? changed : changed with { Email = card.Email ?? c.Email, Phone = card.Phone ?? c.Phone, UpdatedAt = now };
        }, cancellationToken).ConfigureAwait(false);
        step.Values.Set(DebriefIdKey, debrief.Id);
        step.MarkSaved();

        step.Send(DebriefView.Summary(debrief));
        if (contactUpdate.Status == RecordUpdateStatus.Conflict)
        {
            // The debrief is saved; only the contact's stage and card details lost the race.
            step.Send($"Your debrief is saved, but {contact.Name}'s contact page kept changing somewhere else, so I couldn't move them to met or add the card details. Open their contact to update it.");
        }
        else if (!card.IsEmpty)
        {
            step.Send($"Saved {contact.Name}'s {card.Describe()} to their contact page.");
        }

        if (ReferralContacts.Added(created, contact.Name) is { } added)
        {
            step.Send(added);
        }

        // S118: an employer they mentioned where the user already knows someone.
        if (debrief.Employers.Count > 0)
        {
            IReadOnlyList<Contact> everyone = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            foreach (string employer in debrief.Employers)
            {
                if (MetAtOrganisation.Describe(everyone, employer, contact.Id) is { } alreadyMet)
                {
                    step.Send(alreadyMet);
                }
            }
        }

        if (savedMine is not null)
        {
            step.Send(savedMine);
        }

        step.Send(debrief.ThankYouMedium == ThankYouMedium.HandwrittenCard
            ? $"Here's a card-length thank-you to copy out by hand. Write it and post it by tomorrow:\n\n{debrief.ThankYouDraft}"
            : $"Here's your thank-you email to start from. Make it yours and send it within a day:\n\n{debrief.ThankYouDraft}");
        Contact? referrer = contact.ReferredByContactId is { } referrerId
            ? await ContactRecords.GetAsync(_services.Records, step.UserKey, referrerId, cancellationToken).ConfigureAwait(false)
            : null;
        var completed = new DebriefCompleted(
            Remind(contact),
            HeldAt(contact, metOn, now, step.TimeZone),
            now,
            ReferralContacts.FollowUps(created),
            [.. debrief.PromisedItems.Select((item, i) => new PromisedItem(string.Create(CultureInfo.InvariantCulture, $"{debrief.Id}-{i}"), item, PromiseText.DueBy(item, now, step.TimeZone)))],
            referrer is null ? null : Remind(referrer),
            stayInTouch,
            debrief.ThankYouMedium == ThankYouMedium.HandwrittenCard);
        FollowThroughResult? followUps = await FollowThrough.RaiseAsync(_services, step.UserKey, completed, cancellationToken).ConfigureAwait(false);
        if (followUps is not null)
        {
            step.Send(FollowThrough.Describe(followUps) ?? "I haven't set any reminders for this one.");
            if (!stayInTouch)
            {
                step.Send($"{contact.Name} didn't agree to stay in touch, so I won't plan updates. If that changes, move them to **Staying in touch** in **contacts**.");
            }
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"I've marked {contact.Name} as talked to. Tell me when the thank-you is {(debrief.ThankYouMedium == ThankYouMedium.HandwrittenCard ? "posted" : "sent")}?",
            Choices =
            [
                new(MarkSent, "It's sent") { Synonyms = ["sent", "done", "yes", "posted"] },
                new(NotYet, "Not yet") { Synonyms = ["later", "no", "not yet"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> MarkSentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string debriefId = step.Values.Get<string>(DebriefIdKey);
        if (Picked(step.Result) == MarkSent)
        {
            await DebriefStore.MarkThankYouSentAsync(_services, step.UserKey, debriefId, cancellationToken).ConfigureAwait(false);
            step.Send("Marked as sent. Well done.");
        }
        else
        {
            step.Send(await ThankYouDialog.NotYetAsync(_services, step.UserKey, step.Values.Get<string>("contactId"), cancellationToken).ConfigureAwait(false));
        }

        IReadOnlyList<DebriefRecord> all = await DebriefStore.ListAsync(_services, step.UserKey, cancellationToken).ConfigureAwait(false);
        DebriefRecord? debrief = all.FirstOrDefault(d => d.Id == debriefId);
        if (debrief is null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<DebriefNextStep> next = DebriefNextSteps.For(debrief, all, step.Values.GetOrDefault<bool>("revisitGoals"), step.Now, id => step.Context.FindDialog(id) is not null);
        await WeeklyReview.OfferAsync(step.Context, _services, all, "press **Weekly review**", cancellationToken).ConfigureAwait(false);

        return next.Count == 0
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(DebriefNextStepsDialog.DialogId, new DebriefNextStepsOptions(next), cancellationToken).ConfigureAwait(false);
    }

    private static ReminderContact Remind(Contact contact) => new(contact.Id, contact.Name, contact.Organisation);

    /// <summary>
    /// When the conversation ended: the booked meeting's planned end when it was on that day, now when it was today,
    /// else midday of that day (the thank-you clock of D1 counts from here).
    /// </summary>
    internal static DateTimeOffset HeldAt(Contact contact, DateOnly metOn, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (contact.Meeting is { } meeting && DateOnly.FromDateTime(ZonedTime.ToLocal(meeting.StartsAt, zone)) == metOn)
        {
            DateTimeOffset end = meeting.StartsAt.AddMinutes(meeting.DurationMinutes);
            return end < now ? end : now;
        }

        if (metOn >= DateOnly.FromDateTime(ZonedTime.ToLocal(now, zone)))
        {
            return now;
        }

        return ZonedTime.ToInstant(metOn.ToDateTime(new TimeOnly(12, 0)), zone);
    }
}
