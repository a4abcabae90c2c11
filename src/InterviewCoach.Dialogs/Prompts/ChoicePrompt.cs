using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons. A button press or a typed
/// answer is matched as described on <see cref="ChoiceRecognizer"/>; the result is the picked <see cref="Choice"/>.
/// A flow whose answers have a known sentence shape ("I want to move into product management" means a chosen
/// direction) passes <paramref name="readText"/>: it reads typed text first and returns the option it means (a guess
/// that is not <see cref="ChoiceGuess.Confident"/> is offered back as "Did you mean …?"), or <see langword="null"/> to
/// leave the answer to the recognizer and the meaning matcher.
/// </summary>
/// <param name="id">The prompt's id in its dialog set.</param>
/// <param name="validator">Checks a picked choice.</param>
/// <param name="readText">The flow's reading of a typed sentence, tried before the usual matching (see above).</param>
/// <param name="readTyped">
/// Reads typed text that names no option, for questions where people type what they want done instead of pressing a
/// button ("drop the third one" at a question list). What it returns is picked, even when it is no shown option; the
/// step reads the details from the turn's text. Null leaves the text to the usual matching.
/// </param>
public sealed partial class ChoicePrompt(
    string id,
    PromptValidator<Choice>? validator = null,
    Func<string, IReadOnlyList<Choice>, ChoiceGuess?>? readText = null,
    Func<string, PromptOptions, Choice?>? readTyped = null)
    : Prompt<Choice>(id, validator)
{
    // The choice a "Did you mean …?" offered, kept on the prompt's own instance for one turn.
    private const string OfferedGuessKey = "offeredGuess";

    protected override bool AlwaysAnswerable(PromptOptions options) => options?.Choices is { Count: > 0 };

    protected override PromptRecognition<Choice> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        DialogInstance instance = dc.ActiveDialog!;
        string? offered = instance.Values?.GetOrDefault<string>(OfferedGuessKey);
        instance.Values?.Remove(OfferedGuessKey);
        ChoiceGuess? read = readText is not null && dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } sentence
            ? readText(sentence, options.Choices ?? [])
            : null;
        if (read is { Confident: true })
        {
            return new PromptRecognition<Choice>(true, read.Value.Choice);
        }

        Choice? choice = ChoiceRecognizer.Recognize(AnswerText(dc.Input), options.Choices ?? []);
        if (choice is not null)
        {
            return new PromptRecognition<Choice>(true, choice);
        }

        // "Yes" to the last turn's "Did you mean …?" picks what it offered.
        if (offered is not null && dc.Input.Value is null && ConfirmRecognizer.TryRecognize(dc.Input.Text, out bool yes) && yes
            && options.Choices?.FirstOrDefault(c => c.Value == offered) is { } accepted)
        {
            return new PromptRecognition<Choice>(true, accepted);
        }

        // "No, some experience but not in this field" to "Did you mean …?": the no declines the offer, the rest answers.
        if (offered is not null && dc.Input.Value is null && NoThenCorrection(dc.Input.Text) is { } correction)
        {
            if (ChoiceRecognizer.Recognize(correction, options.Choices ?? []) is { } named)
            {
                return new PromptRecognition<Choice>(true, named);
            }

            if (dc.ChoiceMatcher?.Guess(correction, options.Choices ?? []) is { } corrected && corrected.Choice.Value != offered)
            {
                if (corrected.Confident)
                {
                    return new PromptRecognition<Choice>(true, corrected.Choice);
                }

                return OfferBack(dc, instance, corrected.Choice);
            }
        }

        if (readTyped is not null && dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } text
            && !string.IsNullOrWhiteSpace(text) && readTyped(text, options) is { } typedPick)
        {
            // A detail kept for later ("email" at the connection question) leaves a pending "Did you mean …?" standing.
            if (offered is not null)
            {
                (instance.Values ??= new DialogValues()).Set(OfferedGuessKey, offered);
            }

            return new PromptRecognition<Choice>(true, typedPick);
        }

        if (options.QuestionChoice is { } questionValue && dc.Input.Value is null && IsQuestion(dc.Input.Text)
            && options.Choices?.FirstOrDefault(c => c.Value == questionValue) is { } asked)
        {
            return new PromptRecognition<Choice>(true, asked);
        }

        // Only text that speaks to someone is a pasted draft: "i spoke with her yesterday, she told me…" is a story to route.
        if (options.PastedChoice is { } pastedValue && dc.Input.Value is null && IsPasted(dc.Input.Text) && SpeaksToSomeone(dc.Input.Text!))
        {
            // A value no button carries still answers: the step reads the pasted text from the turn.
            return new PromptRecognition<Choice>(true, options.Choices?.FirstOrDefault(c => c.Value == pastedValue) ?? new Choice(pastedValue, pastedValue));
        }

        // "none", "nah", "not sure": no option said so (the recognizer would have found it), so this is neither an
        // option in other words nor a command to guess at. A "no" to "Did you mean …?" just declines the offer.
        if (dc.Input.Value is null && NonAnswerRecognizer.IsNonAnswer(dc.Input.Text))
        {
            // An option that is itself the way out ("Skip", "None of these") is what "not sure" or "nah" means.
            if (offered is null && NonAnswerRecognizer.NothingOption(options.Choices ?? []) is { } wayOut)
            {
                return new PromptRecognition<Choice>(true, wayOut);
            }

            string hint = offered is not null ? dc.Messages.ChoiceRetry + " " + options.Prompt
                : string.Format(CultureInfo.InvariantCulture, NonAnswerRecognizer.IsSkip(dc.Input.Text) ? dc.Messages.ChoiceCannotSkip : dc.Messages.ChoiceNoneFits, options.Prompt);
            return new PromptRecognition<Choice>(false, default, hint.Trim(), NearMiss: true);
        }

        if (options.QuestionRetry is { } questionRetry && dc.Input.Value is null && IsQuestion(dc.Input.Text))
        {
            // "How did you get into nursing?" is a question for the contact, kept for later; "should I bring my CV?"
            // asks the coach, so it goes on to the set's handler, which answers it, and the retry follows only when it can't.
            return new PromptRecognition<Choice>(false, default, (questionRetry + " " + options.Prompt).Trim(), NearMiss: AddressesSomeone(dc.Input.Text!));
        }

        // "3" or "three" where fewer options are shown is no guess at any of them: say how many there are, and which.
        if (dc.Input.Value is null && options.Choices is { Count: > 0 } shown && !shown.Any(c => c.Title.Any(char.IsDigit))
            && ChoiceRecognizer.OptionNumber(TextNormalizer.Normalize(dc.Input.Text)) is { } number && (number < 1 || number > shown.Count))
        {
            string titles = shown.Count == 1 ? $"**{shown[0].Title}**"
                : string.Join(", ", shown.Take(shown.Count - 1).Select(c => $"**{c.Title}**")) + $" or **{shown[^1].Title}**";
            string hint = string.Format(CultureInfo.InvariantCulture, dc.Messages.ChoiceNumberOutOfRange, shown.Count, titles);
            return new PromptRecognition<Choice>(false, default, (hint + " " + options.Prompt).Trim(), NearMiss: true);
        }

        // A typo of one option's word ("yesterdy") is offered back like a guess by meaning.
        if (dc.Input.Value is null && ChoiceRecognizer.RecognizeSlip(dc.Input.Text, options.Choices ?? []) is { } slip)
        {
            return OfferBack(dc, instance, slip);
        }

        // Only typed text is read by meaning: a pressed button that matched nothing is stale, not a paraphrase.
        if (dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } typed && !string.IsNullOrWhiteSpace(typed)
            && (read ?? dc.ChoiceMatcher?.Guess(typed, options.Choices ?? [])) is { } guess)
        {
            if (guess.Confident)
            {
                return new PromptRecognition<Choice>(true, guess.Choice);
            }

            return OfferBack(dc, instance, guess.Choice);
        }

        return new PromptRecognition<Choice>(false, default);
    }

    // Asks "Did you mean …?" and keeps the offer on the prompt's instance, so a "yes" next turn picks it.
    private static PromptRecognition<Choice> OfferBack(DialogContext dc, DialogInstance instance, Choice offer)
    {
        (instance.Values ??= new DialogValues()).Set(OfferedGuessKey, offer.Value);
        return new PromptRecognition<Choice>(false, default, string.Format(CultureInfo.InvariantCulture, dc.Messages.ChoiceDidYouMean, offer.Title), NearMiss: true);
    }

    /// <summary>What follows "no," or "nope -" when something follows: the answer given instead of the one offered.</summary>
    private static string? NoThenCorrection(string? text)
    {
        Match match = text is { Length: <= MaxRecognizedLength } ? NoThen().Match(text) : Match.Empty;
        return match.Success ? match.Groups["rest"].Value.Trim() : null;
    }

    [GeneratedRegex(@"^\W*(?:no|nope|nah|not that(?: one)?|not really)\s*[,.!;:\-–]+\s*(?:it's\s+|its\s+|i'd say\s+|more like\s+|i mean\s+)?(?<rest>\w.{2,})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NoThen();

    /// <summary>Words from which a typed answer is a pasted draft rather than a reply to the question.</summary>
    public const int PastedWords = 25;

    /// <summary>
    /// Whether <paramref name="text"/> speaks to someone, as an ask, a note or a voicemail does: a "you" anywhere, or a
    /// greeting first. A story about a meeting ("i spoke with Ngozi yesterday, she told me…") does neither.
    /// </summary>
    public static bool SpeaksToSomeone(string text) => AddressesSomeone(text) || GreetingOrTextedYou().IsMatch(text);

    [GeneratedRegex(@"\b(?:u|ur)\b|^\W*(?:hello|hi|hey|dear|greetings|good\s+(?:morning|afternoon|evening|day))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex GreetingOrTextedYou();

    /// <summary>Whether <paramref name="text"/> is long enough to be a pasted draft (a pitch, an email).</summary>
    public static bool IsPasted(string? text) =>
        text is { Length: > 0 } && text.Split((char[]?)null, PastedWords + 1, StringSplitOptions.RemoveEmptyEntries).Length >= PastedWords;

    /// <summary>
    /// A question of three words or more that ends in "?", or of four or more that opens the way questions do ("what
    /// does a normal day look like for you"): what someone writing their own question types, with or without the mark.
    /// </summary>
    public static bool IsQuestion(string? text)
    {
        if (text is not { Length: <= MaxRecognizedLength })
        {
            return false;
        }

        int words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return text.TrimEnd().EndsWith('?') ? words >= 3 : words >= 4 && QuestionOpening().IsMatch(text);
    }

    // A question word, or an auxiliary put before its subject ("do you", "is there"), at the start.
    [GeneratedRegex(@"^\W*(?:(?:what|what's|whats|why|how|how's|when|where|which|who|whose)\b|(?:do|did|does|could|would|can|will|have|has|is|are|was|were|should)\s+(?:you|your|there|it|they|people|most|the|a|an|this|that|any)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex QuestionOpening();

    /// <summary>Whether a question speaks to someone ("you", "your"): one for the contact rather than for the coach.</summary>
    private static bool AddressesSomeone(string text) =>
        text.Split([' ', ',', '?', '!', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Equals("you", StringComparison.OrdinalIgnoreCase) || w.Equals("your", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("you'", StringComparison.OrdinalIgnoreCase) || w.StartsWith("you’", StringComparison.OrdinalIgnoreCase)
                || w.Equals("yours", StringComparison.OrdinalIgnoreCase));

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.ChoiceRetry;
    }

    protected override Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ChoiceReply(text, ToButtons(options.Choices));
    }

    internal static ChoiceButton[] ToButtons(IReadOnlyList<Choice>? choices)
    {
        if (choices is null)
        {
            return [];
        }

        var buttons = new ChoiceButton[choices.Count];
        for (int i = 0; i < buttons.Length; i++)
        {
            buttons[i] = new ChoiceButton(choices[i].Title, choices[i].Value);
        }

        return buttons;
    }
}
