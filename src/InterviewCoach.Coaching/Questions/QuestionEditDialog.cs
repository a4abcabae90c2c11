using System.Globalization;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// One round of editing a question list (begun with the list as options, looping with itself): shows the list and
/// lets the user add from the bank, write their own (checked by <see cref="QuestionChecker"/>), reorder, remove, or
/// finish. Ends with the finished <see cref="QuestionList"/>.
/// </summary>
internal sealed class QuestionEditDialog : WaterfallDialog
{
    public const string DialogId = "questions.edit";

    /// <summary>The list's "what next?" question, which also reads edits and questions typed at it.</summary>
    public const string ListPromptId = "questions.edit.next";

    public const string AddFromBank = "add-bank";
    public const string WriteOwn = "add-own";
    public const string ChangeOrder = "reorder";
    public const string RemoveOne = "remove";
    public const string Finish = "done";
    public const string SwapOne = "swap";
    public const string TagGoal = "tag";

    /// <summary>A change typed at the list ("drop the third one"), read again from the turn's text.</summary>
    public const string TypedEdit = "typed-edit";

    /// <summary>Leaves a bank picker for the list and its options; the list is untouched.</summary>
    public const string Back = "back";

    public const string UseSuggestion = "use-suggestion";
    public const string KeepMine = "keep";
    public const string LeaveOut = "drop";
    public const string Reword = "reword";

    private const string ActionKey = "action";
    private const string PendingKey = "pending";
    private const string SuggestionKey = "suggestion";
    private const string TaggedKey = "tagged";
    private const string ReplacingKey = "replacing";

    private readonly ISentenceEmbedder? _embedder;

    /// <param name="embedder">The sentence model the question checker judges meaning with; null, it uses exact rules.</param>
    public QuestionEditDialog(ISentenceEmbedder? embedder = null)
        : base(DialogId)
    {
        _embedder = embedder;
        AddStep(ShowAsync);
        AddStep(ActAsync);
        AddStep(FollowUpAsync);
        AddStep(ApplyAsync);
    }

