using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Menu;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching;

/// <summary>
/// The general-purpose prompts every coaching flow shares. Ids carry a <c>coach.</c> prefix so that a flow that
/// registers its own prompts never collides with them.
/// </summary>
internal static partial class CoachPrompts
{
    /// <summary>A short answer; a command word or a question is refused (and acted on) rather than stored.</summary>
    public const string Text = "coach.text";

    /// <summary>Any text, kept as typed: a pitch, notes, and short answers where a command word is a fair answer.</summary>
    public const string AnyText = "coach.any-text";

    /// <summary>A short detail such as a role or a workplace, or skip: a bare "yes" says none and is asked again.</summary>
    public const string Detail = "coach.detail";

    /// <summary>Someone's name, or yes/no where the question allows it: a sentence or an email address is asked again.</summary>
    public const string PersonName = "coach.person-name";

    /// <summary>Who passed on a contact's name ("Priya Shah", "my uncle Dave"), or skip: a sentence about the user is asked again.</summary>
    public const string ReferrerName = "coach.referrer-name";

    /// <summary>A 1-5 rating ("4", "four", "4/5", "a 4 out of 5"), or "skip"/"not sure": the value is the digit, or empty.</summary>
    public const string Scale = "coach.scale";

    /// <summary>An open question ("What did you learn?"): anything but a bare "yes"/"ok", which answers nothing.</summary>
    public const string OpenAnswer = "coach.open-answer";
    /// <summary>A practice attempt: any text, but "not sure" or "skip" is no attempt to score.</summary>
    public const string Attempt = "coach.attempt";
    public const string Choice = "coach.choice";

    /// <summary>A choice of contact that also reads "for grace" or "the call with Maria" as that contact (<see cref="Contacts.ContactPicker.ForWhom"/>).</summary>
    public const string ContactChoice = "coach.contact-choice";
    public const string MultiChoice = "coach.multi-choice";
    public const string Confirm = "coach.confirm";
    public const string Number = "coach.number";
    public const string DateTime = "coach.date-time";
    public const string Form = "coach.form";

    /// <summary>The new-contact form, which also takes the contact typed as text (<see cref="Contacts.TypedContactDetails"/>).</summary>
    public const string ContactForm = "coach.contact-form";
    public const string CardAction = "coach.card-action";

    /// <summary>Free text that must hold an email address or phone number, or mean "no".</summary>
    public const string ContactDetails = "coach.contact-details";

    /// <summary>The longest text the coach reads in one message (a pasted email or call transcript).</summary>
    public const int MaxPastedLength = 4000;

    /// <summary>The longest name, role, field or similar short answer.</summary>
    public const int MaxShortLength = 120;

    /// <summary>The longest free answer (what was learned, advice...).</summary>
    public const int MaxLongLength = 2000;

    // Ids the prompts were stored under before the two prompt sets became one; conversations in flight keep working.
    private static readonly (string Stored, string Current)[] s_renamed =
    [
        ("coach.long-text", AnyText),
        ("flows2.text", AnyText),
        ("flows2.choice", Choice),
        ("flows2.multi-choice", MultiChoice),
        ("flows2.confirm", Confirm),
        ("flows2.number", Number),
        ("flows2.date-time", DateTime),
        ("flows2.contact-details", ContactDetails),
    ];

    // Having nothing to give, with a few words after it ("no example for this one"); "not sure yet" and "idk tbh" are
    // the engine's non-answers.
    private static readonly string[] s_nothingToGiveLeads = ["not sure", "can't think", "cant think", "nothing comes to mind", "no example", "none for", "nothing for", "don't have one", "dont have one", "haven't got one"];

    /// <summary>Whether an answer to an optional question means "leave it out": skip, none, or not knowing what to say.</summary>
    public static bool IsSkip(string text)
    {
        string said = text.Trim().ToLowerInvariant();
        // "skip", "none", "no thanks" and the other ways of picking nothing are the engine's non-answers; "-" is a blank.
        return said == "-" || NonAnswerRecognizer.IsNonAnswer(said)
            || (said.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 5
                && s_nothingToGiveLeads.Any(lead => said.StartsWith(lead, StringComparison.Ordinal) && (said.Length == lead.Length || !char.IsLetter(said[lead.Length]))));
    }

