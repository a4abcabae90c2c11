using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Coaching.Menu;

/// <summary>
/// The root dialog: a welcome on first contact, the main actions as buttons, and routing of typed commands
/// (<c>goal</c>, <c>add contact</c>...) to their flows. When a flow ends the menu shows itself again.
/// </summary>
/// <remarks>
/// Commands are matched here while the menu waits (or when it begins, so a first message such as <c>contacts</c> goes
/// straight to the flow). Inside a flow, typed text reaches <see cref="Router"/> only when the step could not use it as
/// an answer, so a contact called "Goal Ltd" or a practice line mentioning "contacts" is never hijacked; the engine's
/// <c>menu</c>, <c>cancel</c>, <c>restart</c> and <c>help</c> words work everywhere.
/// </remarks>
internal sealed class MenuDialog : Dialog
{
    public const string MenuQuestion = "What would you like to do?";

    private const int MaxCommandLength = 100;

    /// <summary>Menu state: the command whose flow is running, so its end can offer what usually follows.</summary>
    private const string FlowKey = "flow";

    /// <summary>Menu state: the next steps on offer ("|"-separated keywords), so numbers and titles answer them.</summary>
    private const string OfferedKey = "offered";

    private const string EverythingValue = "menu";

    private static readonly string[] s_welcome =
    [
        "**Hi, I'm your Interview Coach.** I help you plan, ask for and practise informational interviews.",
        "An informational interview is a short conversation with someone who does work you're curious about: you learn what the field is really like and ask for their advice.",
        "It's research, never a job request. You don't ask for a job, and that's exactly why people say yes.",
        "A good first step is setting your goals, but you can start anywhere below. Type **help** whenever you like.",
    ];

    private readonly IReadOnlyList<CoachCommand> _commands;
    private readonly Choice[] _menuChoices;

    // Every command's keyword and aliases folded once (the router asks on every typed turn): the first command in
    // order wins a word two commands share, as a walk through the list would.
    private readonly Dictionary<string, CoachCommand> _commandWords = new(StringComparer.Ordinal);

    // The keyword and aliases of commands that read arguments, in order, with their word counts.
    private readonly ArgumentPhrase[] _argumentPhrases;
    private readonly CoachServices _services;

    public MenuDialog(IReadOnlyList<CoachCommand> commands, CoachServices services)
        : base(CoachDialogs.MenuDialogId)
    {
        _commands = commands;
        _services = services;
        Router = new TypedInputRouter(services, input => Match(input, byButtonTitle: false), MatchRequest);
        _menuChoices = commands
            .Where(c => c.InMenu)
            .Select(c => new Choice(c.Keyword, c.Title) { Synonyms = c.Aliases })
            .ToArray();
        var argumentPhrases = new List<ArgumentPhrase>();
        foreach (CoachCommand command in commands)
        {
            _commandWords.TryAdd(TextNormalizer.Normalize(command.Keyword), command);
            foreach (string alias in command.Aliases)
            {
                _commandWords.TryAdd(TextNormalizer.Normalize(alias), command);
            }

            if (command.ParseArguments is { } parse)
            {
                foreach (string phrase in command.Aliases.Prepend(command.Keyword))
                {
                    argumentPhrases.Add(new ArgumentPhrase(command, parse, phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, TextNormalizer.Normalize(phrase)));
                }
            }
        }

        _argumentPhrases = [.. argumentPhrases];
    }

    /// <summary>Routes typed text that no step could use: commands, coaching questions, "did you mean".</summary>
    public TypedInputRouter Router { get; }

    public override async ValueTask<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (options is MenuStart start)
        {
            if (start.Keyword is { } keyword)
            {
                MenuValues(dc).Set(FlowKey, keyword);
            }

            return await dc.BeginDialogAsync(start.DialogId, start.Options, cancellationToken).ConfigureAwait(false);
        }

        bool firstContact = await WelcomeOnceAsync(dc, cancellationToken).ConfigureAwait(false);
        // A first message (or the word that brought the menu back) only starts a flow when it is a command by name.
        if (Match(dc.Input, byButtonTitle: dc.Input.Value is not null) is { } match)
        {
            return await BeginFlowAsync(dc, match, cancellationToken).ConfigureAwait(false);
        }

        // A first message such as "what is an informational interview?" is answered before the menu shows.
        if (dc.Input.Value is null && await Router.RouteAsync(dc, cancellationToken).ConfigureAwait(false) is { } routed)
        {
            return routed;
        }

