using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Collects the people a contact suggested, one at a time: name, role, organisation, may I mention you. "Anyone else?"
/// takes yes or no, or simply the next name ("Ben Cho at Contoso"), which is never dropped.
/// </summary>
internal sealed class ReferralLoopDialog : WaterfallDialog
{
    public const string DialogId = "debrief.referrals";

    private static readonly string[] s_yesLeads = ["yes", "yeah", "yep", "yup", "sure", "ok", "okay"];

    private static readonly string[] s_organisationMarkers = [" at ", " from "];

    public ReferralLoopDialog()
        : base(DialogId, version: "2")
    {
        AddStep(AskAnyoneAsync);
        AddStep(AskNameAsync);
        AddStep(AskRoleAsync);
        AddStep(AskOrganisationAsync);
        AddStep(AskMayMentionAsync);
        AddStep(AddAsync);
    }

    /// <summary>
    /// Reads an answer to "did they suggest anyone?": yes, no, or a name (with "at/from Organisation" split off).
    /// A leading "yes," before a name is dropped.
    /// </summary>
    internal static (bool Yes, string? Name, string? Organisation) ReadAnswer(string? text)
    {
        string answer = (text ?? string.Empty).Trim();
        if (DebriefAnswers.Optional(answer) is null)
        {
            return (false, null, null);
        }

        foreach (string lead in s_yesLeads)
        {
            if (answer.Length > lead.Length + 1 && answer.StartsWith(lead, StringComparison.OrdinalIgnoreCase) && answer[lead.Length] is ',' or ' ' or ':' or '-' or '!')
            {
                string rest = answer[lead.Length..].TrimStart(',', ' ', ':', '-', '!');
                if (rest.Length > 0 && !ConfirmRecognizer.TryRecognize(rest, out _))
                {
                    answer = rest;
                    break;
                }
            }
        }

        if (ConfirmRecognizer.TryRecognize(answer, out bool yes))
        {
            return (yes, null, null);
        }

        answer = PersonInSentence(answer) ?? answer;

        foreach (string marker in s_organisationMarkers)
        {
            int at = answer.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at + marker.Length < answer.Length)
            {
                return (true, answer[..at].Trim(), answer[(at + marker.Length)..].Trim().TrimEnd('.'));
            }
        }

