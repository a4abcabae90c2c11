using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>
/// Who, where and when in a sentence about an unplanned chat, however it is put: "bumped into someone at a meetup,
/// priya from monzo", "I met Priya Shah from Contoso in the lift yesterday", "Priya at Monzo", "a recruiter in the
/// coffee queue". The sentence is read clause by clause: a clause names a person after a verb of meeting ("met",
/// "ran into", "chatted with") or on its own, and a person described rather than named ("someone", "a recruiter",
/// "this guy") is no name at all, so the flow asks for one instead of filing the description.
/// </summary>
/// <param name="Name">The person's name, capitalised when typed all in lower case; null when none is given.</param>
/// <param name="Organisation">Where they work ("from Monzo", "works at Contoso"), when said.</param>
/// <param name="Place">Where the chat happened, with its lead word ("at a meetup", "in the lift"), when said.</param>
/// <param name="Day">The day as typed ("yesterday", "last Thursday"), when said.</param>
internal sealed partial record ChanceMeetingSentence(string? Name, string? Organisation, string? Place, string? Day)
{
    private static readonly string[] s_placeLeads = ["at", "in", "on", "during", "while", "by"];

    // Words that start a description of a place rather than a name: "at a meetup", "in the lift", "on my train".
    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "our", "their", "his", "her", "this", "that", "some", "one", "another", "work", "lunch", "dinner", "home",
    };

    // Places people chat by chance; a phrase holding one is a place even without "a" or "the" ("at Pycon meetup").
    private static readonly HashSet<string> s_venueWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "conference", "conf", "meetup", "meet-up", "event", "fair", "queue", "airport", "party", "wedding", "gym", "train", "bus", "station",
        "cafe", "café", "coffee", "bar", "pub", "lift", "elevator", "flight", "plane", "gate", "lounge", "hackathon", "workshop", "talk",
        "lecture", "networking", "reception", "festival", "expo", "summit", "seminar", "webinar", "library", "park", "club", "course",
        "class", "stop", "restaurant", "canteen", "kitchen", "hotel", "game", "match", "gig", "concert", "launch", "drinks", "breakfast",
    };

    // Words that describe a person rather than name them: "someone", "a recruiter", "this woman", "her manager".
    private static readonly HashSet<string> s_describingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "someone", "somebody", "anyone", "person", "people", "guy", "guys", "man", "woman", "lady", "bloke", "chap", "girl", "boy",
        "stranger", "recruiter", "he", "she", "him", "her", "his", "hers", "them", "their", "name", "forgot", "remember", "everyone",
        "friend", "colleague", "lots", "loads", "couple", "few", "group", "team", "speaker", "founder", "ceo", "cto", "director",
        "hiring", "staff", "employee", "engineers", "nurse", "doctor", "teacher", "dad", "mum", "mom", "brother", "sister", "uncle", "aunt",
        "cousin", "neighbour", "neighbor",
    };

    /// <summary>Reads <paramref name="text"/>; every part not said is null.</summary>
    public static ChanceMeetingSentence Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ReadClauses(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A machine too busy to finish a reading in time reads nothing, rather than failing the turn.
            return new ChanceMeetingSentence(null, null, null, null);
        }
    }

    private static ChanceMeetingSentence ReadClauses(string text)
    {
        string? name = null, organisation = null, place = null, day = null;
        foreach (string clause in ClauseBreak().Split(text.Trim()))
        {
            (string rest, string? said) = PastDay.Detach(clause.Trim().TrimEnd('.', '!', '?', ' '));
            day ??= said;
            rest = FillerStart().Replace(rest, string.Empty).Trim();
            if (rest.Length == 0)
            {
                continue;
            }

            // "at a meetup I met priya": what comes before the verb of meeting is read for the place.
            Match met = MeetingVerb().Match(rest);
            string before = met.Success ? rest[..met.Index].Trim() : string.Empty;
            string person = met.Success ? rest[(met.Index + met.Length)..].Trim() : rest;
            if (before.Length > 0)
            {
                ReadTail(before, personNamed: false, ref organisation, ref place);
            }

            if (!met.Success && StartsWithPlaceLead(person))
            {
                ReadTail(person, personNamed: false, ref organisation, ref place);
                continue;
            }

            Match marker = TailMarker().Match(person);
            string head = (marker.Success ? person[..marker.Index] : person).Trim().Trim(',', '.', '!');
            // "a nurse manager called grace obi": described first, then named.
            string? clauseName = AsName(head) ?? (DescribedThenNamed().Match(head) is { Success: true } named ? AsName(named.Groups["name"].Value) : null);
            name ??= clauseName;
            if (marker.Success)
            {
                ReadTail(person[marker.Index..].Trim(), personNamed: clauseName is not null || !met.Success, ref organisation, ref place);
            }
        }

        return new ChanceMeetingSentence(name is null ? null : PersonNameCasing.Cased(name), organisation is null ? null : OrganisationCased(organisation), place, day);
    }

    /// <summary>
    /// Splits what the person said off a chat logged in one message ("met priya at a meetup yesterday. she said to
    /// learn sql"): the part about who, where and when, and the part from the first report of what they said or what
    /// the user learned, or null when there is none. Nothing before the first clause counts as learned, so a message
    /// that only reports ("she said ...") keeps it all as who.
    /// </summary>
    public static (string Who, string? Learned) SplitLearned(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return Split(text.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            return (text.Trim(), null);
        }
    }

    private static (string Who, string? Learned) Split(string said)
    {
        Match start = LearnedStart().Match(said);
        if (!start.Success || start.Index == 0)
        {
            return (said, null);
        }

        string who = said[..start.Index].Trim().TrimEnd(',', ';', '-', '–');
        string learned = said[(start.Index + start.Length)..].Trim();
        if (who.Length > 0 && LeaveToGetInTouch().IsMatch(learned))
        {
            // "she said I could email her" is leave to follow up, not something learned: the thank-you would thank
            // them for the advice "to email you", so what they said is still asked for.
            return (who, null);
        }

        return who.Length == 0 || learned.Length == 0 ? (said, null) : (who, learned);
    }

    /// <summary>
    /// Whether a message tells of a chance meeting in the user's own words: "I met a nurse manager at a conference
    /// yesterday", "just bumped into Priya from Monzo in the lift", "got chatting to a recruiter at the airport". It has to
    /// start with the meeting ("met with" is left out: that is how people speak of a planned meeting, a debrief) and say
    /// who, where or when, so "I met my goal" is not one.
    /// </summary>
    public static bool IsStory(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            if (text.Length > 500 || !StoryStart().IsMatch(text))
            {
                return false;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }

        (string who, _) = SplitLearned(text);
        ChanceMeetingSentence said = Read(who);
        return said.Place is not null || said.Organisation is not null || (said.Name is not null && said.Day is not null);
    }

    /// <summary>Whether the words read as a place ("a meetup", "the coffee queue at the hospital") rather than a name.</summary>
    internal static bool ReadsAsPlace(string phrase)
    {
        string[] words = Words(phrase);
        return words.Length > 0 && (s_determiners.Contains(words[0]) || words.Any(s_venueWords.Contains));
    }

    /// <summary>"from monzo at a meetup", "at the airport": each marked phrase is an organisation or a place.</summary>
    private static void ReadTail(string tail, bool personNamed, ref string? organisation, ref string? place)
    {
        Match marker = TailMarker().Match(" " + tail);
        if (!marker.Success || marker.Index != 0)
        {
            return;
        }

        string lead = marker.Value.Trim().ToLowerInvariant();
        string after = tail[(marker.Length - 1)..].Trim();
        Match next = TailMarker().Match(after);
        string phrase = (next.Success ? after[..next.Index] : after).Trim().Trim(',', '.', '!');

        // "for coffee", "over zoom", "yesterday": what they did and when, neither where they work nor where it was.
        bool aside = lead is "for" or "over" or "yesterday" or "today" or "tonight" or "earlier" or "recently" or "just now"
            || lead.StartsWith("last ", StringComparison.Ordinal) || lead.StartsWith("this ", StringComparison.Ordinal);
        if (phrase.Length > 0 && !aside)
        {
            // "at a meetup" is a place; "priya at monzo" names where she works, as "from monzo" always does.
            bool placeLead = s_placeLeads.Contains(lead);
            bool organisationLead = !placeLead || (lead == "at" && personNamed && organisation is null);
            if (placeLead && (ReadsAsPlace(phrase) || !organisationLead))
            {
                place ??= $"{lead} {phrase}";
            }
            else if (organisationLead && OrganisationOf(phrase) is { } named)
            {
                organisation ??= named;
            }
        }

        if (next.Success)
        {
            ReadTail(after[next.Index..].Trim(), personNamed, ref organisation, ref place);
        }
    }

    // "monzo", and "the bbc" or "the council" after "from": an organisation's "the" is dropped, any other determiner
    // ("a startup", "my old firm") describes rather than names one.
    private static string? OrganisationOf(string phrase)
    {
        string[] words = Words(phrase);
        if (words is [var the, _, ..] && string.Equals(the, "the", StringComparison.OrdinalIgnoreCase))
        {
            phrase = phrase.Trim()[4..].Trim();
            words = words[1..];
        }

        return words.Length is > 0 and <= 5 && !s_determiners.Contains(words[0]) && SlotAnswers.NotAName(phrase) is null ? phrase : null;
    }

    private static string? AsName(string head)
    {
        string[] words = Words(head);
        bool named = words.Length is > 0 and <= 4
            && !s_determiners.Contains(words[0])
            && !words.Any(s_describingWords.Contains)
            && !words.Any(w => s_placeLeads.Contains(w.ToLowerInvariant()))
            && words.All(w => w.Any(char.IsLetter))
            && SlotAnswers.NotAName(head) is null
            && DebriefAnswers.Optional(head) is not null
            && !ConfirmRecognizer.TryRecognize(head, out _);
        return named ? head : null;
    }

    private static bool StartsWithPlaceLead(string text) => Words(text) is [var first, _, ..] && s_placeLeads.Contains(first.ToLowerInvariant());

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '!', '?', ';', ':', '"')).Where(w => w.Length > 0).ToArray();

    private static string OrganisationCased(string organisation) => PersonNameCasing.Organisation(string.Join(' ', Words(organisation)));

    // Where a report of what was said starts: a new sentence, a comma or "and" before "she said", "he told me",
    // "they suggested", "I learned"... The report itself is kept from its subject on.
    [GeneratedRegex(@"^(?:(?:she|he|they)\s+(?:also\s+)?(?:said|says|told\s+me|mentioned|suggested)\s+)?(?:that\s+)?(?:i\s+(?:could|can|should|may|might|was\s+welcome\s+to)\s+|to\s+)?(?:email|e-mail|message|call|phone|text|ring|contact|write\s+to|get\s+in\s+touch(?:\s+with)?|reach\s+out(?:\s+to)?|drop\s+(?:her|him|them)\s+a\s+line|connect(?:\s+with)?|add)\s*(?:her|him|them|me)?(?:\s+(?:any\s*time|anytime|sometime|later|on\s+linkedin|next\s+week|soon))?[\s.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LeaveToGetInTouch();

    [GeneratedRegex(@"^\W*(?:(?:so|well|um|oh|hey|hi|guess\s+what|today|yesterday|earlier|this\s+morning|last\s+night)\b[\s,!.]*)*(?:(?:i|we)(?:'ve|’ve|\s+have)?\s+)?(?:just\s+|finally\s+|actually\s+)?(?:met\s+(?!with\b|up\b)|ran\s+into|bumped\s+into|got\s+(?:talking|chatting)\s+(?:to|with)|(?:chatted|talked|spoke)\s+(?:to|with)\s+(?:a|an|this|some)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex StoryStart();

    [GeneratedRegex(@"(?:[.!?]\s+|\s*[,;]\s*(?:and\s+|so\s+)?|\s+(?:and|so)\s+)(?=(?:she|he|they|i)\s+(?:(?:also|really|then|even)\s+)?(?:said|says|told|tells|suggested|suggests|recommended|recommends|advised|advises|explained|mentioned|reckons|reckoned|thinks|thought|warned|stressed|pointed\s+out|gave\s+me|learn(?:ed|t)|found\s+out|heard)\b|(?:her|his|their|the|main|biggest|best)\s+(?:\w+\s+)?(?:advice|tip|takeaway|lesson)s?\b|apparently\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LearnedStart();

    // Clauses: "bumped into someone at a meetup, priya from monzo", "... - priya from monzo", "...; her name was priya".
    [GeneratedRegex(@"\s*[,;]\s*|\s+[-–]\s+|\s+(?:and|but)\s+(?=(?:her|his|their)\s+name|(?:she|he|they)(?:'s|’s|\s+(?:is|was|works))|it\s+was\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ClauseBreak();

    // Words before the substance of a clause: "so", "just", "I", "today I", "had a great chat" is handled as a verb below.
    [GeneratedRegex(@"^(?:(?:so|well|um|oh|just|actually|basically|anyway|i|i've|ive|i’ve|we|today|earlier|also|then)\b[\s,]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FillerStart();

    // A verb of meeting (or being told a name) after which the person follows: "met priya", "ran into someone",
    // "had a quick chat with ben", "got talking to a recruiter", "her name was priya", "she's called priya".
    [GeneratedRegex(@"\b(?:met(?:\s+up\s+with)?|meet\s+up\s+with|(?:bumped|bump|ran|run|running|bumping)\s+into|(?:talked|talking|talk|spoke|speaking|speak|chatted|chatting|chat|got\s+talking|got\s+chatting)\s+(?:to|with)|had\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:chat|conversation|talk|coffee)\s+with|sat\s+(?:next\s+to|beside|with)|introduced\s+to|with|(?:her|his|their)\s+name\s+(?:is|was|'s|’s)|name(?:'s|’s)|(?:is|was|'s|’s)\s+called|named)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MeetingVerb();

    [GeneratedRegex(@"^(?:a|an|the|this|some)\s+(?:\w+\s+){0,4}?(?:called|named)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DescribedThenNamed();

    // Where the name ends and what is said about them starts: "priya from monzo", "priya at a meetup", "ben who works at contoso".
    // "maria lopez for coffee yesterday", "ben over lunch": what they did and when also end the name.
    [GeneratedRegex(@"\s+(?:from|at|in|on|during|while|by|for|over|who\s+(?:works|worked|is|was)\s+(?:at|for|in)|who's\s+(?:at|with)|(?:works|working|worked)\s+(?:at|for|in))\s+|\s+(?:yesterday|today|tonight|earlier|recently|just\s+now|last\s+\w+|this\s+(?:morning|afternoon|evening|week))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TailMarker();
}
