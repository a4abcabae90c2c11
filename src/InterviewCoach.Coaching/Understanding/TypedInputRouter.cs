using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>
/// What happens to typed text that a step could not use: a command switches flow (asking first when a flow would be
/// left part-way, or when only the model recognised it), a coaching question is answered and the step asked again,
/// an unsure guess is offered as "Did you mean …?", and anything else is left to the step (or, at the menu, gets a
/// short honest reply with a few next steps). Button presses never come here.
/// </summary>
internal sealed class TypedInputRouter(CoachServices services, Func<TurnInput, CommandMatch?> matchCommand, Func<string?, CommandMatch?> matchRequest) : IUnmatchedInputHandler
{
    public ValueTask<DialogTurnResult?> HandleAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RouteAsync(dc, cancellationToken);

    /// <summary>
    /// "remind me to email Sam on Friday" or "call back Maria Thursday 3pm" typed in the middle of the sketch asks the
    /// coach for something: read as the answer, the request would be saved as the user's experience, or a meeting
    /// date, and lost. The flow it names is the exception: "call back Thursday 3pm" at the call-back's own "when?"
    /// is the answer.
    /// </summary>
    public bool Claims(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Input.Value is null && matchRequest(dc.Input.Text) is { } request && !dc.Stack.Any(i => i.Id == request.Command.DialogId);
    }

