namespace InterviewCoach.Dialogs;

/// <summary>
/// What the engine itself says. Override any line with <c>with</c>; lines with placeholders keep them
/// (<c>{0}</c>, <c>{1}</c>, formatted with the invariant culture).
/// </summary>
public sealed record DialogMessages
{
    /// <summary>The state was saved by a dialog that no longer exists or has changed shape.</summary>
    public string VersionChanged { get; init; } = "Sorry, I was updated while we were talking and lost my place. Let's start again from the menu.";

    /// <summary>A returning user opened the chat while a question was waiting (see <see cref="TurnInput.Opened"/>).</summary>
    public string WelcomeBack { get; init; } = "Welcome back! Here's where we left off.";

    public string GenericHelp { get; init; } = "Answer the question above, or type **cancel** to stop, **restart** to start over, or **menu** to go back to the menu.";

    public string ConfirmCancel { get; init; } = "You have answers that aren't saved yet. Stop anyway and lose them?";

    public string ConfirmCancelHelp { get; init; } = "Say **yes** to stop and go back to the menu, or **no** to carry on where you were.";

    public string Cancelled { get; init; } = "Okay, I've stopped that.";

    public string NotCancelled { get; init; } = "Okay, let's carry on.";

    public string Restarting { get; init; } = "Okay, let's start this again from the top.";

    /// <summary>Said before the previous question is asked again ("go back").</summary>
    public string WentBack { get; init; } = "Okay, back one question.";

    /// <summary>Said before the waiting question is asked again when "go back" has nowhere to go.</summary>
    public string CannotGoBack { get; init; } = "There's no earlier question I can take you back to here (it's the first one, or what came before is already saved), so here's this one again. Type **cancel** to stop.";

    public string PromptGaveUp { get; init; } = "I still didn't get that, so let's leave it for now. You can type **help** at any time.";

    /// <summary>Said with the help once a prompt that keeps asking (a choice) has had its usual retries.</summary>
    public string KeepAsking { get; init; } = "You can also type **cancel** to stop here.";

    public string TextRetry { get; init; } = "I need an answer in words.";

    /// <summary>{0} = the answer's length, {1} = the limit.</summary>
    public string TextTooLong { get; init; } = "That's {0:N0} characters; please keep it under {1:N0}.";

    /// <summary>{0} = the minimum length.</summary>
    public string TextTooShort { get; init; } = "Please write at least {0:N0} characters.";

    public string NumberRetry { get; init; } = "Please answer with a number.";

    public string NumberNotWhole { get; init; } = "Please answer with a whole number.";

    /// <summary>{0} = the minimum, {1} = the maximum.</summary>
    public string NumberBetween { get; init; } = "Please answer with a number from {0} to {1}.";

    /// <summary>{0} = the minimum.</summary>
    public string NumberAtLeast { get; init; } = "Please answer with a number of at least {0}.";

    /// <summary>{0} = the maximum.</summary>
    public string NumberAtMost { get; init; } = "Please answer with a number no bigger than {0}.";

    public string ConfirmRetry { get; init; } = "Please answer yes or no.";

    /// <summary>Said to "skip" at a yes/no question.</summary>
    public string ConfirmSkip { get; init; } = "This one needs a yes or a no; **no** leaves it out.";

    public string ChoiceRetry { get; init; } = "Please pick one of the options (a button, its number or its name).";

    /// <summary>{0} = the title of the choice a typed answer seems to mean.</summary>
    public string ChoiceDidYouMean { get; init; } = "Did you mean **{0}**? Press it if so, or pick another option.";

    /// <summary>{0} = the question. Said to "none", "nah" or "not sure" where no option means that.</summary>
    public string ChoiceNoneFits { get; init; } = "There's no option for that here. Pick the one that fits best, or type **cancel** to stop. {0}";

    /// <summary>{0} = the question. Said to "skip" where the question needs an answer and no option is the way out.</summary>
    public string ChoiceCannotSkip { get; init; } = "This one can't be skipped. Pick the option closest to you, or type **cancel** to stop. {0}";

    /// <summary>{0} = how many options there are, {1} = their titles ("**Phone** or **Email**"). Said to a number past the last option.</summary>
    public string ChoiceNumberOutOfRange { get; init; } = "There are {0} options here: {1}. Pick one by its button, its number or its name.";

    public string MultiChoiceRetry { get; init; } = "Please pick from the options, e.g. \"1, 3\" or their names separated by commas.";

    /// <summary>{0} = the fewest picks, {1} = the most.</summary>
    public string MultiChoiceCount { get; init; } = "Please pick between {0} and {1} options.";

    public string DateTimeRetry { get; init; } = "I couldn't read that date. Try \"tomorrow at 3pm\", \"next Tuesday\", \"in 2 days\" or 2026-12-03 14:30.";

    public string FormUseTheForm { get; init; } = "Please fill in the form and press its button.";

    public string FormFixErrors { get; init; } = "Some answers need fixing; see the notes on the form.";

    public string FormRequired { get; init; } = "This is required.";

    public string FormDate { get; init; } = "Please pick a date (YYYY-MM-DD).";

    public string FormTime { get; init; } = "Please pick a time (HH:MM).";

    public string FormChoice { get; init; } = "Please pick one of the options.";

    public string FormToggle { get; init; } = "Please answer on or off.";
}
