using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// <c>goal</c>: name and phone, career stage, up to three fields, what the conversations are for and a weekly
/// target, saved to the profile and shown as a card. With saved goals it shows the card first and offers to
/// change one part or start over.
/// </summary>
internal sealed partial class GoalDialog : WaterfallDialog
{
    public const string DialogId = "goal";
    public const string FieldsPromptId = "goal.fields";
    public const string PhonePromptId = "goal.phone";
    private const string TypedAimKey = "typedAim";
    public const string NamePromptId = "goal.name";
    public const string StagePromptId = "goal.stage";
    public const string OtherPurpose = "other";

    private const string NameKey = "name";
    private const string PhoneKey = "phone";
    private const string StageKey = "stage";
    private const string FieldsKey = "fields";
    private const string PurposesKey = "purposes";
    private const string OtherKey = "other";
    private const string TargetKey = "target";
    private const string ExperienceKey = "experience";
    private const string NoProfileKey = "noProfile";
    private const string KeepValue = "keep";
    private const string StartOverValue = "start-over";

    private static readonly Choice[] s_editChoices =
    [
        new(nameof(GoalPart.Stage), "Where I am"),
        new(nameof(GoalPart.Fields), "My fields"),
        new(nameof(GoalPart.Purposes), "What they're for"),
        new(nameof(GoalPart.Target), "Weekly target"),
        new(nameof(GoalPart.Name), "Name and phone"),
        new(nameof(GoalPart.Experience), "My experience") { Synonyms = ["experience", "student", "graduation"] },
        new(StartOverValue, "Start over") { Synonyms = ["redo", "all of it", "everything"] },
        new(KeepValue, "Keep as is") { Synonyms = ["nothing", "no", "done", "fine", "looks good"] },
    ];

    private static readonly Choice[] s_stageChoices =
    [
        new(nameof(CareerStage.ExploringOptions), CareerStage.ExploringOptions.ToLabel())
        {
            Synonyms = ["exploring", "exploring options", "not sure", "undecided", "still deciding", "not decided yet",
                "weighing up a few different fields", "I haven't picked a field yet", "trying to work out what I want to do"],
        },
        new(nameof(CareerStage.OnAClearPath), CareerStage.OnAClearPath.ToLabel())
        {
            // The meaning matcher compares typed sentences with these: knowing the field, or changing careers into it.
            Synonyms = ["clear path", "on a clear path", "decided", "set", "i've decided", "i know what i want",
                "I know which field I want to work in", "I'm changing careers into a field I've chosen", "I've picked my field"],
        },
    ];

    // Someone on a clear path wants the local market, its employers and key people first; someone exploring wants
    // to test fit and learn the way in first (S006).
    private static readonly InterviewPurposes[] s_clearPathFirst =
    [
        InterviewPurposes.FindLocalEmployers, InterviewPurposes.EvaluateEmployer, InterviewPurposes.GrowNetwork, InterviewPurposes.LearnHowPeopleGetHired,
    ];

    // Not knowing what the conversations are for is itself a reason to have them: to see whether the field fits.
    private static readonly string[] s_unsure = ["not sure", "unsure", "dunno", "idk", "don't know", "dont know", "no idea", "i don't know", "not sure yet"];

    // Other ways of saying each purpose: typed words that contain one pick it, and the model compares typed sentences with them.
    private static IReadOnlyList<string> PurposeSynonyms(InterviewPurposes purpose) => purpose switch
    {
        InterviewPurposes.JudgeFit => [.. s_unsure, "whether it fits me", "if it suits me", "if it's right for me", "whether it's for me", "test the fit", "whether i'd enjoy the work"],
        InterviewPurposes.LearnEntryPath => ["how to get in", "how people get in", "how to break in", "break in", "break into", "what qualifications i need", "what training i need", "how to get started",
            "which certifications or courses I should do", "whether the experience from my current work is worth anything in this field"],
        InterviewPurposes.GrowNetwork => ["meet people", "build my network", "grow my network", "networking", "make contacts",
            "get to know people in the field because I have no contacts there"],
        InterviewPurposes.FindLocalEmployers => ["local employers", "companies near me", "who hires round here", "employers in my area",
            "which organisations hire for this in my city"],
        InterviewPurposes.EvaluateEmployer => ["a specific company", "a particular company", "one employer", "research a company"],
        InterviewPurposes.LearnHowPeopleGetHired => ["how hiring works", "the hiring process", "how they hire", "how people land jobs"],
        InterviewPurposes.PractiseForJobInterviews => ["interview practice", "practise interviewing", "practice interviewing", "get better at interviews"],
        _ => [],
    };

