using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>
/// Whether the sentence that named a referrer already says if their name may be used: "my friend Kemi worked with him,
/// she said I could use her name" (agreed), "Tom put me in touch but asked me not to mention him" (declined). Then
/// "Has Kemi said you may mention them?" would ask what the user has just told us. Anything less plain (a doubt, "she
/// didn't say I could") is left to the question.
/// </summary>
internal static partial class ReferrerConsentInSentence
{
    public static ReferrerConsent? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return null;
        }

        string said = text.Replace('’', '\'');
        if (Declined().IsMatch(said))
        {
            return ReferrerConsent.Declined;
        }

        return Agreed().IsMatch(said) && !Doubt().IsMatch(said) ? ReferrerConsent.Agreed : null;
    }

    // "said I could use her name", "told me to mention him", "happy for me to use their name", "I can drop her name",
    // "gave me her blessing", "ok with me mentioning her".
    [GeneratedRegex(@"\b(?:(?:said|says|told\s+me|mentioned|confirmed)\s+(?:that\s+)?(?:i\s+(?:can|could|may|might|should)|to)\s+(?:use|mention|drop|say|give|name)\s+(?:her|him|them|his|their)\b|(?:happy|fine|ok|okay|glad|cool)\s+(?:for\s+me\s+)?(?:to|with\s+me)\s+(?:use|using|mention|mentioning|drop|dropping|name|naming)\s+(?:her|him|them|his|their)\b|\bi\s+(?:can|may)\s+(?:use|mention|drop)\s+(?:her|his|their)\s+name\b|(?:gave|given)\s+me\s+(?:her|his|their)\s+(?:permission|blessing|ok|okay|go-ahead))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Agreed();

    // "asked me not to mention her", "doesn't want to be named", "rather I didn't use his name", "don't mention him".
    [GeneratedRegex(@"\b(?:(?:asked|told)\s+me\s+not\s+to\s+(?:use|mention|name|drop)|(?:doesn't|does\s+not|didn't|did\s+not|don't|wouldn't)\s+want\s+(?:me\s+to\s+(?:use|mention|name|drop)|to\s+be\s+(?:named|mentioned))|(?:rather|prefer(?:s|red)?)\s+(?:i|me)\s+(?:didn't|did\s+not|don't|not)\s+(?:use|mention|name|drop)|(?:said|told\s+me)\s+(?:not\s+to|to\s+not)\s+(?:use|mention|name|drop))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Declined();

    // "she didn't say I could use her name", "not sure if she said I can mention her": no consent given.
    [GeneratedRegex(@"\b(?:didn't|did\s+not|hasn't|has\s+not|never|not\s+sure\s+(?:if|whether)|don't\s+know\s+if|dunno\s+if)\s+(?:\w+\s+){0,2}(?:said|say|told|tell|mentioned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Doubt();
}