    private static ValueTask<bool> ValidateAttempt(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (!Dialogs.Recognition.NonAnswerRecognizer.IsNonAnswer(context.Value))
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "Have a go, even a rough first try: there's no wrong answer here, and I'll suggest a rewrite. Or type **cancel** to stop.";
        return ValueTask.FromResult(false);
    }

    // "what kind of thing do you mean?" asks for an example rather than answering: it gets the question's help, which
    // gives one, and the question again, instead of being saved as the answer.
    private static bool IsTextAnswer(PromptValidatorContext<string> context, SlotAnswers slots)
    {
        if (SlotAnswers.AsksWhatIsMeant(context.Value))
        {
            context.RetryMessage = string.Join(' ', context.Options.Help ?? "A few words of your own are enough.", context.Options.Prompt).Trim();
            return false;
        }

        return !slots.IsQuestionOrCommand(context.Value, commandsByWordOnly: true);
    }

    public static void Register(DialogSet set, SlotAnswers slots)
    {
        // A short answer that is really a command word or a question ("help", "how long should the call be?") is not
        // stored: refusing it hands it to the set's typed-input router, which acts on it and asks again. Long text
        // (a pitch, notes) is the user's own words whatever they contain.
        set.Add(new TextPrompt(Text, (context, _) => ValueTask.FromResult(IsTextAnswer(context, slots))))
            .Add(new TextPrompt(AnyText, ownWords: true))
            .Add(new TextPrompt(Detail, ValidateDetail))
            .Add(new TextPrompt(OpenAnswer, ValidateOpenAnswer))
            .Add(new TextPrompt(Scale, ValidateScale))
            .Add(new TextPrompt(ReferrerName, ValidateReferrerName))
            .Add(new TextPrompt(PersonName, ValidatePersonName))
            .Add(new TextPrompt(Attempt, ValidateAttempt, ownWords: true))
            .Add(new ChoicePrompt(Choice))
            .Add(new ChoicePrompt(ContactChoice, readText: Contacts.ContactPicker.ForWhom))
            .Add(new ChoicePrompt(Goals.ExperienceQuestion.PromptId, readText: Goals.ExperienceQuestion.ReadTyped))
            .Add(new MultiChoicePrompt(MultiChoice))
            .Add(new ConfirmPrompt(Confirm))
            .Add(new NumberPrompt(Number))
            .Add(new DateTimePrompt(DateTime))
            .Add(new FormPrompt(Form))
            .Add(new FormPrompt(ContactForm, readText: (form, text) => Contacts.TypedContactDetails.Read(slots, form, text)))
            .Add(new CardActionPrompt(CardAction))
            .Add(new TextPrompt(ContactDetails, ValidateContactDetails));
        foreach ((string stored, string current) in s_renamed)
        {
            set.Rename(stored, current);
        }
    }

    private static ValueTask<bool> ValidatePersonName(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (ReferralLoopDialog.ReadsAsANameOrYesNo(context.Value))
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "That doesn't look like someone's name, so I haven't added it. Type just the name (add \"at\" and "
            + "their organisation if you know it, e.g. _Ben Cho at Contoso_), or **no**.";
        return ValueTask.FromResult(false);
    }

