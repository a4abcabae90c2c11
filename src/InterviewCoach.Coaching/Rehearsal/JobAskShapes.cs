using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The shapes a job ask takes when it names no job: the writer becoming one of the contact's side ("to be part of your
/// team", "help me get into Seplat"), being considered or remembered, their candidacy passed on ("put my name forward",
/// "forward my profile"), the person who hires asked for ("whom I should approach in your HR"), a place for the writer
/// ("any scope for me"), or a stint in the contact's unit ("do my placement in your department"). Each is read on a
/// clause of one sentence, with the writer in it, and a denial in the same clause ("I'm not asking to join your team")
/// undoes it. Used by the email checker beside the shared job-ask wording.
/// </summary>
internal static class JobAskShapes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex s_clauseBreak = new(@"\b(?:but|however|though|although|yet)\b|;", Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_denied = new(
        @"(?i:\b(?:not|n't|never|no)\s+(?:\w+\s+){0,3}?(?:ask\w*|look\w*|seek\w*|after|want\w*|request\w*|expect\w*|hop\w*|apply\w*|search\w*|jobs?|employment|positions?|roles?|work)\b)",
        Options, RegexBudget.MatchTimeout);

    private const string Unit =
        @"(?:teams?|company|firm|practice|studio|unit|department|group|lab|laboratory|office|organi[sz]ation|agency|bank|hospital|clinic|newsroom|kitchen|division|ministry|school|ward|service|business|start-?up|staff|workforce|ranks|outfit|restaurant|charity|trust|faculty|board|crew|desk|squad)";

    // The contact's side: their unit or organisation, "there"; not "you" alone ("join you for coffee" is a meeting),
    // nor something of theirs that is not a workplace ("join your webinar", "bring my questions to your office hours").
    private const string TheirSide =
        @"(?i:your\s+(?:[\w-]+\s+){0,2}?" + Unit + @"|yours|there|the " + Unit + @")\b";

    // What a worker offers: "bring my skills to", "put my competences at the service of"; not "offer my thanks".
    private const string Capacities =
        @"(?:my|these|those|all my|our)\s+(?:[\w-]+\s+){0,2}?(?:skills?|experience|expertise|talents?|abilit(?:y|ies)|competences?|competenc(?:y|ies)|capabilit(?:y|ies)|knowledge|know-how|energy|background|services|strengths?|profile)\s+";

    private const string Become =
        @"(?i:\b(?:to|could|can|may|might|would|will|'d|'ll|let me|me)\s+(?:\w+\s+)?)";

    // Becoming one of them, in a wish or a possibility: "to be part of your team", "to bring my skills to your unit",
    // "put my competences at the service of your team", "could join your practice".
    private static readonly Regex s_joinTheirSide = new(
        Become + @"(?i:join|be (?:a )?part of|become (?:a )?part of|form (?:a )?part of|be (?:a |an )?(?:member|addition) (?:of|to)|become (?:a |an )?(?:member|addition) (?:of|to)|be among|come on board (?:at|with)|work (?:for|in|at|within|alongside)|contribute to|get into|get in at|enter|start (?:my career )?(?:at|with|in)|put " + Capacities + @"at (?:the )?(?:service|disposal) of|bring " + Capacities + @"(?:\w+\s+){0,2}?to|offer " + Capacities + @"(?:\w+\s+){0,2}?to)\s+(?:\w+\s+){0,2}?" + TheirSide,
        Options, RegexBudget.MatchTimeout);

    // The same with the organisation named: "help me get into Seplat", "to join Flipkart", "enter Toyota".
    private static readonly Regex s_joinNamed = new(
        Become + @"(?i:join|be (?:a )?part of|become (?:a )?part of|get into|get in at|enter|work for|come on board at)\s+(?:the\s+)?\p{Lu}[\p{L}&.'-]+",
        Options, RegexBudget.MatchTimeout);

    // Asked how or what about someone else's joining is a question about the work, not an ask: "what it's like to work
    // at Stripe", "how people get into Unilever". "whether I could join your team" keeps the writer.
    private static readonly Regex s_aboutOthers = new(
        @"(?i:\b(?:what|how|why|which|when|where)\s+(?!(?:i|i'd|i'm|i could|i can|i might|i should|i would|someone like me|a person like me|a profile like mine)\b)(?:\w+\s+){0,6}?(?:to|could|can|may|might|would|will|did|do|does)\b)",
        Options, RegexBudget.MatchTimeout);

    // Being considered or remembered: "to be thought of", "I'd love to be considered", "remembering my name", "keep my
    // profile in mind".
    private static readonly Regex s_considered = new(
        @"(?i:\b(?:be|being|get|getting)\s+(?:\w+\s+)?(?:considered|thought of|remembered|kept in mind|shortlisted)\b|\b(?:remember|think of)\s+(?:me|my name|my profile)\s+(?:if|when|whenever|should|for|in case|as)\b|\bremembering (?:me|my name|my profile)\b(?! from)|\b(?:keep|keeping|bear|bearing)\s+(?:me|my name|my profile|my details|my cv|my application)\s+in mind\b)",
        Options, RegexBudget.MatchTimeout);

    // The writer's candidacy handed on by the contact: "put my name forward", "forward my profile", "transmit my
    // candidature", "pass my name along to whoever decides", "forward the attached CV to your head brewer" (the CV
    // attached to this email is the writer's).
    private static readonly Regex s_candidacyPassed = new(
        @"(?i:\b(?:pass|passing|put|putting|send|sending|forward|forwarding|transmit|transmitting|refer|referring|recommend|recommending|submit|submitting|circulate|circulating|hand|handing|share|sharing|mention|mentioning|suggest|suggesting|propose|proposing|flag|flagging|show|showing)\s+(?:on\s+|along\s+|forward\s+)?(?:(?:them|him|her|it|whoever)\s+)?(?:my\s+(?:(?:attached|enclosed|updated|latest|current|full)\s+)?|(?:the|this)\s+(?<attached>attached|enclosed)\s+)(?<what>name|profile|cv|resume|résumé|candidature|candidacy|application|details|particulars|bio-?data)\b)",
        Options, RegexBudget.MatchTimeout);

    // Advice on doing it oneself ("how best to send my CV to recruiters", "whether I should send my CV straight to
    // recruiters") asks for no one to pass it on.
    private static readonly Regex s_howTo = new(@"(?i:\b(?:how|whether|if|where|when) (?:best )?(?:to|i|should i|do i|can i|could i|would i|i should|i could|i can)\s+(?:\w+\s+)?$)", Options, RegexBudget.MatchTimeout);

    // A referral asked for, not to someone to talk to ("I'd really appreciate a referral"; "a referral to a
    // colleague in audit" is an introduction).
    private static readonly Regex s_referralAsked = new(
        @"(?i:\b(?:appreciate|grateful for|ask (?:you )?for|request|need|hoping for|hope for|love|welcome|get|give me|provide)\s+(?:a|an|your|any)\s+(?:internal\s+|employee\s+)?referral\b(?!\s+to\b))",
        Options, RegexBudget.MatchTimeout);

    // Passed to someone to talk with, not for a post: "pass my name to anyone else worth a chat".
    private static readonly Regex s_forAConversation = new(
        @"(?i:\b(?:chat|talk|speak|conversation|coffee|call|advice|learn|questions?|informational)\b)",
        Options, RegexBudget.MatchTimeout);

    // Asked by the writer of the contact: a request or a wish about what they might do.
    private static readonly Regex s_askedOfThem = new(
        @"(?i:\b(?:you|your)\b|\b(?:please|kindly|grateful|appreciate|thankful|obliged|kind)\b)",
        Options, RegexBudget.MatchTimeout);

    // The person who hires, asked for: "whom I should approach in your HR", "the contact of the person in charge of
    // recruitment", "who the hiring manager is", "introduce me to the person who builds the team".
    private static readonly Regex s_whoHires = new(
        @"(?i:\b(?:who|whom|whoever|the (?:right |best )?(?:person|people|contact|name|email|one)|(?:someone|anyone|somebody) (?:who|that|in charge)|contact (?:details )?(?:of|for))\b[^.?!,;]{0,60}?(?:\bhir(?:e|es|ed|ing)\b|\brecruit\w*|\bintake\b|\btalent acquisition\b|\bhr\b|\bhuman resources\b|\bpersonnel\b|\bstaffing\b|\bbuild(?:s|ing)? (?:the|your|their|a|that) (?:[\w-]+\s+){0,2}team\b|\bmakes? (?:those|the|these|hiring|staffing) (?:calls|decisions)\b))",
        Options, RegexBudget.MatchTimeout);

    // Put as a request or a wondering, with the writer in it.
    private static readonly Regex s_requestOrWondering = new(
        @"(?i:\?|\b(?:could|would|can|may|might|please|kindly|let me know|tell me|advise|guide|grateful|appreciate|whether|if|wonder\w*|possible|introduce|connect|put me|point me|direct me|approach|reach)\b)",
        Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_writer = new(@"(?i:\b(?:i|me|my|i'm|i'd|i've|i'll|myself)\b)", Options, RegexBudget.MatchTimeout);

    // Putting oneself up as a candidate: "I'd love to throw my hat in the ring", "put myself forward", "be in the mix".
    private static readonly Regex s_standsAsCandidate = new(
        @"(?i:\b(?:throw|throwing|toss|tossing|put|putting|fling)\s+my\s+hat\s+in(?:to)?\s+the\s+ring\b|\bput(?:ting)?\s+myself\s+forward\b|\bbe\s+in\s+the\s+(?:mix|running)\b|\bbe\s+(?:a\s+)?candidate\b)",
        Options, RegexBudget.MatchTimeout);

    // The writer offering to send their own CV ("I can send my CV, should you want it") hands nothing on.
    // "Happy to send my CV over if that helps" offers it just the same, its "I" left out.
    private static readonly Regex s_writerSends = new(
        @"(?i:(?:\b(?:i|i'll|i'd|i'm|we)\b(?:\s+[\w']+){0,4}|^\W*(?:(?:and|also|always|more than|very|really|of course)\s+)*(?:happy|glad|willing|pleased|keen)\s+to(?:\s+[\w']+){0,2})\s*$)",
        Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_toWhoHires = new(@"(?i:\b(?:hr|human resources|recruit\w*|hiring|talent|whoever|personnel)\b)", Options, RegexBudget.MatchTimeout);

    // A place for the writer: "any scope for me", "a chance for me", "room for a profile like mine".
    private static readonly Regex s_placeForMe = new(
        @"(?i:\b(?:any|some|a|an|the)\s+(?:[\w-]+\s+)?(?:scope|chance|possibility|room|place|space|opening|opportunity|spot|slot|requirement|need|vacancy|demand)\s+(?:\w+\s+){0,3}?for\s+(?:me|myself|someone like me|somebody like me|a person like me|people like me|a profile like mine|my profile|an?\s+(?:[\w-]+\s+)?(?:junior|trainee|graduate|intern|apprentice|newcomer|fresher|beginner|new hire|career changer)s?)\b)",
        Options, RegexBudget.MatchTimeout);

    // A stint in the contact's unit: "do my placement in your department", "make this stage in your team".
    private static readonly Regex s_stintInTheirUnit = new(
        @"(?i:\b(?:do|doing|make|making|realise|realize|complete|carry out|undertake|spend)\s+(?:my|a|an|this|the|some)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in|at|with|within)\s+your\s+(?:[\w-]+\s+){0,2}?(?:team|department|unit|lab|laboratory|company|firm|office|organi[sz]ation|group|division|service|hospital|studio|practice|newsroom|kitchen|agency|clinic|ward|school)\b)",
        Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_thisStintInTheirUnit = new(
        @"(?i:\b(?:do|doing|make|making|realise|realize|complete|carry out|undertake|spend)\s+(?:this|that)\s+(?:[\w-]+\s+)?(?:stage|internship|placement|traineeship|apprenticeship|residency|rotation|attachment|secondment|practicum|stint)\s+(?:in|at|with|within)\s+your\s+(?:[\w-]+\s+){0,2}?(?:team|department|unit|lab|laboratory|company|firm|office|organi[sz]ation|group|division|service|hospital|studio|practice|newsroom|kitchen|agency|clinic|ward|school)\b)",
        Options, RegexBudget.MatchTimeout);

    // A stint named by its kind, wherever with them it is ("do my industrial attachment in your section", "complete my
    // clerkship with you"); "do my PhD in your area" names no stint.
    private static readonly Regex s_namedStintWithThem = new(
        @"(?i:\b(?:do|doing|make|making|complete|completing|undertake|undertaking|carry out|spend|spending|serve|serving)\s+(?:my|a|an|the|this|that|some|our)\s+(?:[\w-]+\s+){0,2}?(?:internships?|placements?|traineeships?|apprenticeships?|practicums?|practices|stage|work experience|industrial training|attachments?|secondments?|externships?|co-?ops?|pupillage|clerkships?)\s+(?:[\w-]+\s+){0,2}?(?:in|at|with|within|under|on)\s+(?:your|you)\b)",
        Options, RegexBudget.MatchTimeout);

    // Being got in by them: "could you get me in over there", "sneak me in at your place"; not "get me in touch".
    private static readonly Regex s_getsMeIn = new(
        @"(?i:\b(?:you|u)\s+(?:[\w']+\s+){0,3}?(?:get|sneak|slip)\s+me\s+(?:in|into|inside|on board|aboard)\b(?!\s+(?:touch|contact)\b))",
        Options, RegexBudget.MatchTimeout);

    // A word put in for the writer: "put in a good word with your manager", "put a word in for me".
    private static readonly Regex s_goodWord = new(
        @"(?i:\bput(?:ting)?\s+in\s+a\s+(?:good\s+|kind\s+|quiet\s+|positive\s+)?word\b|\bput(?:ting)?\s+a\s+(?:good\s+|kind\s+|quiet\s+)?word\s+in\b)",
        Options, RegexBudget.MatchTimeout);

    // A post that may come free, and the writer wanting to hear of it: "if a junior spot ever frees up, I'd be grateful
    // for a heads-up", "should a role open on your team, do let me know".
    private static readonly Regex s_postComesFree = new(
        @"(?i:\b(?:spots?|roles?|openings?|positions?|vacanc(?:y|ies)|posts?|jobs?|places?|slots?|seats?|opportunit(?:y|ies))\s+(?:\w+\s+){0,3}?(?:opens?|opened|comes? up|came up|frees? up|freed up|becomes? (?:free|available|vacant)|arises?|crops? up|pops? up|is advertised|goes? live)\b)",
        Options, RegexBudget.MatchTimeout);

    // "tell me how often roles open up in the field" asks about the market.
    private static readonly Regex s_askedHow = new(@"(?i:\b(?:how|what|why|when|which|whether)\b)", Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_wantsToHear = new(
        @"(?i:\b(?:heads-?\s?up|let me know|tell me|give me a (?:shout|call|ring|nudge)|ping me|drop me a line|think of me|grateful|appreciate\w*|thankful)\b)",
        Options, RegexBudget.MatchTimeout);

    // The writer's profile reaching whoever hires: "if my profile could reach any contacts who may be hiring".
    private static readonly Regex s_candidacyReaches = new(
        @"(?i:\bmy\s+(?:[\w-]+\s+)?(?:profile|cv|resume|résumé|candidature|candidacy|application|details)\s+(?:\w+\s+){0,2}?(?:reach|get to|go to|find its way to|land (?:on|with)|end up with|be seen by)\b[^.?!]{0,60}?\b(?:hir(?:e|es|ing)|recruit\w*|hr|human resources|openings?|vacanc\w+|roles?|positions?)\b)",
        Options, RegexBudget.MatchTimeout);

    // The contact's side needing one more person, asked or wondered about: "do you think the lab could use a research
    // assistant over the summer?", "might your lab need an extra pair of hands?". No "I" is needed: the person
    // is the writer. "How often the lab could use an extra assistant" asks about the work.
    private static readonly Regex s_theirSideCouldUse = new(
        @"(?i:\b(?:(?:your\s+(?:[\w-]+\s+){0,2}?" + Unit + @"|the\s+" + Unit + @"|you|you guys|they)\s+(?:could|would|might|may|can|will)|(?:could|would|might|may|can|will)\s+(?:your\s+(?:[\w-]+\s+){0,2}?" + Unit + @"|the\s+" + Unit + @"|you|you guys|they))\s+(?:ever\s+|possibly\s+|perhaps\s+|maybe\s+)?(?:use|need|take on|do with|want|welcome)\s+(?:a|an|another|one more|an extra|extra|some)\s+(?:[\w-]+\s+){0,2}?(?:assistants?|interns?|trainees?|apprentices?|juniors?|volunteers?|helpers?|hands|person|graduates?|students?|researchers?|analysts?|technicians?|help)\b)",
        Options, RegexBudget.MatchTimeout);

    private static readonly Regex s_wishOrPossibility = new(
        @"(?i:\?|\b(?:possible|possibility|could|can|may|might|would like|want|wish|hope|hoping|ask|whether|if)\b)",
        Options, RegexBudget.MatchTimeout);

    // Their side taking people on, in a condition the writer wants to hear of: "if your firm ever takes on extra hands
    // for busy season, I'd love a heads-up", "should the studio bring on a junior, do let me know". "When your clinic
    // takes on extra staff, how do you train them?" wants to hear of nothing.
    private static readonly Regex s_theirSideTakesOn = new(
        @"(?i:\b(?:if|when|whenever|should|in case|once)\s+(?:your\s+(?:[\w-]+\s+){0,2}?" + Unit + @"|the\s+" + Unit + @"|you|you guys|they)\s+(?:ever\s+|next\s+|again\s+|also\s+)?(?:takes?|taking|brings?|bringing|hires?|hiring|needs?|adds?|is\s+looking\s+for|are\s+looking\s+for|looks?\s+for|recruits?)\s+(?:on\s+)?(?:a|an|any|another|one more|extra|more|new|some)\s+(?:[\w-]+\s+){0,2}?(?:assistants?|interns?|trainees?|apprentices?|juniors?|hands|people|person|staff|graduates?|help|helpers?|freshers?|analysts?|engineers?|designers?|technicians?|recruits?|members?)\b)",
        Options, RegexBudget.MatchTimeout);

    // A place for the writer in their unit, asked for: "help me secure a place in your unit", "could I get a spot on
    // your crew". "How did you land a spot on the team" is the contact's story.
    private static readonly Regex s_placeOnTheirSide = new(
        @"(?i:\b(?:a|an|any|some|the)\s+(?:[\w-]+\s+)?(?:place|spot|slot|seat|berth|space|opening)\s+(?:for\s+me\s+)?(?:in|on|at|with|within|inside)\s+" + TheirSide + @")",
        Options, RegexBudget.MatchTimeout);

    // The writer working in or alongside their unit, put as something they might allow: "would your studio be open to
    // me working alongside your background team for a month?".
    private static readonly Regex s_meWorkingWithThem = new(
        @"(?i:\bme\s+(?:\w+\s+)?(?:working|interning|joining|helping\s+out|training)\s+(?:(?:for|in|at|within|alongside|with|on|inside)\s+)?(?:\w+\s+){0,2}?" + TheirSide + @")",
        Options, RegexBudget.MatchTimeout);

    // The writer considered or taken on by them: "whether your team would consider a candidate like me", "would you
    // consider me for the autumn", "could you take me on for a season"; not "take me on a tour".
    private static readonly Regex s_consideredByThem = new(
        @"(?i:\bconsider(?:ing)?\s+(?:me|myself|my\s+(?:profile|application|candidacy|candidature|cv|resume|résumé)|(?:a|an|someone|somebody|people|candidates?|profiles?)\s+(?:[\w-]+\s+){0,2}?like\s+(?:me|mine|myself))\b(?!\s+(?:a|an|lucky|fortunate)\b)|\b(?:take|taking|bring|bringing)\s+me\s+on\b(?!\s+(?:a|an|the|your|my|this|that)\b))",
        Options, RegexBudget.MatchTimeout);

    // "whether your team would consider someone like me" still asks; "how", "what" or "why" before it asks about the work.
    private static readonly Regex s_askedHowOrWhy = new(@"(?i:\b(?:how|what|why)\b)", Options, RegexBudget.MatchTimeout);

    /// <summary>True when the sentence (as written, case kept) asks for a post in one of these shapes.</summary>
    public static bool Asks(string sentence)
    {
        foreach (string clause in s_clauseBreak.Split(sentence))
        {
            if (s_denied.IsMatch(clause))
            {
                continue;
            }

            // The writer's own stint named without "I" ("Would it be possible to make this stage in your team?").
            if (s_thisStintInTheirUnit.IsMatch(clause) && s_wishOrPossibility.IsMatch(clause))
            {
                return true;
            }

            if (s_getsMeIn.IsMatch(clause) && !s_forAConversation.IsMatch(clause))
            {
                return true;
            }

            if (s_theirSideCouldUse.Match(clause) is { Success: true } use && !s_askedHow.IsMatch(clause[..use.Index]) && s_wishOrPossibility.IsMatch(clause))
            {
                return true;
            }

            // "Would you mind forwarding the attached CV to your head brewer?": the CV is the writer's, said or not.
            if (s_candidacyPassed.Match(clause) is { Success: true } attached && attached.Groups["attached"].Success && PassesCandidacy(clause))
            {
                return true;
            }

            if (s_theirSideTakesOn.Match(clause) is { Success: true } takesOn && !s_askedHow.IsMatch(clause[..takesOn.Index]) && s_wantsToHear.IsMatch(clause))
            {
                return true;
            }

            if (!s_writer.IsMatch(clause))
            {
                continue;
            }

            if ((s_placeOnTheirSide.Match(clause) is { Success: true } place && !s_askedHowOrWhy.IsMatch(clause[..place.Index]) && s_requestOrWondering.IsMatch(clause))
                || (s_meWorkingWithThem.Match(clause) is { Success: true } working && !s_askedHowOrWhy.IsMatch(clause[..working.Index]) && s_wishOrPossibility.IsMatch(clause))
                || (s_consideredByThem.Match(clause) is { Success: true } considered && !s_askedHowOrWhy.IsMatch(clause[..considered.Index])))
            {
                return true;
            }

            if (JoinsTheirSide(clause) || s_considered.IsMatch(clause) || PassesCandidacy(clause) || s_referralAsked.IsMatch(clause)
                || (s_standsAsCandidate.IsMatch(clause) && s_wishOrPossibility.IsMatch(clause))
                || (s_whoHires.IsMatch(clause) && s_requestOrWondering.IsMatch(clause))
                || (s_placeForMe.IsMatch(clause) && s_requestOrWondering.IsMatch(clause))
                || (s_stintInTheirUnit.IsMatch(clause) && s_wishOrPossibility.IsMatch(clause))
                || (s_namedStintWithThem.IsMatch(clause) && s_wishOrPossibility.IsMatch(clause))
                || (s_goodWord.IsMatch(clause) && s_askedOfThem.IsMatch(clause) && !s_forAConversation.IsMatch(clause))
                || (s_postComesFree.Match(clause) is { Success: true } free && !s_askedHow.IsMatch(clause[..free.Index]) && s_wantsToHear.IsMatch(clause))
                || (s_candidacyReaches.IsMatch(clause) && s_requestOrWondering.IsMatch(clause)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool JoinsTheirSide(string clause)
    {
        Match join = s_joinTheirSide.Match(clause);
        if (!join.Success)
        {
            join = s_joinNamed.Match(clause);
        }

        // "what it's like to work at your firm", "how you came to join Unilever": a question about the work.
        return join.Success && !s_aboutOthers.IsMatch(clause[..(join.Index + join.Length)]);
    }

    private static bool PassesCandidacy(string clause)
    {
        Match passed = s_candidacyPassed.Match(clause);
        if (!passed.Success || !s_askedOfThem.IsMatch(clause) || s_howTo.IsMatch(clause[..passed.Index]))
        {
            return false;
        }

        // "I can send my CV if useful" offers it to the contact; "I'll send my CV to your HR" still hands it on.
        if (s_writerSends.IsMatch(clause[..passed.Index]) && !s_toWhoHires.IsMatch(clause[(passed.Index + passed.Length)..]))
        {
            return false;
        }

        // A name passed on for a chat is networking; a profile, CV or candidature is for a post.
        return !passed.Groups["what"].Value.Equals("name", StringComparison.OrdinalIgnoreCase) || !s_forAConversation.IsMatch(clause);
    }
}
