using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Debrief;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// The new-contact form answered by typing, as people do in a chat: "Maria Lopez", "Maria Lopez, charge nurse at
/// St Anne's", "Dev Patel (data engineer, Contoso) dev@contoso.com", "Jo Park from Fabrikam". The first part is the
/// name, then a role and an organisation ("at", "from", "with" or a comma between them); an email address or phone
/// number anywhere is kept as such. A question, a command or a sentence is not a contact and gets the usual refusal.
/// </summary>
internal static partial class TypedContactDetails
{
    public static IReadOnlyDictionary<string, string>? Read(SlotAnswers slots, FormReply form, string text)
    {
        string typed = text.Trim();
        if (typed.Length == 0 || typed.Length > 300 || slots.IsQuestionOrCommand(typed, commandsByWordOnly: true))
        {
            return null;
        }

        // "…, my friend Dana gave me her name": who passed the contact on is the connection, asked for next, not the role.
        if (ReferrerInSentence.SplitFromDetails(typed) is { } referral)
        {
            typed = referral.Details;
        }

        // "my old ward manager's sister, Grace Mensah, she's a clinical informatics lead at St Thomas'": a clause saying
        // how the user knows the person is for the connection question, never the name; one saying what they do gives
        // the role and organisation.
        (typed, string? describedRole, string? describedOrganisation) = SetClausesAside(typed);
        if (typed.Length == 0)
        {
            return null;
        }

        ContactDetails reach = ContactDetails.Read(typed);
        string rest = WithoutReach(typed, reach);
        rest = Spaces().Replace(rest.Replace('(', ',').Replace(")", " ", StringComparison.Ordinal), " ").Trim(' ', ',', ';', '-', '.');
        rest = ContactLeadIn().Replace(rest, string.Empty, 1);
        (string name, string? more) = SplitOnce(rest, NameEnd());
        name = name.Trim(' ', ',', '.');
        if (name.Length == 0 || SlotAnswers.NotAName(name) is not null)
        {
            return null;
        }

        string? role = null;
        string? organisation = null;
        if (more is not null)
        {
            // "charge nurse at St Anne's", "charge nurse, St Anne's", or, after "at"/"from", the organisation alone.
            bool organisationOnly = NameEnd().Match(rest).Value.Any(char.IsLetter);
            (string first, string? second) = SplitOnce(more, RoleEnd());
            (role, organisation) = organisationOnly && second is null ? (null, first) : (first, second);
        }

        role ??= describedRole;
        organisation ??= describedOrganisation;
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { [ContactQuestions.NameField] = name };
        Add(values, form, ContactQuestions.RoleField, role);
        Add(values, form, ContactQuestions.OrganisationField, organisation is null ? null : PersonNameCasing.Organisation(organisation));
        Add(values, form, ContactQuestions.EmailField, reach.Email);
        Add(values, form, ContactQuestions.PhoneField, reach.Phone);
        return values;
    }

