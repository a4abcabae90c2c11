using System.Text.RegularExpressions;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// The shapes in which a question asks for a post without the words the shared job-ask rules know: whether the
/// contact's side is taking people on, in either polarity ("You aren't hiring at the moment, are you?"), and the
/// asker placed on that side: fitting in or joining there, taken on there, remembered when a post comes up there,
/// named to whoever recruits there, or paid if hired there. The field or the market ("firms in your sector", "work
/// in your field") is not the contact's side, and a clause that denies the ask does not make one.
/// </summary>
internal static class QuestionJobAsks
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // The contact's own side: their organisation or team, never their field. A workplace named by its ending counts too
    // ("your boatyard", "your bakery", "your workshop", "your warehouse").
    private const string TheirPlace =
        @"your (?:[\w-]+ )?(?:team|teams|company|firm|crew|studio|practice|agency|department|office|unit|lab|group|organi[sz]ation|business|kitchen|restaurant|hospital|school|clinic|bureau|shop|store|branch|newsroom|desk|side|place|end|outfit|startup|start-up|chambers|ward|site|workshop|bank|ministry|station|project|squad|lab|laboratory|intake|cohort|scheme|programme|program|payroll|books|ranks|roster|staff|[\w-]+(?:yard|ery|shop|works|house))\b";

    // Whether their side takes people on, asked either way round: "is your bureau looking for new translators",
    // "you aren't hiring, are you?", "are you taking on trainees". The side is the subject (after an auxiliary, a
    // linking word or at the start), so "firms in your sector" is not it.
    private static readonly Regex s_theirSideTakesPeople = new(
        @"(?:^|\b(?:are|is|aren't|isn't|r|whether|if|so|and|but|that) )(?:you|u|your(?: [\w'-]+){1,2}|they)(?:'re|'s| are| is| were| r)?(?: not|n't)?(?: (?:still|currently|ever|also|now|possibly|perhaps))* (?:hiring|recruiting|taking on|taking (?:new |more |any )?(?:people|staff|graduates|trainees|interns|juniors|apprentices|students|freshers)|looking for (?:new |more |any |an? |extra |another |other )?(?:[\w-]+ )?(?:staff|people|help|hands|someone|somebody|anyone|anybody|[\w-]+(?:ers|ors|ists|ians|ants|ents|ees)))\b",
        Options);

    // Someone to be taken on: "anyone new", "one more", "an extra pair of hands", "a junior", "a student like me".
    private const string Newcomer =
        @"(?:anyone|anybody|someone|somebody|one more|another (?:one|person|pair of hands|body)|(?:an? )?(?:extra|spare|another|more) (?:pair of )?hands|(?:new|more|extra) (?:people|staff|blood|faces|starters|joiners|hires|recruits)|(?:an? )?(?:[\w-]+ )?(?:junior|trainee|graduate|student|intern|apprentice|fresher|assistant|newcomer|beginner)s?|[\w-]+ like me)\b";

    // Their side needing or having room for a newcomer, now or soon: "could your lab use an extra pair of hands", "are
    // your people bringing in anyone new", "would there be space for one more on your crew", "your studio needs a junior";
    // modals, negation and hedges may stand between ("you wouldn't by any chance be needing a runner?").
    // Past hiring ("how many people did your team hire last year") is their story, not an opening.
    private static readonly Regex s_theySeekNewcomer = new(
        @"\b(?:you|u|your(?: [\w'-]+){1,2}|they)(?:'re| are| is| r)?(?: (?:still|currently|ever|also|now|possibly|perhaps|maybe|would|will|could|might|may|do|does|don't|doesn't|wouldn't|won't|couldn't|not|happen to|happens to|by any chance|by chance|be))* (?:need|needs|needing|could use|can use|might use|could do with|want|wants|bringing in|bringing on|bring in|bring on|looking for|after|on the lookout for|searching for|have room for|has room for|have space for|has space for|have a (?:[\w-]+ )?(?:place|spot|slot|seat) for|has a (?:[\w-]+ )?(?:place|spot|slot|seat) for) (?:any |a |an |some |an? new )?" + Newcomer,
        Options);

    // The same asked auxiliary first: "could your lab use an extra pair of hands", "does your team need a junior".
    private static readonly Regex s_doTheySeekNewcomer = new(
        @"\b(?:could|can|would|will|do|does|might|may|are|is) (?:you|u|your(?: [\w'-]+){1,2}|they)(?: (?:still|currently|ever|also|now|possibly|perhaps|maybe|be|by any chance))* (?:need|needing|use|using|want|wanting|do with|bringing in|bringing on|bring in|bring on|looking for|have room for|have space for|have a (?:[\w-]+ )?(?:place|spot|slot|seat) for) (?:any |a |an |some |an? new )?" + Newcomer,
        Options);

    // The asker having a place on their side: "do you think that I could have a place in your team, eventually?".
    private static readonly Regex s_myPlaceThere = new(
        @"\b(?:i|me|myself)\b(?: [\w']+){0,3} (?:have|get|find|land|take|earn|secure|be given|be offered|be found) (?:a|an|any|some|my|one) (?:[\w-]+ )?(?:place|spot|seat|slot|post|position|role|job|internship|placement|opening|traineeship|apprenticeship)s? (?:in|on|at|with) (?:you\b|" + TheirPlace + ")",
        Options);

    // Room on their side for a newcomer, asked with "is there": "would there be space for one more on your crew",
    // "is there a seat free on your desk for a junior reporter".
    private static readonly Regex s_roomThere = new(
        @"\b(?:room|space|a (?:[\w-]+ )?(?:place|spot|slot|seat|vacancy|opening)|an opening|any (?:[\w-]+ )?(?:places?|spots?|slots?|seats?|posts?|positions?|roles?|jobs?|vacanc(?:y|ies)|openings?))(?: (?:free|going|available|open|spare|vacant))?(?: for " + Newcomer + @")?(?: [\w'-]+){0,2} (?:in|on|at|with) (?:you\b|" + TheirPlace + ")",
        Options);

    // A vacancy or an opening is a free post by its name; a "place" or "spot" there may be someone's standing.
    private static readonly Regex s_freeOrForSomeone = new(@"\b(?:free|going|available|open|spare|vacant|vacanc(?:y|ies)|openings?|for " + Newcomer + ")", Options);

    // Work going on their side: "any work going at your place", "is there some work for me in your company".
    private static readonly Regex s_workGoing = new(
        @"\b(?:any|some) (?:[\w-]+ )?work (?:going|available|on offer)\b",
        Options);

    // The asker fitting in on their side: "I could be a good fit for your team", "I'd fit in with your crew", "I would
    // suit your intake".
    private static readonly Regex s_fitsTheirSide = new(
        @"\b(?:i|i'd|i'm|me|myself)\b(?: [\w']+){0,4} (?:fit|fit in|fit into|suit|be suited to|be right for|be cut out for|a (?:[\w-]+ )?fit|a (?:[\w-]+ )?match|an? (?:[\w-]+ )?addition)(?: (?:in|into|with|for|at|on|to))* " + TheirPlace,
        Options);

    // The asker joining or working on their side: "how might I go about joining your practice", "how I can enter to your team".
    private static readonly Regex s_joinsTheirSide = new(
        @"\b(?:i|me|myself)\b(?: [\w']+){0,5} (?:join|joining|enter|entering|get into|getting into|get onto|getting onto|get on|getting on|get in with|getting in with|get (?:a |my )?foot in (?:the door )?(?:at|with|of)|be part of|become part of|being part of|be absorbed into|be taken into|be brought into|be placed in|come to work (?:at|for|with|in)|work (?:at|for|in|on)|working (?:at|for|in|on))(?: (?:to|in|into))? " + TheirPlace,
        Options);

    // The asker joining a side named earlier, by a pronoun: "your team is growing - could I be part of that?". Only
    // read when the question names their side somewhere.
    private static readonly Regex s_joinsItThere = new(
        @"\b(?:i|me|myself)\b(?: [\w']+){0,5} (?:join|joining|be part of|become part of|being part of|be a part of|get into|getting into|get onto|getting onto|come on board with|be on)(?: (?:to|in|into))? (?:it|that|them|this|there|that team|the team)\b",
        Options);

    // The asker applying to their side: "does your company run a scheme I could apply to", "can I apply for it at your
    // firm". Only read when the question names their side.
    private static readonly Regex s_iApply = new(
        @"\b(?:i|me|myself)(?: (?:could|can|might|may|would|should|will|shall|be able to|possibly|still|also))* (?:apply|applying|put in an application|send an application|submit an application)\b",
        Options);

    // The asker named to someone for a post: "recommend me to your head of section for the trainee post". Only
    // "me" then "to someone" or "for": "recommend me a course for the role" recommends something to the asker.
    private static readonly Regex s_referMeFor = new(
        @"\b(?:recommend|refer|put|suggest|mention|nominate|propose) me(?: forward| up)?(?: (?:to|with) [\w'-]+(?: [\w'-]+){0,3})? for (?:a |an |the |any |that |this |your |one of the )?(?:[\w-]+ ){0,2}(?:position|role|post|job|opening|vacancy|internship|placement|traineeship|apprenticeship|scheme|programme|program|intake|shortlist)s?\b",
        Options);

    // Advice on getting onto their side, with the asker understood: "tips for getting onto your ward's rota",
    // "the best way to join your firm". A subject of its own ("how did you get onto your team") is the contact's story.
    private static readonly Regex s_adviceToGetThere = new(
        @"\b(?:tips?|advice|suggestions?|pointers?|ideas?|guidance|steps?|how|way|ways|route|routes)(?: [\w'-]+){0,2} (?:to|for|on|about|towards) (?:get|getting|join|joining|land|landing|win|winning|secure|securing|earn|earning|break|breaking|find|finding)(?: (?:a|an|my|one|the) (?:[\w-]+ )?(?:place|spot|seat|slot|post|position|role|job|internship|placement|opening|way))?(?: (?:onto|into|on to|in to|in at|on|in|at|with|through to))? " + TheirPlace,
        Options);

    // A way in to their side, for the asker: "the surest route onto your team for someone like me", "what steps would
    // get me onto your payroll". The way into the field ("the usual route into your profession") is not their side.
    private static readonly Regex s_wayInThere = new(
        @"\b(?:route|way|path|road|ticket|door|doorway|steps?|foot)(?: [\w'-]+){0,3} (?:onto|into|in at|in to|to|on to|through the door (?:at|of)|in the door (?:at|of)) (?:" + PostThere + "|" + TheirPlace + ")",
        Options);

    // A post on their side, named by the post: "a paid spot at your place", "an apprenticeship with you".
    private const string PostThere =
        @"(?:an? |any |some |the |one of the )?(?:[\w-]+ )?(?:spot|place|post|position|role|job|seat|slot|opening|vacancy|internship|placement|traineeship|apprenticeship)s? (?:at|in|on|with) (?:you\b|" + TheirPlace + ")";

    // The asker getting themselves onto their side: "could I get myself onto your crew", "work my way into your lab".
    private static readonly Regex s_getMyselfThere = new(
        @"\b(?:get|getting|got|work|working|make|making|find|finding|squeeze|squeezing|worm|worming|slot|slotting|talk|talking) (?:myself|me|my way) (?:onto|into|on to|in to|in at|in with|on) (?:" + PostThere + "|" + TheirPlace + ")",
        Options);

    // Their side choosing or taking the asker: "before taking me on", "make your manager pick me for the placement".
    private static readonly Regex s_theyTakeMe = new(
        @"\b(?:take|taking|took|takes|bring|bringing|brought|sign|signing|have|having) me (?:on|in|aboard|on board)\b|\b(?:pick|picking|choose|choosing|select|selecting|shortlist|shortlisting|accept|accepting|want|wanting) me for (?:a |an |the |your |that |this )?(?:[\w-]+ )?(?:placement|internship|role|post|job|position|opening|vacancy|traineeship|apprenticeship|scheme|programme|program|intake|team|contract)\b",
        Options);

    // The asker's papers kept for later on their side: "hang on to my details in case your team grows".
    private static readonly Regex s_keepMyDetails = new(
        @"\b(?:keep|keeping|kept|hang on to|hold on to|hold onto|file|save|store|retain) my (?:details|cv|resume|name|number|contact details|profile|portfolio|application)\b(?: [\w'-]+){0,3} (?:on file|in case|for (?:the )?future|for later|should|if|when|for when)\b[^.?!]*",
        Options);

    private static readonly Regex s_theyGrowOrHire = new(@"\b(?:grows?|grew|expands?|needs? (?:someone|somebody|anyone|people|staff|more|extra|help|an? [\w-]+(?:er|or|ist|ian|ant|ent|ee))|hiring|recruiting|comes? up|opens? up|frees? up|someone|anyone|vacanc\w+|openings?|posts?|positions?|roles?|jobs?|places?|spots?)\b", Options);

    // The asker's application sent to their side: "to whom should I send my application at your firm?".
    private static readonly Regex s_applicationThere = new(
        @"\bmy (?:application|applications|cv|resume|portfolio|details)\b(?: [\w'-]+){0,3} (?:at|in|to|for|with) (?:you\b|" + TheirPlace + ")",
        Options);

    private static readonly Regex s_sendMyApplication = new(
        @"\b(?:send|submit|address|direct|forward|hand|give|pass|email|drop|put in) my (?:application|applications|cv|resume)\b",
        Options);

    // Their side taking on someone like the asker: "would your firm ever take on a career changer such as myself".
    private static readonly Regex s_takesSomeoneLikeMe = new(
        @"\b(?:you|your(?: [\w'-]+){1,2}|they)\b(?: [\w']+){0,3} (?:take|takes|took|taking|hire|hires|hiring|employ|employs|employing|accept|accepts|accepting|consider|considers|considering|bring|bringing|welcome|welcomes|use|uses|need|needs|want|wants)(?: on| in)? (?:[\w'-]+ ){0,3}(?:like me|like myself|such as (?:me|myself)|with my (?:background|profile|experience|skills|cv|resume))\b",
        Options);

    // Work or a place on their side for the asker: "some work going at your place for someone like me".
    private static readonly Regex s_placeForMe = new(
        @"\b(?:(?:some|any|enough) work|work going|a place|a spot|a slot|room|space|an? (?:[\w-]+ )?(?:opening|vacancy|position|post|job|role|internship|placement))(?: [\w'-]+){0,5} for (?:me|myself|(?:someone|somebody|a person|people|an? (?:[\w-]+ )?[\w-]+) like me)\b",
        Options);

    // A post of one's own there: "is it possible to do internship in your company", "any way to get a placement with you".
    private static readonly Regex s_postThere = new(
        @"\b(?:possible|chance|way|possibility|option)\b(?: for (?:me|someone like me))? to (?:do|get|have|land|take|join|start|find) (?:an? |my |some |any )?(?:[\w-]+ )?(?:internship|placement|traineeship|apprenticeship|work experience|job|position|role|post|stage|practicum)s? (?:in|at|with|on) (?:you\b|" + TheirPlace + ")",
        Options);

    // The asker's name or papers passed to whoever hires there: "mention my name when your unit is recruiting".
    private static readonly Regex s_myNamePassed = new(
        @"\b(?:mention|mentioning|pass|passing|send|sending|forward|forwarding|give|share|recommend|put|putting|drop|dropping)(?: on| along| in| forward)? my (?:name|cv|resume|details|profile|portfolio|application)\b",
        Options);

    private static readonly Regex s_hiringThere = new(
        @"\b(?:recruit\w*|hiring|hire|vacanc\w+|openings?|hr|human resources|hiring manager|talent team|(?:the|your) boss|(?:a|the|any) (?:[\w-]+ )?(?:position|role|post|job))\b",
        Options);

    // A post arising on their side, put as a condition: "if a place comes free in your studio", "should anything open up there".
    private static readonly Regex s_postArises = new(
        @"\b(?:if|when|whenever|should|in case|once)\b[^,;.?!]{0,60}?\b(?:comes? (?:up|free|along|open)|came (?:up|free|along|open)|opens? up|opened up|frees? up|freed up|becomes? (?:free|available|vacant|open)|arises|turns up|crops up|pops up)\b",
        Options);

    private static readonly Regex s_theirSideWord = new(@"\b(?:you|your|there)\b", Options);

    // Pay if hired: "what would you pay me if I came on board", "would you pay me".
    private static readonly Regex s_hiredCondition = new(
        @"\bif (?:i|you|your [\w-]+|they)\b[^,;.?!]{0,40}?\b(?:hired|hire|took|take|taken|brought|bring|joined|join|came on board|come on board|came aboard|started|start|employed|employ|offered)\b",
        Options);

    private static readonly Regex s_payWords = new(@"\b(?:salary|pay|paid|earn|package|wage|wages|stipend)\b", Options);

    private static readonly Regex s_payMe = new(@"\b(?:would|will|could|might) (?:you|your \w+|they) (?:pay|offer) me\b", Options);

    private static readonly Regex s_firstPerson = new(@"\b(?:i|me|my|myself|i'm|i'd|i've|i'll)\b", Options);

    // A clause that sets the ask aside: "I'm not after a position on your team, but ...".
    private static readonly Regex s_denied = new(
        @"\b(?:i'm not|i am not|not (?:asking|looking|after|seeking|hoping|wanting|requesting|expecting)|(?:don't|do not) (?:want|need|expect)|no job|not a job)\b",
        Options);

    private static readonly Regex s_clauseBreak = new(@"[,;:]|\s(?:but|and|though|although)\s|\s[-\u2013\u2014]\s", Options);

    private static readonly Regex s_theirPlace = new(@"\b" + TheirPlace, Options);

    /// <summary>
    /// The question without the clauses that deny wanting a post ("I don't want a job from you, I just wonder how you
    /// started?" keeps only the wondering): a denial names job words but asks for nothing.
    /// </summary>
    public static string WithoutDenials(string folded)
    {
        string[] clauses = s_clauseBreak.Split(folded);
        return clauses.Length < 2 && !s_denied.IsMatch(folded) ? folded : string.Join(", ", clauses.Where(c => !(s_denied.IsMatch(c) && s_postWord.IsMatch(c))));
    }

    private static readonly Regex s_postWord = new(@"\b(?:jobs?|work|employment|positions?|posts?|roles?|placements?|internships?|vacanc(?:y|ies)|openings?|hired|hiring)\b", Options);

    /// <summary>True when the question asks how to get onto the contact's side, with the asker understood ("any tips for joining your team?").</summary>
    public static bool AsksWayOntoTheirSide(string folded) => s_adviceToGetThere.IsMatch(folded);

    /// <summary>True when the question names the contact's own organisation or team ("your studio"), not their field.</summary>
    public static bool NamesTheirPlace(string folded) => s_theirPlace.IsMatch(folded);

    // "Which skills would count if you were recruiting a trainee?": a supposition about their hiring, not a question whether they are.
    private static readonly Regex s_supposedHiring = new(
        @"\bif (?:you|u|your(?: [\w'-]+){1,2}|they) were (?:ever |still |ever to be |to be )?(?:hiring|recruiting|taking on|taking|looking for)\b",
        Options);

    // "Did you need an assistant when you started?" is the contact's past, not an opening now.
    private static readonly HashSet<string> s_pastBefore = ["did", "didn't", "had", "hadn't"];

    private static bool SeeksNewcomerNow(string folded)
    {
        Match seek = s_theySeekNewcomer.Match(folded);
        if (!seek.Success)
        {
            return false;
        }

        string before = folded[..seek.Index].TrimEnd();
        int space = before.LastIndexOf(' ');
        return !s_pastBefore.Contains(space < 0 ? before : before[(space + 1)..]);
    }

    /// <summary>True when the question asks whether the contact's side takes people on, in any polarity or order.</summary>
    public static bool AsksWhetherTheyTakePeople(string folded) =>
        s_theirSideTakesPeople.IsMatch(s_supposedHiring.Replace(folded, "if you supposed")) || (s_workGoing.IsMatch(folded) && s_theirSideWord.IsMatch(folded)) || SeeksNewcomerNow(folded) || s_doTheySeekNewcomer.IsMatch(folded)
        || (s_roomThere.Match(folded) is { Success: true } room && (s_freeOrForSomeone.IsMatch(room.Value) || room.Value.StartsWith("room", StringComparison.Ordinal) || room.Value.StartsWith("space", StringComparison.Ordinal)));

    /// <summary>True when some clause of the (folded) question asks for a post in one of these shapes and does not deny it.</summary>
    public static bool AsksForPost(string folded)
    {
        if (AsksWhetherTheyTakePeople(folded))
        {
            return true;
        }

        // "If your team took me on, what would I earn?": the asker may be named anywhere in the question.
        if (s_hiredCondition.IsMatch(folded) && s_firstPerson.IsMatch(folded) && s_payWords.IsMatch(folded))
        {
            return true;
        }

        if (s_payMe.IsMatch(folded) || (s_myNamePassed.IsMatch(folded) && s_hiringThere.IsMatch(folded)))
        {
            return true;
        }

        // A post arising there ("if a place comes free in your studio"), with the asker in the rest of the question
        // ("would you think of me?").
        if (s_postArises.Match(folded) is { Success: true } arises)
        {
            int end = folded.IndexOfAny([',', ';', '?', '.', '!'], arises.Index + arises.Length);
            end = end < 0 ? folded.Length : end;
            string condition = folded[arises.Index..end];
            if (s_theirSideWord.IsMatch(condition) && s_firstPerson.IsMatch(string.Concat(folded.AsSpan(0, arises.Index), folded.AsSpan(end))))
            {
                return true;
            }
        }

        if (s_referMeFor.IsMatch(folded) || s_adviceToGetThere.IsMatch(folded)
            || (NamesTheirPlace(folded) && (s_iApply.IsMatch(folded) || s_joinsItThere.IsMatch(folded)) && !s_denied.IsMatch(folded)))
        {
            return true;
        }

        foreach (string clause in s_clauseBreak.Split(folded))
        {
            if (!s_denied.IsMatch(clause)
                && (s_fitsTheirSide.IsMatch(clause) || s_joinsTheirSide.IsMatch(clause) || s_takesSomeoneLikeMe.IsMatch(clause)
                    || s_placeForMe.IsMatch(clause) || s_postThere.IsMatch(clause) || s_theyTakeMe.IsMatch(clause) || s_myPlaceThere.IsMatch(clause) || s_getMyselfThere.IsMatch(clause)
                    || (s_wayInThere.IsMatch(clause) && s_firstPerson.IsMatch(clause))
                    || (s_keepMyDetails.Match(clause) is { Success: true } kept && s_theyGrowOrHire.IsMatch(kept.Value))
                    || s_applicationThere.IsMatch(clause) || (s_sendMyApplication.IsMatch(clause) && s_theirSideWord.IsMatch(clause))))
            {
                return true;
            }
        }

        return false;
    }
}