    /// <summary>
    /// Registers the list's question. Typed text that names no button is read as an edit of the list, else as a
    /// question for the contact when it is one; a question meant for the coach ("what if they say no?") is left
    /// to be answered, and the list asked again.
    /// </summary>
    public static void RegisterPrompts(DialogSet set, SlotAnswers slots)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(slots);
        set.Add(new ChoicePrompt(ListPromptId, readTyped: (text, options) =>
        {
            if (TypedListEdit.Read(text, QuestionListRules.MaxQuestions) is not null)
            {
                return new Choice(TypedEdit, "Change the list");
            }

            return ChoicePrompt.IsQuestion(text) && !slots.IsQuestionForTheCoach(text)
                ? options.Choices?.FirstOrDefault(c => c.Value == WriteOwn)
                : null;
        }));
    }

    private static QuestionList Draft(WaterfallStepContext step) => step.GetOptions<QuestionList>()
        ?? throw new InvalidOperationException($"{DialogId} must be begun with a {nameof(QuestionList)}.");

    private static ValueTask<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        QuestionList list = Draft(step);
        var choices = new List<Choice>();
        if (QuestionListPlanner.Room(list) > 0)
        {
            choices.Add(new(AddFromBank, "Add from the bank") { Synonyms = ["bank", "add", "browse"] });
            choices.Add(new(WriteOwn, "Write my own") { Synonyms = ["own", "write", "my own"] });
        }

        else
        {
            // Full: say why adding has gone rather than hiding it silently, and offer the way to make room.
            step.Send(string.Create(CultureInfo.InvariantCulture,
                $"Your list has {QuestionListRules.MaxQuestions} questions, the most I'll keep: a meeting of {QuestionListRules.UsualRange(MeetingFormat.InPerson)} fits about ten, answers included. To add another, swap one out."));
            choices.Add(new(SwapOne, "Swap one out") { Synonyms = ["swap", "replace", "replace one", "add", "add one", "bank", "write"] });
        }

        choices.Add(new(ChangeOrder, "Change the order") { Synonyms = ["order", "move", "priority", "prioritise"] });
        if (list.Questions.Count > 0)
        {
            choices.Add(new(RemoveOne, "Remove one") { Synonyms = ["delete", "drop"] });
            if (list.Goals.Count > 0)
            {
                choices.Add(new(TagGoal, "Tag a goal") { Synonyms = ["tag", "goal", "tag with a goal", "tag a question"] });
            }
        }

        choices.Add(new(Finish, "Done") { Synonyms = ["finish", "finished", "save", "looks good", "ok", "that's it", "that's all", "all done", "i'm done", "happy with it", "good to go"] });
        return step.PromptAsync(ListPromptId, new PromptOptions
        {
            Prompt = QuestionListView.Status(list) + "\n\nWhat next? (You can also just type a question of your own, or a change such as _drop the third one_ or _swap 2 and 4_.)",
            Choices = choices,
            Help = "Add questions that matter to you, put the most important first, and press **Done** when it feels right. Five to ten questions is plenty. "
                + "You can also type changes: _remove 3_, _swap 2 and 4_, _move 5 to the top_, _change the last one to ..._, or _more questions_.",
        }, cancellationToken);
    }

    private static async ValueTask<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        QuestionList list = Draft(step);
        string action = step.Result is PromptResult<Choice> { Succeeded: true, Value: { } choice } ? choice.Value : Finish;
        step.Values.Set(ActionKey, action);
        switch (action)
        {
            case TypedEdit:
                return await TypedEditAsync(step, list, cancellationToken).ConfigureAwait(false);

            case AddFromBank:
                return await AskCategoryAsync(step, list, cancellationToken).ConfigureAwait(false);

            // A question typed straight at the list is the user's own question, checked like one.
            case WriteOwn when step.Input.Value is null && step.Input.Text is { } typed && typed.TrimEnd().EndsWith('?'):
                return await step.NextAsync(new PromptResult<string>(true, typed.Trim(), 1), cancellationToken).ConfigureAwait(false);

            case WriteOwn:
                return await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
                {
                    Prompt = "Type your question as you'd ask it.",
                    Max = CoachPrompts.MaxLongLength,
                    Help = "Open questions work best: start with what, how or why.",
                }, cancellationToken).ConfigureAwait(false);

            case ChangeOrder:
                return await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
                {
                    Prompt = string.Create(CultureInfo.InvariantCulture, $"Type two numbers to move a question (\"{Math.Min(list.Questions.Count, 4)} 1\" puts it first), or all the numbers in the order you want. Question {list.TotalCount} stays last."),
                    Max = 200,
                }, cancellationToken).ConfigureAwait(false);

            case RemoveOne or SwapOne or TagGoal:
                return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
                {
                    Prompt = action switch { SwapOne => "Which one should make room?", TagGoal => "Which question do you want to tag?", _ => "Which one should go?" },
                    Choices = [.. list.Questions.Select((q, i) => new Choice((i + 1).ToString(CultureInfo.InvariantCulture), Shorten(q.Text))), BackChoice("back to my list", "none", "never mind", "keep them all")],
                }, cancellationToken).ConfigureAwait(false);

            default:
                if (list.TotalCount < QuestionListRules.MinQuestions)
                {
                    step.Send($"Let's get to at least {QuestionListRules.MinQuestions} questions first; short answers happen, and spares help.");
                    return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
                }

                if (list.NeedsTailoring)
                {
                    // A list reused as it stands reads as generic to the new person (S057).
                    step.Send($"Before it's ready: this list was made for {list.CopiedFrom}. Add at least one question written for {list.ContactName ?? "this person"} or {list.Organisation ?? "their organisation"}, from the bank or in your own words.");
                    return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
                }

                return await step.EndDialogAsync(list, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<DialogTurnResult> FollowUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        QuestionList list = Draft(step);
        switch (step.Values.Get<string>(ActionKey))
        {
            case RemoveOne or SwapOne or TagGoal when step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: Back }:
                return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);

            case AddFromBank when step.Result is PromptResult<Choice> { Succeeded: true, Value: { } picked }
                && Enum.TryParse(picked.Value, out QuestionCategory category):
                List<string> onList = list.AllTexts.ToList();
                List<Choice> choices = QuestionBank.InCategory(category)
                    .Select(q => new Choice(q.Id, FillLike(list, q)))
                    .Where(c => !onList.Contains(c.Title, StringComparer.Ordinal))
                    .ToList();
                if (choices.Count == 0)
                {
                    step.Send("Every question of that kind is already on your list.");
                    return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
                }

                choices.Add(BackChoice("back to my list", "none", "none of these"));
                return await step.PromptAsync(CoachPrompts.MultiChoice, new PromptOptions
                {
                    Prompt = string.Create(CultureInfo.InvariantCulture,
                        $"Pick up to {QuestionListPlanner.Room(list)} (for example \"1, 3\"; the list stops at {QuestionListRules.MaxQuestions}, about what a meeting of {QuestionListRules.UsualRange(MeetingFormat.InPerson)} fits), or **Back** to your list:"),
                    Choices = choices,
                    Min = 1,
                    Max = QuestionListPlanner.Room(list),
                }, cancellationToken).ConfigureAwait(false);

            case WriteOwn when step.Result is PromptResult<string> { Succeeded: true, Value: { } own }:
                int? replacing = step.Values.TryGet(ReplacingKey, out int number) ? number : null;
                return await step.BeginDialogAsync(OwnQuestionDialog.DialogId, new OwnQuestionOptions(list, own, replacing), cancellationToken).ConfigureAwait(false);

            case ChangeOrder when step.Result is PromptResult<string> { Succeeded: true, Value: { } typed }
                && (ChoiceRecognizer.Recognize(typed, [BackChoice("never mind", "leave it", "keep it", "as it is")]) is not null || NonAnswerRecognizer.IsNonAnswer(typed)):
                step.Send("Order unchanged.");
                return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);

            case ChangeOrder when step.Result is PromptResult<string> { Succeeded: true, Value: { } typed }:
                QuestionEdit reordered = QuestionListPlanner.Reorder(list, typed);
                step.Send(reordered.Refusal ?? "Done, new order below.");
                return await step.ReplaceDialogAsync(DialogId, reordered.List, cancellationToken).ConfigureAwait(false);

            case TagGoal when step.Result is PromptResult<Choice> { Succeeded: true, Value: { } tagged }:
                step.Values.Set(TaggedKey, int.Parse(tagged.Value, CultureInfo.InvariantCulture));
                return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
                {
                    Prompt = "Which goal does it serve?",
                    Choices = [.. list.Goals.Select(g => new Choice(g.ToString(), g.ToLabel())), BackChoice("back to my list")],
                }, cancellationToken).ConfigureAwait(false);

            case RemoveOne or SwapOne when step.Result is PromptResult<Choice> { Succeeded: true, Value: { } removed }:
                QuestionEdit edit = QuestionListPlanner.Remove(list, int.Parse(removed.Value, CultureInfo.InvariantCulture));
                bool swapping = step.Values.Get<string>(ActionKey) == SwapOne;
                step.Send(edit.Refusal ?? (swapping ? "Removed. There's room for one more: add it from the bank or write your own." : "Removed."));
                return await step.ReplaceDialogAsync(DialogId, edit.List, cancellationToken).ConfigureAwait(false);

            default:
                return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask<DialogTurnResult> ApplyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The user's own question, checked (and perhaps reworded) by its own dialog: the list it ended with.
        if (step.Result is QuestionList checkedList)
        {
            return await step.ReplaceDialogAsync(DialogId, checkedList, cancellationToken).ConfigureAwait(false);
        }

        QuestionList list = Draft(step);
        if (step.Values.Get<string>(ActionKey) == AddFromBank)
        {
            if (step.Result is PromptResult<IReadOnlyList<Choice>> { Succeeded: true, Value: { } back } && back.Any(c => c.Value == Back))
            {
                // Back from the questions: the list as it was, nothing added.
                return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
            }

            if (step.Result is PromptResult<IReadOnlyList<Choice>> { Succeeded: true, Value: { } picks })
            {
                foreach (Choice pick in picks)
                {
                    BankQuestion question = QuestionBank.Find(pick.Value)!;
                    list = QuestionListPlanner.Add(list, new PlannedQuestion(pick.Title) { BankId = question.Id, Category = question.Category }).List;
                }

                step.Send(picks.Count == 1 ? "Added." : $"Added {picks.Count}.");
            }

            return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
        }

        if (step.Values.Get<string>(ActionKey) == TagGoal)
        {
            if (step.Result is PromptResult<Choice> { Succeeded: true, Value: { } goal } && Enum.TryParse(goal.Value, out InterviewPurposes purpose))
            {
                QuestionEdit tagged = QuestionListPlanner.Tag(list, step.Values.Get<int>(TaggedKey), purpose);
                step.Send(tagged.Refusal ?? "Tagged.");
                list = tagged.List;
            }

            return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
        }

        string choice = step.Result is PromptResult<Choice> { Succeeded: true, Value: { } picked } ? picked.Value : LeaveOut;
        string? text = choice switch
        {
            UseSuggestion => step.Values.GetOrDefault<string>(SuggestionKey),
            KeepMine => step.Values.GetOrDefault<string>(PendingKey),
            _ => null,
        };
        if (text is null)
        {
            step.Send("Left it out.");
            return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
        }

        QuestionEdit added = QuestionListPlanner.Add(list, new PlannedQuestion(text) { Own = true });
        step.Send(added.Refusal ?? "Added.");
        return await step.ReplaceDialogAsync(DialogId, added.List, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskCategoryAsync(WaterfallStepContext step, QuestionList list, CancellationToken cancellationToken) =>
        step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Which kind of question?",
            Choices = [.. QuestionGoals.CategoryOrder(list.Goals).Select(c => new Choice(c.ToString(), c.ToLabel())), BackChoice("back to my list")],
        }, cancellationToken);

    /// <summary>Applies a change typed at the list; a new wording or a new question is checked like one the user wrote.</summary>
    private static async ValueTask<DialogTurnResult> TypedEditAsync(WaterfallStepContext step, QuestionList list, CancellationToken cancellationToken)
    {
        TypedListEdit? edit = TypedListEdit.Read(step.Input.Text, list.TotalCount);
        if (edit is null)
        {
            return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
        }

        if (edit.Kind is TypedListEditKind.Remove or TypedListEditKind.Swap or TypedListEditKind.Move or TypedListEditKind.Replace
            && (edit.First < 1 || edit.First > list.TotalCount))
        {
            step.Send(string.Create(CultureInfo.InvariantCulture, $"There's no question {edit.First}: the list runs from 1 to {list.TotalCount}."));
            return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
        }

        QuestionEdit changed;
        switch (edit.Kind)
        {
            case TypedListEditKind.Remove:
                changed = QuestionListPlanner.Remove(list, edit.First);
                step.Send(changed.Refusal ?? $"Removed: _{list.AllTexts[edit.First - 1]}_");
                return await step.ReplaceDialogAsync(DialogId, changed.List, cancellationToken).ConfigureAwait(false);

            case TypedListEditKind.Swap:
                changed = QuestionListPlanner.Swap(list, edit.First, edit.Second);
                step.Send(changed.Refusal ?? string.Create(CultureInfo.InvariantCulture, $"Swapped {edit.First} and {edit.Second}."));
                return await step.ReplaceDialogAsync(DialogId, changed.List, cancellationToken).ConfigureAwait(false);

            case TypedListEditKind.Move:
                changed = QuestionListPlanner.Move(list, edit.First, edit.Second);
                step.Send(changed.Refusal ?? string.Create(CultureInfo.InvariantCulture, $"Moved to number {edit.Second}."));
                return await step.ReplaceDialogAsync(DialogId, changed.List, cancellationToken).ConfigureAwait(false);

            case TypedListEditKind.More:
                if (QuestionListPlanner.Room(list) == 0)
                {
                    return await step.ReplaceDialogAsync(DialogId, list, cancellationToken).ConfigureAwait(false);
                }

                step.Values.Set(ActionKey, AddFromBank);
                return await AskCategoryAsync(step, list, cancellationToken).ConfigureAwait(false);

            default:
                // A new wording or a new question: checked like any the user wrote, then added or put in place.
                step.Values.Set(ActionKey, WriteOwn);
                if (edit.Kind == TypedListEditKind.Replace)
                {
                    step.Values.Set(ReplacingKey, edit.First);
                }

                return await step.NextAsync(new PromptResult<string>(true, edit.Text!, 1), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Choice BackChoice(params string[] synonyms) => new(Back, "Back") { Synonyms = ["back", "go back", "previous", .. synonyms] };

    private static QuestionContext ContextOf(QuestionList list) => new(list.Field, list.Organisation, list.ContactName);

    private static string FillLike(QuestionList list, BankQuestion question) => ContextOf(list).Fill(question.Template);

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57).TrimEnd(), "...");
}