    private static readonly InterviewPurposes[] s_exploringFirst = [InterviewPurposes.JudgeFit, InterviewPurposes.LearnEntryPath];

    private readonly CoachServices _services;

    public GoalDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(ShowSavedAsync);
        AddStep(DecideAsync);
        AddStep(AskNameAsync);
        AddStep(AskPhoneAsync);
        AddStep(AskStageAsync);
        AddStep(AskFieldsAsync);
        AddStep(AskPurposesAsync);
        AddStep(AskOtherPurposeAsync);
        AddStep(AskTargetAsync);
        AddStep(AskExperienceAsync);
        AddStep(SaveAsync);
    }

    /// <param name="set">The dialog set.</param>
    /// <param name="slots">Checks that keep sentences out of the name and vague answers out of the fields.</param>
    public static void RegisterPrompts(DialogSet set, SlotAnswers slots)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(slots);
        set.Add(new TextPrompt(FieldsPromptId, (context, token) => ValidateFieldsAsync(context, slots, token)))
            .Add(new TextPrompt(PhonePromptId, ValidatePhoneAsync))
            .Add(new TextPrompt(NamePromptId, (context, token) => ValidateName(context, slots)))
            .Add(new ChoicePrompt(StagePromptId, readText: (text, choices) =>
                CareerStageAnswer.Read(text) is { } said && choices.FirstOrDefault(c => c.Value == said.Stage.ToString()) is { } meant
                    ? new ChoiceGuess(meant, said.Sure)
                    : null))
            .Add(new InformationGoalDialog(slots));
    }

    /// <summary>The "no profile yet" note is bookkeeping, not an answer: alone it is nothing to lose on cancel.</summary>
    public override bool HasUnsavedChanges(InterviewCoach.Dialogs.State.DialogInstance instance) =>
        base.HasUnsavedChanges(instance) && !(instance.Values!.Count == 1 && instance.Values.TryGet<bool>(NoProfileKey, out _));

    private async ValueTask<DialogTurnResult> ShowSavedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<GoalOptions>() is not { Part: not null })
        {
            CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.Context, cancellationToken).ConfigureAwait(false);
            if (profile is null)
            {
                // Remembered so the save can insert without reading again; it falls back to a read if one appears.
                step.Values.Set(NoProfileKey, true);
            }

            if (profile is { DisplayName.Length: > 0 })
            {
                step.Send(GoalSummary.Card(profile, "Your goals"));
                return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
                {
                    Prompt = "Would you like to change one part, or start over?",
                    Help = "Pick the part to change and I'll ask just that again. **Keep as is** leaves everything as it is.",
                    Choices = s_editChoices,
                }, cancellationToken).ConfigureAwait(false);
            }

            // Begun by a career aim said at the menu: said back, so the user knows it was heard and won't be asked it again.
            step.Send(Aim(step)?.Field is { } field
                ? $"Let's set your goals, starting from what you said about **{FieldCasing.Cased(field)}**. It takes a couple of minutes, and you can change any of it later by typing **goal**."
                : "Let's set your goals. It takes a couple of minutes, and you can change any of it later by typing **goal**.");
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<Choice> picked)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!picked.Succeeded || picked.Value!.Value == KeepValue)
        {
            step.Send("Good, your goals stay as they are.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        GoalPart part = picked.Value.Value == StartOverValue ? GoalPart.All : Enum.Parse<GoalPart>(picked.Value.Value);
        return await step.ReplaceDialogAsync(DialogId, new GoalOptions(part, step.GetOptions<GoalOptions>()?.Aim), cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!Asks(step, GoalPart.Name))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The name the channel shows is offered as a button: often right, but people introduce themselves by another.
        string? shown = step.Input.DisplayName;
        bool offer = shown is { Length: <= 80 } && SlotAnswers.NotAName(shown) is null;
        return await step.PromptAsync(NamePromptId, new PromptOptions
        {
            Prompt = offer ? "First, what name do you give when you introduce yourself? Press the button if it's this one, or type another."
                : "First, what name do you give when you introduce yourself?",
            Help = "The name you'd say on the phone, such as _Sam Lee_. I use it in the scripts I write for you.",
            Max = 80,
            Choices = offer ? [new Choice(shown!, shown!)] : null,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> name)
        {
            if (!name.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            step.Values.Set(NameKey, name.Value!);
            return await step.PromptAsync(PhonePromptId, new PromptOptions
            {
                Prompt = "Which phone number should people call you back on? Type **skip** to leave it out.",
                Help = "It goes into your voicemail script so the person can reach you. Digits, spaces, + and brackets are fine.",
                // The number is optional: three answers that aren't one skip it instead of dropping the whole goal setting.
                GiveUpMessage = "Let's leave your number out for now; the scripts will ask for it when they need it.",
            }, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskStageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> phone)
        {
            step.Values.Set(PhoneKey, !phone.Succeeded || CoachPrompts.IsSkip(phone.Value!) ? string.Empty : phone.Value!);
        }

        if (!Asks(step, GoalPart.Stage))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // "hoping to move into environmental policy" at the menu already said where the user is: taken, and said back
        // with the fields question. A direction held loosely ("thinking of switching into ux") is still asked.
        CareerStageAnswer? aim = Aim(step);
        if (aim is { Sure: true })
        {
            step.Values.Set(StageKey, aim.Stage.ToString());
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(StagePromptId, new PromptOptions
        {
            Prompt = aim?.Field is { } leaning ? $"You said you're thinking of moving into **{FieldCasing.Cased(leaning)}**. Where are you right now?" : "Where are you right now?",
            // "career changer", "final-year student": who they are fits either option, so the retry says what tells them apart.
            RetryPrompt = "Where are you right now? Either can fit a career change or a first job: are you still weighing up different fields (**Still exploring**), or do you know the field you want (**Set on a direction**)?",
            Help = "**Still exploring** if you're weighing up different fields; **set on a direction** if you know the field and want an inside view of it where you live.",
            Choices = s_stageChoices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskFieldsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> stage)
        {
            if (!stage.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            step.Values.Set(StageKey, stage.Value!.Value);
        }

        if (!Asks(step, GoalPart.Fields))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // A stage taken from the menu's words rather than asked: said here, so a wrong reading can be put right.
        string stageNote = step.Result is null && step.Values.TryGet<string>(StageKey, out string? taken)
            ? $"From what you said, I've put you down as **{Enum.Parse<CareerStage>(taken).ToLabel()}** (type **goal** later to change that). "
            : string.Empty;

        // "I want to move into product management" already named a field, at the stage question or at the menu: offered
        // back, so one press or "yes" keeps it.
        string? said = step.Result is PromptResult<Choice> && step.Input.Value is null && CareerStageAnswer.Read(step.Input.Text) is { Sure: true, Field: { } typed }
            ? typed
            : Aim(step)?.Field;
        if (said is not null)
        {
            string mentioned = FieldCasing.Cased(said);
            string offer = $"You mentioned **{mentioned}**. Is that the field to learn about? Press it or say yes, or type up to three fields separated by commas.";
            return await step.PromptAsync(FieldsPromptId, new PromptOptions
            {
                Prompt = stageNote + offer,
                // The note on the stage is said once; a retry asks only the question.
                RetryPrompt = stageNote.Length > 0 ? offer : null,
                Help = "Name each field as narrowly as you can, separated by commas. Add the wider area in brackets if you like, e.g. _product management (tech)_.",
                Choices = [new Choice(mentioned, mentioned)],
            }, cancellationToken).ConfigureAwait(false);
        }

        const string Question = "Which fields do you want to learn about? Up to three, separated by commas. Add the wider area in brackets if you like, e.g. _pediatric nursing (healthcare), school counselling_.";
        return await step.PromptAsync(FieldsPromptId, new PromptOptions
        {
            Prompt = stageNote + Question,
            RetryPrompt = stageNote.Length > 0 ? Question : null,
            Help = "Name each field as narrowly as you can; the wider area in brackets helps me write emails that mention both. Add _(new to me)_ after a field you don't know yet, e.g. _UX design (new to me)_, and I'll ask you for its key terms before you ask anyone.",
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The purposes to offer, the ones that suit <paramref name="stage"/> first.</summary>
    internal static IReadOnlyList<Choice> PurposeChoices(CareerStage stage)
    {
        InterviewPurposes[] first = stage == CareerStage.OnAClearPath ? s_clearPathFirst : s_exploringFirst;
        return
        [
            .. first.Concat(Enum.GetValues<InterviewPurposes>().Where(p => p != InterviewPurposes.None && !first.Contains(p)))
                .Select(p => new Choice(p.ToString(), p.ToLabel()) { Synonyms = PurposeSynonyms(p) }),
            new(OtherPurpose, "Something else (I'll type it)") { Synonyms = ["something else", "else"] },
        ];
    }

    private async ValueTask<DialogTurnResult> AskPurposesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> fields)
        {
            if (!fields.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            step.Values.Set(FieldsKey, fields.Value!);
        }

        if (!Asks(step, GoalPart.Purposes))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.MultiChoice, new PromptOptions
        {
            Prompt = "What do you want these conversations to do for you? Pick all that apply, e.g. _1, 3_.",
            Help = "Choose as many as fit. Pick **Something else** to describe a reason of your own.",
            Choices = PurposeChoices(await StageAsync(step, cancellationToken).ConfigureAwait(false)),
            Min = 1,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskOtherPurposeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<IReadOnlyList<Choice>> purposes)
        {
            if (!purposes.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            InterviewPurposes chosen = InterviewPurposes.None;
            foreach (Choice choice in purposes.Value!)
            {
                if (Enum.TryParse(choice.Value, out InterviewPurposes purpose))
                {
                    chosen |= purpose;
                }
            }

            step.Values.Set(PurposesKey, (int)chosen);
            if (purposes.Value!.Any(c => c.Value == OtherPurpose))
            {
                return await step.BeginDialogAsync(InformationGoalDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            }

            step.Values.Set(OtherKey, string.Empty);
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskTargetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> other)
        {
            if (!other.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            step.Values.Set(OtherKey, other.Value!);
        }

        if (!Asks(step, GoalPart.Target))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Number, new PromptOptions
        {
            Prompt = string.Create(CultureInfo.InvariantCulture, $"How many conversations would you like to have each week? ({CoachingProfile.MinWeeklyTarget} to {CoachingProfile.MaxWeeklyTarget})"),
            Help = "Two or three a week is a steady pace alongside everything else. You can change it any time.",
            Min = CoachingProfile.MinWeeklyTarget,
            Max = CoachingProfile.MaxWeeklyTarget,
            WholeNumber = true,
            RangeTakesLower = true,
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> AskExperienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<decimal> target)
        {
            if (!target.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            step.Values.Set(TargetKey, (int)target.Value);
        }

        // Never part of a full run: the question list asks it when it first matters (S068).
        if (step.GetOptions<GoalOptions>()?.Part != GoalPart.Experience)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ExperienceQuestion.PromptId, new PromptOptions
        {
            Prompt = ExperienceQuestion.Prompt,
            Choices = [.. ExperienceQuestion.Choices],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (ExperienceQuestion.Read(step.Result) is { } level)
        {
            step.Values.Set(ExperienceKey, level.ToString());
        }
        else if (step.Result is PromptResult<Choice>)
        {
            step.Send("Good, your experience stays as it was.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        DialogValues values = step.Values;
        DateTimeOffset now = step.Now;
        RecordUpdate<CoachingProfile> update = await ProfileRecords.UpdateAsync(
            _services.Records, step.Context, profile => Apply(profile, values, now), cancellationToken, knownAbsent: values.TryGet<bool>(NoProfileKey, out _)).ConfigureAwait(false);
        if (!update.Succeeded)
        {
            step.Send(ProfileRecords.Explain(update)!);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        step.MarkSaved();
        step.Send(GoalSummary.Card(update.Value!, "Saved: your goals"));
        if (ProfileRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        step.Send(update.Value!.Sketch is null
            ? "Next, type **sketch** to put together the 30-second story of your background, or **add contact** to note someone to talk to."
            : "Type **goal** any time to change these.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private static CoachingProfile Apply(CoachingProfile profile, DialogValues values, DateTimeOffset now)
    {
        CoachingProfile next = profile with { UpdatedAt = now };
        if (values.TryGet<string>(NameKey, out string? name))
        {
            next = next with { DisplayName = name };
        }

        if (values.TryGet<string>(PhoneKey, out string? phone))
        {
            next = next with { Phone = phone.Length == 0 ? null : phone };
        }

        if (values.TryGet<string>(StageKey, out string? stage))
        {
            next = next with { Stage = Enum.Parse<CareerStage>(stage) };
        }

        if (values.TryGet<string>(FieldsKey, out string? fields))
        {
            next = next with { FieldsOfInterest = FieldsParser.Parse(fields) };
        }

        if (values.TryGet(PurposesKey, out int purposes))
        {
            next = next with { Purposes = (InterviewPurposes)purposes };
        }

        if (values.TryGet<string>(OtherKey, out string? other))
        {
            next = next with { OtherPurposes = other.Length == 0 ? [] : [other] };
        }

        if (values.TryGet(TargetKey, out int target))
        {
            next = next with { WeeklyTarget = target };
        }

        if (values.TryGet<string>(ExperienceKey, out string? experience))
        {
            next = next with { Experience = Enum.Parse<ExperienceLevel>(experience) };
        }

        return next;
    }

    // The stage answered in this run, else the saved one.
    private async ValueTask<CareerStage> StageAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGet<string>(StageKey, out string? stage))
        {
            return Enum.Parse<CareerStage>(stage);
        }

        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        return profile?.Stage ?? CareerStage.ExploringOptions;
    }

    private static bool Asks(WaterfallStepContext step, GoalPart part) =>
        step.GetOptions<GoalOptions>() is not { Part: { } asked } || asked == GoalPart.All || asked == part;

    // The career aim that began goal setting, read as a stage and a field; null when none did or it names neither.
    // Said at the menu, or typed at the phone question before it was asked ("want to move into instructional design").
    private static CareerStageAnswer? Aim(WaterfallStepContext step) =>
        CareerStageAnswer.Read(step.GetOptions<GoalOptions>()?.Aim ?? step.Values.GetOrDefault<string>(TypedAimKey));

    /// <summary>
    /// A name, not a sentence ("I've never done one of these") nor a question: "my name is Sam" keeps "Sam", "yeah sam is
    /// fine" keeps "Sam", "yes" or "that's fine" keeps the name on the button and "no" asks for another.
    /// </summary>
    private static ValueTask<bool> ValidateName(PromptValidatorContext<string> context, SlotAnswers slots)
    {
        if (slots.IsQuestionOrCommand(context.Value))
        {
            return ValueTask.FromResult(false);
        }

        string? offered = context.Options.Choices is [{ } choice] ? choice.Value : null;
        switch (NameAnswer.Read(context.Value, offered))
        {
            case { Declined: true }:
                context.RetryMessage = "No problem. What name would you like me to use instead? Just the name, e.g. _Sam Lee_.";
                return ValueTask.FromResult(false);
            case { Name: { } name }:
                context.Value = name;
                return ValueTask.FromResult(true);
        }

        // A bare "yes" or "no" with no name offered names nobody.
        if (ConfirmRecognizer.TryRecognize(context.Value, out _))
        {
            context.RetryMessage = "What name do you give when you introduce yourself? Just the name, e.g. _Sam Lee_.";
            return ValueTask.FromResult(false);
        }

        string typed = SlotAnswers.WithoutNameLeadIn(context.Value);
        context.RetryMessage = SlotAnswers.NotAName(typed);
        context.Value = PersonNameCasing.Cased(typed);
        return ValueTask.FromResult(context.RetryMessage is null && typed.Length > 0);
    }

    private static ValueTask<bool> ValidateFieldsAsync(PromptValidatorContext<string> context, SlotAnswers slots, CancellationToken cancellationToken)
    {
        // "yes" or "that's the one" to the field offered back takes it.
        if (context.Options.Choices is [{ } offered] && ConfirmRecognizer.TryRecognize(context.Value, out bool yes))
        {
            if (yes)
            {
                // "yes, and maybe learning technology too", "yes ux research, maybe also service design": the offered
                // field and the ones added after the yes (or after the offered field said again).
                string more = YesAndMore().Match(context.Value) is { Success: true } added ? added.Groups["more"].Value : AfterOfferedRestated(context.Value, offered.Value);
                // "yes, maybe not" adds nothing: only words that name something are another field.
                context.Value = more.Length > 0 && !NonAnswerRecognizer.IsNonAnswer(more) && !more.StartsWith("not", StringComparison.OrdinalIgnoreCase) && FieldsParser.Parse(more).Count > 0
                    ? offered.Value + ", " + more
                    : offered.Value;
                if (FieldsParser.Parse(context.Value).Count > CoachingProfile.MaxFieldsOfInterest)
                {
                    context.RetryMessage = "That's more than three fields. Let's keep it to three for now: which three matter most?";
                    return ValueTask.FromResult(false);
                }

                return ValueTask.FromResult(true);
            }

            context.RetryMessage = "Fine. Which fields would you like to learn about instead? Up to three, separated by commas.";
            return ValueTask.FromResult(false);
        }

        bool plainList = slots.ReadsAsAFieldList(context.Value);
        if (!plainList && slots.IsQuestionOrCommand(context.Value))
        {
            return ValueTask.FromResult(false);
        }

        // Looking for people only works once the user knows which work to ask about.
        if (!plainList && slots.IsVagueField(context.Value))
        {
            context.RetryMessage = "It's worth narrowing down first: people can only point you to the right person once you name the work. " +
                "Which one or two fields are you most curious about right now? Think of a job, course or project you enjoyed, e.g. _data analysis_, _primary teaching_ or _UX design_.";
            return ValueTask.FromResult(false);
        }

        IReadOnlyList<FieldOfInterest> fields = FieldsParser.Parse(context.Value);
        if (fields.Count > CoachingProfile.MaxFieldsOfInterest)
        {
            context.RetryMessage = string.Create(
                CultureInfo.InvariantCulture,
                $"That's {fields.Count} fields. Let's keep it to three for now: a tighter focus makes for better conversations. Which three matter most?");
            return ValueTask.FromResult(false);
        }

        // "2" or "1, 3" picks options, as the questions around this one do; a field is named in words.
        if (fields.Count == 0 || fields.Any(f => f.Name.Length > CoachPrompts.MaxShortLength || !f.Name.Any(char.IsLetter)))
        {
            context.RetryMessage = fields.Count > 0 && fields.All(f => !f.Name.Any(char.IsLetter))
                ? "There's nothing to pick from here: type the fields in words, up to three separated by commas, e.g. _data analysis, primary teaching_."
                : "Please name one to three fields, separated by commas, each in a few words.";
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(true);
    }

    private static ValueTask<bool> ValidatePhoneAsync(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        string text = context.Value.Trim();
        if (CoachPrompts.IsSkip(text))
        {
            return ValueTask.FromResult(true);
        }

        // "its 07700 900 123", "my number is +44 ...": the number is kept on its own, as rehearse's groundwork does.
        if (Text.PhoneNumberText.Find(text) is not { } number)
        {
            // "I'm a teacher and want to move into instructional design": the answer to a later question, kept for it.
            if (CareerStageAnswer.Read(text) is { Field: { } field } && context.Context.Stack.Count > 1 && context.Context.Stack[^2].Values is { } flow)
            {
                flow.Set(TypedAimKey, text);
                context.AnswerKept = true;
                context.RetryMessage = $"Noted: **{FieldCasing.Cased(field)}**. I'll come back to it when we get to your fields. First, which phone number should "
                    + "people call you back on? Type **skip** to leave it out.";
                return ValueTask.FromResult(false);
            }

            context.RetryMessage = "That doesn't look like a phone number. Type it with digits (spaces and + are fine), or **skip**.";
            return ValueTask.FromResult(false);
        }

        context.Value = number;
        return ValueTask.FromResult(true);
    }

    /// <summary>What follows "yes" and the offered field said again ("yes ux research, maybe also service design"), or empty.</summary>
    private static string AfterOfferedRestated(string typed, string offered)
    {
        Match yes = YesThenRest().Match(typed);
        string rest = yes.Success ? yes.Groups["rest"].Value : string.Empty;
        if (!rest.StartsWith(offered, StringComparison.OrdinalIgnoreCase) || (rest.Length > offered.Length && char.IsLetterOrDigit(rest[offered.Length])))
        {
            return string.Empty;
        }

        return rest[offered.Length..].TrimStart(' ', ',', ';', '-', '–', '.', '!');
    }

    [GeneratedRegex(@"^\W*(?:yes|yeah|yep|yup|sure|correct|right)\b[\s,.!;:\-–]*(?<rest>\w.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YesThenRest();

    [GeneratedRegex(@"^\W*(?:yes|yeah|yep|yup|sure|correct|right|that's\s+(?:it|right|the\s+one))\b[\s,.!;:\-–]*(?:and\s+|plus\s+|also\s+|maybe\s+|perhaps\s+|possibly\s+)+(?<more>\w.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YesAndMore();
}
