using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Reads a spoken ask sentence by sentence. Meaning comes from the sentence model (nearest labelled examples,
/// with traps); exact things come from rules: word and filler counts, the meeting length, who calls whom, a
/// name after "this is". Without the model the phrase rules decide alone, so nothing ever waits or throws.
/// </summary>
internal static class PitchReader
{
    /// <summary>Longest comfortable ask: 45 seconds at 150 words a minute.</summary>
    public const int MaxWords = 112;

    /// <summary>Fillers at which an ask sounds hesitant.</summary>
    public const int HeavyFillers = 3;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex s_jobWords = new(
        @"\b(?:jobs?|hir(?:e|es|ed|ing)|openings?|vacanc(?:y|ies)|positions?|roles?|internships?|intern|employ\w*|recruit\w*|resumes?|cvs?|apply|applying|applications?|referral|refer me|good word|considered|consider me|keep me in mind|work for you|work for your|work with you|work (?:there|at your|in your|on your)|join your|apprentice\w*|take me on|placements?|trainees?|traineeships?|articleships?|work experience|staff|opportunit(?:y|ies)|interview for|places? on)\b",
        Options);

    private static readonly Regex s_negation = new(@"\b(?:not|no|never|nor|isn't|aren't|wasn't|don't|doesn't|didn't|won't|i'm not|without|neither)\b", Options);

    private static readonly Regex s_sourceWords = new(
        @"\b(?:directory|list|alumni|alumnus|alumna|alum|association|society|network|newsletter|article|articles|talk|panel|webinar|podcast|conference|linkedin|profile|blog|post|book|interview|member|members|lecture|presentation|seminar|meetup|careers fair|career fair|job fair|roster|register|yearbook|website|web site|staff page|team page|company page|bio|programme|program|episode|radio|documentary|column|feature|piece|op-ed|essay|story|magazine|journal|newspaper|paper)\b",
        Options);

    // A named person with a referral verb: "Erin said", "my uncle Dave said", "Mike from the running club said",
    // "My classmate, Nour, mentioned", "Professor Owusu told me", "referred by Zara Ali", "a friend of Youssef".
    private static readonly Regex s_namedReferral = new(
        @"(?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?),?(?: (?:who|my|our|your|a|an|the) [^,.?!]{1,80},)? (?:kindly |also |once |recently |actually )?(?:(?:from|at|in|with) (?:the |my |our )?[\p{L} '-]{2,40}? )?(?:said|says|say|told|tells|tell|suggested|suggests|suggest|mentioned|mentions|mention|recommended|recommends|recommend|asked|gave|give|passed|thought|thinks|pointed|put me|referred|refer me|sent me|shared|advised|advise|encouraged|introduced|connected|reminded me (?:of|about) (?:you|him|her))\b|\b(?:referred|recommended|sent|introduced|given your (?:name|number|details)|passed your (?:name|number|details))(?: to you)? by (?:my \p{Ll}+ |our \p{Ll}+ )?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Pastor)\.? )?(?<name>\p{Lu}[\p{L}'-]+)|\b(?:was|were|got|been) (?:given|passed|sent|shared|forwarded|mentioned|recommended)(?: to me| on| along)? by (?:my [\p{Ll}-]+ |our [\p{Ll}-]+ )?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Pastor)\.? )?(?<name>\p{Lu}[\p{L}'-]+)|\bgiven (?:your|his|her|their) (?:name|number|details|contact)(?: details)? by (?:my [\p{Ll}-]+ |our [\p{Ll}-]+ )?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.? )?(?<name>\p{Lu}[\p{L}'-]+)|(?<name>\p{Lu}[\p{L}'-]+)'s (?:suggestion|recommendation|advice|referral|tip)\b|\b(?:recommendation|suggestion|advice|reference|referral) (?:of|from) (?:my [\p{Ll}-]+ |our [\p{Ll}-]+ )?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.? )?(?<name>\p{Lu}[\p{L}'-]+)|\b(?:friend|colleague|classmate|cousin|neighbour|neighbor|student|mentee|relative|teammate|son|daughter|nephew|niece|sister|brother|wife|husband|grandson|granddaughter|child|kid) of (?:(?:my|your|our|his|her) (?:[\p{Ll}'-]+ ){1,3})?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.? )?(?<name>\p{Lu}[\p{L}'-]+)|(?<name>\p{Lu}[\p{L}'-]+)'s (?:son|daughter|brother|sister|nephew|niece|grandson|granddaughter|cousin|husband|wife|flatmate|housemate|classmate)\b|\b(?:from|on) the part of (?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Madame|Monsieur)\.? )?(?<name>\p{Lu}[\p{L}'-]+)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A person named with their relation to the caller or the contact ("my aunt Morag", "your colleague Jean", "my
    // friend Wang Lei", "my former boss, Carla Diaz"): the definitions count a first name with a relation.
    private const string Relations =
        @"(?:colleague|friend|cousin|uncle|aunt|auntie|neighbour|neighbor|professor|lecturer|manager|boss|mentor|tutor|teacher|supervisor|classmate|flatmate|roommate|housemate|sister|brother|son|daughter|father|mother|dad|mum|mom|wife|husband|partner|nephew|niece|batchmate|senpai|coach|pastor|adviser|advisor|guide|student|pupil|mentee|apprentice|protégé|protege|trainee|supervisee|brother-in-law|sister-in-law|sister-in-law|ex-colleague|coworker|co-worker|teammate|godmother|godfather|grandmother|grandfather|relative|acquaintance|contact)";

    private static readonly Regex s_relationAndName = new(
        @"\b(?:[Mm]y|[Yy]our|[Oo]ur|[Hh]is|[Hh]er) (?:[\p{L}'\u2019-]+ ){0,2}" + Relations + @"s?,? (?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Uncle|Aunt|Auntie)\.? )?(?<name>\p{Lu}[\p{L}'-]+)"
        // The name first, the relation after it: "Mrs Patterson, my old geography teacher, said you'd help".
        + @"|(?<name>\p{Lu}\p{Ll}[\p{L}'-]*)(?=, (?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Yy]our) (?:[\p{L}'\u2019-]+ ){0,2}" + Relations + @"s?\b)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // An event where the contact (or the person the message is for) spoke: "your talk at the Louvre conference", "Mr
    // Adeyemi's talk at Lagos Fintech Week", "the careers evening where you spoke".
    private static readonly Regex s_theirEvent = new(
        @"\b(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]+'s) (?:[\p{Ll}-]+ )?(?:talk|lecture|presentation|keynote|panel|webinar|seminar|session|speech|workshop|masterclass)\b(?: [\p{L}'-]+){0,3} (?:at|in|on|during|for)\b|\b(?:where|when) (?:you|he|she) (?:spoke|presented|talked|lectured|gave (?:a|the) talk)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Something of the contact's that the caller read, heard or saw: a concrete source for the name.
    private static readonly Regex s_theirWork = new(
        @"\b(?:read|reading|heard|hearing|saw|seen|watched|listened to|came across|found|follow|following)\b(?: \w+){0,3} (?:your|his|her) (?:[\w-]+ )?(?:interview|article|blog|talk|post|posts|podcast|book|paper|column|lecture|presentation|webinar|newsletter|panel|speech|piece|feature|story|op-ed|essay|profile|video|thread|report|keynote|episode|letter|documentary|film|show|programme|program|series|channel|exhibition)\b|\b(?:liked|loved|enjoyed|remember|remembered|attended|sat in on|went to|was at|were at)\b(?: [\w']+){0,4} (?:your|his|her) (?:[\w-]+ )?(?:talk|webinar|lecture|presentation|keynote|panel|session|workshop|masterclass|seminar|speech|podcast|episode|article|piece|post|book|interview|column)\b|\b(?:heard|saw|seen|watched|listened to|caught) (?:you|him|her) (?:speak|speaking|talk|talking|present|presenting|lecture|lecturing|being interviewed)\b|\b(?:read|heard|saw|seen|watched|listened to|came across|found|liked|loved|enjoyed|remember|remembered)\b(?: [\w'-]+){0,4} (?:interview|article|blog|talk|post|podcast|book|paper|column|lecture|presentation|webinar|panel|speech|piece|video|thread|keynote|episode) of (?:yours|his|hers)\b|\b(?:heard|saw|seen|watched|listened to|caught) (?:you|him|her) (?:on|at|in)\b(?: [\w'-]+){0,6} (?:podcast|programme|program|show|panel|radio|conference|summit|forum|festival|webinar|talk|episode|broadcast|interview|documentary|news|fair|expo|meetup|event|seminar|session)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // The contact's piece given as the reason for the call: "Your LinkedIn post about moving into product is why I'm
    // calling", "I'm ringing because of her talk at the summit".
    private static readonly Regex s_theirWorkAsReason = new(
        @"\b(?:your|his|her) (?:[\w-]+ ){0,2}(?:interview|article|blog|talk|post|podcast|book|paper|column|lecture|presentation|webinar|newsletter|panel|speech|piece|feature|video|thread|keynote|episode)\b[^.?!]{0,80}\b(?:is|was) (?:why|the reason|what (?:made|prompted|got|led|brought))\b|\b(?:because of|thanks to|after|following|inspired by|prompted by) (?:your|his|her) (?:[\w-]+ ){0,2}(?:interview|article|blog|talk|post|podcast|book|paper|column|lecture|presentation|webinar|newsletter|panel|speech|piece|feature|video|thread|keynote|episode)\b",
        Options);

    // A piece about or quoting the contact: "I read the Guardian piece on rural GPs that quoted you".
    private static readonly Regex s_pieceAboutThem = new(
        @"\b(?:read|heard|saw|seen|watched|listened to|came across)\b(?: [\w'-]+){0,5} (?:piece|article|interview|story|report|feature|profile|podcast|episode|programme|program|documentary|post|segment)\b(?: [\w'-]+){0,5} (?:quoted|quoting|featured|featuring|interviewed|interviewing|mentioned|mentioning|profiled|profiling|about|with|by|on) you\b",
        Options);

    private static readonly Regex s_advertisesPost = new(
        @"\b(?:advertis\w*|announcing|hiring for|recruiting for)\b(?: [\w'-]+){0,5} (?:openings?|vacanc(?:y|ies)|positions?|roles?|jobs?|posts?|internships?)\b",
        Options);

    // A post seen in print or online ("the position of junior analyst that was in the newspaper") is a job advert.
    private static readonly Regex s_postSeenIn = new(
        @"\b(?:positions?|roles?|jobs?|vacanc(?:y|ies)|openings?|internships?)\b[^.?!]{0,40}\b(?:in|on|from|through) (?:the |a |your |their )?(?:[\w-]+ )?(?:newspaper|paper|magazine|journal|website|site|linkedin|indeed|board|portal|page)\b",
        Options);

    private static readonly Regex s_jobAdvert = new(@"\b(?:advert|advertisement|ad|ads|posting|job listing|job board|vacancy|job post)\b", Options);

    private static readonly Regex s_busyWords = new(
        @"\b(?:busy|brief|briefly|short|quick|quickly|won't take (?:long|much)|won't keep you|not take (?:long|much)|your time is|precious|hectic|schedule is full|lot on)\b",
        Options);

    // Wording that states a research purpose by itself: research, explore, advice, "what it's really like".
    private static readonly Regex s_researchRule = new(
        @"\b(?:research|researching|explore|exploring|advices?|advise|tips (?:on|about|for)|guidance|counsel|insight|insights|perspective|pick your brains?|(?:get|have|hear|know|ask|want|like|love|value|appreciate) (?:your|his|her) (?:take|view|views|opinion|thoughts)(?: on| about| of)?|get a sense|shed (?:some |a little )?light on|pointers|lay of the land|about (?:a )?careers? (?:in|as)|how (?:you|he|she|they|people|someone|one|others) (?:first )?(?:get|got|gets|go about getting|went about getting|came|ended up|moved|made the (?:move|switch|jump)|found (?:your|his|her|their) way) (?:started|into|in)\b|(?:ask|asking) (?:you|him|her|them) (?:a few questions |some questions )?(?:how|why|what|which|when) (?:you|he|she|they|it|people|someone|i|we|one)\b|(?:ask|asking) (?:how|why) (?:you|he|she|they) \w+|what (?:[\w'-]+ ){1,6}(?:actually|really|truly) (?:looks?|feels?) like|(?:ask|know|learn|understand|find out|hear)(?: you| him| her| them)? (?:what|which|how|why) (?:[\w'-]+ ){0,8}(?:in|of|across|within|about|for) (?:this|the|that|your|my) (?:field|industry|sector|profession|trade|line of work)|how (?:you|he|she|they) (?:chose|picked|decided on|settled on|trained for|qualified|got to where)\b|what it takes (?:to|for)\b|ask (?:you|him|her|them) (?:a bit |a little |more )?about\b|how (?:one|people|someone|to) (?:becomes?|qualif(?:y|ies)|trains? (?:as|to be)|starts? out|gets? started)\b|what (?:the |a |your )?(?:[\w'-]+ ){0,3}(?:career|path|job|work|role|day|week|field|industry|profession)(?: [\w'-]+){0,2} (?:looks?|is|was) like|take on it|a feel for|story of (?:how|why) (?:you|he|she|they)|(?:get|hear|learn|ask|check|sanity-check|run|test|talk|discuss|go over)\b[^.?!]{0,60}\b(?:from|with|by|against|past) (?:someone|somebody|a person|people) (?:who(?:'s| has| have|'ve) (?:done|been|made|lived|worked)|(?:already )?(?:in|inside|within) the (?:field|industry|trade|profession|sector|business))|insider's (?:view|perspective)|first-?hand|(?:thoughts|views?) on|what (?:[\w'-]+ ){0,5}(?:is|are) (?:really |actually |truly )?like|what (?:[\w'-]+ ){0,4}[\w-]+'s (?:really |actually |truly )?like|what (?:[\w'-]+ ){0,4}(?:involves|entails)|(?:hear|know|learn|share)(?: about| of)? (?:your|his|her|their) (?:own )?(?:experiences?|story|stories|journey|career path|path)|(?:explain|describe|tell|show|teach)(?: to)? (?:me|us) (?:[\w'-]+ ){0,3}(?:how|what|about) (?:[\w'-]+ ){0,4}(?:career|field|profession|industry|sector|path|trade|metier|line of work)s?)\b",
        Options);

    // Purposes the research rule does not word: wanting to discover a line of work ("I want to discover the work of a
    // conservator"), what the contact could tell the caller ("Daniel thought you could tell me how informatics
    // differs from admin").
    private static readonly Regex s_researchMore = new(
        @"\b(?:to|and|like|love|hope|hoping|wish|want|wanting) (?:to )?discover (?:the|what|how|more|this|a|an|about|whether|which|why)\b|\b(?:you|he|she|they)(?:'d| would| could| can| might| may)(?: be able to)? (?:tell|explain to|show|teach|advise|walk) (?:me|us)(?: through)? (?:how|what|why|which|about)\b",
        Options);

    // Asking how people other than the caller do something in the work: "I wanted to ask how freelance producers
    // find steady clients". Not "how I can get ..." (the caller's own errand) or "how you are".
    private static readonly Regex s_askHowOthersDo = new(
        @"\b(?:ask|asking|know|learn|understand|find out|hear) (?:you |him |her |them )?how (?:(?!(?:i|i'm|i'd|my|me|we|our|you|you're)\b)[\w'-]+ ){1,3}(?:find|finds|get|gets|build|builds|make|makes|earn|earns|land|lands|win|wins|break|breaks|move|moves|start|starts|become|becomes|train|trains|qualify|qualifies|grow|grows|manage|manages|handle|handles|choose|chooses|price|prices|market|markets|keep|keeps|deal|deals)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static bool SaysResearchByRule(string aboutWork)
    {
        string kept = s_notResearch.Replace(aboutWork, " ");
        return s_researchRule.IsMatch(kept) || s_researchMore.IsMatch(kept) || s_askHowOthersDo.IsMatch(kept);
    }

    // Learning words whose object decides: "find out what the work is like" is a purpose, "find out whether you got my
    // application" or "information about your products" is not. With the model, such a sentence counts unless it is
    // clearly nearer an errand than a purpose; without it, the words alone count, as they always did.
    private static readonly Regex s_researchWeak = new(
        @"\b(?:learn|learning|find out|finding out|gather|gathering|understand|understanding|information|hear about|hear how|hear what|hearing (?:about|how|what)|ask (?:you )?about|questions (?:i have |i've got )?(?:about|on)|inform myself|get informed|know more|study about|looking into|curious how|figure out|know (?:how|what|why|which)|(?:tell|teach|show|explain|describe)(?: to)? me (?:[\w'-]+ ){0,3}(?:about|how|what|why)|shar(?:e|ing) (?:[\w'-]+ ){0,3}(?:about|how|what|why))\b",
        Options);

    // The same words said of something else: "I understand you're busy", "I've been learning Python", "I'd love to
    // hear from you about openings"; or denied ("I'm not trying to research anything", "not calling for advice
    // really"); or curiosity about careers with nothing asked ("kind of curious about careers in sports marketing").
    private static readonly Regex s_notResearch = new(
        @"\b(?:let|letting) (?:me|us) know\b|\bi (?:fully |completely |totally |do )?understand\b|\bunderstand(?:ing)? (?:that|if|you|your)\b|\b(?:been|am|i'm|started|currently|still|now) learning\b|\blearning (?:to|python|english|french|spanish|java|excel|sql|coding)\b|\bhear from you\b|\b(?:hear|know|learn|find out) (?:more )?(?:about|of) (?:any |the |your )?(?:[\w-]+ ){0,2}(?:openings?|vacanc\w*|jobs?|roles?|positions?|internships?|placements?|trainee\w*|posts?)\b|\b(?:ask|questions|talk|speak|chat)(?: to| with)? (?:you |him |her |them |some |a few )?(?:about|on|regarding) (?:any |the |this |that )?(?:(?:graduate|junior|entry-level|open|current|vacant|trainee|summer|available|new) )?(?:openings?|vacanc\w*|jobs?|roles?|positions?|internships?|placements?|trainee\w*|posts?)\b|\bresearch (?:paper|project|essay|assignment|report|unit|team|department|group|lab|division|centre|center|institute)\b|\b(?:ready|willing|quick|able|happy) to learn\b|\blearn the (?:trade|ropes|craft|job)\b|\b(?:not|never|\w+n't) (?:(?:really|trying|calling|ringing|phoning|here|looking|ask|asking|after|for|to|seeking|wanting|want|about|going|doing|any|some|much|interested in)\s){0,4}(?:research\w*|advice|guidance|explor\w*|learn\w*|information|insights?|perspective)\b|\b(?:curious|interested|passionate|fascinated|excited|keen)(?: [\w'-]+){0,2} (?:about|in|by) (?:a |the )?careers? (?:in|as)\b",
        Options);

    // A purpose says what the caller wants from the call; a sentence that only describes them ("I'm a nursing student
    // at Leeds") states none, however close its topic sits to the examples.
    private static readonly Regex s_wantsFromTheCall = new(
        @"\b(?:want\w*|wish\w*|like|love|hope|hoping|trying|looking|calling|ringing|phoning|reason|purpose|so (?:that|i)|to (?:learn|ask|hear|understand|know|find|get|explore|see|discuss|talk|chat|pick|gain|gather)|ask\w*|curious|wonder\w*|keen|eager|grateful|appreciate|value|need|seek\w*|question\w*|help|tell me|share|find out|learn\w*|understand\w*|explor\w*|research\w*|decid\w*|choos\w*|weigh\w*|make up my mind)\b",
        Options);

    // Where the call comes from is no aim: "I'm calling from the university careers centre on behalf of a student".
    private static readonly Regex s_callingFrom = new(@"\b(?:calling|ringing|phoning) (?:you )?(?:from|on behalf of)\b", Options);

    // "the job of a harbour pilot", "the role of a clinical coder": a line of work named, not a post.
    private static readonly Regex s_learningAsAField = new(
        @"\b(?<kind>machine|deep|reinforcement|e-|online|distance|blended|early years|lifelong|adult|workplace|organi[sz]ational) learning\b",
        Options);

    private static readonly Regex s_occupationOf = new(@"\b(?:job|role|work|post|position|profession)s? of (?:an? |the )?", Options);

    // What the caller wants to learn: "I want to know what it takes to become a pilot" learns about becoming one;
    // the aim inside the question is its object, not the caller's stated aim.
    private static readonly Regex s_whatToLearn = new(
        @"\b(?:know|learn|understand|find out|ask(?: you| him| her| them)?|hear|see|figure out|work out|tell me)\b(?: \w+){0,2} (?:what|how|whether|why|if)\b.*$",
        Options);

    // Research about the contact's firm or its openings is homework for an application, not the call's purpose.
    private static readonly Regex s_researchAboutThem = new(
        @"\b(?:done|did|researched|research(?:ed)? (?:on|into|about)|looked at|read about)\b(?: \w+){0,3} (?:your|the) (?:firm|company|openings|vacancies|jobs|roles|positions|organisation|organization|website|annual report|job openings)\b|\bresearching the job openings\b|\bresearched your\b|\bmy research on\b|\bresearch(?:ed)? (?:about|on|into|of) (?:your|the company|the firm|the organi[sz]ation)\b",
        Options);

    // Interest in a field, the wish to enter it or knowledge already held ("I'm fascinated by marine biology", "I want
    // to become a translator", "I know a lot about your field already"): the model reads these as close to a research purpose because they share the topic, but by the
    // definition they are not one. Such a sentence is credited only by explicit learning or advice wording.
    private static readonly Regex s_interestOrAim = new(
        @"\b(?:interest(?:ed)? in|passion(?:ate)?|fascinat\w*|love|loved|keen (?:on|to)|excite[sd]?|exciting|dream\w*|into (?:[\w-]+ ){1,2}(?:design|work)|(?:really|very|so|totally|big|super) into\b|(?:want|wish|hope|hoping|plan|planning|aim|aiming|determined|eager|going) to (?:be|become|join|enter|work|get into|break into|move into|switch into|get my foot|start)|(?:would|'d) love to (?:be|work|join|get into|break into|move into)|(?:would|'d|should) like (?:very much |so much |really |much )?to (?:work (?:in|at|for|as|with your|there|here)|become|join|enter|get into|break into|move into|be an?|be part)\b|(?:looking|trying|seeking|hoping) to (?:transition|move|switch|change|get|break|make the move)|(?:a |my )?career (?:change|switch)|set (?:my|our) heart on|aspir\w+|ambition|drawn to|soft spot|considering (?:a |the )?(?:move|career|switch|becoming|going)|thinking (?:of|about) (?:a career|becoming|moving|switching|going into)|(?:change|switch) careers|(?:one day|someday|in (?:the )?future|my goal)\b|\b(?:already )?know (?:a lot|plenty|quite a bit|a fair bit|a great deal|so much|everything) about\b)",
        Options);

    private static readonly Regex s_availabilityRule = new(
        @"\b(?:good|bad|ok|okay|alright|all right|convenient|suitable|decent|busy|fine|better|reasonable)\b(?: \w+){0,2} (?:time|moment)\b|\b(?:got|have|spare)(?: you got)? (?:a|a few|a couple of|five|two|a spare|a little|a quick) (?:minute|minutes|moment|second|sec|secs|seconds|time|tick|ticks|mo)\b|\b(?:in the middle of (?:something|anything|a meeting|your work|work)|tied up|snowed under)\b|\b(?:up to (?:your|the) (?:eyes|eyeballs|neck|ears)|swamped|flat out|rushed off your feet|run off your feet) (?:right now|just now|at the moment|now|today|this (?:morning|afternoon|evening))\b|\b(?:free|available|around) (?:for (?:a |an )?(?:quick |short |brief |little )?(?:call|chat|word|talk|minute|moment|second) )?(?:right )?now\b|\b(?:talk|speak|chat) (?:right )?now\b|\b(?:time|minute|moment)s? (?:to|for) (?:a )?(?:talk|speak|chat)(?:ing)? (?:right )?now\b|\bis now\b|\bnow (?:ok|okay|alright|convenient)\b|\bcaught you\b|\bcatching you\b|\b(?:am i|are you being|is this) (?:\w+ )?(?:disturbing|interrupting|bothering) you\b|\bif you have a moment\b|\bbusy (?:right |just )?now\b|\bbusy at the moment\b|\b(?:do|did|will|would|if|hope|hoping) i(?:'m| am)? (?:not |don't |do not )?(?:\w+ )?(?:disturb|disturbing|interrupt|interrupting|bother|bothering) you\b|\bcatch you\b|\b(?:free|available|able) to (?:talk|speak|chat)\b|\b(?:are|r) you (?:free|available|around) for (?:a |an )?(?:quick |short |brief |little )?(?:word|minute|moment|second|sec)\b",
        Options);

    // A meeting slot ("twenty minutes next week") is a request to meet, not a check on this moment.
    private static readonly Regex s_meetingSlot = new(@"\b(?:next week|sometime|some time|coming weeks|next few|couple of weeks|fortnight|tomorrow at|meet|meeting|coffee|monday|tuesday|wednesday|thursday|friday)\b", Options);

    private static readonly Regex s_choiceRule = new(
        @"\b(?:whenever|wherever|whichever|whatever time|whatever day|when are you free|when you're free|when you are free|what (?:day|time|works)|which day|your convenience|your choosing|of your choice|your call|you choose|you pick|you decide|you prefer|flexible|fit around (?:you|your|his|her)|work around (?:you|your|his|her|it)|suits (?:you|him|her|them)|suit (?:you|him|her|them)|works for you|work for you|convenient (?:for|to) (?:you|him|her|them)|best for you|better for you|easier for you|easiest for you|good for you|let me know when|(?:tell|let) me when|when it is convenient|when it's convenient|when might be|when is (?:he|she|they) usually|when (?:he|she)'s usually|when would|any day|any time|anytime|when (?:you|he|she|they) (?:want|like|wish|prefer)|(?:a|any|whatever|whichever|the) (?:day|time|date|slot|moment|hour)s? (?:that is |that's |which is )?suitable (?:for|to) (?:you|him|her|them)|your schedule|your diary|your calendar|time that suits|day that suits|allows|when(?:ever)? it (?:arranges|suits|fits|passes for|works for) (?:you|him|her|them))\b|\b(?:when(?:ever)? it|sometime|some time|anytime|any time|a time|a day|a date|a moment) (?:that |which )?(?:suits|works|fits|is convenient)(?:\W*$|[,.;!?]| (?:you|him|her|them|and|or|best|better)\b)|\b(?:when|once|whenever) (?:you|he|she|they)(?:'ve|'d| have| has| get| find| are| 're)?(?: got)? (?:\w+ ){0,3}(?:time|moment|minute|chance|hour|gap|window|slot)\b",
        Options);

    private static readonly Regex s_jobAskRule = new(
        @"\b(?:(?:are|is) (?:you|your(?: [\w-]+){1,3}|the \w+|they|anyone) (?:\w+ )?(?:hiring|recruiting|bringing in (?:any |new |more )|taking on (?:any |new |more ))|(?:i'd|i would|i'll|i will|i am|i'm) (?:be )?(?:a |an )?(?:great|good|strong|perfect|ideal|excellent|real) (?:fit|match|addition|asset|candidate)|(?:chance|opportunity) (?:for|of|at|to have) (?:an? )?interview|any (?:job |open |current |junior |graduate )?(?:openings|vacancies|positions|jobs|roles|internships|placements)|take me on|hire me|hired me|hiring me|employ me|refer me|recommend me for|consider me|consider(?:ing)? my (?:profile|application|candidature|candidacy|cv|resume)|any (?:suitable|available|relevant|open) (?:opening|vacancy|position|role|post)|considered for|(?:keep|kept|keeping|bear|bearing) me in mind|(?:vacanc\w+|opening|position|role|job)\b[^.?!]{0,40}\b(?:remember|think of) me|(?:mention|mentioning|recommend|recommending|introduce|introducing|put) me (?:to|in touch with) (?:your|the|a|whoever|someone)(?: [\w-]+){0,3} (?:recruiters?|recruitment|hr|human resources|hiring manager|talent team)|good word|pass (?:on |along )?my (?:cv|resume)|my (?:cv|resume) (?:on|to|along)|keep my (?:cv|resume)|get me an interview|an interview (?:at|for|with)|(?:role|job|position|place|opening) for me|work for your|(?:to|i|i'd|i'll|i could|could i|can i|let me) (?:\w+ ){0,2}work for you|join your team|apply for|whether i could apply|apprentice|after a job|need a job|want a job|looking for (?:a |an )?(?:[\w-]+ )?(?:job|work|employment|internship|position|role)|get an internship|position (?:is )?still open|handles hiring|does the hiring|get a job at|hiring process|could hire me|offer placements|needs staff|be my referral|taking on|takes? on (?:trainees|staff|graduates|apprentices|interns|juniors)|recruiting graduates|jobs going|job openings in|(?:someone|people) like me for|forward my (?:application|cv|resume)|(?:are|is) (?:you|your \w+|they) taking (?:on )?(?:graduates|trainees|interns|juniors|new staff)|(?:salary|pay|package) (?:would|will|do) you (?:offer|pay|give) me|if you (?:hired|hire|took) me on)\b",
        Options);

    // Asked without naming a job word the older rule knows: whether the contact's side has an internship or any
    // kind of placement, wanting to become part of their team, joining their kitchen or studio, coming on board with them or
    // a foot in their door.
    private static readonly Regex s_jobAskMore = new(
        @"\b(?:(?:i'd|i would|i will|i'll) be (?:a |an )?(?:fit|match) for (?:that|the|this|your|one)|(?:if|whether|do|does|did|would|could|maybe|perhaps) (?:you|your(?: [\w-]+){1,3}|they|the (?:company|firm|team|practice|studio)) (?:\w+ )?(?:have|has|offer|offers|got|run|runs|provide|provides|take|takes) (?:(?:any|some) (?:(?:open|current|junior|graduate|entry-level|available|new) )?(?:positions?|roles?)|(?:any|an|a|some|one) (?:(?:kind|kinds|sort|sorts|type|types) of |(?:summer|paid|unpaid|open|current|junior|graduate|entry-level|student|trainee|part-time|full-time|available|spare|free) )*(?:internships?|jobs?|openings?|vacanc\w+|placements?|traineeships?|apprenticeships?|work experience)|any (?:(?:open|current|junior|graduate|entry-level|available|new) )?(?:positions|roles))|(?:love|like|want|wish|hope|hoping|keen|eager|dream) to (?:become|be) (?:a |an )?part of (?:your|what you|the team)|(?:come|get|be|climb) (?:on ?board|aboard) (?:with|at|in) (?:you|your)\b|foot in (?:the door (?:at|with|of|in) (?:you|your)|your door)\b|join your (?:[\w-]+ ){0,2}(?:company|firm|studio|practice|agency|department|staff|organisation|organization|kitchen|crew|office|hospital|school|restaurant|workshop|lab))\b",
        Options);

    private static readonly Regex s_notAJobAsk = new(
        @"\b(?:before i (?:start )?apply\w*|present my (?:cv|resume)|(?:laid off|made redundant|lost|redundant) (?:from )?my job|not (?:asking|looking|after|seeking|calling|hoping|want|wanting|need|needing|expect|expecting|request|requesting)|(?:i'm|i am|im|i was|i've been) (?:the |a |an )?(?:new |current |summer |former |first-year |second-year |final-year |graduate )?(?:intern|trainee|apprentice|placement student) (?:at|with|in|for|on)|(?:not|isn't|wasn't|it's not|is not) (?:me|about me|for) (?:asking|looking|after|seeking|hunting|fishing|begging|chasing|requesting)|(?:don't|didn't|won't|do not|did not) (?:call|ring|phone|write|come) (?:you |here )?to ask|i'm not|i am not|not a job|no job|if (?:that|it|this) (?:would |might |could |will )?helps?|if useful|if helpful|if it's useful|happy to share|happy to send|glad to share|like yours|instead of|rather than)\b",
        Options);

    // A denial that sits right on the wish for a post, in any of its verbs: "I'm not after work", "not fishing for a
    // job", "not seeking employment".
    private static readonly Regex s_notWantingAPost = new(
        @"\b(?:not|never|\w+n't) (?:really |here |calling |ringing |phoning |writing |trying |getting in touch |call |ring |phone |write |come |me |about me |for )?(?:(?:in order )?to )?(?:after|seek\w*|chas\w*|fish\w*|angl\w*|beg\w*|hunt\w*|ask\w*|look\w*|search\w*|request\w*|want\w*|need\w*|expect\w*|hop\w*)(?: you| anyone| anybody)?(?: for| about)? (?:a |an |any |paid |some |for )?(?:job|jobs|work|employment|position|positions|post|posts|placement|placements|internship|internships|vacancy|vacancies|opening|openings|role|roles|gig|gigs)\b",
        Options);

    // "I'm not applying for the post", "I won't be putting in an application for the role"; not "I didn't apply for
    // the job" or "I haven't applied for it yet", which report the past.
    private static readonly Regex s_notApplying = new(
        @"\b(?:not (?:applying|going to apply|planning to apply|putting in an application)|won't (?:be )?(?:applying|apply|putting in an application)) (?:for|to) (?:a|an|any|the|this|that|your) (?:[\w-]+ ){0,2}(?:job|post|role|position|vacancy|opening|internship|placement)s?\b",
        Options);

    // The call itself denied its errand: "I am not ringing for work", "this isn't a call about a job".
    private static readonly Regex s_notCallingForAPost = new(
        @"\b(?:not|never|\w+n't) (?:\w+ )?(?:calling|ringing|phoning|writing|here|reaching out|contacting you|getting in touch|a call|call|ring|phone) (?:for|about|regarding|over) (?:a |an |any |paid |some |the |this |that |your )?(?:job|jobs|work|employment|position|positions|post|posts|vacanc(?:y|ies)|openings?|roles?|placements?|internships?|gigs?)\b",
        Options);

    // The call set apart from a post without "not": "Nothing to do with a job, I promise", "unrelated to any vacancy".
    private static readonly Regex s_unrelatedToAPost = new(
        @"\b(?:nothing to do with|unrelated to|not related to|no connection (?:with|to)) (?:a |an |any |the |your |getting |finding |looking for )?(?:job|jobs|work|employment|position|positions|post|posts|vacanc\w+|openings?|roles?|internships?|placements?|hiring|recruitment)\b",
        Options);

    // The call called something other than a request for a post: "It's not a request for work", "this is no bid for
    // a job". The noun of asking stands where the verb would.
    private static readonly Regex s_notARequestForAPost = new(
        @"\b(?:not|never|no|\w+n't) (?:a |an |any |some )?(?:request|plea|ask|bid|application|appeal|pitch|call|petition) (?:for|about|regarding) (?:a |an |any |paid |some |the |your )?(?:job|jobs|work|employment|position|positions|post|posts|placement|placements|internship|internships|vacancy|vacancies|opening|openings|role|roles|gig|gigs)\b",
        Options);

    // "not looking for one" with the post named just before ("I lost my job last month. I'm not looking for one from
    // you"): the denial is on the post the pronoun stands for; so is "I'm not applying for it".
    private static readonly Regex s_notWantingOne = new(
        @"(?:\bnot|n't|\bnever) (?:really |here |calling |ringing |phoning |trying )?(?:(?:in order )?to )?(?:after|seek\w*|look\w* for|ask\w* (?:you |anyone )?for|want\w*|need\w*|hunt\w* for|hop\w* for|expect\w*) (?:another )?one\b|(?:\bnot|n't|\bnever) (?:really |actually |going to |planning to )?(?:apply\w*|putting in (?:an application )?) (?:for|to) (?:it|one|that one|this one)\b",
        Options);

    private static readonly Regex s_aPost = new(@"\b(?:job|jobs|position|positions|post|role|roles|placement|internship|vacancy|opening)\b", Options);

    private static bool DeniesWantingOne(string[] folded)
    {
        for (int i = 0; i < folded.Length; i++)
        {
            Match denial = s_notWantingOne.Match(folded[i]);
            // The post may be named a comma piece or two before ("I saw the advert for the analyst post, and a friend
            // said you're approachable. I'm not applying for it").
            if (denial.Success && (s_aPost.IsMatch(folded[i][..denial.Index]) || (i > 0 && s_aPost.IsMatch(folded[i - 1])) || (i > 1 && s_aPost.IsMatch(folded[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly Regex s_clauseBreak = new(@"\b(?:but|however|though|although|yet)\b|;", Options);

    private static readonly Regex s_introduction = new(
        @"\b(?i:my name is|my name's|my name|this is|it's me|it's|it is|i'm called|i am called|i'm|i am|here is|here speaks|on the line is|with you is|moi,? c'est|name's|myself|you(?:'re| are) speaking (?:with|to)|i go by|this side|(?:you can|please|just|people|everyone|they) call me|(?:people|everyone|they|friends) know me as|i'm known as|i am known as|(?<!\b(?i:your|his|her|their)\s)(?:my )?(?:first name|surname|last name|family name)(?: is)?)[,\s]+(?:(?i:um|uh|er|erm|uhm|like|ah|eh|ehm|hmm|oh|well|you know|i mean)[,.]?\s+)*(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)(?:,\s+\k<name>(?:\s+\p{Lu}[\p{L}'-]+)?\b)?|(?:^|[,.!]\s*|\b(?:hi|hello|hey),?\s+)(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Engr|Eng)\.?\s+)?(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}),?\s+(?:here|speaking|calling|this side)\b|(?:^|[,.!]\s*)(?i:is)\s+(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})\s+(?i:speaking)\b(?!\s*\?)|(?:^|[,.!]\s*)(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})\s+(?i:is my (?:full |first )?name)\b|\b(?i:tell|let|inform|notify)\s+(?:[\p{L}.'-]+\s+){1,3}?(?:(?i:know)\s+)?(?:(?i:that)\s+)?(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?i:called|rang|phoned|telephoned|is calling|was calling|has called|has been calling|tried to call|tried to reach)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "I", "I'm", "I've", "I'd", "I'll", "Hi", "Hello", "Hey", "Dear", "Good", "Thanks", "Thank", "The", "A", "An",
        "My", "Your", "We", "You", "He", "She", "They", "It", "This", "That", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "LinkedIn", "Is", "Are", "Do", "Would", "Could",
        "Can", "So", "And", "But", "Sorry", "Please", "Um", "Uh", "Er", "Erm", "Basically", "Yes", "No", "Well",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Also", "As", "When", "What", "How", "If", "Since", "After", "Before", "Our",
        // Words that open a sentence but name nobody: "Someone I met suggested..." is not a named source.
        "Someone", "Somebody", "One", "Anyway", "Then", "Oh", "Ah", "Just", "Actually", "Kindly", "Maybe", "Any",
        "Excuse", "Morning", "Afternoon", "Evening", "Sir", "Madam", "Now", "Recently", "Yesterday", "Today", "Earlier",
        "There", "Here", "In", "At", "On", "From", "Through", "Last", "Lately", "Honestly", "Okay", "OK", "Ok",
    };

    public static PitchReading Read(string? text, ISentenceEmbedder? embedder)
    {
        // "hi grace, it's sam, abena said i should call": names typed without capitals are found like any other.
        string raw = CasualNames.Restore(text ?? string.Empty);
        int words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        int fillers = FillerCounter.Count(raw.Length > 20_000 ? raw[..20_000] : raw);
        IReadOnlyList<(int Low, int High)> lengths = MeetingLength.Find(raw);
        SentenceMeanings meanings = SentenceMeanings.Of(SourceClausesApart(SentenceSplitter.SplitUnits(raw)), embedder);
        IReadOnlyList<SpokenSentence> sentences = meanings.Sentences;
        var folded = sentences.Select(s => TextFolding.Fold(s.Text)).ToArray();
        // "the job of a harbour pilot" names a line of work to learn about, not a post to ask for.
        // "machine learning" names a field, not the caller learning something.
        var aboutWork = folded.Select(f => s_learningAsAField.Replace(s_occupationOf.Replace(f, "occupation of "), "${kind}-field")).ToArray();
        NormalizedText normalized = NormalizedText.From(raw.Length > 20_000 ? raw[..20_000] : raw);

        // Whole sentences (a source clause kept apart from the next clause), split once for both uses below.
        IReadOnlyList<SpokenSentence> wholes = SourceClausesApart(SentenceSplitter.Split(raw));
        string[] wholeOf = WholeSentenceOf(wholes, sentences);
        bool offersCallBack = folded.Any(CallBackWording.OffersCallBack);
        // "what day-to-day work looks like" names no day to meet on.
        var asTime = folded.Select(f => s_notATime.Replace(f, " ")).ToArray();
        bool asksContactToCall = folded.Any(CallBackWording.AsksContactToCall);
        // What is left for a choice once a request to be called is set aside: asking the contact to ring back "when
        // you're free" hands the call to them (S033) and leaves them no meeting to choose.
        var choiceText = asTime.Select(f => s_notAChoice.Replace(CallBackWording.WithoutRequestToCall(f), " ")).ToArray();

        bool introduces = DetailExtractor.IntroducesSelf(raw) || NamesSelf(raw) || SaysOwnNameAlone(wholes) || SignsOffWithName(wholes);

        // An all-lowercase transcript has no capitals to find names by; the referral wording has to do.
        bool noCapitals = !raw.Any(char.IsUpper);
        // When the explicit wording already states the purpose, the learning words need no second look by the model.
        bool purposeByRule = Enumerable.Range(0, folded.Length).Any(i => ResearchGate(sentences[i].Text, aboutWork[i]) && SaysResearchByRule(aboutWork[i]));
        MeaningRule jobRule = JobAskRule(folded);
        bool[] decided = Decide(
            meanings,
            new MeaningRule(AskPrototypes.HowGotName, i => noCapitals || IsConcreteSource(sentences[i].Text, folded[i]),
                i => SaysHowGotNameByRule(sentences[i].Text, folded[i]))
            {
                // A sentence that asks for a job ("get me an interview at your hospital") says nothing of where the
                // name came from, whatever source-like word it holds.
                ModelGate = i => !SaysJobAskByRule(folded[i]) && (noCapitals || MentionsContactAsPerson(TextFolding.Fold(wholeOf[i])) || s_possessiveDetails.IsMatch(wholeOf[i])),
            },
            new MeaningRule(
                AskPrototypes.ChecksAvailability,
                i => !offersCallBack && !CallBackWording.AsksContactToCall(folded[i])
                    && ((!s_meetingSlot.IsMatch(folded[i]) && !ArrangesALaterMeeting(sentences[i].Text, folded[i])) || s_anotherTimeBetter.IsMatch(folded[i])),
                i => (s_availabilityRule.IsMatch(folded[i]) || s_anotherTimeBetter.IsMatch(folded[i])) && (sentences[i].IsQuestion || s_conditional.IsMatch(folded[i])))
            {
                // Checking availability is about this moment or being free: "Can you tell me who to speak to?" or
                // "maybe we could talk at some point?" says neither, however close the model puts it.
                // A job ask ("consider me for any openings, now or in the future") asks nothing about the moment.
                ModelGate = i => s_momentWords.IsMatch(folded[i]) && !SaysJobAskByRule(folded[i]) && (sentences[i].IsQuestion || s_askedOrHoped.IsMatch(folded[i])),
            },
            new MeaningRule(AskPrototypes.ResearchPurpose, i => ResearchGate(sentences[i].Text, aboutWork[i]),
                i => SaysResearchByRule(aboutWork[i]))
            {
                // "I'm calling about the job" sits near "calling to learn about the field" for the model; a sentence
                // about a job that it does not deny is credited only by the explicit research wording.
                // Likewise a sentence whose learning words are about something else ("I've been learning Python").
                ModelGate = i => !Clauses(aboutWork[i]).Any(c => s_jobWords.IsMatch(c) && !s_notAJobAsk.IsMatch(c) && !s_negation.IsMatch(c))
                    && !s_notResearch.IsMatch(aboutWork[i])
                    && !s_interestOrAim.IsMatch(s_whatToLearn.Replace(aboutWork[i], " "))
                    && s_wantsFromTheCall.IsMatch(s_callingFrom.Replace(aboutWork[i], " "))
                    && !SaysHowGotNameByRule(sentences[i].Text, folded[i])
                    // "... and I was wondering if I could, / like, come work with you guys": a piece of a sentence
                    // that asks for a job states a purpose only with learning words of its own.
                    && (s_researchWeak.IsMatch(aboutWork[i]) || !AsksForJobInWhole(TextFolding.Fold(wholeOf[i]))),
            },
            new MeaningRule(AskPrototypes.NotJobRequest, i => s_negation.IsMatch(folded[i]) && s_jobWords.IsMatch(folded[i]),
                i => CoachPhrases.JobMention.HasNegated(NormalizedText.From(sentences[i].Text))),
            new MeaningRule(
                AskPrototypes.LeavesChoice,
                i => !(s_anotherTimeBetter.IsMatch(folded[i]) && !s_meetingWords.IsMatch(folded[i]) && !s_contactDecides.IsMatch(folded[i])),
                // A number left for the contact to use when they like ("you can reach me on …") leaves the time to
                // them; asking them to ring back does not.
                i => CallBackWording.InvitesContactToCall(folded[i]) || s_choiceRule.IsMatch(choiceText[i]) || s_contactDecides.IsMatch(choiceText[i])
                    || CoachPhrases.LeavesChoice.IsMatch(NormalizedText.From(choiceText[i])))
            {
                // A fixed slot ("right now", "Tuesday at 3") with no other time offered leaves nothing to the contact;
                // a sentence that names no time, place or format ("I'm calling about the job") leaves none of them.
                // A check on this moment or an offer to call back ("Is now a bad time?", "I can ring back later"), a
                // request to be called back and a job ask leave no meeting to the contact, however near the model
                // puts them; only explicit wording does.
                ModelGate = i => (!s_fixedSlot.IsMatch(folded[i]) || s_otherTimeOffered.IsMatch(folded[i])) && s_whenWhereHow.IsMatch(choiceText[i]) && s_choiceOpen.IsMatch(choiceText[i])
                    && !ChecksTheMoment(folded[i]) && !SaysJobAskByRule(folded[i]) && !CallBackWording.AsksContactToCall(folded[i]),
            },
            jobRule with
            {
                // "The job posting is how I found your name" says where the name came from, not what is asked.
                ModelGate = i => jobRule.ModelGate!(i) && !NamesCameFromAPostOnly(folded[i]),
            },
            new MeaningRule(AskPrototypes.BusyAndBrief, i => s_busyWords.IsMatch(folded[i]), i => s_busyWords.IsMatch(folded[i])),
            new MeaningRule(
                AskPrototypes.ResearchPurposeRatherThanErrand,
                i => !purposeByRule && ResearchGate(sentences[i].Text, aboutWork[i]) && s_researchWeak.IsMatch(s_notResearch.Replace(aboutWork[i], " ")),
                _ => !meanings.HasMeaning)
            {
                ModelGate = i => !SaysHowGotNameByRule(sentences[i].Text, folded[i]),
            });
        // The pieces cut at commas can split a referral ("My former boss, / Carla Diaz, said you'd..."); the exact
        // rules also read each whole sentence.
        bool namesSource = decided[0] || wholes.Any(s =>
        {
            string whole = TextFolding.Fold(s.Text);
            return IsConcreteSource(s.Text, whole) && SaysHowGotNameByRule(s.Text, whole) && !SaysJobAskByRule(whole);
        }) || NamedThenPassedOn(wholes);
        bool availability = offersCallBack || decided[1];
        bool research = decided[2] || decided[7];
        bool notJob = decided[3] || CoachPhrases.JobMention.HasNegated(normalized) || folded.Any(s_notWantingAPost.IsMatch) || folded.Any(s_notARequestForAPost.IsMatch) || folded.Any(s_notApplying.IsMatch) || folded.Any(s_notCallingForAPost.IsMatch) || folded.Any(s_unrelatedToAPost.IsMatch) || DeniesWantingOne(folded);
        bool choice = decided[4];
        // "Could you pass my details along?" in a message that is about a posting or for the hiring manager hands an
        // application over, wherever in the message the post is named.
        // "If you hear of an opening in your bank, I'd be glad if you recommend me": the condition and the offer are
        // two comma pieces of one sentence.
        bool jobAsk = decided[5] || (folded.Any(f => s_passMyDetails.IsMatch(f) && !s_notAJobAsk.IsMatch(f)) && folded.Any(s_hiringContext.IsMatch))
            || wholes.Any(s => OffersSelfForPostOnTheirSide(TextFolding.Fold(s.Text)) || AsksToHearOfAPostOnTheirSide(TextFolding.Fold(s.Text)) || AsksForPostAsCallersSay(TextFolding.Fold(s.Text)));
        bool busy = decided[6];

        var labels = new PitchLabels(
            IntroducesSelf: introduces,
            NamesReferrerOrSource: namesSource,
            ChecksAvailability: availability,
            StatesResearchPurpose: research,
            SaysNotJobRequest: notJob,
            AsksSpecificShortTime: MeetingLength.AsksShortSpecific(lengths),
            LeavesChoiceToContact: choice,
            AsksForJob: jobAsk,
            TooLong: words > MaxWords,
            FillerHeavy: fillers >= HeavyFillers);
        return new PitchReading(labels, busy, asksContactToCall, offersCallBack, lengths, words, fillers);
    }

    // "I read your interview in Construction News and I'm trying to learn about offsite building": where the name came
    // from and why the caller rings are two clauses, and each is judged alone (a sentence about the source is never
    // credited as the purpose, so joined they would hide it).
    private static IReadOnlyList<SpokenSentence> SourceClausesApart(IReadOnlyList<SpokenSentence> units)
    {
        List<SpokenSentence>? result = null;
        for (int i = 0; i < units.Count; i++)
        {
            SpokenSentence unit = units[i];
            // The first clause start after which the words before it say where the name came from: "calling because
            // I saw your profile / and I'd like to learn about UX design" splits at "and", not at "because".
            Match? next = s_nextClause.Matches(unit.Text).FirstOrDefault(m => m.Index > 0 && SaysHowGotNameByRule(unit.Text[..m.Index], TextFolding.Fold(unit.Text[..m.Index])));
            if (next is not null)
            {
                string first = unit.Text[..next.Index].TrimEnd(',', ' ');
                string second = unit.Text[next.Index..].TrimStart(',', ' ');
                if (first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && second.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
                {
                    result ??= [.. units.Take(i)];
                    result.Add(new SpokenSentence(first, unit.IsQuestion));
                    result.Add(new SpokenSentence(second, unit.IsQuestion));
                    continue;
                }
            }

            result?.Add(unit);
        }

        return result ?? units;
    }

    // Where a new clause of the caller's starts: "... and I'm trying to", ", since I'm choosing", "... and want to".
    private static readonly Regex s_nextClause = new(
        @"(?:,? and|,? so|,? since|,? because|;)(?= (?:(?i:i|i'm|i'd|i am|i would|i want|i've|i have|i was|i hope|i wish|want|wanted|would|hope|wish)\b))",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A sentence that asks for a length of time or leaves the time to the contact ("Can we speak for 30 minutes at
    // your convenience?") asks for a meeting, not whether this moment suits, unless it speaks of the present moment
    // or of calling back ("when might be a good time for me to call back?").
    // A length under ten minutes ("free to speak for five minutes?") asks about this moment, not for a meeting; "the
    // moment that is convenient for you" is a time the contact picks, not the present moment.
    private static bool ArrangesALaterMeeting(string sentence, string folded) =>
        (MeetingLength.Find(sentence).Any(l => l.High >= 10) || s_choiceRule.IsMatch(folded)) && !s_presentMomentOrCallBack.IsMatch(s_chosenMoment.Replace(folded, " slot "));

    private static readonly Regex s_chosenMoment = new(
        @"\b(?:the|a|any|whatever|whichever) (?:\w+ )?(?:moment|time) (?:that|which|when|most|you|convenient|suitable|best|of your)\b",
        Options);

    // "Would another time be better?", "would a different time suit you better?": whether this moment suits, asked
    // the other way round.
    private static readonly Regex s_anotherTimeBetter = new(
        @"\b(?:would|will|is|might) (?:another|a different|a later|some other|a quieter|other|a better) (?:\w+ )?(?:time|moment|day)(?: \w+){0,2} (?:be |is )?(?:better|easier|more convenient|suit you better|suits you better|work better|works better)\b",
        Options);

    private static readonly Regex s_presentMomentOrCallBack = new(
        @"\b(?:now|at the moment|this moment|this minute|this (?:\w+ ){0,2}(?:time|moment)|caught you|catching you|today|(?:call|ring|phone|try) (?:you )?(?:back|again))\b",
        Options);

    private static readonly Regex s_meetingWords = new(@"\b(?:meet|meeting|chat|conversation|coffee|minutes|half an hour|call with|talk with|speak with)\b", Options);

    // The contact decides: "you can decide", "the day you pick", "at his convenient time", "or you can tell me a
    // better moment", "if another time is better for him". Who decides is exact; the words for time vary.
    private static readonly Regex s_contactDecides = new(
        @"\b(?:you|he|she|they) (?:can|may|could|might|are welcome to|are free to|just) (?:decide|choose|pick|set|fix)\b|\b(?:you|he|she|they) (?:can|may|could|might|are welcome to|just) (?:tell|suggest|propose|name|give|send|let (?:me|us|you|her|him) know|say)\b(?: [\w'-]+){0,3} (?:time|day|date|moment|slot|place|when)\b|\b(?:day|time|date|place|moment|slot|hour)s? (?:that )?(?:you|he|she|they) (?:may |can |would )?(?:choose|want|like|prefer|decide|pick|say|name|suggest|wish)\b|\b(?:your|his|her|their) (?:convenient|preferred|chosen) (?:time|day|date|moment|slot|hour)\b|\b(?:his|her|their) convenience\b|\bwhen (?:is|would be|will be|'s|might be) (?:a |the )?(?:good|convenient|suitable|better|best|nice) (?:time|moment|day)\b|\b(?:another|other|a better|a different|a more convenient|a suitable|some other) (?:time|moment|day)(?:'s| is| would be| works| suits)? (?:better|easier|best|for (?:you|him|her|them))\b|\b(?:is there|would there be) (?:a |any )?(?:better|good|best|convenient|more convenient|suitable|easier|other) (?:time|day|moment) (?:for (?:you|him|her|them)|(?:when |that )?(?:i|we) (?:could |can |should |might |may )?(?:call|ring|phone|try|reach|catch|speak|talk|meet))\b",
        Options);

    // Not a choice of time: the contact asked to approve the caller's own plan ("would you prefer I ring back another
    // day?" is a yes or no about this moment), or the caller's readiness to start work ("ready to start anytime").
    private static readonly Regex s_notAChoice = new(
        @"\b(?:would|do|will) you (?:prefer|rather|like)(?: that| if| it if)? i\b[^.?!;]*|\b(?:ready|able|available|free|happy|willing) to (?:start|join|begin|resume)(?: work| working)? (?:anytime|any time|immediately|whenever|right away)\b",
        Options);

    private static bool ChecksTheMoment(string folded) =>
        (s_availabilityRule.IsMatch(folded) || s_presentMomentOrCallBack.IsMatch(folded) || CallBackWording.OffersCallBack(folded))
        && !s_meetingWords.IsMatch(folded) && !s_chosenMoment.IsMatch(folded) && !s_contactDecides.IsMatch(folded);

    // "day-to-day", "a week's work experience": a day or week that is no time to meet.
    private static readonly Regex s_notATime = new(
        @"\bday-to-day\b|\bday to day\b|\b(?:a|one|two|three) (?:day|week|month)'s\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    // Time, place or format: what a choice left to the contact is about.
    private static readonly Regex s_whenWhereHow = new(
        @"\b(?:when\w*|where\w*|time|times|day|days|date|moment|slot|week|weekend|morning|afternoon|evening|convenien\w*|suit\w*|free|available|availability|schedule|diary|calendar|prefer\w*|choose|choice|pick|decide|phone|video|zoom|teams|call|coffee|office|place|in person|meet|meeting)\b",
        Options);

    // Something left open: a time word, the contact's preference or an alternative. "I just want to meet you" names a
    // format and leaves nothing to choose.
    private static readonly Regex s_choiceOpen = new(
        @"\b(?:when\w*|where\w*|time|times|day|days|date|moment|slot|week|weekend|convenien\w*|suit\w*|free|available|availability|schedule|diary|calendar|prefer\w*|choose|choice|pick|decide|or)\b",
        Options);

    // Asked, not said: a question mark, a condition or a hope about the moment ("I hope I'm not catching you at a bad
    // time"), or question word order in a transcript without punctuation ("got a minute").
    private static readonly Regex s_askedOrHoped = new(
        @"\b(?:if|whether|unless|wonder\w*|check\w*|hope (?:i|i'm|this|it's|now|you're not|you are not))\b|^\W*(?:(?:so|and|um|uh|er|well|hi|hey|oh|sorry|but|just)\W+)*(?:is|are|am|do|does|did|have|has|got|can|could|would|will|may|might|shall|should|you|any|free|ok|okay|good|bad|all right|alright)\b",
        Options);

    // This moment or being free: what a check on availability is about.
    private static readonly Regex s_momentWords = new(
        @"\b(?:now|moment|minute|minutes|second|seconds|sec|time|busy|free|caught|catch|catching|disturb\w*|interrupt\w*|bother\w*|convenient|available|good|bad|okay|ok|alright|all right)\b|\byou (?:able to )?(?:talk|speak|chat)\W*$",
        Options);

    private static readonly Regex s_conditional = new(@"\bif (?:you|i|it's|it is|this is|now)\b", Options);

    private static readonly Regex s_fixedSlot = new(
        @"\b(?:right now|(?:free|talk|speak|chat|available|meet) now|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:at|morning|afternoon|evening|lunchtime)|(?:tomorrow|today|tonight) at|at \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|o'clock)?)\b",
        Options);

    private static readonly Regex s_otherTimeOffered = new(
        @"\b(?:or (?:\w+ ){0,3}(?:another|other|different|else|whenever|later|better|prefer\w*|suits?)|if (?:that|it|this) (?:doesn't|does not|isn't|is not|won't)|otherwise)\b",
        Options);

    // Research into the contact's firm or its openings, or a sentence that asks for a job, never states the purpose.
    private static bool ResearchGate(string sentence, string folded) =>
        !s_researchAboutThem.IsMatch(folded) && !s_researchedNamedOrganisation.IsMatch(sentence) && !SaysJobAskByRule(folded) && !AsksForPostAsCallersSay(folded);

    private static bool AsksForJobInWhole(string foldedWhole) => SaysJobAskByRule(foldedWhole) || AsksForPostAsCallersSay(foldedWhole);

    // Job asks in the words callers use on the phone, read on a whole sentence (the condition and the ask are often
    // separate comma pieces): "would your workshop have room to take him on?", "any chance you'd want an extra pair
    // of hands?", "if your company can take me in any capacity", "anything going at yours?", "I'd love to get onto
    // your strategy team", "if there's room for one more, would you let me know?", "if you hear of productions
    // looking for crew, send them my way", "if I could come work with you guys on the next show".
    private static bool AsksForPostAsCallersSay(string foldedSentence)
    {
        if (s_notAJobAsk.IsMatch(foldedSentence) && !Clauses(foldedSentence).Any(c => !s_notAJobAsk.IsMatch(c) && (s_callersJobAsk.IsMatch(c) || s_myWayOntoTheirSide.IsMatch(c) || s_putForwardForAPost.IsMatch(c) || s_asTheirHelper.IsMatch(c) || s_hearOfSomethingAtTheirs.IsMatch(c))))
        {
            return false;
        }

        return s_callersJobAsk.IsMatch(foldedSentence)
            || s_myWayOntoTheirSide.IsMatch(foldedSentence)
            || s_putForwardForAPost.IsMatch(foldedSentence)
            || s_asTheirHelper.IsMatch(foldedSentence)
            || s_hearOfSomethingAtTheirs.IsMatch(foldedSentence)
            || (s_theirSeasonalNeed.IsMatch(foldedSentence) && s_firstPerson.IsMatch(foldedSentence))
            || (s_askedOfThem.IsMatch(foldedSentence) && (TakesThemOn(foldedSentence) || s_moreHands.IsMatch(foldedSentence)))
            || ((s_roomForPerson.IsMatch(foldedSentence) || RoomForSomeone(foldedSentence)) && s_askedOfThem.IsMatch(foldedSentence) && s_toBeTold.IsMatch(foldedSentence) && s_firstPerson.IsMatch(foldedSentence))
            || (s_sentMyWay.IsMatch(foldedSentence) && s_seekingPeople.IsMatch(foldedSentence));
    }

    private static readonly Regex s_callersJobAsk = new(
        @"\b(?:take|taking|have|having|use|using|employ|hire|fit|bring) (?:me|him|her|my \w+) (?:on |in |aboard )?(?:in |for )?any (?:capacity|role|position)\b|\b(?:anything|something|owt|work) going (?:at|in|with|on|over at|down at) (?:yours|your \w+)\b|\bfor (?:a|an) (?:[\w-]+ )?(?:lad|lass|girl|guy|bloke|fella|person|grad|graduate|student|kid|beginner|newbie|school-leaver) like me\b|\b(?:i|i'd|i'm|me|i'll|i would|i was)\b(?: [\w']+){0,3} (?:get|getting) (?:onto|on to|into|on|in with) your (?:[\w-]+ ){0,2}(?:team|crew|staff|company|firm|studio|practice|department|books|payroll|roster|graduate scheme|programme|program|kitchen|unit|lab)\b|\b(?:i'd|i would|i'm happy|i am happy|i can|i could|i'll|i will|happy|glad|willing|let me|can i|could i|may i)\b[^.?!]{0,30}\b(?:come in|do|work|try) (?:for |on )?(?:a |an )?(?:unpaid |paid |short |quick )?(?:trial (?:shift|day|week|period)|work trial|try-?out)\b|\b(?:if|whether) (?:your|you)\b[^.?!]{0,40}\b(?:ever |still |sometimes |usually )?(?:take|takes|took) (?:on )?(?:any )?(?:students|trainees|interns|graduates|apprentices|placement students)(?: (?:in|into|for|from|over|this|next|each|every|at|onto)\b|\W*$|[?,.;])|\b(?:if|whenever|should|in case) (?:your|you) (?:[\w-]+ ){0,3}(?:ever )?(?:need|needs|needed|require|requires)\b[^.?!]{0,80}\b(?:think of|thought of|remember|remembered|call on|called on) me\b|\b(?:i|me)\b(?: [\w',]+){0,4} come (?:and |to )?work (?:with|for|alongside|under) (?:you guys|you lot|you all|your (?:[\w-]+ ){0,2}(?:teams?|crew|company|firm|practice|studio|unit|department|group|lab|office|agency|kitchen|restaurant|business|outfit|workshop|garage|shop|salon|site|show|production))\b",
        Options);

    // Advice asked about how the caller gets a place on the contact's own side is a job ask put as a question of
    // method: "the best way for me to land a spot on your crew", "how I can secure the training slot in your
    // company", "how could I join your team". How people get into a field, or into "your field", is not.
    private static readonly Regex s_myWayOntoTheirSide = new(
        @"\b(?:how|way|ways|what it takes) (?:for me |i (?:can|could|might|would|should|may|am to) |do i |would i |can i |could i |should i |might i )(?:best )?(?:to )?(?:land|get|secure|win|obtain|earn|grab|bag|snag|clinch|gain|be offered|be given)\b(?: [\w'-]+){0,4} (?:spot|place|slot|seat|berth|position|post|job|role|opening|internship|placement|traineeship|apprenticeship|vacancy|foot in the door)s?\b(?: [\w'-]+){0,2} (?:on|in|at|into|onto|with|within) (?:your|you)\b|\b(?:how|way|ways) (?:for me |i (?:can|could|might|would|should|may) |do i |would i |can i |could i |should i |might i )(?:best )?(?:to )?(?:join|get onto|get into|get on to|get taken on (?:by|at|in)|get hired (?:by|at|in|on)|be taken on (?:by|at|in)|be hired (?:by|at|in|on)|become part of) your (?:[\w-]+ ){0,2}(?:team|crew|company|firm|practice|studio|unit|department|group|lab|office|agency|kitchen|restaurant|business|outfit|workshop|shop|salon|organi[sz]ation|hospital|school|bank|desk|squad|staff|yard|farm|clinic|programme|program|scheme)\b",
        Options);

    // Put forward to someone on the contact's side for a post: "could you recommend me to your team leader for the
    // open researcher role"; the person recommended to may be named in between.
    private static readonly Regex s_putForwardForAPost = new(
        @"\b(?:recommend|mention|introduce|put forward|suggest|propose|refer|name|put in a word for) me (?:to|with) (?:[\w'-]+ ){1,5}for (?:the|a|an|any|this|that|your|one of (?:the|your)) (?:[\w'-]+ ){0,3}(?:role|job|position|post|opening|vacancy|internship|placement|traineeship|apprenticeship|spot|place|seat)s?\b",
        Options);

    // The caller asking to become the contact's own helper: "can I ... stay as your assistant?", "let me start as
    // his apprentice". Someone else's past post ("my friend who worked as your assistant") has no ask before it.
    private static readonly Regex s_asTheirHelper = new(
        @"\b(?:can|could|may|might|i'd|i would|i'll|i will|let me|allow me to|me to|want to|wish to|hope to|love to|like to)\b(?: [\w',]+){0,12} (?:stay|start|work|be|become|join|come in|come on|come along|help out|stay on|serve|begin) (?:on )?as (?:your|his|her) (?:[\w-]+ )?(?:assistant|apprentice|helper|trainee|intern|junior|deputy|runner|dogsbody|aide|understudy|hand)s?\b",
        Options);

    // Asked to be told of anything arising on the contact's side, with no job word: "if you hear of anything coming
    // up at your place, do let me know".
    private static readonly Regex s_hearOfSomethingAtTheirs = new(
        @"\b(?:anything|something|owt) (?:suitable |relevant )?(?:coming up|going|opening up|cropping up|coming free|turning up|comes up|opens up|crops up) (?:at|in|with|on) (?:your|yours)\b[^.?!]{0,40}\b(?:let me know|tell me|give me a (?:shout|call|ring|buzz)|think of me|keep me posted|drop me a line|remember me)\b",
        Options);

    // Help the contact may need for a season, asked by the caller: "wondering if u need any help over the summer".
    private static readonly Regex s_theirSeasonalNeed = new(
        @"\b(?:if|whether) (?:you|u|your [\w-]+) (?:\w+ )?(?:need|needs|want|wants|could use|could do with|are after|are looking for) (?:any |some |a bit of |an extra |extra |more )?(?:help|hands|a hand|pair of hands) (?:over|during|in|for|this|next|at|on) (?:the )?(?:summer|holidays?|season|break|weekends?|christmas|busy|harvest|school)\b",
        Options);

    // "take him on" hires a person; "take her on a tour" does not.
    private static readonly Regex s_takeThemOn = new(@"\btak(?:e|es|ing) (?:him|her|them) on\b(?<after> [\w']+)?", Options);

    private static readonly HashSet<string> s_notHiredOn = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "his", "her", "their", "my", "our", "your", "some", "tour", "tours", "trip", "trips", "visit", "visits", "holiday", "walk", "ride", "site", "at", "with", "about",
    };

    private static bool TakesThemOn(string folded) =>
        s_takeThemOn.Matches(folded).Any(m => !m.Groups["after"].Success || !s_notHiredOn.Contains(m.Groups["after"].Value.Trim()));

    private static readonly Regex s_moreHands = new(
        @"\b(?:want|wants|wanted|need|needs|use|do with|after|looking for) (?:an? |one more |some )?(?:extra|spare|more|another) (?:pair of )?hands\b",
        Options);

    private static readonly Regex s_sentMyWay = new(
        @"\b(?:send|point|pass|put|steer|direct|throw|forward) (?:them|it|him|her|those|that|any of them) (?:my way|in my direction|on to me|to me)\b",
        Options);

    private static readonly Regex s_seekingPeople = new(
        @"\b(?:looking for|need|needs|short of|hiring|want|wants) (?:an? |some |any |extra |more |new )?(?:[\w-]+ )?(?:crew|staff|hands|help|freelancers?|people|someone|somebody|[\w-]+(?:er|or|ist|ian|ant)s?)\b",
        Options);

    // "Your firm's job posting is how I found your name", "I got your name from the vacancy advert": a post named
    // only to say where the name came from.
    private static readonly Regex s_postAsSource = new(
        @"\b(?:is|was|'s|that's) (?:how|where) (?:i|we) (?:first )?(?:found|got|saw|came across|heard of|learned of|learnt of|spotted) (?:your|his|her|their|you)\b|\b(?:got|found|saw|took|know|knew|have|had) (?:your|his|her) (?:name|number|details|email|contact)(?: [\w'-]+){0,3} (?:from|on|in|off|through) (?:the|your|a|an) (?:[\w'-]+ ){0,3}(?:posting|advert|ad|listing|vacancy|job post)\b",
        Options);

    private static bool NamesCameFromAPostOnly(string folded) =>
        s_postAsSource.IsMatch(folded) && Clauses(folded).Where(c => s_jobWords.IsMatch(c)).All(c => s_postAsSource.IsMatch(c) || s_notAJobAsk.IsMatch(c));

    // Research whose whole object is a proper name ("I've spent the week researching Brightline Foods and ...") is
    // homework on an organisation, as "researched your company" is; a field is not named with capitals.
    private static readonly Regex s_researchedNamedOrganisation = new(
        @"\b(?i:research(?:ed|ing)?|looked into|looking into|read up on|reading up on)(?: (?i:on|into|about))? \p{Lu}\p{Ll}[\p{L}&'-]*(?: (?:(?:&|of|and) )?\p{Lu}[\p{L}&'-]*){0,3}(?:\s*$|\s*[,.;:!?]|\s(?i:and|but|so|before|because|for|last|this|all|over)\b)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>True when some sentence asks for a job; shared with the email checker.</summary>
    public static bool AsksForJob(SentenceMeanings meanings, IReadOnlyList<string> folded) => Decide(meanings, JobAskRule(folded))[0];

    /// <summary>True when sentence <paramref name="index"/> itself asks for a job.</summary>
    public static bool AsksForJobAt(SentenceMeanings meanings, IReadOnlyList<string> folded, int index)
    {
        MeaningRule rule = JobAskRule(folded);
        return rule.Gate(index) && (rule.Rule(index) || ((rule.ModelGate?.Invoke(index) ?? true) && meanings.Says(index, rule.Prototypes) == true));
    }

    // The gate is never narrower than the exact rule ("get me an interview" carries no job word), and also opens
    // for a clause about the contact's side making room for a person, the way a post is asked for without naming
    // one ("room for another junior designer", "taking a pupil"); the model then decides whether it is an ask.
    private static MeaningRule JobAskRule(IReadOnlyList<string> folded) => new(
        AskPrototypes.AsksForJob,
        i => Clauses(folded[i]).Any(c => MayAskForJob(s_whatWorkIsLike.Replace(c, " ")) && !s_notAJobAsk.IsMatch(c) && !OffersOwnCv(c)),
        i => Clauses(folded[i]).Any(c => SaysJobAskByRule(c) && !OffersOwnCv(c)))
    {
        ModelGate = i => Clauses(folded[i]).Any(c => MayAskForJob(s_whatWorkIsLike.Replace(c, " ")) && !s_notAJobAsk.IsMatch(c) && ForTheWriter(c)),
    };

    // "what buying roles are like day to day", "what a claims job involves": a kind of work described, the
    // line of work to learn about, not a post to ask for; only an exact job-ask wording can still credit it.
    private static readonly Regex s_whatWorkIsLike = new(
        @"\bwhat (?:[\w'-]+ ){0,3}(?:jobs?|roles?|positions?|posts?|work) (?:is|are|was|were|'s|really is|really are|actually is|actually are|would be) (?:really |actually |truly )?like\b|\bwhat (?:[\w'-]+ ){0,3}(?:jobs?|roles?|positions?|posts?|work) (?:really |actually |truly )?(?:involves?|entails?|looks? like)\b",
        Options);

    private static bool MayAskForJob(string clause) => s_jobWords.IsMatch(clause) || s_favourInTheirPlace.IsMatch(clause) || s_jobAskRule.IsMatch(clause) || s_jobAskMore.IsMatch(clause) || s_roomForMe.IsMatch(clause) || s_roomForPerson.IsMatch(clause) || s_makingRoom.IsMatch(clause) || s_theirNeedMyOffer.IsMatch(clause) || s_takeSomeoneOn.IsMatch(clause) || s_chanceOfAPost.IsMatch(clause) || s_embeddedHiringQuestion.IsMatch(clause) || s_speaksForMeInside.IsMatch(clause) || AsksInterviewForMe(clause) || WorkFromTheirSide(clause) || s_placedOrSpokenFor.IsMatch(clause) || ThinkOfMeForAPost(clause) || RoomForSomeone(clause);

    // Room, need or a place on the contact's side for one more person: the shapes of a job ask with no job word.
    private static readonly Regex s_roomForPerson = new(
        @"\b(?:(?:room|space|a place|a spot|a slot|an opening) for (?:[\w']+ ){0,3}(?:me|another|one more|someone|somebody|an? (?:young|junior|keen|eager|trainee) \w+)|(?:use|need|take|taking|bring|bringing|add|adding) (?:on |in )?(?:another|one more|an extra|extra|someone|somebody|an? (?:young|junior|keen|eager) \w+)|pupillage|(?:take|taking|have|offer|offering) (?:on )?(?:a |any )?pupils?|trial (?:shift|day|week|period)|(?:start|starting) at the bottom|let (?:me|someone like me|somebody like me|people like me) (?:join|work|come and work|learn the|train)|have me (?:on|in|join|work|as))\b",
        Options);

    // A need for a person on the contact's side, put as a condition: "if your agency ever needs a
    // freelance illustrator, (I'd love to be on your list)", "if your team ever needs someone junior". The offer
    // often sits in the next comma piece, so the condition alone counts.
    private static readonly Regex s_theirNeedMyOffer = new(
        @"\b(?:if|whenever|should|in case) (?:your|you) (?:[\w-]+ ){0,3}(?:ever )?(?:need|needs|needed|want|wants|is looking for|are looking for|has room for|have room for|is short of) (?:someone|somebody|staff|people|(?:an extra|extra|another) (?:pair of )?hands|(?:a|an|another|more|extra|any) (?:[\w-]+ ){0,2}(?:[\w-]+(?:er|or|ist|ant|ent)s?|assistants?|interns?|trainees?|juniors?|apprentices?|hands?|help))\b",
        Options);

    private static readonly Regex s_passMyDetails = new(
        @"\b(?:pass|send|forward|give|hand|share|consider|keep|recommend|put forward)(?: on| along)? my (?:details|cv|resume|application|profile|information|info|particulars|contact details|name|portfolio|showreel|reel|work samples)\b",
        Options);

    private static readonly Regex s_hiringContext = new(
        @"\b(?:hiring manager|hiring|recruiter|recruiters|recruitment|recruiting|posting|vacanc\w+|advert\w*|job opening|opening|position|positions|application|apply|interns|internships?|trainees|traineeships?|placements?|apprentices|apprenticeships?|articleships?)\b",
        Options);

    // "whether there's room for me", "if there might be a spot for me": the writer themselves on the other side.
    // A phrasal verb with its object inside: "taking any new cooks on", "bringing graduates on", "take someone on".
    private static readonly Regex s_takeSomeoneOn = new(
        @"\b(?:take|takes|taking|took|bring|brings|bringing|brought) (?:(?:any|some|more|new|extra|a few|another|anyone|anybody|someone|somebody|people|graduates|trainees|juniors|apprentices|interns|students)\b ?){1,3}(?:[\w-]+ )?on\b",
        Options);

    // The same question embedded, in statement order: "whether your company is taking interns", "if they're hiring".
    private static readonly Regex s_embeddedHiringQuestion = new(
        @"\b(?:whether|if) (?:you|your(?: [\w'-]+){1,3}|they|the (?:company|firm|team|practice|studio|office|bank|hospital|school|lab|department|agency|clinic|restaurant|kitchen)) (?:are|is|'re|'s|were|was|might be|may be|would be|will be|could be) (?:currently |still |now |also |possibly )?(?:hiring|recruiting|taking on|bringing on|taking (?:any |new |more )?(?:graduates|trainees|interns|juniors|apprentices|people|anyone|staff|students)|looking for (?:new |more |any )?(?:staff|people|graduates|trainees|interns|juniors|apprentices))\b",
        Options);

    // "any possibility of a graduate traineeship", "any chance of an internship": asking whether a post exists.
    private static readonly Regex s_chanceOfAPost = new(
        @"\b(?:any|some|a) (?:chance|possibility|hope|scope|prospect)s? (?:of|for) (?:[\w'-]+ ){0,3}(?:internships?|traineeships?|placements?|apprenticeships?|articleships?|work experience|jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|posts?|employment)\b",
        Options);

    private static readonly Regex s_roomForMe = new(
        @"\b(?:room|space|(?:a|an|any|some) (?:[\w-]+ )?(?:place|spot|slot|opening|position|role|job|vacancy|internship|traineeship|placement|apprenticeship|articleship|post))\b(?: [\w'-]+){0,4} for me\b",
        Options);

    private static readonly Regex s_wondering = new(@"\?|\b(?:whether|if|could|would|might|chance|possible|possibility|is there|are there|any)\b", Options);

    // "whether the position is still open", "I saw the posting ... whether it's still open".
    private static readonly Regex s_stillOpen = new(
        @"\b(?:is|if|whether|it's|it is) (?:it |the (?:[\w-]+ ){0,3}(?:position|role|job|vacancy|opening|post|internship|place) )?(?:is |'s )?still (?:open|available|vacant|free|being advertised)\b",
        Options);

    private static readonly Regex s_makingRoom = new(@"\b(?:someone|people) like me\b", Options);

    // Put to the contact, as a question or a wondering: "whether your studio has room for another junior designer".
    private static readonly Regex s_askedOfThem = new(@"\b(?:you|your|you guys)\b.*(?:\?|\b(?:whether|if|could|would|might|chance|possible|possibility)\b)|\b(?:whether|if|could|would|might|chance|possible|possibility)\b.*\b(?:you|your)\b|\b(?:whether|if) (?:[\w-]+'s|his|her|their) (?:[\w-]+ ){0,2}(?:team|department|company|firm|office|practice|studio|agency|lab|group|unit|branch|side|bank|hospital|school|restaurant|kitchen)\b", Options);

    // Being hired by the contact's own side, for the writer: "the steps to getting hired at your bank".
    private static readonly Regex s_hiredByThem = new(@"\b(?:get|getting|be|being|got) (?:hired|taken on|employed) (?:at|by|on|in|with) (?:you|your)\b", Options);

    // An ask for a post in other words: room on the contact's side for one more person, asked of them, or the writer
    // being hired by them.
    private static bool AsksForPostInOtherWords(string clause) =>
        s_jobAskMore.IsMatch(clause)
        || (s_roomForPerson.IsMatch(clause) && s_askedOfThem.IsMatch(clause))
        || (s_roomForMe.IsMatch(clause) && s_wondering.IsMatch(clause))
        || ((s_takeSomeoneOn.IsMatch(clause) || s_chanceOfAPost.IsMatch(clause)) && s_askedOfThem.IsMatch(clause))
        || s_embeddedHiringQuestion.IsMatch(clause)
        || (s_stillOpen.IsMatch(clause) && s_jobWords.IsMatch(clause)) || s_theirNeedMyOffer.IsMatch(clause) || (s_hiredByThem.IsMatch(clause) && s_firstPerson.IsMatch(s_listening.Replace(clause, " ")))
        || (s_howToApply.IsMatch(clause) && s_aParticularPost.IsMatch(clause))
        || PostOnTheirSideForMe(clause) || s_favourInTheirPlace.IsMatch(clause) || AsksInterviewForMe(clause) || WorkFromTheirSide(clause) || s_placedOrSpokenFor.IsMatch(clause) || ThinkOfMeForAPost(clause) || (RoomForSomeone(clause) && s_askedOfThem.IsMatch(clause)) || (s_speaksForMeInside.IsMatch(clause) && s_askedOfThem.IsMatch(clause));

    // The contact asked to speak for the caller to the people who take staff on: "put me forward", "vouch for me with
    // the partners", "tell your director about me", "speak to your boss about taking me on". Asked of the contact:
    // "my manager put me forward for this course" reports what someone else did. An introduction to a
    // colleague in the field ("introduce me to someone in marketing") names no one who hires and stays out.
    private static readonly Regex s_speaksForMeInside = new(
        @"\b(?:put|putting) me forward\b|\b(?:vouch|vouching|speak up|speaking up) for me\b|\b(?:recommend|recommending|mention|mentioning|introduce|introducing) me (?:to|with) (?:your|the|his|her|their) (?:[\w-]+ ){0,2}" + HiringPeople + @"\b|\b(?:tell|telling|remind|reminding) (?:your|the|his|her|their) (?:[\w-]+ ){0,2}" + HiringPeople + @" about me\b|\b(?:speak|speaking|talk|talking|have a word) (?:to|with) (?:your|the|his|her|their) (?:[\w-]+ ){0,2}" + HiringPeople + @" about (?:taking me|hiring me|bringing me|me)\b",
        Options);

    // The people on the contact's side who decide who is taken on (a head of department met to learn is not asked
    // for anything here).
    private const string HiringPeople = @"(?:boss|bosses|director|directors|manager|managers|partner|partners|hr|human resources|recruiters?|recruitment|hiring|ceo|founder|founders|owner|owners|management|md|gm)";

    // Whatever the contact can do for the caller inside their organisation: "Anything you can do for me in your bank,
    // I will be grateful". Help with the field ("anything you can tell me about banking") is no such favour.
    private static readonly Regex s_favourInTheirPlace = new(
        @"\b(?:(?:anything|something|whatever) (?:[\w']+ ){0,4}(?:do|arrange|find|manage|organi[sz]e) for me|(?:fit|place|slot|squeeze|get|put) me(?: in)?(?: somewhere| anywhere)?|(?:land|get|find) (?:me )?(?:something|anything|a spot|a place)|(?:anything|something) (?:suitable|going|available|open|relevant)(?: [\w'-]+){0,3}) (?:in|at|into|within|with|on) (?:your|the) (?:[\w-]+ ){0,2}(?:company|firm|bank|office|team|organi[sz]ation|department|branch|agency|practice|studio|hospital|school|business|group|side|end|place|restaurant|store|shop|factory|plant|hotel|clinic|lab|college|university|ministry)\b",
        Options);

    // A post, place or need arising on the contact's side, put as a condition, with the writer in the same sentence:
    // "Should a vacancy come up in your lab, I hope you would remember me", "if there is some place for a junior
    // architect in your studio, I would be happy to join", "If your team has need of a profile like mine". The
    // offer sits in the main clause; the condition says whose side the post is on.
    /// <summary>
    /// <see cref="PostOnTheirSideForMe"/> read on a whole sentence: the condition and the offer are often separate
    /// comma pieces ("Should a vacancy come up in your lab, / I hope you would remember me").
    /// </summary>
    public static bool OffersSelfForPostOnTheirSide(string foldedSentence) =>
        Clauses(foldedSentence).Any(c => PostOnTheirSideForMe(c) && !s_notAJobAsk.IsMatch(c));

    private static bool PostOnTheirSideForMe(string clause) =>
        s_firstPerson.IsMatch(s_listening.Replace(clause, " "))
        && s_condition.Matches(clause).Any(c => s_postArising.IsMatch(c.Value) && s_theirSide.IsMatch(c.Value));

    private static readonly Regex s_condition = new(@"\b(?:if|should|when|whenever|once|in case|whether)\b[^,;.?!]{0,90}", Options);

    private static readonly Regex s_postArising = new(
        @"\b(?:vacanc(?:y|ies)|openings?|(?:place|spot|room|space|opening) for|need (?:of|for)|needs? (?:a|an|someone|somebody|people|staff|profiles?)|requirements?|internships?|placements?|traineeships?|(?:roles?|positions?|posts?|jobs?) (?:comes?|opens?|arises?|becomes?|is|are) (?:up|available|open|vacant|free)|(?:something|anything)(?: suitable| relevant| similar)? (?:opens|opens up|open up|becomes available|comes up|come up|crops up|turns up) (?:in|at|within|with) (?:your|the) (?:[\w-]+ ){0,2}(?:team|company|firm|bank|office|department|organi[sz]ation|agency|practice|studio|group|lab|hospital|school|unit|branch|restaurant|kitchen))\b",
        Options);

    private static readonly Regex s_theirSide = new(@"\b(?:your|you)\b", Options);

    // The caller's own CV offered to the contact as background for the talk ("I can send you my CV beforehand so you
    // know where I'm coming from", "... if that helps") hands nothing on; sent on to whoever hires, or for a post, it
    // is an application. Offered with no reason ("Could I send you my résumé beforehand?") it is still flagged: the
    // coach treats sending a résumé into an advice call as turning it into a screening.
    private static readonly Regex s_offersOwnCv = new(
        @"\b(?:i|i'll|i'd|i can|i could|happy to|glad to)\b(?: [\w']+){0,3} (?:send|email|e-mail|share|forward|bring|attach|drop|mail) (?:(?:you|over|along|across|through) )*my (?:cv|resume|résumé|portfolio|profile)\b",
        Options);

    private static readonly Regex s_forAPostOrWhoHires = new(
        @"\b(?:to (?:your|the|whoever|someone|anyone) (?:[\w-]+ ){0,2}(?:hr|human resources|recruit\w*|hiring|talent|manager|director|partners?|boss|team lead)|whoever (?:hires|is hiring|does the hiring)|for (?:the|a|any|your|an) (?:[\w-]+ ){0,2}(?:role|position|job|opening|vacancy|post|internship|placement)s?|consider)\b",
        Options);

    private static readonly Regex s_asBackground = new(
        @"\b(?:if (?:it|that|this) (?:helps|would help|is useful|'s useful|is helpful)|if (?:useful|helpful)|if you(?:'d| would)? (?:like|want|wish)|so (?:that )?you (?:know|can see|have|get|understand)|for (?:context|background|reference)|my background|where i'm coming from)\b",
        Options);

    private static bool OffersOwnCv(string clause) =>
        s_offersOwnCv.IsMatch(clause) && s_asBackground.IsMatch(clause) && !s_forAPostOrWhoHires.IsMatch(clause);

    // Placed or spoken for in other words: "put in a word for me", "think of me when the next contract comes round",
    // "your firm could find something for me", "do you need anyone for weekend shifts", "take my son on", "does your
    // restaurant ever take on kitchen porters", "I'd love to come and work with your crew".
    private static readonly Regex s_placedOrSpokenFor = new(
        @"\bput in a (?:good )?word for (?:me|him|her|my \w+)\b|\b(?:you|your(?: [\w-]+){1,2}) (?:could|can|might|would|may) (?:\w+ )?(?:find|make|create) (?:something|anything|a place|a spot|room|space|a role|an opening) for (?:me|him|her)\b|\b(?:need|needs|use) (?:anyone|anybody) (?:for|on|in|at|to)\b|\btak(?:e|es|ing) (?:my|our) (?:son|daughter|nephew|niece|brother|sister|friend|cousin|child|kid|boy|girl) on\b|\b(?:do|does|would|will|could) (?:you|your(?: [\w'-]+){1,2}) (?:ever |still |currently |sometimes |often |also )?(?:take on|bring on) (?:any |new |more |extra |a few )?(?:[\w-]+ )?(?:people|anyone|anybody|staff|graduates|juniors|trainees|interns|apprentices|hands|[\w-]+(?:ers|ors|ists|ians|ants))\b|\b(?:i'd|i would|i'd really|i really|love to|like to|could i|can i|may i|let me|i want to|i hope to|hoping to)\b(?: [\w']+){0,3} (?:come and |come to )?work (?:for (?:you|your)\b|(?:with|alongside|under) (?:you guys|you lot|your (?:[\w-]+ ){0,2}(?:teams?|crew|company|firm|practice|studio|unit|department|group|lab|office|agency|kitchen|restaurant|business|outfit|workshop|garage|shop|salon|site)\b))|\b(?:send|throw|pass|push|put) (?:any|some|more) (?:job |work )?leads my way\b",
        Options);

    // "Would your clinic have room for a newly qualified physio?": room for a person (a meeting, "room for a quick
    // call", is not one).
    private static readonly Regex s_roomForSomeone = new(
        @"\b(?:room|space|a place|a spot|an opening) for (?:an?|one more|another) (?:[\w-]+ ){0,2}(?<who>[\w-]+)\b",
        Options);

    private static readonly Regex s_notAPerson = new(
        @"^(?:chat|call|coffee|conversation|meeting|talk|question|questions|word|minute|minutes|moment|visit|catch-up|lunch|drink|quick|brief|short|few|little|bit)$",
        Options);

    // "Think of me when the next contract comes round": remembered for a post, not "if you come to Lagos".
    private static readonly Regex s_thinkOfMe = new(@"\b(?:think of|thought of|remember) me (?:if|when|whenever|should|for|in case|next time)\b", Options);

    private static bool ThinkOfMeForAPost(string clause) => s_thinkOfMe.IsMatch(clause) && s_postNamed.IsMatch(clause);

    private static bool RoomForSomeone(string clause) =>
        s_roomForSomeone.Matches(clause).Any(m => !m.Value.Split(' ').Skip(2).Any(s_notAPerson.IsMatch));

    // An interview for the caller, wished or asked with a modal: "I'd love to know if I could get an interview slot".
    // An informational interview is a meeting; an interview with the contact for a project, and advice on how one
    // lands interviews in a field ("how I could land an interview in consulting"), ask for no post.
    private static readonly Regex s_interviewForMe = new(
        @"\b(?:i|me)\b (?:[\w']+ ){0,3}?(?:could|can|might|may|would|to) (?:\w+ )?(?:get|have|land|secure|be given|be offered|book|grab) (?:an?|the|your) (?:job |formal |first |first-round )?interview(?: slot| spot| date)?\b",
        Options);

    private static readonly Regex s_interviewElsewhere = new(
        @"^ (?:with you )?(?:for (?:my|our|a|the) (?:article|paper|project|podcast|assignment|thesis|dissertation|research|blog|show|newsletter|class|school|course|book)|somewhere|anywhere|elsewhere|in (?:the|this|that) (?:field|industry|sector))\b",
        Options);

    private static readonly Regex s_howOneDoes = new(@"\bhow\b", Options);

    private static bool AsksInterviewForMe(string clause)
    {
        Match interview = s_interviewForMe.Match(clause);
        return interview.Success && !s_howOneDoes.IsMatch(clause[..interview.Index]) && !s_interviewElsewhere.IsMatch(clause[(interview.Index + interview.Length)..]);
    }

    // Work handed from the contact's side to the caller, the ask of a freelancer or a tradesperson with no job word:
    // "pick up some work from your studio", "send some gigs my way", "overflow projects ... from your firm".
    private static readonly Regex s_workPassedToMe = new(
        @"\b(?:pick up|take on|take|get|land|do|handle|help (?:out )?with) (?:some|any|a bit of|the odd|extra|occasional|more) (?:freelance |contract |overflow |extra |spare |paid )?(?:work|projects?|jobs|gigs?|shifts?|commissions?|assignments?) (?:from|for|off) (?:you|your)\b|\b(?:send|throw|pass|push|put) (?:(?:some|any|a bit of|the odd|more|extra) )?(?:freelance |contract |overflow |extra |paid )?(?:work|projects?|jobs|gigs?|shifts?|commissions?|clients?|assignments?) my way\b|\b(?:some|any|your) overflow (?:work|projects?|jobs|clients)\b",
        Options);

    // Asked for the caller, not about how the contact finds work: "I'm curious how you get work from your clients".
    private static bool WorkFromTheirSide(string clause)
    {
        string asked = s_listening.Replace(clause, " ");
        return s_workPassedToMe.IsMatch(asked) && s_firstPerson.IsMatch(asked) && !s_howTheyWork.IsMatch(asked);
    }

    private static readonly Regex s_howTheyWork = new(@"\b(?:how|where|why|when) (?:do|does|did) (?:you|they|he|she|people|freelancers)\b", Options);

    // A post that may open on the contact's side, named in the same sentence, with the caller asking to hear of it:
    // "If anything opens up on your side, even a short contract, I'd appreciate it if you let me know". An opening
    // in a diary ("if a slot opens up on your side next week") names no post.
    private static readonly Regex s_anythingOpensOnTheirSide = new(
        @"\b(?:if|when|whenever|should|in case) (?:anything|something)(?: suitable| relevant| similar)? (?:ever )?(?:opens|opens up|open up|becomes available|comes up|come up|crops up|turns up) (?:on your (?:side|end)|at yours|at your place|over there|there|with you)\b",
        Options);

    private static readonly Regex s_postNamed = new(
        @"\b(?:contracts?|roles?|positions?|jobs?|posts?|gigs?|vacanc(?:y|ies)|shifts?|internships?|placements?|(?:paid|part-time|full-time|temp|temporary|freelance|contract) work)\b",
        Options);

    private static readonly Regex s_toBeTold = new(
        @"\b(?:let me know|tell me|think of me|keep me in mind|give me a (?:shout|call|ring|buzz)|drop me a line|reach out|get in touch|appreciate|grateful|glad|happy|love)\b",
        Options);

    /// <summary>True when a whole sentence asks to hear of a post that may open on the contact's side.</summary>
    public static bool AsksToHearOfAPostOnTheirSide(string foldedSentence) =>
        s_anythingOpensOnTheirSide.IsMatch(foldedSentence) && s_postNamed.IsMatch(foldedSentence) && s_toBeTold.IsMatch(foldedSentence)
        && s_firstPerson.IsMatch(foldedSentence) && !s_notAJobAsk.IsMatch(foldedSentence);

    // How to apply for one particular post ("the graduate engineer role and how to apply") is the first step of an
    // application; how people apply in a field in general is not asked here.
    private static readonly Regex s_howToApply = new(@"\bhow (?:to|i (?:can|could|should|might|would)|do i|would i|can i) apply\b", Options);

    private static readonly Regex s_aParticularPost = new(
        @"\b(?:the|your|this|that)(?: [\w-]+){0,3} (?:role|job|position|vacancy|opening|post|scheme|programme|program|internship)\b",
        Options);

    // Who would get the job: the model, which weighs topic, may call a clause a job ask only when the writer is
    // still in it once the words that make them a listener to an account are set aside ("I'm curious how you hire
    // analysts" asks about the contact's hiring; "I'd love to know whether your team has room for a graduate" keeps
    // its ask), or when it asks whether the contact's side is taking people on.
    private static bool ForTheWriter(string clause)
    {
        string asked = s_listening.Replace(clause, " ");
        return s_firstPerson.IsMatch(asked) || s_takingPeopleOn.IsMatch(asked);
    }

    private static readonly Regex s_listening = new(
        @"\bi(?:'m| am|'d| would| was)? (?:(?:really|so|very|also|particularly|just|most) )*(?:curious|wondering|wonder|(?:love|like|want|keen|eager|interested|hoping|hope) to (?:hear|know|learn|understand|find out|ask)) (?:about|how|what|why|which)\b|\b(?:could|can|may|might) i ask (?:you )?(?:about|how|what|why|which|where|when)\b",
        Options);

    private static readonly Regex s_firstPerson = new(@"\b(?:i|me|my|mine|myself|i'm|i'd|i've|i'll)\b", Options);

    private static readonly Regex s_takingPeopleOn = new(
        @"\b(?:(?:are|is|r) (?:you|your \w+|they|the \w+|anyone) (?:\w+ )?(?:hiring|recruiting|taking)|taking (?:on|people|anyone|new)|openings?|vacanc\w+|any (?:\w+ )?(?:jobs|roles|positions|internships|placements)|(?:is there|are there|do you have|would there be|chance of|possibility of) (?:[\w']+ ){0,3}(?:internships?|jobs?|roles?|positions?|placements?)|(?:anyone|anybody|someone|people|companies|firms|teams) (?:who (?:is|are|might be) )?(?:hiring|recruiting))\b",
        Options);

    // "I'm not looking for a job, but are you hiring?": a denial covers its own clause, not the next one.
    // "Martin, who used to work with you at Deloitte, suggested I call" describes someone else's work: no clause of
    // the caller's asks for anything there.
    private static string[] Clauses(string folded) => s_clauseBreak.Split(s_someoneElsesWork.Replace(folded, " "));

    private static readonly Regex s_someoneElsesWork = new(
        @"\b(?:who|he|she|they|(?:you|he|she) (?:two|both)) (?:\w+ ){0,2}(?:work|worked|works|working) (?:together|with|alongside|under|for) (?:you|your|him|her|them)\b(?: [\w'-]+){0,3}",
        Options);

    /// <summary>The exact job-ask phrases, for the question checker's rules.</summary>
    public static bool SaysJobAskByRule(string folded) =>
        Clauses(folded).Any(c => (s_jobAskRule.IsMatch(c) || AsksForPostInOtherWords(c) || CoachPhrases.JobAsk.HasAffirmed(NormalizedText.From(c))) && !s_notAJobAsk.IsMatch(c));

    /// <summary>
    /// Whether the text says a thing: some sentence passes the rule's gate (an exact condition, such as a job word
    /// being present) and either its exact phrase rule holds or the model says it means the thing.
    /// </summary>
    /// <param name="Prototypes">Examples the model compares the sentence with.</param>
    /// <param name="Gate">An exact condition every sentence credited must meet.</param>
    /// <param name="Rule">The exact wording that settles it without the model.</param>
    internal sealed record MeaningRule(MeaningPrototypes Prototypes, Func<int, bool> Gate, Func<int, bool> Rule)
    {
        /// <summary>A further condition for crediting the model's reading alone (the exact rule is not bound by it).</summary>
        public Func<int, bool>? ModelGate { get; init; }
    }

    /// <summary>
    /// One answer per rule. The exact rules go first; the sentences still in doubt for the rules they leave open are
    /// embedded together in one batched model call, so a text the rules settle costs no model time at all. The
    /// answers are the same as judging every sentence with both: "some sentence passes gate and (rule or model)".
    /// </summary>
    public static bool[] Decide(SentenceMeanings meanings, params MeaningRule[] rules)
    {
        int count = meanings.Sentences.Count;
        var answers = new bool[rules.Length];
        var inDoubt = new List<int>[rules.Length];
        var wanted = new HashSet<int>();
        for (int r = 0; r < rules.Length; r++)
        {
            inDoubt[r] = [];
            for (int i = 0; i < count && !answers[r]; i++)
            {
                if (!rules[r].Gate(i))
                {
                    continue;
                }

                if (rules[r].Rule(i))
                {
                    answers[r] = true;
                }
                else if (rules[r].ModelGate?.Invoke(i) ?? true)
                {
                    inDoubt[r].Add(i);
                }
            }

            if (!answers[r] && meanings.HasMeaning)
            {
                wanted.UnionWith(inDoubt[r]);
            }
        }

        // The model catches wordings no rule lists; the exact rules catch what the model, which weighs topic
        // heavily, scores low.
        meanings.Prepare(wanted.Order());
        for (int r = 0; r < rules.Length; r++)
        {
            if (!answers[r])
            {
                answers[r] = inDoubt[r].Any(i => meanings.Says(i, rules[r].Prototypes) == true);
            }
        }

        return answers;
    }

    // "Hey, Mr. Lopez? Ana Torres.", "Hi, Sipho Dlamini.": at the start of a call a full name said alone, not asked
    // as a question and with no title, is the caller's own (the contact is greeted by a first name or a title).
    private static bool SaysOwnNameAlone(IReadOnlyList<SpokenSentence> wholes)
    {
        for (int i = 0; i < Math.Min(3, wholes.Count); i++)
        {
            Match withPlace = s_nameWithPlace.Match(wholes[i].Text.Trim());
            // "Ken Mori from Hitachi told me you'd help": the name of someone who passed the contact on.
            if (!wholes[i].IsQuestion && withPlace.Success && !s_passedOn.IsMatch(TextFolding.Fold(withPlace.Value))
                && IsNameOf(withPlace.Groups["first"].Value + " " + withPlace.Groups["last"].Value, string.Empty) is false)
            {
                return true;
            }

            Match then = s_nameThenOwnClause.Match(wholes[i].Text.Trim());
            if (then.Success && IsNameOf(then.Groups["first"].Value + " " + then.Groups["last"].Value, string.Empty) is false)
            {
                return true;
            }

            Match alone = s_nameAlone.Match(wholes[i].Text.Trim());
            if (!wholes[i].IsQuestion && alone.Success
                && !s_notNames.Contains(alone.Groups["first"].Value) && !s_notNames.Contains(alone.Groups["last"].Value)
                && !s_notNamesAlone.Contains(alone.Groups["first"].Value) && !s_notNamesAlone.Contains(alone.Groups["last"].Value))
            {
                return true;
            }
        }

        return false;
    }

    // A voicemail that ends with the caller's name: "Again, that's Camila Soto, 0612 …", "Regards, Hamid Rezaei.",
    // "Thanks, bye, Noor." A bare closing name ("Thanks, Maria.") is the caller's only when the opening greeted
    // someone else by name, or the closing is a signature ("Regards"); otherwise it may thank the contact.
    private static bool SignsOffWithName(IReadOnlyList<SpokenSentence> wholes)
    {
        if (wholes.Count < 2)
        {
            return false;
        }

        string greeted = string.Join(' ', s_greetedName.Matches(wholes[0].Text).Select(m => m.Groups["name"].Value));
        for (int i = Math.Max(1, wholes.Count - 2); i < wholes.Count; i++)
        {
            string text = wholes[i].Text.Trim();
            foreach (Match said in s_nameRepeated.Matches(text))
            {
                if (IsNameOf(said.Groups["name"].Value, greeted) is false)
                {
                    return true;
                }
            }

            Match closing = s_closingName.Match(text);
            if (closing.Success && IsNameOf(closing.Groups["name"].Value, greeted) is false
                && (greeted.Length > 0 || closing.Groups["signature"].Success))
            {
                return true;
            }
        }

        return false;
    }

    // False when every word of the name is an ordinary capitalised word or the greeted contact's; null when no name.
    private static bool? IsNameOf(string name, string greeted)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Any(w => s_notNames.Contains(w) || s_notNamesAlone.Contains(w) || w.EndsWith("'s", StringComparison.Ordinal)))
        {
            return null;
        }

        return words.Any(w => greeted.Split(' ').Contains(w, StringComparer.Ordinal));
    }

    private static readonly Regex s_greetedName = new(
        @"\b(?i:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|bonjour|hola|namaste)[,!]?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Madam|Engr)\.?\s+)?(?<name>\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*)?)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // "(Once) again, it's / that's Dara Quinn", "That's Lindiwe Khumalo on 082 …": the name said again for the record.
    private static readonly Regex s_nameRepeated = new(
        @"(?:^|[,.!;]\s*)(?:(?i:again|once again|once more|so|and),?\s+)?(?i:that's|that is|it's|it is|this is)\s+(?<name>\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*){0,2})(?=\s*(?:[,.!]|$|\s+(?i:on|at)\s+[+\d(]|\s+[+\d(]))",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The last words of the message: a closing and a name ("Thanks, bye, Noor.", "Kind regards, Hamid Rezaei").
    private static readonly Regex s_closingName = new(
        @"(?:^|[,.!;]\s*)(?:(?<signature>(?i:regards|kind regards|best regards|warm regards|best wishes|yours sincerely|sincerely|atentamente|cordialement))|(?i:thanks|thank you|many thanks|cheers|bye|goodbye|take care|talk soon)(?:(?:\s+(?i:so much|again|a lot))?[,!.]?\s+(?i:bye|again|goodbye)\b)?)[,!.]?\s+(?:(?i:from)\s+)?(?<name>\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*){0,2})[.!]?\s*$",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Titles and closings that are said alone but name nobody ("Miss Adeyemi", "Kind Regards").
    private static readonly HashSet<string> s_notNamesAlone = new(StringComparer.OrdinalIgnoreCase)
    {
        "Miss", "Madam", "Madame", "Sir", "Professor", "Engineer", "Chief", "Pastor", "Regards", "Wishes", "Bye", "Again",
        "Much", "Everyone", "All", "There", "Kind", "Best", "Cheers", "Day",
    };

    // "Hi Ms Kerr, Tereza Novak from Brno, a pharmacy student.": the caller's full name and where they are from, after
    // the contact was greeted by name (a bare "Hi, Maria Lopez from the Red Cross" may greet the contact). Followed
    // by a verb ("Tereza Novak from Brno gave me your name") the name is the referrer's, and the piece goes on.
    private static readonly Regex s_nameWithPlace = new(
        @"^(?:(?i:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)[,!]?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Madam|Engr)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*)?[,!]\s+)?(?<first>\p{Lu}\p{Ll}[\p{L}'-]*)\s+(?:\p{Lu}\p{Ll}[\p{L}'-]*\s+)?(?<last>\p{Lu}[\p{L}'-]*\p{Ll}[\p{L}'-]*)\s+(?i:from|at|with|of)\s+[^,.!?;]{1,40}?(?:[.!]?$|,\s+(?i:a|an|the|i'm|i am|i|and i|currently|now|calling|ringing)\b|\s+[\u2014\u2013-]\s+(?i:a|an|the|i'm|i am|i|i mean|that's|we|we're)\b)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "Hi Rob, Aisha Khan, we're both in the Slack group": after the contact is greeted by name, a full name followed
    // by a clause of the caller's own ("we", "I") is the caller's; followed by a verb it is a referrer's.
    private static readonly Regex s_nameThenOwnClause = new(
        @"^(?i:hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)[,!]?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Madam|Engr)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*)?[,!]\s+(?<first>\p{Lu}\p{Ll}[\p{L}'-]*)\s+(?:\p{Lu}\p{Ll}[\p{L}'-]*\s+)?(?<last>\p{Lu}[\p{L}'-]*\p{Ll}[\p{L}'-]*)\s*(?:,|\s[\u2014\u2013-])\s*(?i:we|we're|we are|we've|i|i'm|i am|i've|i was|i'd)\s",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex s_nameAlone = new(
        @"^(?:(?i:aye|yes|yeah|oh|well|right|okay|ok|so|hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)(?:\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}[\p{L}'-]*,)?[,!]?\s+){0,2}(?<first>\p{Lu}\p{Ll}[\p{L}'-]*)\s+(?:\p{Lu}\p{Ll}[\p{L}'-]*\s+)?(?<last>\p{Lu}[\p{L}'-]*\p{Ll}[\p{L}'-]*)[.!]?$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "This is, um, Jake Miller", "Jenny here", "Chiara Romano speaking": a name, not a role ("this is a student").
    private static bool NamesSelf(string raw)
    {
        string start = raw.Length > 300 ? raw[..300] : raw;
        if (start.Contains("my name is [", StringComparison.OrdinalIgnoreCase))
        {
            // A script's placeholder for the user's own name.
            return true;
        }

        try
        {
            // A rejected candidate ("Hello, here" read as a name and a "here") must not hide an introduction that
            // overlaps it ("Hello, here speaks Jonas Becker"), so the search goes on from the next character.
            for (Match match = s_introduction.Match(start); match.Success; match = s_introduction.Match(start, match.Index + 1))
            {
                // "I'm Amal's nephew" names a relative, not the caller.
                string name = match.Groups["name"].Value;
                if (!s_notNames.Contains(name) && !s_notNames.Contains(name.Split(' ')[0]) && !name.Split(' ').Any(w => w.EndsWith("'s", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // No name found in an unreadable paste.
        }

        return false;
    }

    // "I got your name from the member list", "Dr Lee suggested I call": a sentence about where the name came from.
    // The model reads such a sentence as close to a purpose (both mention the field), so it never credits one.
    private static bool SaysHowGotNameByRule(string sentence, string folded) =>
        CoachPhrases.HowFound.IsMatch(NormalizedText.From(sentence)) || NamesReferrer(sentence) || s_nameFoundIn.IsMatch(folded) || NamesLowerCaseRelation(folded) || s_theirWork.IsMatch(folded) || s_theirWorkAsReason.IsMatch(folded) || s_pieceAboutThem.IsMatch(folded) || s_listedOn.IsMatch(folded) || s_theirEvent.IsMatch(sentence);

    // The contact's name or number found in or taken from somewhere: "I came across your name in the
    // acknowledgements of a textbook", "I picked up your name from the society's newsletter".
    private static readonly Regex s_nameFoundIn = new(
        @"\b(?:came across|found|saw|seen|spotted|noticed|read|picked up|got|took|have|had|know|knew|obtained|received|got hold of|pulled) (?:your|his|her) (?:name|number|details|contact|email|e-mail)(?: details| address)? (?:in|on|from|off|through|via|at)\b",
        Options);

    // Where the name was found is a thing, not a person: "in the acknowledgements", "from the society's newsletter";
    // not "from a friend" or "from the guy at the gym".
    private static readonly Regex s_nameFoundInAThing = new(
        @"\b(?:came across|found|saw|seen|spotted|noticed|read|picked up|got|took|have|had|know|knew|obtained|received|got hold of|pulled) (?:your|his|her) (?:name|number|details|contact|email|e-mail)(?: details| address)? (?:(?:in|on) (?:the|a|an|your|his|her|their)\b|(?:from|off|through|via) (?:the|a|an) (?!(?:guy|man|woman|lady|person|people|bloke|girl|boy|chap|friend|colleague|fellow|someone|somebody|mate|neighbou?r|cousin|relative|acquaintance|stranger|member)\b))",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A relation and a first name typed without capitals: "my mum harjit said u run the lab". The word after the
    // relation is a name only when a passing-on verb follows it ("my friend also said" names nobody).
    private static readonly Regex s_lowerCaseRelationAndName = new(
        @"\b(?:my|your|our) (?:[\w'-]+ ){0,1}" + Relations + @",? (?<name>[a-z][a-z'-]{1,20}),? (?:said|says|told|tells|mentioned|suggested|recommended|gave|passed|referred|sent|thought|thinks|pointed)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly HashSet<string> s_notLowerCaseNames = new(StringComparer.Ordinal)
    {
        "also", "once", "just", "then", "always", "recently", "actually", "kindly", "who", "has", "had", "was", "is", "once",
        "first", "last", "already", "even", "still", "only", "never", "really", "often", "who's", "whos", "here", "there",
        "and", "but", "so", "she", "he", "they", "you", "u", "me", "ever", "yesterday", "today", "lately", "too", "personally",
    };

    private static bool NamesLowerCaseRelation(string folded) =>
        s_lowerCaseRelationAndName.Matches(folded).Any(m => !s_notLowerCaseNames.Contains(m.Groups["name"].Value));

    // The contact's name found on a listing: "I saw your name on the company website", "your firm's website lists
    // you as the operations lead".
    private static readonly Regex s_listedOn = new(
        @"\b(?:your|his|her|their) (?:name|profile|details|number|email|e-mail)\b(?: [\w'-]+){0,3} (?:on|in|from|through) (?:the |your |their |a |an )?(?:[\w'-]+ ){0,3}(?:website|web site|site|page|directory|list|register|roster)\b|\b(?:saw|seen|found|spotted|noticed|came across) (?:you|him|her|your name|his name|her name) (?:listed|named|mentioned|featured|quoted|credited) (?:among|in|on|as|at|under|for)\b|\b(?:website|web site|site|page|directory|list)\b(?: [\w'-]+){0,2} (?:lists|listed|names|named|shows|showed|mentions|mentioned) (?:you|him|her)\b|\b(?:saw|read|found|noticed|learned|learnt|seen) (?:on|in|from|through) (?:the |your |their |a |an )?(?:[\w'-]+ ){0,3}(?:website|web site|site|page|directory|list|newsletter|profile|linkedin)\b[^.?!]{0,12}\b(?:you|he|she)\b|\b(?:from|in|on|through) (?:the |your |our |their |an? )?(?:[\w'-]+ ){0,5}(?:directory|member list|members list|list of members|alumni list|register|roster|newsletter|database|yearbook)\b|\bgot (?:your|his|her) (?:contact|contact details|email id|mail id|reference)\b|\b(?:your|his|her|their) (?:name|number|details|contact|contact details|email)\b(?: [\w'-]+){0,4} (?:in|on|from|through|via) (?:[\w'-]+ ){0,6}(?:directory|list|listing|newsletter|article|feature|piece|story|report|column|interview|podcast|programme|program|brochure|magazine|journal|bulletin|page|site|website|panel|roster|register|yearbook|database|booklet|handbook|guide|paper|proceedings|agenda|blog|post|episode)s?\b|\b(?:looked|look|found|came across|spotted|saw) (?:you|him|her) (?:up )?(?:on|in|through|via) (?:the |a |an )?(?:[\w'-]+ ){0,5}(?:website|web site|site|page|directory|list|register|roster|network|community|association|society|group|newsletter)\b",
        Options);

    // "Mr Fujita's name", "Dr Rao's number": the contact named in the third person by a receptionist message.
    private static readonly Regex s_possessiveDetails = new(
        @"\p{Lu}[\p{L}-]+'s (?:name|number|details|contact|email|talk|lecture|article|column|post|interview)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Wording that passes the contact on to the caller: a relation and a name count with it ("my aunt Morag said you
    // might talk to me", "my roommate's sister Kayla works with you and she said").
    private static readonly Regex s_passedOn = new(
        @"\b(?:said|says|say you|say that|told|tells|tell me|suggest (?:i|me)|mention(?:ed)? (?:you|your)|spoke (?:highly |well )?of you|speaks (?:highly |well )?of you|suggested|suggests|mentioned|mentions|recommended|recommends|gave|given|passed|pointed|put me|referred|sent me|shared|advised|encouraged|introduced|connected|thought you|thinks you|asked me to (?:call|ring|phone|contact|reach|get in touch|speak|talk)|name came up|from whom|through (?:him|her|them))\b",
        Options);

    // Where the name came from is said of the contact as a person ("your name", "found you", "his lecture", "Ms
    // Kemp's details"). A sentence that only mentions their company, colleague or boss ("I read about Zoho in The
    // Hindu", "your director, Dr Rowe, leads the rollout") or someone else's book says nothing of it.
    private static readonly Regex s_contactAsPerson = new(
        @"\b(?:you|your|yours|him|her|his|he|she|them|their (?:name|number|details|contact|talk|lecture|article|post))\b",
        Options);

    private static readonly Regex s_contactInPerson = new(@"\b(?:you|him|her)\b", Options);

    private static readonly Regex s_contactOnlyAsOwner = new(
        @"\b(?:your|his|her|their) (?:company|firm|organi[sz]ation|business|bank|team|department|colleagues?|director|boss|manager|ceo|founder|products?|brand|practice|office|group|hospital|school|shop|store|agency|clinic|lab|studio)\b",
        Options);

    // The whole sentence each comma piece was cut from, so a piece ("Mrs Tran, my former teacher,") is judged with
    // the rest of its sentence ("... told me you'd be a good person to ask").
    private static string[] WholeSentenceOf(IReadOnlyList<SpokenSentence> wholes, IReadOnlyList<SpokenSentence> pieces)
    {
        var result = new string[pieces.Count];
        int w = 0;
        for (int i = 0; i < pieces.Count; i++)
        {
            string piece = pieces[i].Text.Trim().TrimEnd(',', '.', '?', '!', ';');
            int found = -1;
            for (int k = w; k < wholes.Count && found < 0; k++)
            {
                if (wholes[k].Text.Contains(piece, StringComparison.Ordinal))
                {
                    found = k;
                }
            }

            if (found >= 0)
            {
                w = found;
            }

            result[i] = found >= 0 ? wholes[found].Text : pieces[i].Text;
        }

        return result;
    }

    private static readonly Regex s_placeBefore = new(@"\b(?:at|in|on|from|for)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.MatchTimeout);

    private static bool MentionsContactAsPerson(string folded) =>
        s_contactAsPerson.IsMatch(s_contactOnlyAsOwner.Replace(folded, " "));

    // A person named in one sentence who passes the contact on in the next: "My flatmate Daniel works in your
    // department. He suggested I ring you." The pronoun opening the second sentence is that person.
    private static bool NamedThenPassedOn(IReadOnlyList<SpokenSentence> wholes)
    {
        for (int k = 0; k + 1 < wholes.Count; k++)
        {
            string next = TextFolding.Fold(wholes[k + 1].Text);
            if (!s_pronounOpens.IsMatch(next) || !s_passedOn.IsMatch(next) || SaysJobAskByRule(next))
            {
                continue;
            }

            foreach (Match match in s_relationAndName.Matches(wholes[k].Text))
            {
                if (!s_notNames.Contains(match.Groups["name"].Value))
                {
                    return true;
                }
            }

            if (s_titledName.IsMatch(s_contactAddressed.Replace(wholes[k].Text, " ")))
            {
                return true;
            }

            // "Marco from Jess's barbecue? She said you do set design": the person whose event or home it was.
            foreach (Match match in s_possessiveName.Matches(s_contactAddressed.Replace(wholes[k].Text, " ")))
            {
                if (!s_notNames.Contains(match.Groups["name"].Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly Regex s_passiveAgent = new(
        @"\b(?i:was|were|been|got|get|am|is|'m|'s)\b(?: (?:[\p{Ll}'-]+|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)){0,2} (?:\p{Ll}+ed|given|sent|shown|put|told|brought|led|taken)\b(?: [\p{Ll}'-]+){0,4} by (?:(?:my|our|your|his|her|a|the) [\p{Ll}-]+(?: [\p{Ll}-]+)?,? )?(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Pastor|Engineer|Chief|Coach|Sister|Brother|Father|Auntie|Uncle)\.? )?(?<name>\p{Lu}\p{Ll}[\p{L}'-]*)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // The passive agent is the source only in a sentence about the contact or their name: "I was laid off by
    // Barclays" says nothing of where the name came from.
    private static readonly Regex s_aboutTheContact = new(
        @"\b(?:you|your|him|her|his|them|name|number|details|contact|email|way)\b",
        Options);

    private static readonly Regex s_leadingTitle = new(@"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Madame|Madam|Sir)\.? ", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_greetedBefore = new(
        @"\b(?i:hi|hello|hey|hiya|dear|morning|afternoon|evening|for|to|tell|let|ask|with)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+)?$",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_possessiveName = new(@"\b(?<name>\p{Lu}\p{Ll}[\p{L}-]*)'s \p{Ll}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex s_pronounOpens = new(@"^\W*(?:and |so )?(?:he|she|they)\b", Options);

    private static readonly Regex s_titledName = new(@"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.? \p{Lu}[\p{L}'-]+", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A referral verb after a name that is a person's, not a pronoun or a day ("She said", "Monday suits").
    internal static bool NamesReferrer(string sentence)
    {
        // A relation and a name say who someone is; they are the source when the sentence passes the contact on or
        // ties that person to the contact ("my aunt Bea worked with you"), not in "my manager Ramesh asked me to
        // explore new areas" or "your colleague Dana just won an award".
        string foldedSentence = TextFolding.Fold(sentence);
        if (s_passedOn.IsMatch(foldedSentence) || s_contactInPerson.IsMatch(foldedSentence))
        {
            foreach (Match match in s_relationAndName.Matches(sentence))
            {
                // "Hi Anna, my manager suggested I call": the contact greeted is not the person named.
                if (!s_notNames.Contains(match.Groups["name"].Value) && !s_greetedBefore.IsMatch(sentence[..match.Index]))
                {
                    return true;
                }
            }
        }

        // Passive wording names the source as its agent, whatever the verb: "I was directed to you by Dr Gupta",
        // "her name was introduced to me by Mr. Ito", "I was pointed your way by Rachel Kim".
        if (s_aboutTheContact.IsMatch(foldedSentence))
        {
            foreach (Match match in s_passiveAgent.Matches(sentence))
            {
                string name = match.Groups["name"].Value;
                if (!s_notNames.Contains(name) && !s_placeBefore.IsMatch(sentence[..match.Groups["name"].Index]))
                {
                    return true;
                }
            }
        }

        try
        {
            foreach (Match match in s_namedReferral.Matches(sentence))
            {
                // "A colleague at Wipro mentioned": a capitalised word after "at", "in" or "from" is an
                // organisation or a place, not the person who passed the contact on.
                // A title opens the name ("Mrs Patterson") and is not itself one; a name has lower-case letters after
                // its capital ("a student of IIM" names an institute, not a person).
                string name = s_leadingTitle.Replace(match.Groups["name"].Value, string.Empty);
                if (name.Length > 1 && char.IsLower(name[1]) && !s_notNames.Contains(name) && !s_notNames.Contains(name.Split(' ')[0])
                    && !s_placeBefore.IsMatch(sentence[..CapitalRunStart(sentence, match.Groups["name"].Index)]))
                {
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // An unreadable paste names nobody.
        }

        return false;
    }

    // Where the run of capitalised words holding a name starts: "at St Mary's Hospital said" is a place, whichever of
    // its words the name was matched from.
    private static int CapitalRunStart(string sentence, int index)
    {
        int start = index;
        while (start > 1 && sentence[start - 1] == ' ')
        {
            int wordStart = sentence.LastIndexOf(' ', start - 2) + 1;
            if (!char.IsUpper(sentence[wordStart]))
            {
                break;
            }

            start = wordStart;
        }

        return start;
    }

    // A named person (a capitalised word that isn't the sentence's first or a common capitalised word) or a
    // concrete place the name came from; a job advert is not a source for a person's name.
    private static bool IsConcreteSource(string sentence, string folded)
    {
        // A job advert is not a source for a person's name, wherever it was seen ("the advert on your website").
        if (s_jobAdvert.IsMatch(folded) || s_postSeenIn.IsMatch(folded))
        {
            return NamesReferrer(sentence);
        }

        // A post or page that advertises a post is a job advert wherever it appeared ("your post on LinkedIn
        // advertising the UX designer opening").
        if (s_advertisesPost.IsMatch(folded))
        {
            return false;
        }

        // A named referral ("I'm Amal's nephew") is concrete even where it reads like an introduction.
        if (NamesReferrer(sentence) || NamesLowerCaseRelation(folded) || s_nameFoundInAThing.IsMatch(folded))
        {
            return true;
        }

        // Someone who passed the contact on but is not named ("a colleague at Wipro mentioned", "my mum said") is
        // no source, whatever organisation or place the sentence names.
        // "said he'd be good to talk to": the verb, not a talk the caller heard.
        folded = s_talkAsVerb.Replace(folded, " ");
        if (s_unnamedReferrer.IsMatch(folded) && !s_sourceWords.IsMatch(folded))
        {
            return false;
        }

        // The caller's own name ("I'm Sam Lee") and the contact's ("a message for Dr Greene", "let Ms Hart know")
        // are not sources.
        sentence = s_introduction.Replace(sentence, " ");
        sentence = s_contactAddressed.Replace(sentence, " ");
        string[] tokens = sentence.Split((char[]?)[' ', ',', ';', ':', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            // A name has lower-case letters after its capital ("MSc", "UX" and "IIT" name nobody).
            string token = tokens[i].TrimStart('[', '(').TrimEnd('.', '!', '?', '\'', 's').TrimEnd('\'');
            if (token.Length > 1 && char.IsUpper(token[0]) && char.IsLower(token[1]) && !s_notNames.Contains(token))
            {
                return true;
            }
        }

        // "interview for the role" is a job ask, not an interview the caller read; "I saw your profile" says not
        // where.
        return s_sourceWords.IsMatch(s_bareProfile.Replace(s_interviewForPost.Replace(folded, " "), " "));
    }

    private static readonly Regex s_talkAsVerb = new(@"\bto talk\b|\btalk (?:to|with)\b", Options);

    private static readonly Regex s_bareProfile = new(@"\b(?:your|his|her|their) profile\b(?! (?:on|in|at|from|through|via)\b)", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_unnamedReferrer = new(
        @"\b(?:my|a|an|one of my|one of the|some|our) (?:[\w'-]+ ){0,2}[\w'-]+(?: of mine)?(?: (?:at|from|in|on) [^,.?!]{1,40}?)? (?:said|says|told|tells|mentioned|mentions|suggested|suggests|recommended|recommends|thinks|thought|gave|passed|pointed|put me|sent me|referred)\b",
        Options);

    // The person the call is for, named as they are greeted or asked for.
    private static readonly Regex s_contactAddressed = new(
        @"\b(?i:let|tell|inform|message for|message to|speak with|speak to|through to|is this|is that|speaking with|for|hi|hello|dear|morning|afternoon|evening|ask for)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Engineer|Engr|Madame|Madam|Sir|Dr Mrs)\.?\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_interviewForPost = new(
        @"\b(?:to |an |the |job |my )?interview(?:ed|ing|s)? (?:for|with you|with your|at your)\b",
        Options);
}
