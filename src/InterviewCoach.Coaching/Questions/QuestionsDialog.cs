using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// <c>questions</c>: builds the question list for one contact (or a generic one). A contact's list can start from
/// another contact's (then it must be tailored, S057). The coach asks the format, the user's experience once (for the
/// résumé question that fits, S068) and, for experienced users, whether to add a résumé critique late in the list
/// (D8); it proposes an order built on the meeting's goals (S059, S062, S065, S006), the user edits it in
/// <see cref="QuestionEditDialog"/>, and before saving the coach offers one question drawn from their notes on the
/// contact (S055). Every added step is skippable or skipped when it has nothing to ask.
/// </summary>
internal sealed class QuestionsDialog : WaterfallDialog
{
    public const string DialogId = "questions";
    public const string GraduationPromptId = "questions.graduation";

    /// <summary>"Who are these questions for?", which also takes a question for the contact typed in its place.</summary>
    public const string WhoPromptId = "questions.who";

    /// <summary>"Who are these questions for?" asked again after a question was kept: another waits for the drafted list.</summary>
    public const string WhoAgainPromptId = "questions.who-again";

    /// <summary>The pick meaning "that was a question for the contact", read again from the turn's text.</summary>
    public const string OwnQuestionValue = "own-question";

    public const string FreshValue = "fresh";
    public const string CopyValue = "copy";
    public const string AddPersonalValue = "add-personal";
    public const string SkipValue = "skip";
    public const string ResumeYesValue = "resume-yes";

    private const string DraftKey = "draft";
    private const string KeptQuestionKey = "kept";
    private const string ContactKey = "contactId";
    private const string CopyFromKey = "copyFrom";
    private const string FormatKey = "format";
    private const string PersonalKey = "personal";
    private const string MarkdownValue = "markdown";
    private const string DoneValue = "done";

    private readonly CoachServices _services;

