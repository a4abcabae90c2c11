using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// <c>brainstorm</c> (S012): for an empty or short list, walks through each place people are found
/// (<see cref="BrainstormSource.All"/>), one at a time. Each name typed is added to the contacts at once, with the
/// source as how the user knows them; <b>next</b> moves on and <b>done</b> finishes early, so nothing is compulsory.
/// </summary>
internal sealed class ContactBrainstormDialog : WaterfallDialog
{
    public const string DialogId = "contacts.brainstorm";

    /// <summary>Fewer contacts than this and the contacts list offers the brainstorm.</summary>
    public const int ShortList = 3;

    private const int MaxNameLength = 80;

    private static readonly HashSet<string> s_next = ["next", "skip", "no", "none", "nobody", "no one", "noone", "move on", "nothing", "n", "pass"];
    private static readonly HashSet<string> s_done = ["done", "finish", "finished", "that's all", "thats all", "enough", "end"];

    private readonly CoachServices _services;

    public ContactBrainstormDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskAsync);
        AddStep(AddAsync);
    }

    /// <summary>"Priya Shah, nurse at St Anne's" → name, role, organisation; any part after the name may be missing.</summary>
    internal static (string Name, string? Role, string? Organisation) ParseEntry(string text)
    {
        string[] parts = text.Split(',', 2, StringSplitOptions.TrimEntries);
        string name = parts[0];
        if (parts.Length == 1 || parts[1].Length == 0)
        {
            return (name, null, null);
        }

        string rest = parts[1];
        int at = rest.LastIndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        if (rest.StartsWith("at ", StringComparison.OrdinalIgnoreCase))
        {
            return (name, null, rest[3..].Trim());
        }

        return at < 0 ? (name, rest, null) : (name, rest[..at].Trim(), rest[(at + 4)..].Trim());
    }

    private static async ValueTask<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        BrainstormOptions options = step.GetOptions<BrainstormOptions>() ?? new BrainstormOptions(0, []);
        if (options.Source >= BrainstormSource.All.Count)
        {
            return await FinishAsync(step, options, cancellationToken).ConfigureAwait(false);
        }

        if (options.Source == 0 && !options.AskedOnce && options.Added.Count == 0)
        {
            step.Send($"Let's think where people might come from, one place at a time ({BrainstormSource.All.Count} in all). Type a name to add them, **next** to move on, or **done** to stop.");
        }

        BrainstormSource source = BrainstormSource.All[options.Source];
        return await step.PromptAsync(CoachPrompts.Text, new PromptOptions
        {
            Prompt = options.AskedOnce
                ? $"Anyone else from {source.Label}? Another name, or **next**."
                : $"{options.Source + 1}/{BrainstormSource.All.Count}. {source.Prompt}",
            Help = "Type one name, with their role or organisation if you know it (e.g. _Priya Shah, nurse at St Anne's_). **next** moves to the next place to look; **done** ends the brainstorm.",
            Max = MaxNameLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> AddAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not PromptResult<string> { Succeeded: true } typed)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        BrainstormOptions options = step.GetOptions<BrainstormOptions>() ?? new BrainstormOptions(0, []);
        string answer = typed.Value!.Trim();
        string folded = TextFolding.Fold(answer).Trim('.', '!', ' ');
        if (s_done.Contains(folded))
        {
            return await FinishAsync(step, options, cancellationToken).ConfigureAwait(false);
        }

        if (s_next.Contains(folded) || CoachPrompts.IsSkip(answer))
        {
            return await step.ReplaceDialogAsync(DialogId, options with { Source = options.Source + 1, AskedOnce = false }, cancellationToken).ConfigureAwait(false);
        }

        (string name, string? role, string? organisation) = ParseEntry(answer);
        if (SpeakingPace.CountWords(name) is 0 or > 5)
        {
            step.Send("I need just a name there (up to a few words), e.g. _Priya Shah_ or _my cousin Ana_. Or type **next**.");
            return await step.ReplaceDialogAsync(DialogId, options, cancellationToken).ConfigureAwait(false);
        }

        BrainstormSource source = BrainstormSource.All[options.Source];
        Contact contact = Contact.Create(name, step.Now) with
        {
            Role = role,
            Organisation = organisation,
            Connection = source.Connection,
            ConnectionNote = $"Through {source.Label}",
        };
        await ContactRecords.CreateAsync(_services.Records, step.UserKey, contact, cancellationToken).ConfigureAwait(false);
        step.MarkSaved();
        step.Send($"Added **{contact.Name}** to your contacts.");
        return await step.ReplaceDialogAsync(DialogId, options with { Added = [.. options.Added, contact.Name], AskedOnce = true }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> FinishAsync(WaterfallStepContext step, BrainstormOptions options, CancellationToken cancellationToken)
    {
        step.Send(options.Added.Count == 0
            ? "No names this time, and that's fine: keep the list of places in mind and add people with **add contact** as they come to you."
            : $"You added {options.Added.Count}: {Phrasing.JoinWithAnd(options.Added)}. Type **contacts** to fill in their details, or **rehearse** to get ready to ask the first one.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
