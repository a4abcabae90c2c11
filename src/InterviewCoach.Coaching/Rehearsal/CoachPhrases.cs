using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// The phrasings the checkers recognise, over folded words (lowercase, no punctuation, "résumé" as "resume").
/// Kept together so the checkers agree on what, say, "asking for a job" sounds like.
/// </summary>
internal static class CoachPhrases
{
    private const string Job = @"(?:job|jobs|position|positions|role|roles|opening|openings|vacancy|vacancies|internship|internships|employment)";
    private const string Someone = @"(?:you|your \w+|your \w+ \w+|they|anyone|anybody|the company|the team)";
    private const string Resume = @"(?:resume|resumes|cv|cvs)";

    public static readonly PhraseSet MyNameIs = new(@"my name is", @"my name's", @"i'm called");

    public static readonly PhraseSet HowFound = new(
        @"(?:suggested|recommended|said|thought) (?:that )?(?:i|we) (?:should |might |could )?(?:call|contact|phone|ring|email|write|reach out|get in touch|speak|talk|give you|get hold)",
        @"(?:suggested|recommended) (?:you|your name|speaking|talking|contacting)",
        @"(?:referred|pointed|sent|directed) me",
        @"gave me your (?:name|number|details|contact details|email|email address)",
        @"passed (?:on |along )?your (?:name|number|details|email)",
        @"(?:got|have|found|came across|saw) your (?:name|number|details|email|profile|work|article|post|talk|details)",
        @"found you (?:through|on|via|in|at)",
        @"came across (?:you|your)",
        @"(?:we|i) met (?:you )?(?:briefly )?at",
        @"met you (?:at|last|briefly|recently)",
        @"fellow (?:alum|alumnus|alumna|alumni|graduate|member|student)",
        @"(?:we're|we are|we were) both",
        @"both (?:members|graduates|went|studied|belong)",
        @"(?:alumni|alumnae|alumnus|alumna) (?:network|directory|association|group|list)",
        @"(?:member|members) of",
        @"heard you (?:speak|talk|present)",
        @"on linkedin",
        @"mentioned (?:you|your name)",
        @"your name (?:came up|was mentioned)");

    public static readonly PhraseSet ChecksTime = new(
        @"(?:is|would) (?:now|this|it|today|that) (?:be )?a (?:good|bad|convenient|ok|okay|decent) (?:time|moment)",
        @"(?:do|did|would) you (?:have|got) (?:a|a few|a couple of|a quick|two|five|a spare) (?:minute|minutes|moment|moments|second|seconds)",
        @"(?:have|got) you got (?:a|a few|a quick) (?:minute|minutes|moment|second)",
        @"(?:are you|you're) free (?:to talk|to chat|now|right now|for a)",
        @"good time to (?:talk|speak|chat|call)",
        @"catch you at a (?:good|bad)",
        @"(?:can|could) you (?:talk|chat|speak) (?:now|right now|at the moment)",
        @"(?:are|were) you (?:busy|in the middle)",
        @"(?:shall|should|can|could|would you (?:rather|prefer|like)) i (?:call|ring|phone|try) (?:you )?(?:back|again|later)",
        @"rather i called (?:you )?back");

    public static readonly PhraseSet ResearchPurpose = new(
        @"research|researching|researched",
        @"explore|exploring",
        @"(?:learn|learning|hear|hearing) (?:more |a bit |a little )?(?:about|how|what|from)",
        @"find(?:ing)? out (?:more )?(?:about|how|what)",
        @"gather(?:ing)? (?:some )?(?:information|advice|insight|insights)",
        @"(?:your )?(?:advice|information|insight|insights|perspective|guidance)",
        @"understand(?:ing)? (?:more|how|what|the)",
        @"curious about",
        @"pick your brain");

    /// <summary>Job words; said with a negation before them ("not a job") they tell the contact it is not a job request.</summary>
    public static readonly PhraseSet JobMention = new(
        @"(?:a|any|an) (?:job|position|role|vacancy|opening|internship|job offer|openings|vacancies|positions|roles|internships)",
        @"jobs|employment|job hunting|job hunt|job interview",
        @"(?:looking|asking|hoping|searching|calling|writing|here) (?:for|about) (?:work|a job)",
        @"(?:to be hired|hire me|hiring me|to hire me)",
        // Posts by other names and bare plurals: "not asking for a training contract", "not asking about vacancies",
        // "not for job" (non-native, no article), "not after job leads".
        @"(?:a|any|an) (?:post|placement|training contract|traineeship|apprenticeship|pupillage|job lead|job leads)",
        @"(?:for|about|regarding) (?:job|vacancies|openings|positions|roles|internships|placements|job leads|leads)");

