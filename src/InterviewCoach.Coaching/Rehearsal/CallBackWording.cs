using System.Text.RegularExpressions;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Who calls whom: offering to call back ("I can ring you back later", "shall I try again tomorrow?") keeps the
/// next move with the caller; asking the contact to call ("could you call me back?") hands it away. Over folded text.
/// </summary>
internal static class CallBackWording
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex s_offer = new(
        @"\b(?:i'll|i will|i can|i could|i'd|i would|i'm happy to|i am happy to|happy to|glad to|shall i|should i|can i|could i|let me|or i|i)\b(?: \w+){0,3} (?:call|called|calling|ring|rang|ringing|phone|phoned|telephone|telephoned|try|tried|reach|contact|give you a call|give you a ring|get back to you)(?: you)?(?: \w+){0,2} (?:back|again|later|another time|tomorrow|some other time|monday|tuesday|wednesday|thursday|friday|next week|this afternoon|in the morning|at another time|after some time|in a while|in a bit|after lunch)\b",
        Options);

    private static readonly Regex s_askContact = new(
        @"\b(?:could|can|would|will|please|pls|if) you(?: please| kindly)? (?:call|ring|phone|give me a call|give me a ring|get back to me|return my call|call me|contact me)\b|\b(?:call|ring|phone) me back\b|\breturn my call\b|\bget back to me\b|\bgive me a (?:call|ring|buzz)\b|\bfeel free to (?:call|ring|phone|contact) me\b|\bplease (?:call|ring|phone|contact) me\b|\b(?:call|ring) me (?:when|whenever|at your|if)\b",
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

    /// <summary>True when the caller asks the contact to call them.</summary>
    public static bool AsksContactToCall(string folded)
    {
        if (string.IsNullOrEmpty(folded))
        {
            return false;
        }

        Match match = s_askContact.Match(folded);
        return match.Success && !s_noNeed.IsMatch(folded[..match.Index]);
    }

    private static string Before(string folded, Regex offer)
    {
        Match match = offer.Match(folded);
        return match.Success ? match.Value : string.Empty;
    }
}