    public QuestionsDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(PickContactAsync);
        AddStep(KeepQuestionAsync);
        AddStep(AskStartAsync);
        AddStep(AskFormatAsync);
        AddStep(AskExperienceAsync);
        AddStep(AskGraduationAsync);
        AddStep(AskResumeReviewAsync);
        AddStep(DraftAsync);
        AddStep(EditAsync);
        AddStep(OfferPersonalAsync);
        AddStep(SaveAsync);
        AddStep(ExportAsync);
    }

    /// <param name="set">The dialog set.</param>
    /// <param name="slots">Tells a question for the contact from one for the coach.</param>
    public static void RegisterPrompts(DialogSet set, SlotAnswers slots)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(slots);
        set.Add(new TextPrompt(GraduationPromptId, ValidateGraduationAsync))
            // People often start with the question they most want to ask ("How did you get into UX?"): it is kept for
            // the list rather than guessed at as a command. A question for the coach ("what if they say no?") is still answered.
            .Add(new ChoicePrompt(WhoPromptId, readText: ContactPicker.ForWhom, readTyped: (text, _) => ReadOwnQuestion(text, slots)))
            .Add(new ChoicePrompt(WhoAgainPromptId, RefuseSecondQuestionAsync, readText: ContactPicker.ForWhom, readTyped: (text, _) => ReadOwnQuestion(text, slots)));
    }

    private static Choice? ReadOwnQuestion(string text, SlotAnswers slots) =>
        ChoicePrompt.IsQuestion(text) && !slots.IsQuestionForTheCoach(text) ? new Choice(OwnQuestionValue, OwnQuestionValue) : null;

    // One question is kept while the contact is still unknown; more are added to the list itself once it exists.
    private static ValueTask<bool> RefuseSecondQuestionAsync(PromptValidatorContext<Choice> context, CancellationToken cancellationToken)
    {
        if (context.Value.Value != OwnQuestionValue)
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "You can add more of your own once I've drafted the list. First, who are these questions for?";
        return ValueTask.FromResult(false);
    }

    private ValueTask<DialogTurnResult> PickContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ContactPicker.AskAsync(step, _services, "Who are these questions for?", allowGeneric: true, cancellationToken, promptId: WhoPromptId);

    /// <summary>A question typed instead of a contact is kept for the list, and the contact asked for again.</summary>
    private async ValueTask<DialogTurnResult> KeepQuestionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<Choice> { Succeeded: true, Value.Value: OwnQuestionValue } || step.Input.Text is not { } typed)
        {
            return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(KeptQuestionKey, typed.Trim());
        step.Send($"Good question. I'll keep _{typed.Trim()}_ and put it on your list once I've drafted it.");
        return await ContactPicker.AskAsync(step, _services, "First, who are these questions for?", allowGeneric: true, cancellationToken, promptId: WhoAgainPromptId).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskStartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        string picked = ContactPicker.PickedValue(step.Result) ?? ContactPicker.GenericValue;
        Contact? contact = await ContactRecords.GetAsync(_services.Records, step.UserKey, picked, cancellationToken).ConfigureAwait(false);
        string id = contact?.Id ?? QuestionList.GenericId;
        step.Values.Set(ContactKey, contact?.Id ?? ContactPicker.GenericValue);
        IReadOnlyList<StoredRecord<QuestionList>> lists = await _services.Records
            .ListAsync(step.UserKey, UserRecordKinds.QuestionList, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false);
        if (lists.FirstOrDefault(l => l.Value.Id == id)?.Value is { } saved)
        {
            // The meeting may have been booked or changed since: the list follows its length (D2-D4).
            step.Values.Set(DraftKey, saved with { MeetingMinutes = contact is null ? saved.MeetingMinutes : QuestionListRules.PlannedMinutes(contact, saved.Format) });
            step.Send("Here's the list you saved last time. Change what you like, then press **Done**.");
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        QuestionList? other = contact is null
            ? null
            : lists.Select(l => l.Value).Where(l => l.ContactId is not null && l.ContactId != contact.Id).MaxBy(l => l.UpdatedAt);
        if (other is null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(CopyFromKey, other.Id);
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"Start a fresh list for {contact!.Name}, or copy your list for {other.ContactName}? A copy needs at least one question written for {contact.Name} before it's ready.",
            Choices =
            [
                new(FreshValue, $"Fresh list for {contact.Name}") { Synonyms = ["fresh", "new", "start fresh", "new list"] },
                new(CopyValue, $"Copy {other.ContactName}'s list") { Synonyms = ["copy", "reuse", "copy it", "same list"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private const string FormatUnknownValue = "unsure";

    // No meeting yet, or a list for no one in particular ("general", "not for anyone yet"): the format isn't known.
    private static readonly string[] s_formatUnknown =
    [
        "not sure", "unsure", "don't know", "dont know", "no idea", "dunno", "idk", "either", "either way", "depends", "not decided", "undecided",
        "haven't decided", "havent decided", "not booked", "not booked yet", "no meeting yet", "not yet", "general", "generic", "no particular contact",
        "no contact", "no one", "nobody", "no one yet", "nobody yet", "not for anyone", "not for anyone yet", "for anyone", "anyone", "no one in particular",
        "not for anyone in particular", "doesn't matter", "doesnt matter", "whatever",
    ];

    // People often start typing their own questions before the list exists; they are asked for once it does.
    private const string OwnQuestionsLater = "You can add your own questions in a moment, once I've drafted the list. First:";

    private async ValueTask<DialogTurnResult> AskFormatAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGet(DraftKey, out QuestionList? _))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is not PromptResult<Choice> { Succeeded: true, Value.Value: CopyValue })
        {
            step.Values.Remove(CopyFromKey);
        }

        Contact? contact = await ContactAsync(step, cancellationToken).ConfigureAwait(false);

        // A booked meeting already says whether it is a call: use it rather than ask again.
        if (contact?.Meeting is { ByCall: { } byCall })
        {
            MeetingFormat booked = byCall ? MeetingFormat.Phone : MeetingFormat.InPerson;
            step.Send(string.Create(CultureInfo.InvariantCulture,
                $"Your meeting with {contact.Name} is {(byCall ? "a call" : "in person")}, so I'll plan for the {QuestionListRules.PlannedMinutes(contact, booked)} minutes you have."));
            return await step.NextAsync(new PromptResult<Choice>(true, new Choice(booked.ToString(), booked.ToString()), 0), cancellationToken).ConfigureAwait(false);
        }

        // The ask already offers a call (chosen when rehearsing it): plan for one rather than ask again.
        if (contact is { Venue: MeetingVenue.Call, Meeting: null })
        {
            step.Send(string.Create(CultureInfo.InvariantCulture,
                $"Your ask to {contact.Name} offers a phone or video call, so I'll plan for the {QuestionListRules.PlannedMinutes(contact, MeetingFormat.Phone)} minutes a call usually has."));
            return await step.NextAsync(new PromptResult<Choice>(true, new Choice(nameof(MeetingFormat.Phone), nameof(MeetingFormat.Phone)), 0), cancellationToken).ConfigureAwait(false);
        }

        string who = contact is null ? "the conversation" : $"the conversation with {contact.Name}";
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"Will {who} be in person or on the phone?",
            Choices =
            [
                new(nameof(MeetingFormat.InPerson), $"In person ({QuestionListRules.UsualRange(MeetingFormat.InPerson)})") { Synonyms = ["in person", "face to face", "coffee", "office"] },
                new(nameof(MeetingFormat.Phone), $"Phone or video ({QuestionListRules.UsualRange(MeetingFormat.Phone)})") { Synonyms = ["phone", "call", "video", "zoom", "teams"] },
                new(FormatUnknownValue, "Not sure yet") { Synonyms = s_formatUnknown },
            ],
            Help = "It sets how many questions fit: about 3 minutes each. **Not sure yet** plans for in person.",
            QuestionRetry = OwnQuestionsLater,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskExperienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGet(DraftKey, out QuestionList? _))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        MeetingFormat format = step.Result is PromptResult<Choice> { Succeeded: true, Value: { } choice }
            && Enum.TryParse(choice.Value, out MeetingFormat chosen) ? chosen : MeetingFormat.InPerson;
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: FormatUnknownValue })
        {
            step.Send($"Then I'll plan for in person ({QuestionListRules.UsualRange(MeetingFormat.InPerson)}), the longer of the two: a call can take the first few questions.");
        }

        step.Values.Set(FormatKey, format.ToString());
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);

        // Asked once, and only of someone with a profile to keep it in; a copied list keeps its own questions.
        if (profile is null || profile.Experience != ExperienceLevel.NotSaid || step.Values.TryGet(CopyFromKey, out string? _))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ExperienceQuestion.PromptId, new PromptOptions
        {
            Prompt = "One thing I'll ask only once (type **goal** to change it later). " + ExperienceQuestion.Prompt,
            Choices = [.. ExperienceQuestion.Choices],
            QuestionRetry = OwnQuestionsLater,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskGraduationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (ExperienceQuestion.Read(step.Result) is not { } level)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!await UpdateProfileAsync(step, p => p with { Experience = level }, cancellationToken).ConfigureAwait(false) || level != ExperienceLevel.Student)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // For the student version of the meeting opener (S081); skippable like every added step.
        return await step.PromptAsync(GraduationPromptId, new PromptOptions
        {
            Prompt = "When do you graduate? For example _May 2026_. If you're researching internships rather than the field itself, add _internships_. Or type **skip**.",
            Help = "Your meeting opener mentions it: people are glad to help a student who says where they are.",
            Max = 200,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AskResumeReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGet(DraftKey, out QuestionList? _) || step.Values.TryGet(CopyFromKey, out string? _))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is PromptResult<string> { Succeeded: true, Value: { } typed } && !CoachPrompts.IsSkip(typed))
        {
            StudentPlans plans = StudentPlans.Read(typed);
            if (await UpdateProfileAsync(step, p => p with { Graduation = plans.Graduation ?? p.Graduation, InternshipResearch = plans.Internships }, cancellationToken).ConfigureAwait(false))
            {
                step.Send(plans.Internships ? "Noted: your opener will say you're researching internships." : $"Noted: graduating {plans.Graduation}.");
            }
        }

        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        if (profile?.Experience != ExperienceLevel.Experienced)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // D8: off unless they opt in, and never at the start of the list.
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "With your experience, you could ask them to look over your résumé for clarity and fit with the field. It goes near the end, never first, and only if the talk has gone well. Add it?",
            Choices =
            [
                new(ResumeYesValue, "Add it near the end") { Synonyms = ["yes", "add it", "add", "ok", "sure"] },
                new(SkipValue, "Leave it out") { Synonyms = ["no", "leave it out", "skip", "no thanks"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> DraftAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Values.TryGet<QuestionList>(DraftKey, out QuestionList? draft))
        {
            MeetingFormat format = Enum.TryParse(step.Values.GetOrDefault<string>(FormatKey), out MeetingFormat chosen) ? chosen : MeetingFormat.InPerson;
            Contact? contact = await ContactAsync(step, cancellationToken).ConfigureAwait(false);
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
            QuestionList? source = step.Values.GetOrDefault<string>(CopyFromKey) is { } sourceId
                ? (await _services.Records.GetAsync(step.UserKey, UserRecordKinds.QuestionList, sourceId, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false))?.Value
                : null;
            if (source is not null && contact is not null)
            {
                draft = QuestionListPlanner.CopyFor(source, contact, profile, format, step.Now);
                step.Send($"Copied your list for {source.ContactName}. A list reused as it stands reads as generic: add or change at least one question for {contact.Name} before it's ready.");
            }
            else
            {
                bool resumeReview = step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: ResumeYesValue };
                draft = QuestionListPlanner.Propose(contact, profile, format, step.Now, resumeReview);
                step.Send(ProposalNote(draft, profile));
            }
        }

        // The question typed where the contact was asked for joins the list now, checked like any of the user's own.
        if (step.Values.TryGet<string>(KeptQuestionKey, out string? kept))
        {
            step.Values.Remove(KeptQuestionKey);
            return await step.BeginDialogAsync(OwnQuestionDialog.DialogId, new OwnQuestionOptions(draft, kept), cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(draft, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> EditAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.BeginDialogAsync(QuestionEditDialog.DialogId, (QuestionList)step.Result!, cancellationToken).ConfigureAwait(false);

    private async ValueTask<DialogTurnResult> OfferPersonalAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not QuestionList list)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(DraftKey, list);
        Contact? contact = await ContactAsync(step, cancellationToken).ConfigureAwait(false);
        string guide = "Treat the list as a guide, not a script: listen, follow what interests them, and come back to it when the talk runs dry.";
        if (list.Questions.Any(q => q.FromNotes) || PersonalQuestion.For(contact) is not { } personal)
        {
            step.Send(contact is null
                ? guide
                : $"{guide} If you learn something about {contact.Name} before you meet, note it on their contact and I'll suggest a question from it.");
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.Values.Set(PersonalKey, personal);
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"{guide} One more, from what you noted about {contact!.Name} (_{PersonalQuestion.SourceOf(contact)}_):\n\n\"{personal}\"\n\nAdd it?",
            Choices =
            [
                new(AddPersonalValue, "Add it") { Synonyms = ["yes", "add it", "add", "ok", "sure"] },
                new(SkipValue, "No thanks") { Synonyms = ["no", "skip", "no thanks", "not now"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        QuestionList list = step.Values.Get<QuestionList>(DraftKey);
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: AddPersonalValue } && step.Values.GetOrDefault<string>(PersonalKey) is { } personal)
        {
            // Before the referral question, like every addition; a full list says so rather than dropping it quietly.
            QuestionEdit added = QuestionListPlanner.Add(list, new PlannedQuestion(personal) { Own = true, FromNotes = true });
            step.Send(added.Refusal is null ? "Added before the referral question." : added.Refusal + " I saved the list without it.");
            list = added.List;
        }

        list = list with { UpdatedAt = step.Now };
        // The list is the user's own edit of what they just saw: the latest save wins, there is nothing to merge. The
        // write is still conditional on the version read, so a racing save is noticed and this one is applied after it.
        for (int attempt = 1; ; attempt++)
        {
            StoredRecord<QuestionList>? existing = await _services.Records
                .GetAsync(step.UserKey, UserRecordKinds.QuestionList, list.Id, CoachingJsonContext.Default.QuestionList, cancellationToken).ConfigureAwait(false);
            try
            {
                await _services.Records.SaveAsync(
                    step.UserKey, UserRecordKinds.QuestionList, list.Id, list, CoachingJsonContext.Default.QuestionList,
                    existing?.ETag, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (UserRecordConflictException) when (attempt < 3)
            {
            }
            catch (UserRecordConflictException)
            {
                step.Send("Sorry, this list kept changing somewhere else while I saved, so it wasn't saved. Please try again in a moment.");
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }
        }

        step.Values.Set(DraftKey, list);
        step.MarkSaved();

        step.Send(QuestionListView.Card(list));
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Saved. Want a copy as Markdown for your notes?",
            Choices = [new(MarkdownValue, "Copy as Markdown") { Synonyms = ["markdown", "copy", "yes", "export"] }, new(DoneValue, "No thanks") { Synonyms = ["no", "done"] }],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ExportAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        QuestionList list = step.Values.Get<QuestionList>(DraftKey);
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: MarkdownValue })
        {
            step.Send(string.Concat("Here it is:\n\n```markdown\n", QuestionListView.Markdown(list), "```"));
        }
        else
        {
            step.Send("Good luck with the conversation. Type **prep** the day before for a checklist.");
        }

        return await step.EndDialogAsync(list, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<bool> UpdateProfileAsync(WaterfallStepContext step, Func<CoachingProfile, CoachingProfile> change, CancellationToken cancellationToken)
    {
        RecordUpdate<CoachingProfile> update = await ProfileRecords.UpdateAsync(_services.Records, step.Context, change, cancellationToken).ConfigureAwait(false);
        if (ProfileRecords.Explain(update) is { } explanation)
        {
            step.Send(explanation);
        }

        return update.Succeeded;
    }

    private static ValueTask<bool> ValidateGraduationAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (CoachPrompts.IsSkip(context.Value ?? string.Empty) || !StudentPlans.Read(context.Value).IsEmpty)
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "I couldn't find a date in that. Give the month and year, like _May 2026_, or type **skip**.";
        return ValueTask.FromResult(false);
    }

    private async ValueTask<Contact?> ContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await ContactRecords.GetAsync(_services.Records, step.UserKey, step.Values.GetOrDefault<string>(ContactKey), cancellationToken).ConfigureAwait(false);

    // Says why the list is in this order, so the user can judge it: their path, the goals in the stage's order, advice.
    private static string ProposalNote(QuestionList list, CoachingProfile? profile)
    {
        // Only the goals a question on the list serves: a short call's list may leave one out, and says so below it.
        List<InterviewPurposes> covered = [.. list.Goals.Where(g => list.Questions.Any(q => QuestionGoals.Serves(q, g)))];
        string goals = list.Goals.Count == 0 ? "questions on your goals, then "
            : covered.Count == 0 ? string.Empty
            : $"questions on {string.Join(", then ", covered.Select(QuestionGoals.AsTopic))}, then ";
        // Without saved goals nothing says where the user stands, so the order is not explained by it; fit questions
        // are only mentioned when the list has one.
        bool hasFit = list.Questions.Any(q => QuestionGoals.Serves(q, InterviewPurposes.JudgeFit));
        // The direction's reason is given only when the list has such a question to put first.
        bool hasMarket = list.Questions.Any(q => QuestionGoals.Serves(q, InterviewPurposes.FindLocalEmployers) || QuestionGoals.Serves(q, InterviewPurposes.EvaluateEmployer)
            || QuestionGoals.Serves(q, InterviewPurposes.GrowNetwork) || QuestionGoals.Serves(q, InterviewPurposes.LearnHowPeopleGetHired));
        string stage = profile is null ? string.Empty
            : profile.Stage == CareerStage.OnAClearPath
            ? hasMarket ? $" You're set on a direction, so employers, the market and the people to know come {(hasFit ? "before questions about fit" : "first")}." : string.Empty
            : hasFit ? " You're still exploring, so questions about fit and what the work is really like come first." : string.Empty;
        return $"Here's an order I'd suggest. It opens with their own path, since people enjoy telling it, then {goals}advice for you.{stage} The referral question always comes last.";
    }
}
