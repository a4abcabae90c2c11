using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// An email address or phone number typed at the menu on its own, or with a few words ("marcus.webb@ocado.com",
/// "his number is 07700 900456", "Jen's email jen@example.com"). People add a contact with just a name and paste the
/// address a moment later, so it is saved to the contact the words name, or to the one the user picks.
/// </summary>
internal sealed class ContactReachDialog : WaterfallDialog
{
    public const string DialogId = "contact.reach";

    /// <summary>More words than this around the address is a sentence about something else, not a detail to file.</summary>
    private const int MaxOtherWords = 6;

    private const string NobodyValue = "nobody";

    private readonly CoachServices _services;

    public ContactReachDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(AskWhoseAsync);
        AddStep(SaveAsync);
    }

    /// <summary>What to save when <paramref name="text"/> is an address or number with at most a few other words; otherwise null.</summary>
    public static ContactReachOptions? Read(string? text)
    {
        ContactDetails found = ContactDetails.Read(text);
        if (found.IsEmpty)
        {
            return null;
        }

        string rest = text!;
        foreach (string? part in new[] { found.Email, found.Phone })
        {
            if (part is not null)
            {
                rest = rest.Replace(part, " ", StringComparison.Ordinal);
            }
        }

        string hint = TextNormalizer.Normalize(rest);
        string[] words = hint.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "my new number is ..." is the user's own, which the goals keep; this files other people's details only.
        return words.Length > MaxOtherWords || words.Any(w => w is "my" or "mine" or "me" or "i" or "i'm")
            ? null
            : new ContactReachOptions(found.Email, found.Phone, hint.Length == 0 ? null : hint);
    }

    private async ValueTask<DialogTurnResult> AskWhoseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ContactReachOptions options = step.GetOptions<ContactReachOptions>()!;
        string what = Describe(options);
        List<Contact> contacts = [.. (await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false))
            .OrderByDescending(c => c.UpdatedAt)];
        if (contacts.Count == 0)
        {
            step.Send($"That looks like {what}. To keep it with someone, type **add contact** and put it in the form with their name.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (options.Hint is { } hint && Named(hint, contacts) is { } named)
        {
            return await step.NextAsync(named.Id, cancellationToken).ConfigureAwait(false);
        }

        List<Choice> choices = [.. contacts.Take(4).Select(c => new Choice(c.Id, c.Name) { Synonyms = [.. NameWords(c)] })];
        choices.Add(new Choice(NobodyValue, "Don't save it") { Synonyms = ["nobody", "no one", "none", "neither", "don't", "leave it"] });
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = $"That looks like {what}. Whose is it? I'll save it with their details.",
            Help = "Pick the contact it belongs to, or **Don't save it**. Contacts not listed here can be changed from **contacts**.",
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ContactReachOptions options = step.GetOptions<ContactReachOptions>()!;
        string? id = ContactPicker.PickedValue(step.Result);
        if (id is null || id == NobodyValue)
        {
            step.Send("OK, I haven't saved it anywhere.");
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        string? replaced = null;
        RecordUpdate<Contact> update = await ContactRecords.UpdateAsync(_services.Records, step.UserKey, id, contact =>
        {
            string? before = options.Email is not null ? contact.Email : contact.Phone;
            replaced = options.Phone is not null && options.Email is not null ? null
                : before is { Length: > 0 } && !string.Equals(before, options.Email ?? options.Phone, StringComparison.OrdinalIgnoreCase) ? before : null;
            return contact with
            {
                Email = options.Email ?? contact.Email,
                Phone = options.Phone ?? contact.Phone,
                UpdatedAt = step.Now,
            };
        }, cancellationToken).ConfigureAwait(false);

        if (update.Value is { } saved)
        {
            step.MarkSaved();
            string instead = replaced is null ? string.Empty : $" It replaces {replaced}.";
            step.Send($"Saved {Describe(options)} for {saved.Name}.{instead}");
        }

        if (ContactRecords.Explain(update) is { } note)
        {
            step.Send(note);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The contact whose full name or one of its names the words mention ("jen's email", "for dr berg").</summary>
    private static Contact? Named(string hint, IReadOnlyList<Contact> contacts)
    {
        string[] words = hint.Replace("'s", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        List<Contact> matches = [.. contacts.Where(c => NameWords(c).Any(n => words.Contains(n, StringComparer.Ordinal)))];
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The words of a contact's name a user might type alone: "Dr Tomas Berg" is "tomas" or "berg", never "dr".</summary>
    private static IEnumerable<string> NameWords(Contact contact) =>
        TextNormalizer.Normalize(contact.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && w is not ("dr" or "mr" or "mrs" or "ms" or "miss" or "prof" or "professor" or "sir"));

    private static string Describe(ContactReachOptions options) => (options.Email, options.Phone) switch
    {
        ({ } email, { } phone) => $"an email address ({email}) and a phone number ({phone})",
        ({ } email, null) => $"an email address ({email})",
        (null, { } phone) => $"a phone number ({phone})",
        _ => "nothing",
    };
}

/// <summary>An email address and/or phone number typed at the menu, with the other words typed around them (a name, perhaps).</summary>
internal sealed record ContactReachOptions(string? Email, string? Phone, string? Hint);
