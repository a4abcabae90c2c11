using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// The "which contact is this about?" step the question, prep and debrief flows begin with. A flow begun with
/// <see cref="ContactFlowOptions"/> skips the question.
/// </summary>
internal static partial class ContactPicker
{
    /// <summary>The answer meaning "no particular contact".</summary>
    public const string GenericValue = "generic";

    /// <summary>At most this many contacts are offered, soonest meeting first, then the most recently updated.</summary>
    public const int MaxChoices = 10;

    /// <summary>
    /// Asks which contact the flow is about; the next step receives the answer through <see cref="PickedValue"/>.
    /// With no contacts at all the step passes <see cref="GenericValue"/> when generic is allowed, otherwise null.
    /// </summary>
    /// <param name="step">The flow's step.</param>
    /// <param name="services">The coach's services.</param>
    /// <param name="question">What to ask.</param>
    /// <param name="allowGeneric">Whether "no particular contact" is offered.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="promptId">The choice prompt to ask with, when the flow reads typed answers its own way.</param>
    public static async ValueTask<DialogTurnResult> AskAsync(
        WaterfallStepContext step, CoachServices services, string question, bool allowGeneric, CancellationToken cancellationToken,
        string? promptId = null)
    {
        ContactFlowOptions? options = step.GetOptions<ContactFlowOptions>();
        if (options is { Named: null })
        {
            return await step.NextAsync(options.ContactId ?? GenericValue, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);

        // "debrief grace", "questions for Maria Lopez", "had my call with grace yesterday": the contact named first.
        if (options?.Named is { } named && ContactNames.AtStart(NameLead().Replace(named, string.Empty), contacts) is { } found)
        {
            return await step.NextAsync(found.Contact.Id, cancellationToken).ConfigureAwait(false);
        }
        List<Choice> choices = Order(contacts, step.Now)
            .Take(MaxChoices)
            .Select(c => new Choice(c.Id, Title(c)) { Synonyms = [c.Name, .. ContactNames.Callable(c.Name).Skip(1)] })
            .ToList();
        if (choices.Count == 0)
        {
            return await step.NextAsync(allowGeneric ? GenericValue : null, cancellationToken).ConfigureAwait(false);
        }

        if (allowGeneric)
        {
            choices.Add(new Choice(GenericValue, "No particular contact") { Synonyms = s_generic });
        }

        return await step.PromptAsync(promptId ?? CoachPrompts.ContactChoice, new PromptOptions
        {
            Prompt = question,
            Choices = choices,
            Help = allowGeneric
                ? "Pick the person you're meeting, or **No particular contact** for a list you can reuse."
                : "Pick the person you talked to. Add them with the contacts flow first if they're not here.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static readonly string[] s_generic =
    [
        "generic", "none", "anyone", "general", "no one", "nobody", "no contact", "no one yet", "nobody yet", "not for anyone", "not for anyone yet",
        "no one in particular", "nobody in particular", "not anyone in particular", "for anyone", "not sure yet", "not sure", "no one specific", "nobody specific",
    ];

    /// <summary>The picked contact id, <see cref="GenericValue"/>, or null when nothing was picked.</summary>
    public static string? PickedValue(object? result) => result switch
    {
        PromptResult<Choice> { Succeeded: true, Value: { } choice } => choice.Value,
        string value => value,
        _ => null,
    };

    /// <summary>"for maria", "with Tom Reyes": the contact after the little word that says whom the flow is for.</summary>
    public static ChoiceGuess? ForWhom(string text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(text);
        string rest = NameLead().Replace(text, string.Empty);
        return rest.Length < text.Length && InterviewCoach.Dialogs.Recognition.ChoiceRecognizer.Recognize(rest, choices) is { } named ? new ChoiceGuess(named, Confident: true) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:for|with|to|about|of|on|(?:the|my|our)\s+(?:chat|call|meeting|conversation|coffee)\s+with)\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InterviewCoach.Dialogs.Recognition.RegexBudget.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex NameLead();

    private static IEnumerable<Contact> Order(IReadOnlyList<Contact> contacts, DateTimeOffset now) => contacts
        .Where(c => c.Stage != ContactStage.Declined)
        .OrderBy(c => c.Meeting is { } meeting && meeting.StartsAt >= now.AddHours(-12) ? 0 : 1)
        .ThenBy(c => c.Meeting?.StartsAt ?? DateTimeOffset.MaxValue)
        .ThenByDescending(c => c.UpdatedAt);

    private static string Title(Contact contact) =>
        string.IsNullOrWhiteSpace(contact.Organisation) ? contact.Name : $"{contact.Name} ({contact.Organisation.Trim()})";
}
