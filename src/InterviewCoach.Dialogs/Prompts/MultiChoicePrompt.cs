using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick several of <see cref="PromptOptions.Choices"/> (between <see cref="PromptOptions.Min"/> and
/// <see cref="PromptOptions.Max"/> when given). Accepts <c>1, 3</c>, <c>1 and 3</c>, comma-separated titles, or a
/// multi-select submit (see <see cref="ButtonPayload"/>).
/// </summary>
public sealed partial class MultiChoicePrompt(string id, PromptValidator<IReadOnlyList<Choice>>? validator = null)
    : Prompt<IReadOnlyList<Choice>>(id, validator)
{
    // The option a "Did you mean …?" offered, kept on the prompt's own instance for one turn.
    private const string OfferedGuessKey = "offeredGuess";

    protected override bool AlwaysAnswerable(PromptOptions options) => options?.Choices is { Count: > 0 };

    protected override PromptRecognition<IReadOnlyList<Choice>> Recognize(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<Choice> choices = options.Choices ?? [];
        DialogInstance instance = dc.ActiveDialog!;
        string? offered = instance.Values?.GetOrDefault<string>(OfferedGuessKey);
        instance.Values?.Remove(OfferedGuessKey);
        IReadOnlyList<Choice>? picked = dc.Input.Value is { } value
            ? ChoiceRecognizer.RecognizeMany(value, choices)
            : ChoiceRecognizer.RecognizeMany(dc.Input.Text, choices);

        // "all of them except keeping to time": every option but the way out, less the ones named after "except"
        // (whose words alone would pick just those).
        if (dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } all
            && AllBut(all, choices, dc.ChoiceMatcher) is { Count: > 0 } allBut)
        {
            picked = allBut;
        }

        // "whether it suits me and how people get in": each part means its own option, read one by one, even where
        // the whole sentence contains one option's words.
        if (picked is not { Count: > 1 } && dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } sentence
            && dc.ChoiceMatcher is { } matcher && PartsByMeaning(sentence, choices, matcher) is { } parts)
        {
            picked = parts;
        }

        // "Yes" to the last turn's "Did you mean …?" picks what it offered; "yes, and also the hiring companies near
        // me" adds what follows the yes, read on its own (the options it names would otherwise be all that is kept).
        if (offered is not null && dc.Input.Value is null && choices.FirstOrDefault(c => c.Value == offered) is { } accepted)
        {
            string more = YesAndMore().Match(dc.Input.Text ?? string.Empty) is { Success: true } yesAnd ? yesAnd.Groups["more"].Value : string.Empty;
            if (more.Length > 0)
            {
                IReadOnlyList<Choice> added = ChoiceRecognizer.RecognizeMany(more, choices)
                    ?? (dc.ChoiceMatcher?.Guess(more, choices) is { Confident: true } extra ? [extra.Choice] : []);
                picked = [accepted, .. added.Where(c => c.Value != accepted.Value)];
            }
            else if (picked is null && ConfirmRecognizer.TryRecognize(dc.Input.Text, out bool yes) && yes)
            {
                picked = [accepted];
            }
        }

        if (picked is null)
        {
            // "none" or "not sure" where no option says so: say there is no such option rather than how to type numbers.
            if (dc.Input.Value is null && NonAnswerRecognizer.IsNonAnswer(dc.Input.Text))
            {
                // An option that is itself the way out ("None of these") is what "skip" or "nope" means, as at a single choice.
                if (NonAnswerRecognizer.NothingOption(choices) is { } wayOut)
                {
                    return new PromptRecognition<IReadOnlyList<Choice>>(true, [wayOut]);
                }

                return new PromptRecognition<IReadOnlyList<Choice>>(false, default, string.Format(CultureInfo.InvariantCulture, NonAnswerRecognizer.IsSkip(dc.Input.Text) ? dc.Messages.ChoiceCannotSkip : dc.Messages.ChoiceNoneFits, options.Prompt).Trim(), NearMiss: true);
            }

            // A sentence that means one option ("I want to see if the work fits me") is read by meaning, as at a single choice.
            if (dc.Input.Value is null && dc.Input.Text is { Length: > 0 and <= MaxRecognizedLength } typed && !string.IsNullOrWhiteSpace(typed)
                && dc.ChoiceMatcher?.Guess(typed, choices) is { } guess)
            {
                if (guess.Confident)
                {
                    picked = [guess.Choice];
                }
                else
                {
                    (instance.Values ??= new DialogValues()).Set(OfferedGuessKey, guess.Choice.Value);
                    return new PromptRecognition<IReadOnlyList<Choice>>(false, default, string.Format(CultureInfo.InvariantCulture, dc.Messages.ChoiceDidYouMean, guess.Choice.Title), NearMiss: true);
                }
            }
            else
            {
                return new PromptRecognition<IReadOnlyList<Choice>>(false, default);
            }
        }

        if ((options.Min is { } min && picked.Count < min) || (options.Max is { } max && picked.Count > max))
        {
            return new PromptRecognition<IReadOnlyList<Choice>>(false, default, CountMessage(dc, options));
        }

        return new PromptRecognition<IReadOnlyList<Choice>>(true, picked);
    }

    /// <summary>
    /// Two or more parts joined by commas or "and", each confidently one option, naming at least two different options
    /// (two parts may say one option twice: "what course to take, and whether my experience counts"); otherwise null,
    /// and the sentence is read whole ("education and credentials" is one option in two words).
    /// </summary>
    private static List<Choice>? PartsByMeaning(string text, IReadOnlyList<Choice> choices, IChoiceMatcher matcher)
    {
        string[] parts = PartJoiner().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        if (parts.Length is < 2 or > 4)
        {
            return null;
        }

        var picked = new List<Choice>(parts.Length);
        var leaning = new List<Choice>();
        foreach (string part in parts)
        {
            if ((ChoiceRecognizer.Recognize(part, choices) is { } named ? new ChoiceGuess(named, Confident: true) : matcher.Guess(part, choices)) is not { } guess)
            {
                return null;
            }

            List<Choice> into = guess.Confident ? picked : leaning;
            if (!into.Any(c => c.Value == guess.Choice.Value))
            {
                into.Add(guess.Choice);
            }
        }

        // A part only leaning towards an option adds nothing when another part says that option plainly; one leaning
        // elsewhere is a pick the user did not make clear, so the sentence is read whole instead.
        return picked.Count > 1 && leaning.All(l => picked.Any(c => c.Value == l.Value)) ? picked : null;
    }

    /// <summary>
    /// "all of them", "everything but the notes one", "all except maybe keeping to time, we ran over": every option that
    /// is not the way out ("None of these"), less each option named after the "except"; null when the text does not
    /// start so, or names an exception that is no option (asking again beats ticking something the user ruled out).
    /// </summary>
    private static List<Choice>? AllBut(string text, IReadOnlyList<Choice> choices, IChoiceMatcher? matcher)
    {
        Match all = AllOf().Match(text);
        if (!all.Success)
        {
            return null;
        }

        Choice? wayOut = NonAnswerRecognizer.NothingOption(choices);
        var picked = choices.Where(c => c.Value != wayOut?.Value).ToList();
        if (all.Groups["except"].Success)
        {
            foreach (string part in PartJoiner().Split(all.Groups["except"].Value).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                Choice? left = ChoiceRecognizer.Recognize(part, choices) ?? (matcher?.Guess(part, choices) is { Confident: true } guess ? guess.Choice : null);
                if (left is null)
                {
                    // "we ran 10 mins over" after the exception says why, not which: only the first part must name an option.
                    if (picked.Count == choices.Count(c => c.Value != wayOut?.Value))
                    {
                        return null;
                    }

                    break;
                }

                picked.RemoveAll(c => c.Value == left.Value);
            }
        }

        return picked;
    }

    [GeneratedRegex(@"^\W*(?:(?:i\s+)?(?:did|managed|ticked|got)\s+)?(?:all(?:\s+of\s+(?:them|these|those|it|the\s+above))?|every(?:thing|\s+one(?:\s+of\s+them)?)|the\s+lot)(?:\s*[,.!]?\s*(?:(?:except|but|apart\s+from|other\s+than|besides|save\s+for|bar)\s+(?:(?:maybe|probably|perhaps|for|the)\s+)*(?<except>.+?))?)?\s*[.!]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AllOf();

    // A sentence's end joins parts too: "... will count. Also to meet people" is two purposes, not one long one.
    [GeneratedRegex(@"\s*[,;]\s*(?:and\s+|also\s+)?|[.!?]+\s+(?:and\s+|also\s+)?|\s+(?:and|&|plus|as well as)\s+(?:also\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PartJoiner();

    [GeneratedRegex(@"^\W*(?:yes|yeah|yep|yup|ya|sure|correct|right|exactly|that(?:'s| is)? (?:one|it|right))\b\W*(?:and|plus|&)\s+(?:(?:also|too|as well)\s+)?(?<more>\w.{2,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YesAndMore();

    protected override string DefaultRetryHint(DialogContext dc, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Messages.MultiChoiceRetry;
    }

    protected override Reply CreatePrompt(DialogContext dc, PromptOptions options, string text, IReadOnlyList<FormFieldError>? fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ChoiceReply(text, ChoicePrompt.ToButtons(options.Choices)) { MultiSelect = true };
    }

    private static string CountMessage(DialogContext dc, PromptOptions options) => string.Format(
        CultureInfo.InvariantCulture,
        dc.Messages.MultiChoiceCount,
        options.Min ?? 1,
        options.Max ?? options.Choices?.Count ?? 1);
}