    // "yes" at "Where do they work?" names no place; stored, it would read back as "analyst at yes". A "no" is the
    // user's "don't know", which the flows read as a skip.
    private static ValueTask<bool> ValidateDetail(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (ConfirmRecognizer.TryRecognize(context.Value, out bool yes) && yes && context.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
        {
            context.RetryMessage = $"That reads as a yes: type it in a few words. {context.Options.Prompt}";
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(true);
    }

    private static ValueTask<bool> ValidateReferrerName(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        string said = context.Value.Trim();
        string[] words = said.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // A person, perhaps with how the user knows them ("Priya Shah, my old manager"); never a line about the user,
        // an address or a number, which would be read back as "Has I taught maths... said you may mention them?".
        bool notAPerson = !IsSkip(said)
            && (words.Length > 8 || said.Any(char.IsDigit) || said.AsSpan().IndexOfAny("?@") >= 0
                || (words.Length > 0 && s_aboutMe.Contains(words[0].TrimEnd(',').ToLowerInvariant())));
        if (notAPerson)
        {
            context.RetryMessage = "That reads like a sentence rather than a person, so I haven't saved it. Who passed on the name? "
                + "Just them, e.g. _Priya Shah_ or _my uncle Dave_, or **skip**.";
            return ValueTask.FromResult(false);
        }

        // "linkedin probably", "email": an answer to how to reach the contact, not who passed them on.
        if (words.Length > 0 && words.All(w => s_neverAReferrer.Contains(w.Trim(',', '.', '!').ToLowerInvariant())))
        {
            context.RetryMessage = "That sounds like how you'll get in touch rather than who passed on the name; I'll ask how you'll reach them next. "
                + "Who gave you the name? e.g. _Priya Shah_ or _my uncle Dave_, or **skip**.";
            return ValueTask.FromResult(false);
        }

        return ValueTask.FromResult(true);
    }

    private static readonly HashSet<string> s_neverAReferrer = new(StringComparer.Ordinal)
    {
        "linkedin", "linked", "in", "email", "e-mail", "mail", "phone", "call", "calling", "text", "message", "dm", "whatsapp", "letter",
        "person", "probably", "maybe", "perhaps", "i", "think", "guess", "via", "by", "on", "through", "over", "the", "a",
    };

    private static readonly HashSet<string> s_aboutMe = new(StringComparer.Ordinal) { "i", "i'm", "im", "i've", "ive", "i'd", "i’m", "i’ve", "we", "we're" };

    private const int MaxScaleWords = 6;
    private const int MinScaleSentenceWords = 4;

    private static ValueTask<bool> ValidateScale(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        string said = context.Value.Trim();
        if (NonAnswerRecognizer.IsNonAnswer(said))
        {
            context.Value = string.Empty;
            return ValueTask.FromResult(true);
        }

        // "4/5" and "4 out of 5" name the scale as well as the rating: only the rating counts. In a longer answer
        // only a number near the start is the rating ("4, it changed a lot"); "the band 5 course" is not.
        string rating = ScaleOf().Replace(said, " ");
        string[] words = said.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string rated = words.Length <= MaxScaleWords || ScaleOf().IsMatch(said) ? rating : string.Join(' ', words.Take(3));
        if (NumberRecognizer.TryRecognize(rated, out decimal value) && value is >= 1 and <= 5 && value == decimal.Truncate(value))
        {
            context.Value = ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.FromResult(true);
        }

        // A sentence instead of a number ("more intense than I thought, but I still want it") answers the question
        // that follows, what shifted: the step keeps it rather than asking for a number again and losing it.
        if (words.Length >= MinScaleSentenceWords)
        {
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "Please type a number from 1 to 5, or **skip**.";
        return ValueTask.FromResult(false);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:no|nope|nah|not\s+(?:really|this\s+time)|didn't|did\s+not|i\s+didn't)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InterviewCoach.Dialogs.Recognition.RegexBudget.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex OpensWithNo();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(/|out of|of)\s*(5|five)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InterviewCoach.Dialogs.Recognition.RegexBudget.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ScaleOf();

    private static ValueTask<bool> ValidateOpenAnswer(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        // "yes" or "ok sure" to a what/why question is a reflex, not an answer: storing it would echo "yes" back in
        // the summary and the thank-you note. Anything longer is the user's own words.
        bool reflex = context.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
            && ConfirmRecognizer.TryRecognize(context.Value, out bool yes) && yes;
        if (reflex)
        {
            context.RetryMessage = string.Concat("In a few words of your own, please: a line or two is plenty. ", context.Options.Prompt);
        }

        return ValueTask.FromResult(!reflex);
    }

    private static ValueTask<bool> ValidateContactDetails(PromptValidatorContext<string> context, CancellationToken cancellationToken)
    {
        if (DebriefAnswers.Optional(context.Value) is null || !Debrief.ContactDetails.Read(context.Value).IsEmpty)
        {
            return ValueTask.FromResult(true);
        }

        // "no, we're connected on linkedin now though": a no with a remark after it is still a no.
        if (OpensWithNo().IsMatch(context.Value))
        {
            context.Value = "no";
            return ValueTask.FromResult(true);
        }

        context.RetryMessage = "I couldn't find an email address or a phone number in that. Type them (for example _jo@contoso.com 020 7946 0000_), or **no** to skip.";
        return ValueTask.FromResult(false);
    }
}