        return (true, answer.TrimEnd('.'), null);
    }

    /// <summary>
    /// The person named in a sentence ("she said I should talk to Tom Becker, he runs growth at Klarna" gives
    /// "Tom Becker at Klarna"): the name after a word of suggesting or getting in touch, up to where a description of
    /// them starts, with the organisation from that description. Null when the answer already reads as a name or
    /// names nobody that way.
    /// </summary>
    private static string? PersonInSentence(string answer)
    {
        if (SlotAnswers.NotAName(answer) is null)
        {
            return null;
        }

        MatchCollection leads = s_suggestionLead.Matches(answer);
        for (int i = leads.Count - 1; i >= 0; i--)
        {
            string rest = answer[(leads[i].Index + leads[i].Length)..];
            Match described = s_descriptionStart.Match(rest);
            string name = (described.Success ? rest[..described.Index] : rest).Trim().TrimEnd('.');
            int words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is 0 or > 4 || name.Contains('@', StringComparison.Ordinal) || SlotAnswers.NotAName(name) is not null)
            {
                continue;
            }

            string description = described.Success ? rest[described.Index..] : string.Empty;
            bool namesOrganisation = s_organisationMarkers.Any(m => name.Contains(m, StringComparison.OrdinalIgnoreCase));
            Match organisation = s_organisationInDescription.Match(description);
            return !namesOrganisation && organisation.Success ? $"{name} at {organisation.Groups["org"].Value.Trim()}" : name;
        }

        // "her colleague tom reyes who runs the EPR training team": who they are to the contact, then the name.
        if (ReferrerInSentence.OpensWithRelation(answer) && ReferrerInSentence.Find(answer) is { } related)
        {
            Match organisation = s_organisationInDescription.Match(DescriptionAfter(answer, related));
            return organisation.Success ? $"{related} at {organisation.Groups["org"].Value.Trim()}" : related;
        }

        return null;
    }

    /// <summary>What the sentence says the named person does ("tom reyes who runs the EPR team" gives "runs the EPR team"), or null.</summary>
    internal static string? RoleInSentence(string text, string name)
    {
        Match role = s_roleClause.Match(DescriptionAfter(text, name));
        return role.Success ? role.Groups["role"].Value.Trim() : null;
    }

    private static string DescriptionAfter(string text, string name)
    {
        int at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? string.Empty : text[(at + name.Length)..];
    }

    // "who runs the EPR training team", ", she's a clinical safety officer": a role clause right after the name, said
    // with "is" or a verb of running or doing work; "she moved from consulting" says where they came from, not a role.
    private static readonly Regex s_roleClause = new(
        @"^\s*,?\s*(?:who|she|he|they)\s+(?:(?:is|'s|’s|are)\s+(?:an?\s+|the\s+)?(?<role>[^,;.()]{3,80}?)|(?<role>(?:runs|run|leads|lead|heads|head|manages|manage|oversees|looks\s+after|works\s+(?:as|in|on)|does)\b[^,;.()]{2,80}?))(?=\s+(?:at|from)\s|[,;.()]|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>
    /// Words after which only a person can follow: "I should talk to Tom", "she'll introduce me to Tom", "she put me in
    /// touch with Tom". Unlike "suggested" or "mentioned", they never lead to a book or a website.
    /// </summary>
    internal const string PersonLeads =
        @"talk(?:ing)?\s+(?:to|with)|speak(?:ing)?\s+(?:to|with)|reach(?:ing)?\s+out\s+to|get(?:ting)?\s+in\s+touch\s+with|contact(?:ing)?|e-?mail(?:ing)?|call(?:ing)?|ring(?:ing)?|meet(?:ing)?|message|put(?:ting)?\s+me\s+in\s+touch\s+with|introduc(?:e|ed|ing)\s+me\s+to|connect(?:ed)?\s+me\s+(?:to|with)";

    // Words after which a person's name follows in "she suggested Tom", "I should talk to Tom", "she'll introduce me to Tom".
    private static readonly Regex s_suggestionLead = new(
        @"\b(?:" + PersonLeads + @"|suggested|recommended|mentioned)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Where a description of the person starts: "Tom Becker, he runs growth", "Tom Becker who runs growth", "Tom (growth)".
    private static readonly Regex s_descriptionStart = new(
        @"\s*[,;(]|\s+(?:who|whose|-|–)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // "at Contoso", "from Contoso"; not "moved from consulting", which is where they came from.
    private static readonly Regex s_organisationInDescription = new(
        @"(?<!\b(?:moved|came|switched|changed|transitioned|went|pivoted|jumped|over)\s+)\b(?:at|from)\s+(?<org>[^,;.()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>
    /// Whether an answer to "anyone else?" or "what's their name?" is yes/no or reads as a name: "ana@contoso.com" or
    /// "finish the cert by january" typed there is a slip, not a person to add.
    /// </summary>
    internal static bool ReadsAsANameOrYesNo(string text)
    {
        (bool _, string? name, string? _) = ReadAnswer(text);
        return name is null || (!name.Contains('@', StringComparison.Ordinal) && SlotAnswers.NotAName(name) is null);
    }

    private static ReferralLoopOptions Options(WaterfallStepContext step) => step.GetOptions<ReferralLoopOptions>()
        ?? throw new InvalidOperationException($"{DialogId} must be begun with {nameof(ReferralLoopOptions)}.");

    private const string OfferedKey = "offered";

    private const string DescribedRoleKey = "describedRole";

    private static ValueTask<DialogTurnResult> AskAnyoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ReferralLoopOptions options = Options(step);
        if (options.Noted.Count > 0)
        {
            // Someone the notes already name is offered, not asked for from scratch.
            DebriefReferral noted = options.Noted[0];
            step.Values.Set(OfferedKey, true);
            string where = noted.Organisation is { Length: > 0 } organisation ? $" at {organisation}" : string.Empty;
            return step.PromptAsync(CoachPrompts.PersonName, new PromptOptions
            {
                Prompt = $"You mentioned {options.ContactName} suggested **{noted.Name}**{where}. Shall I add {noted.Name} to your contacts?",
                Max = CoachPrompts.MaxShortLength,
                Choices = [new(ConfirmRecognizer.YesValue, "Yes"), new(ConfirmRecognizer.NoValue, "No")],
                Help = $"Say **yes** to add {noted.Name}, **no** to leave them out, or type the name as it should be saved.",
            }, cancellationToken);
        }

        return step.PromptAsync(CoachPrompts.PersonName, new PromptOptions
        {
            Prompt = options.Referrals.Count == 0
                ? $"Did {options.ContactName} suggest anyone else you could talk to? Type their name, or press **No**."
                : "Anyone else they suggested? Type the next name, or press **No**.",
            Max = CoachPrompts.MaxShortLength,
            Choices = [new(ConfirmRecognizer.YesValue, "Yes"), new(ConfirmRecognizer.NoValue, "No")],
            Help = "Type the person's name (add \"at\" and their organisation if you know it), or **no** if nobody was suggested.",
        }, cancellationToken);
    }

    private static async ValueTask<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        (bool yes, string? name, string? organisation) = step.Result is PromptResult<string> { Succeeded: true, Value: { } typed }
            ? ReadAnswer(typed)
            : (false, null, null);
        ReferralLoopOptions options = Options(step);
        bool offered = step.Values.GetOrDefault<bool>(OfferedKey);
        if (offered && !yes)
        {
            return await step.ReplaceDialogAsync(DialogId, options with { Noted = [.. options.Noted.Skip(1)] }, cancellationToken).ConfigureAwait(false);
        }

        if (!yes)
        {
            if (step.Result is PromptResult<string> { Value: { } pointer } && DebriefNotes.PointsToNotes(pointer))
            {
                step.Send("I can't find anyone else named in your notes, so I'll take that as nobody. You can add people later with **add contact**.");
            }

            return await step.EndDialogAsync(options.Referrals, cancellationToken).ConfigureAwait(false);
        }

        if (offered && name is null)
        {
            name = options.Noted[0].Name;
            organisation = options.Noted[0].Organisation;
        }

        if (name is not null)
        {
            step.Values.Set("organisation", organisation);
            if (step.Result is PromptResult<string> { Value: { } told } && RoleInSentence(told, name) is { } role)
            {
                step.Values.Set(DescribedRoleKey, role);
            }

            return await step.NextAsync(new PromptResult<string>(true, name, 1), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.PersonName, new PromptOptions
        {
            Prompt = "What's their name?",
            Max = CoachPrompts.MaxShortLength,
            GiveUpMessage = "Let's move on without that name; you can add anyone they suggested under **add contact** later.",
        }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskRoleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The name prompt gives up after repeated answers that don't read as a name: keep who was added so far. "skip"
        // or "no one" at "What's their name?" changes the answer to no rather than naming someone "skip".
        if (step.Result is not PromptResult<string> { Succeeded: true, Value: { Length: > 0 } typed } || DebriefAnswers.Optional(typed) is null)
        {
            return step.EndDialogAsync(Options(step).Referrals, cancellationToken);
        }

        string name = typed.Trim();
        step.Values.Set("name", name);
        // Said with the name already ("who runs the EPR training team"): not asked again.
        if (step.Values.GetOrDefault<string>(DescribedRoleKey) is { Length: > 0 } described)
        {
            return step.NextAsync(new PromptResult<string>(true, described, 1), cancellationToken);
        }

        return step.PromptAsync(CoachPrompts.Detail, new PromptOptions { Prompt = $"What does {name} do? (or **skip**)", Max = CoachPrompts.MaxShortLength }, cancellationToken);
    }

    private static async ValueTask<DialogTurnResult> AskOrganisationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("role", DebriefAnswers.Optional(((PromptResult<string>)step.Result!).Value));
        if (step.Values.GetOrDefault<string>("organisation") is { Length: > 0 } known)
        {
            return await step.NextAsync(new PromptResult<string>(true, known, 1), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(CoachPrompts.Detail, new PromptOptions { Prompt = "Where do they work? (or **skip**)", Max = CoachPrompts.MaxShortLength }, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask<DialogTurnResult> AskMayMentionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("organisation", DebriefAnswers.Optional(((PromptResult<string>)step.Result!).Value));
        return step.PromptAsync(CoachPrompts.Confirm, new PromptOptions
        {
            Prompt = $"Did {Options(step).ContactName} say you may mention them when you get in touch?",
        }, cancellationToken);
    }

    private static ValueTask<DialogTurnResult> AddAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ReferralLoopOptions options = Options(step);
        var referral = new DebriefReferral(step.Values.Get<string>("name").Trim())
        {
            Role = step.Values.GetOrDefault<string>("role"),
            Organisation = step.Values.GetOrDefault<string>("organisation"),
            MayUseName = step.Result is PromptResult<bool> { Succeeded: true, Value: true },
        };
        IReadOnlyList<DebriefReferral> noted = step.Values.GetOrDefault<bool>(OfferedKey) ? [.. options.Noted.Skip(1)] : options.Noted;
        return step.ReplaceDialogAsync(DialogId, options with { Referrals = [.. options.Referrals, referral], Noted = noted }, cancellationToken);
    }
}
