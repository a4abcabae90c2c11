using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Goals;

/// <summary>
/// An answer to "Where are you right now?" typed as a sentence about where the user is heading: "i kind of know, i
/// want to move into product management", "switching careers to nursing", "I'd like to become a data analyst". A named
/// destination means a chosen direction and is kept as a hint for the fields question; doubt about it ("not sure
/// whether to go into law or teaching") means still exploring; a vague one ("something creative") names no field.
/// A direction held loosely ("maybe moving into product", "I kind of know") is a reading to check, not to take.
/// </summary>
/// <param name="Stage">The stage the sentence means.</param>
/// <param name="Field">The field or job it names ("product management"), when it names one.</param>
/// <param name="Sure">False when the sentence only leans that way, so the flow asks "Did you mean …?".</param>
internal sealed partial record CareerStageAnswer(CareerStage Stage, string? Field, bool Sure = true)
{
    private const int MaxFieldWords = 6;

    /// <summary>The stage and field the sentence says, or null when it says neither where the user is heading nor that they know.</summary>
    public static CareerStageAnswer? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        // "I'm working in retail but want to move into product": the destination is the one wanted, else the last named.
        Match[] headings = [.. Heading().Matches(text).Cast<Match>()];
        if (headings.Length == 0)
        {
            // "want to shift to health informatics": "to" after a verb that also takes places, taken only when what
            // follows is plainly a field ("move to London", "shift to Pune" stay places).
            headings = [.. HeadingTo().Matches(text).Where(h => FieldEnding().IsMatch(h.Groups["field"].Value))];
        }

        if (headings.Length == 0)
        {
            // "I kind of know", "I think I know what I want": knowing, hedged, with no field named.
            return HedgedKnowing().IsMatch(text) && !Doubt().IsMatch(text) ? new CareerStageAnswer(CareerStage.OnAClearPath, null, Sure: false) : null;
        }

        Match heading = headings.FirstOrDefault(h => Wanted().IsMatch(text[Math.Max(0, h.Index - 40)..h.Index])) ?? headings[^1];

        string field = Article().Replace(heading.Groups["field"].Value.Trim(), string.Empty).Trim();
        string[] words = field.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        bool vague = words.Length == 0 || VagueField().IsMatch(field);
        bool eitherOr = OrBetween().IsMatch(field);
        // "set on a direction", "decided on my path": a destination word that names no field gives no field to offer.
        string? hint = vague || words.Length > MaxFieldWords || NoField().IsMatch(field) ? null : OrBetween().Replace(field, ", ");
        if (vague || eitherOr || Doubt().IsMatch(text))
        {
            return new CareerStageAnswer(CareerStage.ExploringOptions, hint);
        }

