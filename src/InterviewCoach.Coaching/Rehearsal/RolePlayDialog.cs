using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// <c>role play</c> (S030): the coach plays the contact answering the phone. The user opens the call, the contact
/// pushes back as a busy professional would (<see cref="RolePlayScene"/>), the user answers, up to
/// <see cref="RolePlayScene.MaxTurns"/> times. Then feedback element by element: the phone checker on the opening and
/// one line per push-back. Each call is saved as a practice attempt, so the scores of later calls can be compared.
/// </summary>
internal sealed class RolePlayDialog : WaterfallDialog
{
    public const string DialogId = "roleplay";

    private const string GenericValue = "generic";
    private const string LinesKey = "lines";
    private const string ReactionsKey = "reactions";
    private const string CallEnded = "call-ended";
    private const string AgainValue = "again";
    private const string DoneValue = "done";

    private readonly CoachServices _services;

    public RolePlayDialog(CoachServices services)
        : base(DialogId)
    {
        _services = services;
        AddStep(ChooseContactAsync);
        AddStep(SetSceneAsync);
        AddStep(ExchangeAsync);
        AddStep(ExchangeAsync);
        AddStep(ExchangeAsync);
        AddStep(FeedbackAsync);
        AddStep(NextAsync);
    }

    private async ValueTask<DialogTurnResult> ChooseContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        RolePlayOptions options = step.GetOptions<RolePlayOptions>() ?? new RolePlayOptions(null);
        if (options.Chosen || options.ContactId is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        IReadOnlyList<Contact> contacts = await ContactRecords.ListAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        Contact[] toAsk = [.. contacts.Where(c => c.Stage is ContactStage.ToContact or ContactStage.NoAnswer or ContactStage.Asked).Take(20)];
        if (toAsk.Length == 0)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Who should I play?",
            Help = "Pick someone you're about to call and I'll answer as them. **No one in particular** gets you a busy professional you haven't met.",
            Choices =
            [
                .. toAsk.Select(c => new Choice(c.Id, c.Name)),
                new(GenericValue, "No one in particular") { Synonyms = ["generic", "nobody", "anyone", "a stranger"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> SetSceneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> picked)
        {
            if (!picked.Succeeded)
            {
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            }

            string? id = picked.Value!.Value == GenericValue ? null : picked.Value.Value;
            return await step.ReplaceDialogAsync(DialogId, new RolePlayOptions(id, Chosen: true), cancellationToken).ConfigureAwait(false);
        }

        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        string who = contact is null
            ? "someone busy who has never heard of you"
            : $"{contact.Name}{(contact.Role is { Length: > 0 } role ? $", {FieldCasing.Cased(role)}" : string.Empty)}, busy and not expecting your call";
        if (step.GetOptions<RolePlayOptions>() is not { Again: true })
        {
            step.Send($"Let's rehearse the call. I'll play {who}, and I won't make it easy. Answer each time as you would on the phone; I'll give you feedback when the call ends. Type **stop** to hang up.");
        }

        return await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = $"*Ring ring.* \"{Greeting(contact)}\" What do you say?",
            Help = "Type your opening as you'd say it: who you are, how you got their name, whether it's a good moment, and what you're asking for.",
            Max = CoachPrompts.MaxPastedLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> ExchangeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result as string == CallEnded)
        {
            return await step.NextAsync(CallEnded, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is not PromptResult<string> { Succeeded: true } typed)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);
        List<string> lines = [.. step.Values.GetOrDefault<List<string>>(LinesKey) ?? [], typed.Value!];
        List<ContactReaction> reactions = step.Values.GetOrDefault<List<ContactReaction>>(ReactionsKey) ?? [];
        step.Values.Set(LinesKey, lines);

        ContactReaction? next;
        if (lines.Count == 1)
        {
            next = RolePlayScene.First(typed.Value!, _services.Embedder);
        }
        else
        {
            ContactReaction last = reactions[^1];
            bool handled = RolePlayScene.Handled(last, typed.Value!, contact, _services.Embedder);
            next = RolePlayScene.Next(last, handled, reactions, lines.Count);
            if (next is null)
            {
                step.Send(Said(contact, RolePlayScene.Closing(last, handled)));
                return await step.NextAsync(CallEnded, cancellationToken).ConfigureAwait(false);
            }
        }

        reactions.Add(next.Value);
        step.Values.Set(ReactionsKey, reactions);
        return await step.PromptAsync(CoachPrompts.AnyText, new PromptOptions
        {
            Prompt = Said(contact, RolePlayScene.Line(next.Value, contact)),
            Help = "Stay in the call: answer them as you would on the phone. Type **stop** to hang up.",
            Max = CoachPrompts.MaxPastedLength,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<DialogTurnResult> FeedbackAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        List<string> lines = step.Values.Get<List<string>>(LinesKey);
        List<ContactReaction> reactions = step.Values.Get<List<ContactReaction>>(ReactionsKey);
        CoachingProfile? profile = await ProfileRecords.GetAsync(_services.Records, step.UserKey, cancellationToken).ConfigureAwait(false);
        Contact? contact = await LoadContactAsync(step, cancellationToken).ConfigureAwait(false);

        var handling = new List<CheckFinding>();
        var transcript = new List<string> { $"You: {lines[0]}" };
        for (int i = 0; i < reactions.Count && i + 1 < lines.Count; i++)
        {
            bool handled = RolePlayScene.Handled(reactions[i], lines[i + 1], contact, _services.Embedder);
            handling.Add(RolePlayScene.Finding(reactions[i], handled));
            transcript.Add($"{contact?.Name ?? "Contact"}: {RolePlayScene.Line(reactions[i], contact)}");
            transcript.Add($"You: {lines[i + 1]}");
        }

        var report = new RolePlayReport
        {
            Opening = PitchChecker.Check(lines[0], profile, contact, _services.Embedder),
            Handling = handling,
            WordCount = lines.Sum(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length),
        };
        PracticeAttempt attempt = PracticeAttempt.FromReport(PracticeKind.PhoneRolePlay, string.Join('\n', transcript), report, step.Now, contact?.Id);
        PracticeAttempt stored = await AttemptRecords.AddAsync(_services.Records, step.UserKey, attempt, step.Now, cancellationToken).ConfigureAwait(false);
        step.MarkSaved();

        IReadOnlyList<PracticeAttempt> earlier = await AttemptRecords.ListAsync(_services.Records, step.UserKey, PracticeKind.PhoneRolePlay, cancellationToken).ConfigureAwait(false);
        PracticeAttempt[] history = [.. earlier.Where(a => a.Id != stored.Id), stored];
        step.Send(Card(report, contact, history));
        return await step.PromptAsync(CoachPrompts.Choice, new PromptOptions
        {
            Prompt = "Call again?",
            Help = "**Call again** to run the call once more (the contact reacts to what you say, so a better opening changes the call); each call is saved so you can see your progress.",
            Choices =
            [
                new(AgainValue, "Call again") { Synonyms = ["again", "yes", "retry", "one more", "call them again"] },
                new(DoneValue, "Done for now") { Synonyms = ["done", "no", "finished", "that's enough", "skip", "no thanks", "not now", "i'm good"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<Choice> { Succeeded: true, Value.Value: AgainValue })
        {
            RolePlayOptions options = step.GetOptions<RolePlayOptions>() ?? new RolePlayOptions(null);
            return await step.ReplaceDialogAsync(DialogId, options with { Chosen = true, Again = true }, cancellationToken).ConfigureAwait(false);
        }

        step.Send("Good practice. The real call will feel easier for it.");
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    internal static CardReply Card(RolePlayReport report, Contact? contact, IReadOnlyList<PracticeAttempt> history)
    {
        var sections = new List<CardSection>();
        List<string> openingGood = [.. report.Opening.Findings.Where(f => f.Passed).Select(f => f.Message)];
        List<string> openingMissing = [.. report.Opening.Findings.Where(f => !f.Passed).Select(f => f.Message)];
        sections.Add(new CardSection { Heading = "Your opening: what worked", Items = openingGood.Count > 0 ? openingGood : ["You picked up the phone, which is the hardest part."] });
        if (openingMissing.Count > 0)
        {
            sections.Add(new CardSection { Heading = "Your opening: what's missing", Items = openingMissing });
        }

        List<string> handledWell = [.. report.Handling.Where(f => f.Passed).Select(f => f.Message)];
        List<string> toWorkOn = [.. report.Handling.Where(f => !f.Passed).Select(f => f.Message)];
        if (handledWell.Count > 0)
        {
            sections.Add(new CardSection { Heading = "When they pushed back: handled well", Items = handledWell });
        }

        if (toWorkOn.Count > 0)
        {
            sections.Add(new CardSection { Heading = "When they pushed back: to work on", Items = toWorkOn });
        }

        if (openingMissing.Count > 0)
        {
            sections.Add(new CardSection { Heading = "One way to open", Markdown = report.Rewrite });
        }

        sections.Add(new CardSection { Heading = "Your progress", Markdown = RehearsalCards.Progress(history) });
        return new CardReply(FormattableString.Invariant($"Practice call{(contact is null ? string.Empty : $" with {contact.Name}")}: {report.Score}/100"))
        {
            Subtitle = openingMissing.Count == 0 && toWorkOn.Count == 0 ? "A clean call: everything I listen for was there." : null,
            Sections = sections,
        };
    }

    private static string Greeting(Contact? contact) =>
        contact?.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? $"Hello, {first} speaking." : "Hello?";

    private static string Said(Contact? contact, string line) => $"**{contact?.Name ?? "Them"}:** \"{line}\"";

    private async ValueTask<Contact?> LoadContactAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetOptions<RolePlayOptions>()?.ContactId is { } id
            ? await ContactRecords.GetAsync(_services.Records, step.UserKey, id, cancellationToken).ConfigureAwait(false)
            : null;
}
