using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// The person who passed on a contact's name, when the answer to "How are you connected?" names them: "my old
/// colleague Jen introduced us", "Tom Becker gave me her details", "through my cousin Ana", "a friend, Priya Shah,
/// suggested I reach out", "my manager sam put me in touch". Null when the sentence names nobody ("a friend
/// referred me", "someone at work passed it on"), so the flow still asks for the name.
/// </summary>
internal static partial class ReferrerInSentence
{
    /// <summary>At most this many words make a name ("Mary Jane O'Neil").</summary>
    private const int MaxNameWords = 3;

    private static readonly HashSet<string> s_notNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "she", "he", "they", "them", "someone", "somebody", "anyone", "who", "it", "this", "that", "one", "people", "i", "me",
        "we", "us", "you", "everyone", "nobody", "name", "details", "number", "email", "contact", "her", "him",
    };

    public static string? Find(string? text)
    {
        // "yes" to "Did you mean Someone referred me?" confirms the option; it names nobody.
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || ConfirmRecognizer.TryRecognize(text, out _) || NonAnswerRecognizer.IsNonAnswer(text))
        {
            return null;
        }

        string said = text.Replace('’', '\'').Trim();
        Match verb = ReferralVerb().Match(said);
        string head = verb.Success ? said[..verb.Index] : said;

        // "referred by my friend Dana", "recommended to me by Tom Becker": the name follows "by".
        if (verb.Success && PassiveBy().Match(said, verb.Index + verb.Length) is { Success: true } by)
        {
            head = said[(by.Index + by.Length)..];
        }

        head = Lead().Replace(head, string.Empty);

        // "my old colleague Jen", "a friend, Priya Shah,": the words before the name say how the user knows them.
        string[] typed = Spaces().Split(head.Trim()).Where(w => w.Trim(',').Length > 0).ToArray();
        string[] words = [.. typed.Select(w => w.Trim(','))];
        int first = 0;
        while (first < words.Length && Relation().IsMatch(words[first]))
        {
            first++;
        }

        var name = new List<string>();
        for (int i = first; i < words.Length && name.Count <= MaxNameWords; i++)
        {
            // "Jen from my last job", "Ana who I worked with": a description of the person ends the name.
            if (Descriptor().IsMatch(words[i]))
            {
                break;
            }

            name.Add(words[i].Trim('.', ';', ':', '"', '(', ')'));

            // "through kemi, she said I could use her name": a comma after the name ends it.
            if (typed[i].EndsWith(','))
            {
                break;
            }
        }

        if (name.Count is 0 or > MaxNameWords
            || name.Any(w => s_notNames.Contains(w) || !NameWord().IsMatch(w))
            || SlotAnswers.NotAName(string.Join(' ', name)) is not null)
        {
            return null;
        }

        return PersonNameCasing.Cased(string.Join(' ', name));
    }

    /// <summary>
    /// Whether <paramref name="text"/> names someone the user knows who passed the contact on or knows them ("my senior
    /// Priya worked under her, she gave me her number"): a referral however it is put, with the referrer's name.
    /// </summary>
    public static bool NamesReferrer(string? text) =>
        text is { Length: > 0 and <= 200 }
        && (ReferralVerb().IsMatch(text) || KnowsThem().IsMatch(text) || OpensWithRelation(text))
        && Find(WhoPart(text)) is not null;

    /// <summary>
    /// The part of a sentence that names the referrer: all of it when a referral verb says how the name came, else the
    /// words before "knows her" / "worked under him" ("my senior Priya worked under him" → "my senior Priya").
    /// </summary>
    private static string WhoPart(string text) =>
        !ReferralVerb().IsMatch(text) && KnowsThem().Match(text) is { Success: true } knows ? text[..knows.Index] : text;

    /// <summary>
    /// Whether <paramref name="text"/> opens by saying who someone is to someone ("her colleague tom reyes", "my old
    /// boss Priya"): a determiner, then a word of relation, as <see cref="Find"/> reads them before the name.
    /// </summary>
    public static bool OpensWithRelation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] words = Spaces().Split(text.Replace(',', ' ').Trim());
        if (words.Length > 2 && words[0].Equals("one", StringComparison.OrdinalIgnoreCase) && words[1].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            words = words[2..];
        }

        return words.Length >= 2 && words[0].ToLowerInvariant() is "my" or "our" or "her" or "his" or "their" or "a" or "an" && Relation().IsMatch(words[1]);
    }

    /// <summary>
    /// Splits a referral off a contact typed in one go ("sam patel, ux designer at monzo. my friend dana lee gave me her
    /// name"): the details without the referral clause and the referrer's name, or null when no clause after the name
    /// says who passed the contact on. Only a clause with a referral verb or a "through"/"via" lead counts, so "Ana
    /// Ruiz, shared services manager" keeps its role.
    /// </summary>
    public static (string Details, string Referrer)? SplitFromDetails(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        MatchCollection breaks = ClauseBreak().Matches(text);
        for (int i = 0; i < breaks.Count; i++)
        {
            int start = breaks[i].Index + breaks[i].Length;
            int end = i + 1 < breaks.Count ? breaks[i + 1].Index : text.Length;
            string clause = text[start..end].Trim(' ', ')', '.');
            // "my senior Priya worked under him", "my friend Kemi knows her": someone the user knows who knows the
            // contact is whose name opens the ask, as a referrer's does (and is asked about the same way).
            if (clause.Length == 0 || (!ReferralVerb().IsMatch(clause) && !Lead().IsMatch(clause) && !KnowsThem().IsMatch(clause)) || Find(WhoPart(clause)) is not { } referrer)
            {
                continue;
            }

            string details = (text[..breaks[i].Index] + " " + text[end..]).Trim(' ', ',', ';', '.', '-');
            return details.Length == 0 ? null : (details, referrer);
        }

        return null;
    }

    // Where one clause of a typed contact ends: a sentence end, a comma, a semicolon, a bracket or a spaced dash.
    [GeneratedRegex(@"[.!;]\s+|\s*[,;(]\s*|\s+[-–—]\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\G(?:\s+(?:to|me|us|her|him|them|on|along))*\s+by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PassiveBy();

    [GeneratedRegex(@"\b(?:introduced|introduce[sd]?|referred|refers|recommended|suggested|passed|gave|given|sent|put me|connected|told me|mentioned|forwarded|shared|pointed me|linked us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ReferralVerb();

    [GeneratedRegex(@"^\s*(?:it was\s+|it's\s+)?(?:through|via|thanks to|by way of|from|by)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s(?:knows?|knew|(?:has\s+|had\s+)?work(?:s|ed|ing)?|used\s+to\s+work|studied|trained|reported|is\s+(?:close\s+)?friends)\b(?:\s+\S+){0,3}?\s+(?:him|her|them)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex KnowsThem();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();

    // Words of how the user knows the person: determiners, "old", relations ("colleague", "cousin", "manager").
    [GeneratedRegex(@"^(?:my|our|a|an|the|his|her|their|old|former|ex|ex-|good|close|best|dear|previous|last|current|new|family|uni|university|college|school|work|called|named|mate|friend|friends|colleague|coworker|co-worker|workmate|manager|boss|mentor|teacher|tutor|professor|prof|lecturer|cousin|brother|sister|aunt|auntie|uncle|mum|mom|dad|father|mother|parent|grandma|grandad|neighbour|neighbor|classmate|coursemate|flatmate|roommate|housemate|partner|husband|wife|girlfriend|boyfriend|fiance|fiancee|supervisor|coach|contact|acquaintance|adviser|advisor|counsellor|counselor|careers|career|recruiter|lead|director|alum|alumnus|alumna|in-law|godmother|godfather|pastor|vicar|friend's|colleague's|senior|junior|senior's|batchmate|batch-mate)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Relation();

    [GeneratedRegex(@"^(?:from|at|in|who|whom|whose|that|which|on|of|with|and|but|because|when|after|since|said|says|knows|knew|works|worked|is|was|has|had|met|does|did|used|helped|,)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Descriptor();

    [GeneratedRegex(@"^\p{L}[\p{L}'\-]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NameWord();
}