        ShowMenu(dc, firstContact ? "Where would you like to start?" : MenuQuestion);
        return DialogTurnResult.Waiting;
    }

    public override async ValueTask<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        // "plan my questions for daniel" under the buttons that follow a flow: the command with its contact, not the
        // bare button its first words match.
        if (dc.Input.Value is null && MatchCommandWords(dc.Input.Text) is { Options: not null } withArguments)
        {
            TakeOffered(dc);
            return await BeginFlowAsync(dc, withArguments, cancellationToken).ConfigureAwait(false);
        }

        if (TakeOffered(dc) is { Length: > 0 } offered && MatchOffered(dc.Input, offered) is { } next)
        {
            if (next == EverythingValue)
            {
                ShowMenu(dc, MenuQuestion);
                return DialogTurnResult.Waiting;
            }

            if (_commands.FirstOrDefault(c => c.Keyword == next) is { } command)
            {
                return await BeginFlowAsync(dc, new CommandMatch(command, null), cancellationToken).ConfigureAwait(false);
            }
        }

        if (Match(dc.Input, byButtonTitle: true) is { } match)
        {
            return await BeginFlowAsync(dc, match, cancellationToken).ConfigureAwait(false);
        }

        if (dc.Input.Value is not null)
        {
            ShowMenu(dc, "Sorry, I didn't catch that. Pick one of these, or type **help** to see every command.");
            return DialogTurnResult.Waiting;
        }

        return await Router.RouteAsync(dc, cancellationToken).ConfigureAwait(false)
            ?? await Router.NotUnderstoodAtMenuAsync(dc, cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        DialogValues values = MenuValues(dc);
        string? ended = values.GetOrDefault<string>(FlowKey);
        values.Remove(FlowKey);
        IReadOnlyList<string> next = FlowNextSteps.After(ended);
        if (next.Count == 0)
        {
            ShowMenu(dc, "What would you like to do next?");
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }

        // A short list of what usually follows, not all twelve options again; the menu is one button (or word) away.
        values.Set(OfferedKey, string.Join('|', next));
        ChoiceButton[] buttons =
        [
            .. next.Select(k => _commands.First(c => c.Keyword == k)).Select(c => new ChoiceButton(c.Title, c.Keyword)),
            new ChoiceButton("Something else", EverythingValue),
        ];
        // The menu's own question, so a flow's end reads the same whichever buttons follow it.
        dc.Send(new ChoiceReply("What would you like to do next?", buttons));
        return ValueTask.FromResult(DialogTurnResult.Waiting);
    }

    public override ValueTask RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        ShowMenu(dc, MenuQuestion);
        return ValueTask.CompletedTask;
    }

    public override string? GetHelp(DialogInstance instance) => CommandHelp.Format(_commands);

    /// <summary>
    /// The command the user typed or pressed: exact keyword or alias first, then a keyword or alias followed by arguments
    /// (for commands that read them), then a menu button by number, title or prefix.
    /// </summary>
    internal CommandMatch? Match(TurnInput input, bool byButtonTitle)
    {
        string? text = input.Choice ?? input.Text;
        if (MatchCommandWords(text) is { } typed)
        {
            return typed;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCommandLength)
        {
            return null;
        }

        // Numbers and titles only make sense as answers to the buttons the user can see.
        if (!byButtonTitle)
        {
            return null;
        }

        Choice? choice = ChoiceRecognizer.Recognize(text, _menuChoices);
        return choice is null ? null : _commands.FirstOrDefault(c => c.Keyword == choice.Value) is { } picked ? new CommandMatch(picked, null) : null;
    }

    /// <summary>A command's keyword or alias, alone or with its arguments ("emailed Sam"); no button titles or numbers.</summary>
    internal CommandMatch? MatchCommandWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCommandLength)
        {
            return null;
        }

        if (_commandWords.TryGetValue(TextNormalizer.Normalize(text), out CoachCommand? command))
        {
            return new CommandMatch(command, null);
        }

        return FindWithArguments(text) is var (phrase, arguments) ? new CommandMatch(phrase.Command, phrase.Parse(arguments)) : null;
    }

    /// <summary>
    /// A command typed with its arguments that can only be a request to the coach, so it is one even where a question
    /// wants a few words of free text: "remind me to …" in its forms, or a call-back with its time ("call back Maria
    /// Thursday 3pm"). Other commands with arguments ("prepare for…", "I want to work at…") read as answers there.
    /// </summary>
    internal CommandMatch? MatchRequest(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCommandLength || FindWithArguments(text) is not var (phrase, arguments))
        {
            return null;
        }

        bool request = phrase.AsksTheCoach
            || (phrase.Command.DialogId == CallBackDialog.DialogId && DateTimeRecognizer.TryRecognizeIn(arguments, DateTimeOffset.UtcNow, TimeZoneInfo.Utc, out _));
        return request ? new CommandMatch(phrase.Command, phrase.Parse(arguments)) : null;
    }

    /// <summary><c>reminders done r12ab</c>: the first words name a command that reads arguments; the rest are its arguments.</summary>
    private (ArgumentPhrase Phrase, string Arguments)? FindWithArguments(string text)
    {
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        // The text's first words folded once per word count that a phrase has (one to three words today).
        string?[] leads = new string?[words.Length];
        foreach (ArgumentPhrase phrase in _argumentPhrases)
        {
            int count = phrase.WordCount;
            // "emailed it this morning" is about a note or a draft, not a person to name: not the command.
            if (words.Length > count && (leads[count] ??= TextNormalizer.Normalize(string.Join(' ', words, 0, count))) == phrase.Normalized
                && !string.Equals(words[count].TrimEnd(',', '.', '!'), "it", StringComparison.OrdinalIgnoreCase))
            {
                return (phrase, string.Join(' ', words, count, words.Length - count));
            }
        }

        return null;
    }

    /// <summary>A keyword or alias of a command that reads arguments; <see cref="AsksTheCoach"/> when it is a request ("remind me to").</summary>
    private sealed record ArgumentPhrase(CoachCommand Command, Func<string, object?> Parse, int WordCount, string Normalized)
    {
        private static readonly string[] s_requestLeads = [.. new[] { "remind me", "please remind me", "can you remind me", "could you remind me", "set a reminder", "set me a reminder" }.Select(TextNormalizer.Normalize)];

        public bool AsksTheCoach { get; } = s_requestLeads.Any(lead => Normalized == lead || Normalized.StartsWith(lead + " ", StringComparison.Ordinal));
    }

    private static ValueTask<DialogTurnResult> BeginFlowAsync(DialogContext dc, CommandMatch match, CancellationToken cancellationToken)
    {
        NoteFlow(dc, match.Command.Keyword);
        return dc.BeginDialogAsync(match.Command.DialogId, match.Options, cancellationToken);
    }

    /// <summary>
    /// Records the command whose flow is about to begin above the menu (possibly above a "did you mean" on it), so the
    /// flow's end offers its usual next steps whichever way it was started.
    /// </summary>
    internal static void NoteFlow(DialogContext dc, string keyword)
    {
        if (dc.Stack.LastOrDefault(i => i.Id == CoachDialogs.MenuDialogId) is { } menu)
        {
            (menu.Values ??= new DialogValues()).Set(FlowKey, keyword);
        }
    }

    /// <summary>The menu's own values; the menu is the active dialog whenever it reads them.</summary>
    private static DialogValues MenuValues(DialogContext dc) => dc.ActiveDialog!.Values ??= new DialogValues();

    private static string[] TakeOffered(DialogContext dc)
    {
        DialogValues values = MenuValues(dc);
        string? offered = values.GetOrDefault<string>(OfferedKey);
        values.Remove(OfferedKey);
        return offered is null ? [] : offered.Split('|');
    }

    /// <summary>An answer to the "What next?" buttons: by number, title or keyword, or "something else" for the menu.</summary>
    private string? MatchOffered(TurnInput input, string[] offered)
    {
        string? text = ButtonText(input);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxCommandLength)
        {
            return null;
        }

        Choice[] choices =
        [
            .. offered.Select(k => _commands.First(c => c.Keyword == k)).Select(c => new Choice(c.Keyword, c.Title) { Synonyms = c.Aliases }),
            new(EverythingValue, "Something else") { Synonyms = ["menu", "everything else", "more", "other", "show the menu", "all options"] },
        ];
        return ChoiceRecognizer.Recognize(text, choices)?.Value;
    }

    private static string? ButtonText(TurnInput input) => input.Choice ?? input.Text;

    private void ShowMenu(DialogContext dc, string question)
    {
        ChoiceButton[] buttons = _menuChoices.Select(c => new ChoiceButton(c.Title, c.Value)).ToArray();
        dc.Send(new ChoiceReply(question, buttons));
    }

    /// <summary>
    /// Welcomes a user once. A conversation that already has state has been through the menu, so only a new one is
    /// checked; when the conversation is keyed by the user (one conversation per user, as the channels here do), a new
    /// conversation is a new user and no record is needed. Only a user with several conversations keeps one.
    /// </summary>
    private async ValueTask<bool> WelcomeOnceAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (!dc.IsNewConversation)
        {
            return false;
        }

        IUserRecordStore store = _services.Records;
        string user = dc.Input.UserKey;
        bool oneConversationPerUser = string.Equals(dc.Input.ConversationKey, user, StringComparison.Ordinal);
        if (!oneConversationPerUser)
        {
            StoredRecord<WelcomeRecord>? seen = await store.GetAsync(
                user, WelcomeRecord.Kind, WelcomeRecord.RecordId, CoachingJsonContext.Default.WelcomeRecord, cancellationToken).ConfigureAwait(false);
            if (seen is not null)
            {
                return false;
            }
        }

        foreach (string line in s_welcome)
        {
            dc.Send(line);
        }

        if (oneConversationPerUser)
        {
            return true;
        }

        try
        {
            await store.SaveAsync(
                user,
                WelcomeRecord.Kind,
                WelcomeRecord.RecordId,
                new WelcomeRecord { WelcomedAt = dc.Now },
                CoachingJsonContext.Default.WelcomeRecord,
                expectedETag: null,
                cancellationToken).ConfigureAwait(false);
        }
        catch (UserRecordConflictException)
        {
            // Another conversation of the same user welcomed them a moment ago; once is enough.
        }

        return true;
    }
}
