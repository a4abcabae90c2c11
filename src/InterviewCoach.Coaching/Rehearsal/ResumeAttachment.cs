using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Whether an email says a résumé or CV goes with it. Read clause by clause on folded text: a résumé named in a clause
/// that also says it is with this message ("attached", "enclosed", "joined", "in attachment", "with this email", "here
/// is", "I send you"), unless that clause offers it for later ("I can send my CV", "happy to share my résumé"), denies
/// it ("I have not attached my CV", "without my CV") or only wonders about it. A denial or a condition in another
/// clause of the same sentence ("I am not looking for a job, and I have attached my CV") does not reach it.
/// </summary>
internal static class ResumeAttachment
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private const string Resume = @"(?:resumes?|cvs?|c\.v\.|curriculum(?: vitae)?|bio-?data)";

    // Clauses: a denial or an offer covers its own clause ("I'm not asking for a job, but my CV is attached").
    private static readonly Regex s_clauseBreak = new(@"[;:]\s+|,?\s+\b(?:and|but|so|because|as|since|though|although|while|whereas)\s+(?=(?:i|i'm|i've|i'd|i'll|we|you|it|this|my|please|kindly|here)\b)|,\s+(?=(?:i|i'm|i've|i'd|i'll|please|kindly|here)\b)", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_resume = new(@"\b" + Resume + @"\b", Options);

    // Saying it is with this message: an attachment word, this message, or handing it over in the present.
    private static readonly Regex s_withThisMessage = new(
        @"\b(?:attach\w*|enclos\w*|herewith|pfa|(?:find|is|are|as) joined|joined (?:herewith|to this|with this)|(?:i|we) (?:hereby |also )?join (?:my|the|a|here)|ci-joint|in attachment|as an attachment|in (?:the )?attached|(?:with|in|along with|alongside) (?:this|my|the present) (?:e-?mail|mail|message|note|letter)|(?:i've|i have) (?:included|added|put|popped|dropped|pasted)|i (?:include|am including)|here (?:is|are)|here's|below (?:is|are)|(?:is|are|see|find) (?:\w+ ){0,3}?below|please find|kindly find|you(?:'ll| will) find|find (?:enclosed|attached|herewith)|(?:i|i'm|i am|we) (?:hereby )?send(?:ing)? (?:you |to you )?)\b",
        Options);

    // The writer offering it for later: a modal or a wish right on the sending ("I can send my CV", "happy to share
    // my résumé", "I could attach it"), the résumé that "can follow", or "on request". A condition alone does not
    // offer ("If useful, I've attached my CV" hands it over).
    private static readonly Regex s_offered = new(
        @"\b(?:(?:can|could|would|will|'ll|'d|may|might|shall|happy to|glad to|willing to|able to|ready to|pleased to|offer to)\s+(?:\w+\s+)?(?:send|share|forward|provide|attach|email|e-mail|mail|pass|give|bring|submit|supply|drop|follow up with)|(?:can|could|will|would|may) (?:\w+ )?(?:follow|be (?:sent|shared|provided|forwarded|emailed|attached))|(?:on|upon) (?:request|demand)|available (?:if|should|whenever|any time|anytime))\b",
        Options);

    // A denial that reaches the attachment: "I have not attached my CV", "I don't attach", "without my CV", "no CV".
    private static readonly Regex s_denied = new(
        @"\b(?:not|never|no|without|nor|neither)\b|n't\b",
        Options);

    // The attachment named as a thing ("my attached CV", "the enclosed résumé"): handed over whatever the clause asks.
    private static readonly Regex s_attachedAsAdjective = new(@"\b(?:attached|enclosed|joined) (?:\w+ )?" + Resume + @"\b", Options);

    // A pronoun for a résumé named in the sentence before ("Would you pass my résumé on? I've attached it.").
    private static readonly Regex s_attachedPronoun = new(
        @"\b(?:(?:i've|i have|i|i am|i'm) (?:\w+ )?(?:attached|attach|attaching|enclosed|enclose|enclosing|included|joined) (?:it|them|this|both)|(?:it|this|both|they)(?:'s| is| are)? (?:attached|enclosed|joined|included|below)|please find (?:it|them|this) (?:attached|enclosed|below))\b",
        Options);

    /// <summary>True when some sentence of the folded body says a résumé is with this message.</summary>
    public static bool SaysAttached(IReadOnlyList<string> foldedSentences)
    {
        for (int i = 0; i < foldedSentences.Count; i++)
        {
            string sentence = foldedSentences[i];
            // "forward my attached CV to HR" hands it over; "I don't have an attached CV" does not.
            Match named = s_attachedAsAdjective.Match(sentence);
            if (named.Success && !s_denied.IsMatch(sentence[..named.Index]))
            {
                return true;
            }

            foreach (string clause in s_clauseBreak.Split(sentence))
            {
                if (s_resume.IsMatch(clause) && HandedOver(clause, s_withThisMessage.Match(clause)))
                {
                    return true;
                }

                bool resumeJustNamed = s_resume.IsMatch(sentence) || (i > 0 && s_resume.IsMatch(foldedSentences[i - 1]));
                if (resumeJustNamed && HandedOver(clause, s_attachedPronoun.Match(clause)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Said to be with the message, not offered, and not denied before the attachment word ("I have not attached my
    // CV"); a "no" after it ("attached my CV, no need to reply") is about something else.
    private static bool HandedOver(string clause, Match marker) =>
        marker.Success && !s_offered.IsMatch(clause) && !s_denied.IsMatch(clause.AsSpan(0, marker.Index + marker.Length).ToString());
}