    public static readonly PhraseSet JobAsk = new(
        @"(?:looking|asking|hoping|searching|applying|angling) for (?:a |an |any |some )?(?:" + Job + @"|work)",
        @"(?:ask|asking) you (?:for|about) (?:a |an |any )?" + Job,
        @"(?:do|does|would|will|might|could) " + Someone + @" have (?:any |a |an )?(?:" + Job + @"|opportunities|openings going)",
        @"(?:are|is) " + Someone + @" (?:currently |still |now )?(?:hiring|recruiting|taking on)",
        @"any (?:job |open |current )?(?:openings|vacancies|positions|jobs|roles)",
        @"(?:hire|employ|recruit|take on) me",
        @"(?:consider|considered|considering) me for",
        @"(?:apply|applying) (?:for|to) (?:a |an |the |this |that |your |any )?(?:job|position|role|opening|internship|vacancy|company|team)",
        @"job offer|give me a job|get (?:me )?(?:a job|an interview|hired)|offer me",
        @"(?:put|putting) (?:in )?a (?:good )?word",
        @"(?:a job|work|position|role) (?:with|at|in) (?:you|your)",
        @"(?:send|sending|forward|forwarding|email|pass|passing|share|sharing|give|hand) (?:you |on |along )?(?:over )?(?:a copy of )?my " + Resume,
        @"(?:pass|forward) (?:it|this|that) (?:on |along )?to (?:the )?(?:hiring|hr|recruit)");

    public static readonly PhraseSet ResumeAttached = new(
        @"(?:attached|attach|attaching|enclosed|enclose|enclosing|included|including|include|here is|here's|please find|i've added) (?:\w+ ){0,3}" + Resume,
        Resume + @" (?:is |are )?(?:attached|enclosed|included|below|here)");

    public static readonly PhraseSet LeavesChoice = new(
        @"whenever (?:suits|works|is convenient|is good|is best|is easiest|you)",
        @"wherever (?:suits|works|is convenient|is easiest|is best|you)",
        @"(?:at|to|for) your convenience",
        @"(?:time|day|place|date|location)(?: and (?:place|time|location|day))? (?:that|which) (?:suits|works|is convenient|is good|is best|is easiest)",
        @"(?:when|where|whatever|whichever|what) (?:time |day |place )?(?:it )?(?:suits|works for|works best|is best for|is easiest for) you",
        @"(?:fit|fits|suit|suits) (?:it |in )?(?:around |into |with )?your (?:schedule|diary|calendar|day|week)",
        @"(?:happy|glad|willing) to (?:come|meet|travel) (?:to you|wherever|where)",
        @"up to you|you choose|you pick|your choice|you decide|you name the",
        @"(?:is|are) (?:easiest|best|most convenient) for you");

    public static readonly PhraseSet Thanks = new(
        @"thank|thanks|grateful|appreciate|appreciated");

    public static readonly PhraseSet AsksWhoElse = new(
        @"(?:anyone|anybody|someone|somebody|who) else",
        @"other (?:people|colleagues|contacts|professionals|folks|experts)",
        @"(?:anyone|anybody|someone|somebody) (?:you|who) (?:would|could|might|think|suggest|recommend)",
        @"(?:suggest|recommend|introduce|refer) (?:me to )?(?:anyone|someone|somebody|anybody|a colleague|colleagues|people)",
        @"(?:who|whom) (?:should|would|could|else|might) i (?:talk|speak|contact|reach)",
        @"(?:who|whom) (?:would|do|might) you (?:suggest|recommend)",
        @"introduce me");

    public static readonly PhraseSet AsksToMention = new(
        @"(?:mention|use|give|drop|say|said) (?:\w+ ){0,2}(?:your name|you)",
        @"(?:mind|okay|ok|alright|all right|fine) if i (?:mention|say|said|use|tell|told|let)",
        @"say (?:that )?you (?:suggested|sent|referred|pointed|recommended)",
        @"permission to (?:mention|use|say)");

    public static readonly PhraseSet AsksForAdvice = new(
        @"advice|advise|information|insight|insights|perspective|guidance|tips|pointers|pick your brain",
        @"(?:learn|hear) (?:more |a little |a bit )?(?:about|how|what|from)",
        @"your (?:thoughts|view|views|experience|story)");

    public static readonly PhraseSet Request = new(
        @"(?:would|could|can|might|will) you",
        @"(?:would|could|might|may|can) (?:i|we)",
        @"(?:are|were) you (?:open|willing|able|free|available|happy)",
        @"(?:do|would) you (?:have|mind|be)",
        @"is there (?:a|any) (?:chance|time)",
        @"would it be possible|any chance|how about|what about");

    public static readonly PhraseSet NarrowAndBroad = new(
        @"(?:and|within|as well as|plus|in|also) (?:the )?(?:\w+ ){0,4}(?:more broadly|more generally|in general|as a whole|at large|overall|broadly)",
        @"(?:and|within|in|of|beyond) the (?:wider|broader|larger|bigger) (?:\w+ ){0,2}(?:field|world|area|industry|sector|picture|profession)");

    public static readonly PhraseSet FollowUp = new(
        @"(?:i'll|i will|i'd like to|i plan to|i'm going to|i can) (?:\w+ )?(?:call|phone|ring|follow up|be in touch|get in touch|reach out|try you|give you a call|email you|check back|contact you|drop you)",
        @"follow(?:ing)? up",
        @"(?:call|phone|ring) you (?:next|on|later|this|in|early)");

    public static readonly PhraseSet CallingBackWhen = new(
        @"(?:call|try|ring|phone|reach) (?:you )?(?:back |again )?(?:on |first thing |early |later )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this afternoon|later today)");

    public static readonly PhraseSet Greeting = new(
        @"^(?:hi|hello|dear|hey|good morning|good afternoon|good evening|greetings|to)");

    public static readonly PhraseSet Pleasantry = new(
        @"^(?:i )?(?:hope|trust) (?:you|this|your|all|that)",
        @"^i hope you're");
}