        // "maybe", "thinking about": one field in mind but held loosely.
        return new CareerStageAnswer(CareerStage.OnAClearPath, hint, Sure: !Tentative().IsMatch(text[..heading.Index]));
    }

    // A verb of heading somewhere and its destination: "move into X", "switch careers to X", "become a X", "work in X",
    // "settled on X", "get out of teaching and into X", "move from nursing into X", "leave teaching for X". "into" is required after verbs that also take places ("move to London", "go to the fair").
    [GeneratedRegex(
        @"\b(?:out\s+of\s+[^,.;!?]+?\s+and\s+into|(?:mov(?:e|ing)|moved|get(?:ting)?|go(?:ing)?|break(?:ing)?|head(?:ing)?|step(?:ping)?|branch(?:ing)?\s+out)(?:\s+(?:over|across|back))?(?:\s+from\s+[^,.;!?]+?)?\s+into"
        + @"|(?:switch(?:ing)?|chang(?:e|ing)|transition(?:ing)?|pivot(?:ing)?|retrain(?:ing)?)(?:\s+(?:careers?|fields?|jobs?|over|across))?(?:\s+from\s+[^,.;!?]+?)?\s+(?:in)?to"
        + @"|(?:leav(?:e|ing)|quit(?:ting)?|swap(?:ping)?|trad(?:e|ing))\s+(?!(?:it|this|that|them)\b)[^,.;!?]+?\s+for"
        + @"|career\s+change\s+(?:in)?to|(?:become|becoming|be\s+an?|train(?:ing)?\s+(?:as|to\s+be)|qualify(?:ing)?\s+as)"
        + @"|(?:work(?:ing)?|a\s+(?:job|career|role))\s+(?:in|as)|(?:decided|settled|set|focused|focussed)\s+on|(?:chosen|picked|aiming\s+for))"
        + @"\s+(?<field>.+?)\s*(?=[,.;!?()]|\s+(?:but|because|as|so|since|though|although|and\s+(?:i|i'm|want|need|would)|eventually|someday|one\s+day|at\s+some\s+point|in\s+the\s+future|soon|next\s+year|now|later|after|once|when|while|before|within|this\s+(?:year|month|autumn|spring|summer|winter)|please)\b|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Heading();

    // The places-too verbs with a bare "to": Indian English "shift to" is as often a move of house as of career.
    [GeneratedRegex(
        @"\b(?:mov(?:e|ing)|moved|shift(?:ing|ed)?|go(?:ing)?|get(?:ting)?|jump(?:ing)?|transfer(?:ring)?|cross(?:ing)?\s+over)(?:\s+(?:careers?|fields?|over|across|back))?(?:\s+from\s+[^,.;!?]+?)?\s+to"
        + @"\s+(?<field>.+?)\s*(?=[,.;!?()]|\s+(?:but|because|as|so|since|though|although|and\s+(?:i|i'm|want|need|would|how|what)|how|eventually|someday|one\s+day|at\s+some\s+point|in\s+the\s+future|soon|next\s+year|now|later|after|once|when|while|before|within|this\s+(?:year|month|autumn|spring|summer|winter)|please)\b|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HeadingTo();

    // The last word of a destination that is a field of work, not a place: a discipline's name or ending, or "role".
    [GeneratedRegex(
        @"(?:\w(?:ics|ology|ography|ism|ment|ance|ence)|\b(?:research|design|nursing|marketing|engineering|law|policy|accounting|consult(?:ing|ancy)|teaching|education|medicine|health(?:care)?|tech|technology|security|operations|sales|hr|ux|ui|product|data|analysis|therapy|counsel(?:l)?ing|administration|writing|publishing|media|communications|pr|advertising|banking|insurance|architecture|planning|logistics|procurement|recruit(?:ment|ing)|pharma(?:cy)?|biotech|government|non-?profits?|charity|ngos?|sector|industry|field|roles?|science|sciences|development|programming|coding|editing|copywriting|journalism|social\s+work|it|qa|testing))\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FieldEnding();

    [GeneratedRegex(@"\b(?:want|wanna|like|love|hope|hoping|plan|planning|aim|aiming|trying|try|looking|keen|ready|going\s+to|gonna|need)\b(?:\s+\S+){0,3}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Wanted();

    [GeneratedRegex(@"^(?:an?|the)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?:something|anything|whatever|somewhere|a\s+(?:new\s+)?(?:job|career|field|role)\b|(?:new|different|better|another)\s+(?:job|career|field|role)|a\s+(?:different|new|better)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex VagueField();

    [GeneratedRegex(@"^(?:(?:my|a|the|one|clear|definite|particular|specific|certain)\s+)*(?:direction|path|plan|goal|track|course|route|way|decision|idea|choice|options?|mind|it|this|that|one)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NoField();

    [GeneratedRegex(@"\s+(?:or|and/or)\s+|\s*/\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OrBetween();

    // Doubt about which field, not about how to get there ("not sure how to get in" still knows the field) nor about
    // whom ("i dont know nobody in this area" is a reason to network, not indecision).
    [GeneratedRegex(@"\b(?:not\s+(?:sure|certain)|unsure|(?:don't|dont|do\s+not)\s+know|no\s+idea|undecided|(?:haven't|have\s+not|not)\s+decided|can't\s+decide|cannot\s+decide|torn|whether|either)\b(?!\s+(?:how|where|when|who|what\s+the\s+first|(?:any|no|some)(?:one|body)|no\s+one|nobody|people|many|a\s+(?:soul|single)|contacts?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Doubt();

    [GeneratedRegex(@"^\W*(?:(?:i|i'm|im)\s+)?(?:kind\s+of|sort\s+of|kinda|sorta|pretty\s+much|more\s+or\s+less|mostly|roughly|partly|think\s+i|guess\s+i|probably|somewhat|a\s+bit)\s+(?:know|decided|sure|set)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex HedgedKnowing();

    [GeneratedRegex(@"\b(?:maybe|might|perhaps|possibly|considering|thinking\s+(?:about|of)|wondering|toying\s+with|curious\s+about)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Tentative();
}