    /// <summary>Routes the turn's typed text; null when it is neither a command nor a question (the step retries).</summary>
    public async ValueTask<DialogTurnResult?> RouteAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Input.Value is not null || string.IsNullOrWhiteSpace(dc.Input.Text))
        {
            return null;
        }

        if (matchCommand(dc.Input) is { } typed)
        {
            return await SwitchAsync(dc, typed.Command, typed.Options, exact: true, cancellationToken).ConfigureAwait(false);
        }

        // "only remind me on weekdays after 6pm" at the menu: straight to quiet hours, with what was said already read.
        if (!InFlow(dc) && TypedHours.IsWhenToRemind(dc.Input.Text))
        {
            return await dc.BeginDialogAsync(RemindersDialog.DialogId, new RemindersDialogOptions("quiet", Words: dc.Input.Text), cancellationToken).ConfigureAwait(false);
        }

        // "I met a nurse manager at a conference yesterday, she said I could email her" at the menu: the whole story of a
        // chance meeting, read as if typed at "log a chat"'s first question, rather than a guess at a command.
        if (!InFlow(dc) && ChanceMeetingSentence.IsStory(dc.Input.Text)
            && CoachDialogs.Commands.FirstOrDefault(c => c.DialogId == ChanceMeetingDialog.DialogId) is { } chance)
        {
            MenuDialog.NoteFlow(dc, chance.Keyword);
            return await dc.BeginDialogAsync(ChanceMeetingDialog.DialogId, new ChanceMeetingOptions(null, null) { Story = dc.Input.Text }, cancellationToken).ConfigureAwait(false);
        }

        // "my former classmate Ngozi Eze, she's an instructional designer at Andela" at the menu: a new contact, read as
        // if typed into the new-contact form (guessing "Add a contact?" would lose what was typed).
        if (!InFlow(dc) && TypedContactDetails.IsWholeContact(services.Slots, dc.Input.Text)
            && CoachDialogs.Commands.FirstOrDefault(c => c.DialogId == AddContactDialog.DialogId) is { } add)
        {
            MenuDialog.NoteFlow(dc, add.Keyword);
            return await dc.BeginDialogAsync(AddContactDialog.DialogId, new AddContactOptions(null) { Typed = dc.Input.Text }, cancellationToken).ConfigureAwait(false);
        }

        // "none", "nah", "not sure" pick nothing: guessing a command from them ("Did you mean My progress?") misleads.
        if (NonAnswerRecognizer.IsNonAnswer(dc.Input.Text))
        {
            return null;
        }

        // "what kind of thing do you mean?", "like what?" mid-flow ask what the step wants: its help gives an example.
        if (InFlow(dc) && SlotAnswers.AsksWhatIsMeant(dc.Input.Text)
            && dc.Stack.LastOrDefault(i => i.Id != DidYouMeanDialog.DialogId) is { } waiting && dc.FindDialog(waiting.Id)?.GetHelp(waiting) is { } example)
        {
            dc.Send(example);
            return await BackToStepAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        IntentMatch match = services.Intents.Recognize(dc.Input.Text);
        if (match.Confidence == IntentConfidence.Confident)
        {
            return await ActAsync(dc, services, match.Intent, match.Exact, cancellationToken).ConfigureAwait(false);
        }

        // "im a teacher thinking of switching" at the menu: setting goals is where that gets written down. After the
        // exact words and clear intents (the text's vector is the model's cached one by now), and only at the menu:
        // inside a flow the same words answer its questions (the goal flow's own stage and field questions).
        if (!InFlow(dc) && !SlotAnswers.LooksLikeQuestion(dc.Input.Text) && services.Slots.IsCareerAim(dc.Input.Text) == true
            && IntentCommands.CommandFor(IntentIds.Goal) is { } goal)
        {
            // What was said goes along, so goal setting offers its field back instead of asking for it again.
            return await SwitchAsync(dc, goal, new GoalOptions(null, dc.Input.Text), exact: false, cancellationToken).ConfigureAwait(false);
        }

        // Mid-flow, an answer the step could not read ("it went well" at a 1-5 scale) is far more often a wrong answer
        // than a half-typed command: guessing "Debrief?" there derails the user, so only guesses at a coaching question
        // the user seems to be asking are offered, and the step asks again otherwise. At the menu every guess is worth offering.
        // A command word one slip of the keys away ("debreif") is no answer to any step, so it is offered there too.
        IReadOnlyList<string> candidates = !InFlow(dc) || match.Slip ? match.Candidates
            : SlotAnswers.LooksLikeQuestion(dc.Input.Text) ? [.. match.Candidates.Where(IntentIds.IsQuestion)]
            : [];
        return match.Confidence == IntentConfidence.Unsure && candidates.Count > 0
            ? await dc.BeginDialogAsync(DidYouMeanDialog.DialogId, candidates.ToArray(), cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>The user picked <paramref name="intent"/> from "Did you mean": the pick is as good as typing it clearly.</summary>
    public static async ValueTask<DialogTurnResult> ActOnPickAsync(DialogContext dc, CoachServices services, string intent, CancellationToken cancellationToken) =>
        await ActAsync(dc, services, intent, exact: true, cancellationToken).ConfigureAwait(false) ?? await BackToStepAsync(dc, cancellationToken).ConfigureAwait(false);

    /// <summary>The short honest reply to text the coach can't place, with at most three next steps that fit the user.</summary>
    public async ValueTask<DialogTurnResult> NotUnderstoodAtMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        CoachingProfile? profile = await ProfileRecords.GetAsync(services.Records, dc.Input.UserKey, cancellationToken).ConfigureAwait(false);
        string[] next = profile is null ? ["goal", "add contact", "help"]
            : profile.Sketch is null ? ["sketch", "add contact", "help"]
            : ["contacts", "rehearse", "help"];
        ChoiceButton[] buttons = [.. next.Select(k => CoachDialogs.Commands.First(c => c.Keyword == k)).Select(c => new ChoiceButton(c.Title, c.Keyword))];
        // A greeting or a thank-you asked for nothing, so "didn't catch that" would be the wrong answer to it.
        // "nah" or "nothing" to the next steps is a polite no, not gibberish.
        if (NonAnswerRecognizer.IsNonAnswer(dc.Input.Text))
        {
            dc.Send(new ChoiceReply("No problem. When you're ready, you could try one of these:", buttons));
            return DialogTurnResult.Waiting;
        }

        // "yes" or "sure" at the menu agrees to go on without saying where: ask which, rather than "didn't catch that".
        if (dc.Input.Text is { Length: <= 30 } agreed && ConfirmRecognizer.TryRecognize(agreed, out bool yes) && yes)
        {
            dc.Send(new ChoiceReply("Sure. Which would you like to do?", buttons));
            return DialogTurnResult.Waiting;
        }

        // An address or number pasted on its own belongs to a contact, usually the one just added with a name only.
        if (ContactReachDialog.Read(dc.Input.Text) is { } reach)
        {
            return await dc.BeginDialogAsync(ContactReachDialog.DialogId, reach, cancellationToken).ConfigureAwait(false);
        }

        string opening = !GreetingText.IsGreetingOnly(dc.Input.Text) ? "Sorry, I didn't catch that. I help you plan, ask for and practise informational interviews, and I can answer questions about them."
            : GreetingText.IsThanks(dc.Input.Text) ? "You're welcome! Whenever you're ready for the next step, I'm here."
            : "Hello! I help you plan, ask for and practise informational interviews, and I can answer questions about them.";
        dc.Send(new ChoiceReply($"{opening} You could try one of these:", buttons));
        return DialogTurnResult.Waiting;
    }

    private static async ValueTask<DialogTurnResult?> ActAsync(DialogContext dc, CoachServices services, string intent, bool exact, CancellationToken cancellationToken)
    {
        if (IntentIds.IsQuestion(intent) && CoachingAnswers.For(intent) is { } answer)
        {
            // Who to ask depends on what the user is exploring: the only answer worth a profile read.
            if (intent == "ask.who-to-ask" && await ProfileRecords.GetAsync(services.Records, dc.Input.UserKey, cancellationToken).ConfigureAwait(false) is { } profile)
            {
                answer = CoachingAnswers.For(intent, [.. profile.FieldsOfInterest.Select(f => f.Name)]) ?? answer;
            }

            dc.Send(answer);
            return await BackToStepAsync(dc, cancellationToken).ConfigureAwait(false);
        }

        switch (intent)
        {
            case IntentIds.Help:
                DialogInstance? step = dc.Stack.LastOrDefault(i => i.Id != DidYouMeanDialog.DialogId);
                string? help = InFlow(dc) && step is not null ? dc.FindDialog(step.Id)?.GetHelp(step) : null;
                if (help is null)
                {
                    return await dc.BeginDialogAsync(HelpDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
                }

                dc.Send(help);
                return await BackToStepAsync(dc, cancellationToken).ConfigureAwait(false);

            case IntentIds.Menu:
            case IntentIds.Cancel:
                if (!InFlow(dc))
                {
                    return await BackToStepAsync(dc, cancellationToken).ConfigureAwait(false);
                }

                string target = intent == IntentIds.Menu ? LeaveFlowDialog.MenuTarget : LeaveFlowDialog.CancelTarget;
                return HasUnsavedChanges(dc) || !exact
                    ? await dc.BeginDialogAsync(LeaveFlowDialog.DialogId, target, cancellationToken).ConfigureAwait(false)
                    : await LeaveFlowDialog.LeaveAsync(dc, target, typed: null, cancellationToken).ConfigureAwait(false);
        }

        // Goal setting asked for in a sentence that also says where the user is heading keeps those words (see GoalOptions.Aim).
        object? options = intent == IntentIds.Goal && !exact ? new GoalOptions(null, dc.Input.Text) : null;
        return IntentCommands.CommandFor(intent) is { } command
            ? await SwitchAsync(dc, command, options, exact, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>Back to the step the user was on, its question asked again (closing a "did you mean" first).</summary>
    private static async ValueTask<DialogTurnResult> BackToStepAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog?.Id == DidYouMeanDialog.DialogId)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    private static async ValueTask<DialogTurnResult?> SwitchAsync(DialogContext dc, CoachCommand command, object? options, bool exact, CancellationToken cancellationToken)
    {
        if (!InFlow(dc))
        {
            // Started by a sentence rather than the menu's own match: its end still offers what usually follows.
            MenuDialog.NoteFlow(dc, command.Keyword);
            return await dc.BeginDialogAsync(command.DialogId, options, cancellationToken).ConfigureAwait(false);
        }

        // A guess that names the flow the user is already in is an answer the step couldn't read ("career changer"
        // at the goal flow's stage question), not a wish to start it over: let the step ask again.
        if (!exact && dc.Stack.Any(i => i.Id == command.DialogId))
        {
            return null;
        }

        // Leaving part-way loses answers; a command only the model recognised might not be one. Ask in both cases.
        if (HasUnsavedChanges(dc) || !exact)
        {
            // Details typed with the command go along, so a yes begins it with them rather than asking again.
            return await dc.BeginDialogAsync(LeaveFlowDialog.DialogId, new LeaveFlowRequest(command.Keyword, options is null ? null : dc.Input.Text), cancellationToken).ConfigureAwait(false);
        }

        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dc.BeginDialogAsync(CoachDialogs.MenuDialogId, new MenuStart(command.DialogId, options, command.Keyword), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Something sits above the menu (the menu alone, or the menu's own "did you mean", is not a flow).</summary>
    private static bool InFlow(DialogContext dc) =>
        dc.Stack.Any(i => i.Id != CoachDialogs.MenuDialogId && i.Id != DidYouMeanDialog.DialogId && i.Id != LeaveFlowDialog.DialogId);

    private static bool HasUnsavedChanges(DialogContext dc) =>
        dc.Stack.Any(i => dc.FindDialog(i.Id)?.HasUnsavedChanges(i) == true);
}
