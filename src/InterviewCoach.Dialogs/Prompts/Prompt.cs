using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with a <see cref="PromptResult{T}"/> (Bot Builder's <c>Prompt&lt;T&gt;</c>):
/// recognize, validate, retry, and give up after <see cref="PromptOptions.MaxAttempts"/> so it never loops forever.
/// Begin it with <see cref="PromptOptions"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    /// <summary>Longer answers are refused before any recognizer looks at them (hostile or pasted input).</summary>
    protected const int MaxRecognizedLength = 500;

    private readonly PromptValidator<T>? _validator;

    /// <summary>Whether typed text the set's handler claims as a request goes to it before this prompt reads it.</summary>
    protected virtual bool HandsOverRequests => true;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    public override ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        DialogInstance instance = dc.ActiveDialog!;
        instance.Prompt = promptOptions;
        instance.Attempts = 0;
        dc.Send(CreatePrompt(dc, promptOptions, promptOptions.Prompt ?? string.Empty, null));
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    public override async ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        DialogInstance instance = dc.ActiveDialog!;
        PromptOptions options = instance.Prompt ?? new PromptOptions();
        if (HandsOverRequests && dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } && dc.UnmatchedInput is { } claimant
            && claimant.Claims(dc) && await claimant.HandleAsync(dc, cancellationToken).ConfigureAwait(false) is { } claimed)
        {
            return claimed;
        }

        PromptRecognition<T> recognized = Recognize(dc, options);
        instance.Attempts++;

        string? retry = recognized.Error;
        IReadOnlyList<FormFieldError>? fieldErrors = recognized.FieldErrors;
        bool answerKept = false;
        if (recognized.Succeeded)
        {
            if (_validator is null)
            {
                return await dc.EndDialogAsync(new PromptResult<T>(true, recognized.Value!, instance.Attempts), cancellationToken).ConfigureAwait(false);
            }

            var context = new PromptValidatorContext<T>(dc, options, recognized.Value!, instance.Attempts);
            if (await _validator(context, cancellationToken).ConfigureAwait(false))
            {
                return await dc.EndDialogAsync(new PromptResult<T>(true, context.Value, instance.Attempts), cancellationToken).ConfigureAwait(false);
            }

            retry = context.RetryMessage;
            fieldErrors = context.FieldErrors.Count > 0 ? context.FieldErrors : null;
            answerKept = context.AnswerKept;
            if (answerKept)
            {
                // Understood and kept, so no miss: it doesn't bring the prompt nearer to giving up.
                instance.Attempts--;
            }
        }

        // Typed text that isn't an answer may be a question or a command: the set's handler may deal with it
        // (without using up an attempt) before the prompt asks again. A paste longer than any question keeps the prompt's own answer.
        if (!recognized.NearMiss && !answerKept && dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } typed && !string.IsNullOrWhiteSpace(typed) && dc.UnmatchedInput is { } handler)
        {
            DialogTurnResult? handled = await handler.HandleAsync(dc, cancellationToken).ConfigureAwait(false);
            if (handled is not null)
            {
                instance.Attempts--;
                return handled.Value;
            }
        }

        bool outOfAttempts = instance.Attempts >= Math.Clamp(options.MaxAttempts, 1, 10);
        if (outOfAttempts && GivesUp(options))
        {
            dc.Send(options.GiveUpMessage ?? dc.Messages.PromptGaveUp);
            return await dc.EndDialogAsync(new PromptResult<T>(false, default, instance.Attempts), cancellationToken).ConfigureAwait(false);
        }

        // A prompt that keeps asking says more once the usual retries are used up: its help, and the way out.
        string text = retry
            ?? (outOfAttempts ? string.Join(' ', options.Help ?? DefaultRetryHint(dc, options), dc.Messages.KeepAsking, options.Prompt)
            : options.RetryPrompt ?? string.Concat(DefaultRetryHint(dc, options), " ", options.Prompt));
        dc.Send(CreatePrompt(dc, options, text.Trim(), fieldErrors));
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Whether the prompt ends unanswered after <see cref="PromptOptions.MaxAttempts"/> misses: when the flow has said
    /// what happens then (<see cref="PromptOptions.GiveUpMessage"/>), or when the user may have no answer to give.
    /// Otherwise it keeps asking, since ending it would drop the answers the flow already has.
    /// </summary>
    private bool GivesUp(PromptOptions options) => options.GiveUpMessage is not null || !AlwaysAnswerable(options);

    /// <summary>
    /// Whether any user can always answer: a choice is one button away, free text is anything typed. A number, a
    /// date, a yes/no or a form may be something the user cannot give, so those give up as before.
    /// </summary>
    protected virtual bool AlwaysAnswerable(PromptOptions options) => false;

    /// <summary>A child began on top of the prompt has ended: ask the question again.</summary>
    public override async ValueTask<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override ValueTask RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(instance);
        PromptOptions options = instance.Prompt ?? new PromptOptions();
        dc.Send(CreatePrompt(dc, options, options.Prompt ?? string.Empty, null));
        return ValueTask.CompletedTask;
    }

    public override string? GetHelp(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Prompt?.Help;
    }

    /// <summary>Turns the user's message into a value.</summary>
    protected abstract PromptRecognition<T> Recognize(DialogContext dc, PromptOptions options);

    /// <summary>A short hint put before the question when an answer was not understood.</summary>
    protected abstract string DefaultRetryHint(DialogContext dc, PromptOptions options);

    /// <summary>The reply that asks (or asks again); prompts with buttons or fields override it.</summary>
    protected virtual Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors) =>
        new TextReply(text);

    /// <summary>The user's answer as text: what they typed, or the value of the button they pressed.</summary>
    protected static string? AnswerText(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Choice ?? input.Text;
    }
}
