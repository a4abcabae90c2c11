using System.Text.RegularExpressions;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Who calls whom: offering to call back ("I can ring you back later", "shall I try again tomorrow?") keeps the
/// next move with the caller; asking the contact to call ("could you call me back?") hands it away. Over folded text.
/// </summary>
internal static class CallBackWording
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // "Ring you again Thursday", "Try you tomorrow if now's no good": the offer said with the "I'll" dropped.
    private static readonly Regex s_offer = new(
        @"^\W*(?:(?:so|ok|okay|and|or|well|right)\W+)?(?:call|ring|phone|try|bell) (?:you|him|her) (?:back|again|later|tomorrow|monday|tuesday|wednesday|thursday|friday|next week|this afternoon|this evening|tonight)\b|\b(?:i'll|i will|i can|i could|i'd|i would|i'm happy to|i am happy to|happy to|glad to|shall i|should i|can i|could i|let me|or i|i)\b(?: \w+){0,3} (?:call|called|calling|ring|rang|ringing|phone|phoned|telephone|telephoned|try|tried|reach|contact|give you a call|give you a ring|get back to you)(?: you)?(?: \w+){0,2} (?:back|again|later|another time|tomorrow|some other time|monday|tuesday|wednesday|thursday|friday|next week|this afternoon|in the morning|at another time|after some time|in a while|in a bit|after lunch)\b",
        Options);

    private static readonly Regex s_askContact = new(
        @"\b(?:could|can|would|will|please|pls|if) you(?: please| kindly)? (?:call|ring|phone|give me a call|give me a ring|get back to me|return my call|call me|contact me)\b|\b(?:call|ring|phone) me back\b|\breturn my call\b|\bget back to me\b|\bgive me a (?:call|ring|buzz)\b|\bplease (?:call|ring|phone|contact) me\b|\b(?:call|ring) me (?:when|whenever|at your|if)\b|\b(?:ask|tell|have|get) (?:him|her|them|mr \w+|mrs \w+|ms \w+|dr \w+) to (?:call|ring|phone|contact|text) me\b",
        Options);

    // A number left for the contact to use if and when they like: "you can reach me on ...", "she can call me back
    // at ...", "feel free to ring me", "he's welcome to phone me", "if you'd rather, text me". Nothing is asked of
    // them and the choice stays theirs. Word order decides: "you can call me" offers, "can you call me?" asks.
    // "You can call me Ahmed" gives a name, so "call me" has to be followed by how or when, or end the clause.
    private static readonly Regex s_invite = new(
        @"\b(?:can|may|could also|could always)(?: always| also| just| easily| simply| of course)? (?:call|ring|phone|telephone|text|reach|contact|message|whatsapp|e-?mail|get back to|get hold of|get in touch with)(?: me| us)(?: back| again)?" + Follower
        + @"|\b(?:can|may)(?: always| also| just)? (?:give|drop|send) me a (?:call|ring|buzz|text|line|message)(?: back)?\b"
        + @"|\b(?:feel free|(?:is|are|'re|'s) (?:very |most |more than |always |of course )?(?:welcome|free)) to (?:call|ring|phone|telephone|text|reach|contact|message|whatsapp|e-?mail|get back to|get hold of|get in touch with|give me a (?:call|ring)|drop me a (?:line|text|message))(?: me| us)?(?: back| again)?\b"
        + @"|\bif (?:you|he|she|they)(?:'d| would)? (?:like|prefer|rather|want|wish)(?: to)?,? (?:you can |just )?(?:call|ring|phone|text|reach|contact|message)(?: me| us)(?: back)?\b"
        + @"|\bif " + TheirPreference + @"[^.?!;]{0,40}?,? (?:just |simply |please )?" + ContactVerb
        + @"|" + ContactVerb + @"\b[^.?!;]{0,40}\bif " + TheirPreference,
        Options);

    // A condition that is the contact's preference: "if there's a better time", "if you'd rather", "if it's easier".
    private const string TheirPreference =
        @"(?:(?:there's|there is) (?:a |an )?(?:better|another|other|different|more convenient|easier) (?:time|day|moment)|(?:you'd|you would) (?:rather|prefer)|you prefer|you want|you like|(?:it's|that's|it is|that is|it'd be|it would be) easier|another (?:time|day|moment)|a (?:better|different|later|more convenient) (?:time|day|moment))\b";

    private const string ContactVerb =
        @"(?:(?:call|ring|phone|text|reach|contact|message|e-?mail|whatsapp) me|(?:give|drop|send) me a (?:call|ring|buzz|text|line|message))";

    // "If she can call me back, I'll be grateful" asks for the call; the modal sits inside the condition.
    private static readonly Regex s_insideCondition = new(@"\b(?:if|whether)(?: [\w']+){1,3} $", Options);

    private const string Follower =
        @"(?: (?:back|again|on|at|to|anytime|any time|whenever|when|once|if|directly|later|tomorrow|today|this|tonight|after|before|any|in|via|by|for|with|about|during|around|between|over)\b| ?\+?\d| ?[.,;!?]| ?$)";

    // Where a request to be called ends: the sentence, or a new clause about the meeting ("please call me back on
    // 0161 ... so we can arrange a time that suits you").
    private static readonly Regex s_requestEnd = new(
        @"[.?!;]|,? (?:so|and|but|or|then) (?:that )?(?:we|i|you|he|she|they|it)\b|\b(?:to|and) (?:arrange|set up|book|fix|find|agree|schedule|plan|organi[sz]e|decide|choose|pick)\b",
        Options);

    // A time clause said just before the request and belonging to it: "when you're free, please call me back".
    private static readonly Regex s_requestTimeBefore = new(
        @"(?:\b(?:when|whenever|once)\b[^,.?!;]*|\bat your (?:\w+ )?convenience), (?:please |kindly |just |could you |can you )?$",
        Options);

    // "There's no need to call me back" keeps the call with the caller.
    private static readonly Regex s_noNeed = new(@"\b(?:no need to|don't need to|do not need to|needn't|not necessary to|don't have to|don't)\s*(?:\w+\s*){0,2}$", Options);

    // "Could I call you on Tuesday at 6 for twenty minutes?" books a call at a fixed time: a meeting slot, not an
    // offer to try again when this moment doesn't suit.
    private static readonly Regex s_bookedSlot = new(
        @"\b(?:at \d{1,2}(?::\d\d)?|\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)|noon|for (?:\w+ ){0,2}(?:minutes|mins|an hour|half an hour))\b",
        Options);

    private static readonly Regex s_again = new(@"\b(?:back|again|later|another|other|after some time|in a while|in a bit)\b", Options);

    // "Can I call you at a time that suits you?", "May I ring you at a more convenient time?": the caller offers to
    // call again when the contact likes, which is an offer to call back.
    private static readonly Regex s_offerAtTheirTime = new(
        @"\b(?:i'll|i will|i can|i could|happy to|shall i|should i|can i|could i|may i|might i|let me|or i) (?:\w+ )?(?:call|ring|phone|telephone|try) (?:you|him|her|them)(?: back| again)? (?:at (?:a|another|some other) (?:\w+ ){0,2}(?:time|moment)|at (?:your|his|her|their) convenience|whenever|when (?:it|you|he|she|they)(?:'s|'re| are| is)? (?:\w+ )?(?:convenient|suits?|free|better|easier|less busy))\b",
        Options);

    /// <summary>True when the caller offers to call again.</summary>
    public static bool OffersCallBack(string folded) =>
        !string.IsNullOrEmpty(folded)
        && ((s_offer.IsMatch(folded) && !s_askContact.IsMatch(Before(folded, s_offer)) && (s_again.IsMatch(Before(folded, s_offer)) || !s_bookedSlot.IsMatch(folded)))
            || (s_offerAtTheirTime.IsMatch(folded) && !s_bookedSlot.IsMatch(folded)));

    /// <summary>True when the caller asks or tells the contact to call them (a number merely offered is not asked).</summary>
    public static bool AsksContactToCall(string folded) => RequestToCall(folded) is not null;

    /// <summary>True when the caller leaves the contact a number to use if and when they like.</summary>
    public static bool InvitesContactToCall(string folded) =>
        !string.IsNullOrEmpty(folded) && s_invite.Matches(folded).Any(m => !s_insideCondition.IsMatch(folded[..m.Index]));

    /// <summary>
    /// The text with a request to be called blanked out, up to where its clause ends: "when you're free" inside "could
    /// you call me back when you're free?" times the contact's call, and asking for that call hands the next move
    /// away, so it leaves no meeting to them. A meeting clause after it ("so we can find a time that suits you") stays.
    /// </summary>
    public static string WithoutRequestToCall(string folded)
    {
        for (int guard = 0; guard < 4; guard++)
        {
            Match? request = RequestToCall(folded);
            if (request is null)
            {
                return folded;
            }

            Match end = s_requestEnd.Match(folded, request.Index + request.Length);
            int stop = end.Success ? end.Index : folded.Length;
            int start = request.Index;
            Match before = s_requestTimeBefore.Match(folded[..start]);
            if (before.Success)
            {
                start = before.Index;
            }

            folded = string.Concat(folded.AsSpan(0, start), " ", folded.AsSpan(stop));
        }

        return folded;
    }

    // The request itself, once offered numbers are set aside ("she can call me back at ..." asks nothing).
    private static Match? RequestToCall(string folded)
    {
        if (string.IsNullOrEmpty(folded))
        {
            return null;
        }

        string asked = s_invite.Replace(folded, m => s_insideCondition.IsMatch(folded[..m.Index]) ? m.Value : new string(' ', m.Length));
        Match match = s_askContact.Match(asked);
        return match.Success && !s_noNeed.IsMatch(asked[..match.Index]) ? match : null;
    }

    private static string Before(string folded, Regex offer)
    {
        Match match = offer.Match(folded);
        return match.Success ? match.Value : string.Empty;
    }
}