    /// <summary>
    /// Whether text typed outside any question is a whole new contact: a capitalised name of two to four words with
    /// what they do, where, or how to reach them ("Ngozi Eze, instructional designer at Andela"). A bare name, a
    /// question, or a lower-case sentence is not: it could as well be a command or a story.
    /// </summary>
    public static bool IsWholeContact(SlotAnswers slots, string text)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300 || SlotAnswers.LooksLikeQuestion(text)
            || Read(slots, ContactQuestions.DetailsForm(null), text) is not { Count: > 1 } values)
        {
            return false;
        }

        // "Sarah Jones from Acme replied to my email": a sentence about them, whose "organisation" speaks of people.
        if (values.Where(v => v.Key is ContactQuestions.RoleField or ContactQuestions.OrganisationField).Any(v => PersonWord().IsMatch(v.Value)))
        {
            return false;
        }

        string[] words = values[ContactQuestions.NameField].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]));
    }

    [GeneratedRegex(@"\b(?:i|me|my|you|your|he|him|his|she|her|they|them|we|us|our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PersonWord();

    private static (string Remaining, string? Role, string? Organisation) SetClausesAside(string typed)
    {
        string[] clauses = [.. Clause().Split(typed).Select(c => c.Trim()).Where(c => c.Length > 0)];

        string? role = null;
        string? organisation = null;
        string? subject = null;
        var kept = new List<string>(clauses.Length);
        foreach (string clause in clauses)
        {
            if (ContactDescription.Read(clause) is { } described && role is null && organisation is null)
            {
                (role, organisation) = described;
                subject = ContactDescription.NamedSubject(clause);
            }
            else if (HaveTheirDetails().Match(clause) is { Success: true } have)
            {
                // "i have his mobile 655 443 221": the number stays, the words around it are no name or role.
                kept.Add(clause[(have.Index + have.Length)..]);
            }
            else if (RelationThenName().Match(clause) is { Success: true } named)
            {
                // "my former flatmate Tunde Bakare": who they are to the user is the connection's business; the name stays.
                kept.Add(named.Groups["name"].Value);
            }
            else if (Relation().Match(clause) is { Success: true } relation)
            {
                // "my manager at Contoso": where they work still belongs on the contact.
                organisation ??= relation.Groups["org"].Success ? relation.Groups["org"].Value.Trim() : null;
            }
            else
            {
                kept.Add(clause);
            }
        }

        // "my ex colleague Javier Ruiz works at BBVA as a researcher, i have his number …": the name was in the work clause.
        if (subject is not null && !kept.Any(NamesSomeone))
        {
            kept.Insert(0, subject);
        }

        return kept.SequenceEqual(clauses) ? (typed, null, null) : (string.Join(", ", kept), role, organisation);
    }

    /// <summary>Whether a clause has words besides an email address or phone number ("marta@glovo.example" names nobody).</summary>
    private static bool NamesSomeone(string clause) => WithoutReach(clause, ContactDetails.Read(clause)).Any(char.IsLetter);

    /// <summary>The text with the email address and phone number found in it blanked out.</summary>
    private static string WithoutReach(string text, ContactDetails reach)
    {
        foreach (string? found in new[] { reach.Email, reach.Phone })
        {
            if (found is not null)
            {
                text = text.Replace(found, " ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static void Add(Dictionary<string, string> values, FormReply form, string field, string? value)
    {
        string? clean = value?.Trim(' ', ',', ';', '-', '.');
        if (!string.IsNullOrEmpty(clean) && form.Fields.Any(f => f.Id == field))
        {
            values[field] = clean;
        }
    }

    private static (string Before, string? After) SplitOnce(string text, Regex separator)
    {
        Match match = separator.Match(text);
        return match.Success
            ? (text[..match.Index].Trim(), text[(match.Index + match.Length)..].Trim() is { Length: > 0 } after ? after : null)
            : (text.Trim(), null);
    }

    // What ends a name: a comma, a dash, or "at" / "from" / "with" / "who works at" before the organisation.
    [GeneratedRegex(@"\s*,\s*|\s+[-–—]\s+|\s+(?:who\s+works\s+)?(?:at|from|with)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"\s*,\s*|\s+(?:at|from|with|@)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RoleEnd();

    // "her name is Maria Lopez", "it's Jo Park", "add Dev Patel", "ok so there's a guy called Dan Osei", "I met a woman
    // named Ana Lima": the lead-in people type before a contact's name.
    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|so|well|right|um+|erm|yeah|and)[,\s]+)*(?:(?:i(?:\s+want|\s+would\s+like|'d\s+like|’d\s+like)\s+to\s+|can\s+you\s+|could\s+you\s+|please\s+)add\s+|(?:there(?:'s|’s|s|\s+is)\s+|i\s+(?:met|know)\s+)?(?:a|an|this|one)\s+(?:guy|man|woman|lady|girl|bloke|person|someone|chap|researcher|designer|manager|engineer|nurse|teacher|doctor)\s+(?:called|named)\s+|(?:there(?:'s|’s|s|\s+is)\s+)?someone\s+(?:called|named)\s+|(?:there(?:'s|’s|s|\s+is)\s+|i\s+(?:met|know)\s+)(?:one|this)\s+(?=(?-i:\p{Lu})|(?:dr|mr|mrs|ms|prof)\b)|(?:add|contact|new contact)[:\s]\s*|(?:her|his|their|the)\s+name(?:\s+is|'s|:)\s+|it's\s+|it is\s+|(?:she|he)\s+is\s+called\s+|(?:she|he)'s\s+called\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ContactLeadIn();

    [GeneratedRegex(@"\s*[,;]\s*|(?<=\p{Ll}{2})[.!]\s+|\s+[-–—]\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Clause();

    // "my old ward manager's sister", "our neighbour", "my manager at Contoso": who the person is to the user, with no
    // capitalised name in it ("my friend Dana Lee" names the contact and stays).
    [GeneratedRegex(@"^(?:she's\s+|he's\s+|(?:she|he)\s+is\s+)?(?:my|our)\s+(?:[\p{Ll}'’-]+\s+){0,5}?[\p{Ll}'’-]+(?:\s+(?:at|from)\s+(?<org>\p{Lu}[\p{L}\d\s&'’.-]{0,60}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Relation();

    // "i have his mobile …", "you can reach him at …", "i can reach her on whatsapp …": words before a number or address.
    [GeneratedRegex(@"^(?:(?:i|you)\s+can\s+(?:reach|contact|get)\s+(?:him|her|them)\s+(?:on|at|via|through|by)\s+(?:(?:his|her|their)\s+)?(?:(?:mobile|cell|phone|whatsapp|email|e-mail)(?:\s+(?:number|address))?[:\s]*)?|(?:i\s+(?:have|got|also\s+have)|i['’]ve\s+got|i\s+have\s+got)\s+(?:his|her|their)\s+(?:mobile|cell|phone|number|phone\s+number|mobile\s+number|email|e-mail|email\s+address|whatsapp)(?:\s+(?:number|too|also|as\s+well))?[:\s]*(?:is\s+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HaveTheirDetails();

    // "my former flatmate Tunde Bakare", "our neighbour Dr Amaka Obi": a relation in lower case, then a capitalised name
    // ("my manager at Contoso" is a relation and a workplace).
    [GeneratedRegex(@"^(?:my|our)\s+(?:(?!(?:at|from|in|with|of|for)\s)[\p{Ll}'’-]+\s+){1,4}(?<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RelationThenName();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();
}
