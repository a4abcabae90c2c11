using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// Judges one question's form (open or closed) and whether it asks for a job, and pairs near-duplicates in a list.
/// Form comes from the question's shape (auxiliary first, a polite request to narrate, a declarative with "?")
/// and, for wh-questions, from the sentence model: one fact or a story. Duplicates are questions whose meanings
/// are close and that do not differ in polarity, time or scope. Without the model, exact rules decide alone.
/// </summary>
internal static class QuestionReader
{
    /// <summary>
    /// How far a pair's blended cosine must stand above its list at which two questions ask the same thing (see
    /// <see cref="Standout"/>; chosen on the read lists pooled, 0.22-0.25 alike).
    /// </summary>
    public const float DuplicateSimilarity = 0.25f;

    /// <summary>
    /// Share of the two questions' mean closeness to the rest of their list taken off a pair's blend: on one list
    /// every question shares the topic, so a question close to all of them ("What's the work like?") is singled out
    /// by none, and a pair that stands out from the others counts even when its words differ.
    /// </summary>
    public const float ListMeanWeight = 0.5f;

    /// <summary>Weight of the whole-question cosine in the blend.</summary>
    public const float DuplicateWholeWeight = 0.4f;

    /// <summary>
    /// Weight of the word-piece alignment in the blend; the rest is how alike the two questions' aim profiles are.
    /// Zero: the alignment is measured by <c>lists --tune</c> but raised the development lists only by fitting them
    /// (it lowered every held-aside batch), so the product does not pay for the piece vectors.
    /// </summary>
    public const float DuplicatePiecesWeight = 0f;

    /// <summary>The blend the duplicate threshold applies to.</summary>
    public static readonly QuestionBlend DuplicateBlend = new(DuplicateWholeWeight, DuplicatePiecesWeight);

    /// <summary>
    /// Closeness to its nearest aim wording at which a question plainly asks for that aim; two questions that both
    /// do, for the same aim and alone on their list, ask the same thing whatever their words ("How do you find
    /// clients?" / "Where does most of your work come from?"). Chosen on the development lists (0.6-0.75 alike).
    /// </summary>
    public const float PlainAim = 0.7f;

    /// <summary>
    /// Closeness at which a question's nearest aim counts when two questions' aims differ: both at least this close
    /// to their own aim and <see cref="AimMargin"/> further from the other's, the two ask different things however
    /// alike their topic makes them ("What are you working on at the moment?" / "What software do you rely on?").
    /// </summary>
    public const float OwnAim = 0.5f;

    /// <summary>How much nearer each question must be to its own aim than to the other's (0.08-0.12 alike on development).</summary>
    public const float AimMargin = 0.1f;

    /// <summary>Two aims whose mean wordings are this alike overlap (skills / the kind of person who does well), and do not set questions apart.</summary>
    public const float AimOverlap = 0.7f;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly HashSet<string> s_auxiliaries =
    [
        "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "have", "has", "had",
        "should", "shall", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't",
        "can't", "couldn't", "wouldn't", "won't", "haven't", "hasn't", "hadn't", "shouldn't", "is't", "r", "ya",
    ];

    private static readonly HashSet<string> s_whWords = ["what", "what's", "whats", "how", "how's", "why", "which", "who", "who's", "whom", "whose", "where", "where's", "when"];

    private static readonly HashSet<string> s_narrate =
    [
        "tell", "telling", "describe", "describing", "walk", "walking", "talk", "talking", "explain", "explaining", "share",
        "sharing", "give", "giving", "paint", "elaborate", "expand", "outline", "summarise", "summarize", "help", "say", "take",
    ];

    private const string LeadingFillers =
        "so|and|also|ok|okay|well|then|but|now|just|right|one more thing|quick question|another question|a question|out of curiosity|lastly|finally|firstly|first|next|and finally|i wanted to ask|may i ask|can i ask|could i ask|i'd like to ask|i would like to ask|let me ask|i'd like to know|i would like to know|i want to know";

    private static readonly Regex s_leadingFiller = new(@"^(?:(?:" + LeadingFillers + @")\b[,:\s-]*)+", Options);

    // For the form only, greetings and forms of address lead in too: "Sir please is there...", "hello ma, did you...".
    // (The lists compare questions by s_leadingFiller alone.)
    private static readonly Regex s_leadingFillerOrAddress = new(
        @"^(?:(?:" + LeadingFillers + @"|sir|ma'am|maam|madam|ma|mam|dear sir|dear madam|respected sir|respected madam|hello|hi|hey|good morning|good afternoon|good evening|excuse me|pardon me|sorry|please|kindly)\b[,:\s-]*)+",
        Options);

    // "I was just wondering whether...", "just curious if...", "I'd be interested to know if...": the wondering, with any
    // softening word in it, sets the question after it.
    private static readonly Regex s_wonderingIf = new(
        @"^(?:(?:i was|i am|i'm|i've been|i)? ?(?:(?:just|only|really|also|simply|genuinely|always|a bit|a little|kind of) )*(?:wondering|wonder|wondered|curious)|(?:i'd|i would) (?:(?:really|also|just|be very|be really) )?(?:love|like|be curious|be interested|be keen) to (?:know|find out|understand))\b[,\s]*",
        Options);

    // "I'd be curious whether...", "I'd be interested to know if...": the yes/no question starts at "if" or "whether".
    private static readonly Regex s_interestedIf = new(
        @"^(?:i'd|i would|i'll|i will) be (?:very |really |quite )?(?:curious|interested) (?:to know |to hear |to find out )?(?:if|whether)\b",
        Options);

    // Words that wrap a question without changing what it asks, at its start or its end: set aside before the
    // question's meaning is compared with the list's others, so a polite frame does not pull two questions apart.
    private static readonly Regex s_questionFrame = new(
        @"^(?:(?:(?:could|can|would|will) you (?:please |kindly )?(?:tell|let) me|(?:please |kindly )?tell me|i'd love to know|i would love to know|i'd love to hear|i would love to hear|i'm curious|i am curious|i was wondering|i wonder|if you don't mind me asking|if i may ask|if you don't mind|in your opinion|in your view|in your experience|from your experience|from your point of view|honestly|would you say(?: that)?|do you think(?: that)?|what do you think)\b[,:\s-]*)+",
        Options);

    private static readonly Regex s_trailingFrame = new(
        @"[,\s-]+(?:in your opinion|in your view|in your experience|if you don't mind me asking|if i may ask|if you don't mind|do you think|would you say|please)\s*[?.!]*$",
        Options);

    private static readonly Regex s_singleFactWh = new(
        @"^(?:how (?:long|many|big|old|often|far|soon|large|small|frequently)\b|how much (?:of|time|money|is|are|does it cost|do you earn|do (?:\w+ )?earn|do (?:\w+ )?make)\b|what (?:do|did|does|would|will) (?:you|\w+) (?:earn|make|get paid|take home)\b|when\b|what (?:year|time|date|age|size|percentage|proportion)\b|what(?:'s| is| was) your (?:job title|title|official title|degree|major|salary band|notice period)\b|which (?:university|school|college|company|year|degree|team|department|office|city|country|firm|course|certification|programme|program|agency)\b|where (?:did|do) you (?:study|train|work|live|grow up|go to|qualify|do your)\b|who (?:do|did) you (?:report|work for|answer)\b|where (?:are|is) (?:you|your \w+) (?:based|located)\b)",
        Options);

    private static readonly Regex s_openWh = new(
        @"^(?:why\b|how come\b|what(?:'s| is| was| would it be) (?:it|that) like\b|who else\b|who (?:would|do|might|could|else) (?:you )?(?:suggest|recommend)|who (?:should|could|might) i (?:talk|speak|contact|reach)|what advice\b|how (?:do|did|would|could|can|might|should|has|have|is|are|was) (?!many|much|long)\w+)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // "What does success look like...", "What's the culture like here": a description, whatever the wh-word.
    private static readonly Regex s_likeAtEnd = new(@"^what\b.*\blike\b(?: (?:in|at|for|here|there|now|today|these days|day to day|realistically)\b.*)?$", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // For the form, "like" may also be followed by when or how it was so: "What was the training like when you joined?".
    // (The lists' contrasts read s_likeAtEnd alone.)
    private static readonly Regex s_describedLike = new(@"^what\b.*\blike\b(?:[\s,?.!]*$|,? (?:in|at|for|here|there|now|today|these days|day to day|realistically|when|while|during|after|before|since|once|back|compared|nowadays|early|overall|generally|usually|roughly|honestly|really)\b.*$)", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Who did something to the contact is one person: "Who hired you?", "Who trained you on the job?". "Who else..."
    // and whom to suggest are a matter of advice and stay open.
    private static readonly Regex s_whoDidItToYou = new(
        @"^who (?:first |originally |actually |really )?(?:[a-z]+ed|gave|took|taught|got|brought|made|led|told|showed|sent|found|chose|took on|took you on|put|let|drew|won|inspired) (?:you|u)\b",
        Options);

    // A pronoun or auxiliary right before "like" makes it the verb ("What salary would you like?"), not "what is X like".
    private static readonly HashSet<string> s_likeAsVerbBefore = ["you", "u", "i", "we", "they", "he", "she", "people", "one", "would", "you'd", "i'd", "do", "does", "did"];

    private static readonly Regex s_laterOpenClause = new(
        @"\b(?:and|or|if so|if not|otherwise|and if so)[,]? (?:what|how|why)\b", Options);

    // A figure for pay is one fact, however the question is dressed: "What would the salary be?", "What salary could a
    // midwife expect?", "How much do paralegals earn in Chicago?", "What would you pay me?". Kept out of
    // s_singleFactWh, which also sets list questions apart.
    private static readonly Regex s_amountOfPay = new(
        @"^(?:what(?:'s| is| was| are| would| will| could| might| does| do)? (?:be )?(?:the |a |your |my )?(?:(?:typical|usual|average|normal|starting|entry-level|entry level|going|expected|realistic|basic|base|annual|monthly) )*(?:salary|salaries|pay|wage|wages|package|stipend|day rate|hourly rate)\b|what (?:do|did|does|would|will|could|might) (?:you|they|your \w+) (?:pay|offer) (?:me|someone|somebody|a \w+|new \w+|graduates|juniors|trainees|interns|beginners)\b|what (?:do|did|does|would|will|could|might) (?:you|they|your \w+) pay (?:its|their|your|the|his|her) (?:[\w-]+ ){0,2}[\w-]+s\b|what (?:do|did|does|would|will|could|might) (?:[\w'-]+ ){1,6}(?:earn|get paid|take home|charge)\b|how much (?:[\w'-]+ ){0,7}(?:earn|earns|make|makes|paid|pay|charge|charges|salary|take home|takes home|offer|offers|offered|be on)\b)",
        Options);

    // A yes/no question with its "is there" left out: "any chance of a placement with you", "anyone else I should see".
    private static readonly Regex s_ellipticalYesNo = new(
        @"^(?:any (?:chance|possibility|way|hope|likelihood|idea (?:if|whether)|openings?|vacanc(?:y|ies)|posts?|positions?|jobs?|roles?|internships?|placements?|room|space|spots?|slots?)|anyone|anybody|someone|somebody)\b",
        Options);

    // Nouns that name a fact with one answer: a date, figure, name, place, institution, credential or tool.
    private const string FactNoun =
        @"(?:year|month|date|time|hour|age|grade|level|band|rank|score|mark|percentage|share|proportion|number|amount|headcount|budget|deadline|notice period|period|length|duration|size|ratio|fee|price|cost|name|title|job title|email|address|city|town|country|county|state|region|office|head office|headquarters|hq|site|campus|building|floor|location|branch|base|university|college|school|company|firm|employer|agency|bank|hospital|body|exam body|board|institute|association|union|regulator|council|department|team|unit|client|customer|publisher|newspaper|magazine|journal|degree|diploma|qualification|certificate|certification|licence|license|exam|test|course|module|programme|program|major|subject|specialism|specialty|speciality|accreditation|membership|visa|permit|software|tool|language|framework|stack|system|app|database|platform|shift|shift pattern|rota|contract|manager|boss|mentor|supervisor|sponsor|salary|pay|wage|stipend|minimum|maximum)";

    private static readonly Regex s_quantityOf = new(@"^what (?:share|percentage|proportion|fraction|portion|amount|number) of\b", Options);

    private static readonly Regex s_factNounFirst = new("^" + FactNoun + "(?: |$)", Options);

    // Words that, between a wh-word and a fact noun, make it a view or a description: "What's your take on the pay?".
    private static readonly HashSet<string> s_notAFactLead =
    [
        "of", "on", "about", "for", "in", "with", "to", "at", "from", "like", "kind", "sort", "type", "kinds", "sorts",
        "types", "else", "exactly", "take", "view", "opinion", "advice", "impression", "feeling", "experience", "part",
    ];

    private static readonly HashSet<string> s_adverbsAfterFact =
    [
        "of", "for", "at", "in", "on", "now", "usually", "today", "currently", "there", "then", "roughly", "exactly",
        "normally", "typically", "again", "please", "you", "they", "i", "we", "he", "she", "that", "which", "people",
    ];

    // Which one, of a set: "Which do you prefer, agency or in-house?", "Who trained you, your manager or a coach?".
    private static readonly Regex s_choiceOfTwo = new(@"\b(?:what|which|who|whom|whose)\b[^,]*, (?:[\w'-]+ ){0,5}or (?:[\w'-]+ ){0,5}[\w'-]+[?.!\s]*$", Options);

    // Whose idea, who a named person is, where a named place is, to whom a paper goes: one fact.
    private static readonly Regex s_identifies = new(
        @"^(?:whose\b|who(?:'s| is| was| are| were) (?:your|the|their|his|her) |where(?:'s| is| are| was| were) (?:the |your |their |his |her )?(?:[\w-]+ ){0,2}[\w-]+$|(?:who|whom) (?:should|do|shall|would|must|can|could) i (?:send|address|submit|direct|forward|hand|give|return|post|mail|email|pay|make out)\b)",
        Options);

    // Where something is going is a forecast, not a place: "Where is the industry heading?".
    private static readonly Regex s_whereForecast = new(@"^where\b.*\b(?:heading|headed|going|go from here|in (?:\w+ )?(?:years|decades)(?: time)?)\b", Options);

    private static readonly Regex s_whereHeading = new(@"^where\b.*\b(?:heading|going|headed|now|today|in \w+ years)\b", Options);

    // "Who's the best person to ask about grants?" is a suggestion of whom to meet, as "who else" is.
    private static readonly Regex s_personToAsk = new(@"\b(?:person|people|contact|contacts|someone|somebody)\b", Options);

    // Asking what brought or keeps someone somewhere asks for their reasons: "What made you join your company?".
    private static readonly Regex s_reasonWh = new(@"^what (?:got|led|brought|drew|made|attracted|pushed|persuaded|convinced|inspired|motivated|motivates|keeps|kept) (?:you|u)\b", Options);

    // What something involves or entails is a description, even when the model hears a fact ("what the training involves").
    private static readonly Regex s_whatItInvolves = new(@"^what\b.*\b(?:involve|involves|involved|entail|entails|entailed)\b", Options);

    // A yes/no question embedded after a verb of knowing or telling: "I'd like to know if you ever work weekends",
    // "kindly inform if any vacancy is there", "may I know whether your firm uses freelancers". No comma between, so
    // a conditional ("Tell me, if you were me, ...") is not read as one.
    private static readonly Regex s_knowWhether = new(
        @"^(?:[\w']+ ){0,6}(?:know|tell (?:me|us)|say|inform|inform (?:me|us)|confirm|check|clarify|advise|advise me|find out|understand) (?:if|whether) ",
        Options);

    private static readonly Regex s_askingLead = new(@"\b(?:know|ask)\b", Options);

    // After "...if/whether": a request to narrate ("if you could walk me through...") or a condition ("if you were me").
    private static readonly Regex s_notAYesNoAfterIf = new(@"^(?:you|u) (?:could|would|can|might|will|were|had)\b", Options);

    // Where one clause ends and another begins inside a sentence: a comma, semicolon, colon or dash.
    private static readonly Regex s_clauseBoundary = new(@"\s*(?:[,;:]|\s[-\u2013\u2014]\s|\u2014)\s*", Options);

    private static readonly Regex s_leadInBeforeComma = new(
        @"^(?:(?:please |kindly )?tell (?:me|us)(?: (?:honestly|frankly|truthfully|truly|straight|plainly|sincerely|please|quickly|briefly|then|now|though|one thing))?|(?:when|while|once|after|before|since|as|whenever) [^,;:?]{1,50})\s*[,;:-]", Options);

    private static readonly HashSet<string> s_clauseLinks = ["but", "and", "so", "then", "yet", "or", "now", "please", "kindly", "just"];

    // Relative words: right after a noun ("a job where...", "the people who...") they start a relative clause, not a question.
    private static readonly HashSet<string> s_relativeWords = ["where", "who", "which", "whom", "whose", "when"];

    // Words after which a wh-word still starts the question itself: prepositions ("in what ways", "since how many years")
    // and verbs or adjectives of asking and knowing ("I'm curious what", "I'd love to hear how").
    private static readonly HashSet<string> s_leadsIntoQuestion =
    [
        "in", "to", "for", "of", "about", "on", "at", "from", "by", "with", "since", "into", "and", "so", "but", "roughly",
        "exactly", "precisely", "approximately", "just", "curious", "know", "hear", "ask", "wonder", "wondering", "understand",
        "learn", "see", "me", "us", "tell", "sure", "wondered", "then", "also", "actually", "honestly", "basically",
    ];

    private static readonly Regex s_jobWords = new(
        @"\b(?:jobs?|hir(?:e|es|ed|ing)|openings?|vacanc(?:y|ies)|positions?|roles?|internships?|intern|employ\w*|recruit\w*|resumes?|cvs?|apply|applying|application|refer|referral|good word|consider me|keep me in mind|on file|join your|work for you|work with you|opportunit(?:y|ies)|place for me|spot|take me on|trainees?|apprentice\w*|sponsor|post|graduates|salary|pay|joined|forward)\b",
        Options);

    // A job ask is for the asker ("me", "my", "I") or asks whether the contact's side is taking people on.
    private static readonly Regex s_forMe = new(@"\b(?:i|me|my|i'm|i'd|i've|mine|myself)\b", Options);

    private static readonly Regex s_theyOffer = new(
        @"\b(?:are|is|r) (?:you|u|your \w+|they|the \w+) (?:\w+ )?(?:hiring|recruiting|taking)|\b(?:do|does) (?:you|your \w+) (?:\w+ )?(?:have|offer) (?:any |some )?(?:openings|vacancies|jobs|positions|roles|internships|placements|work)|\bany (?:\w+ )?(?:openings|vacancies|positions|jobs)|\bopenings for\b",
        Options);

    // A post on the contact's side asked about with no first person: "any chance of an internship with you?".
    private static readonly Regex s_postWithThem = new(
        @"\b(?:internships?|jobs?|openings?|vacanc(?:y|ies)|positions?|placements?|traineeships?|apprenticeships?|work experience) (?:[\w'-]+ ){0,3}(?:with|at|in|on) (?:you|your)\b",
        Options);

    // The contact as the one who did something in the past: "how did you land...", "were you offered...", "you got...".
    private static readonly Regex s_contactsOwnPast = new(
        @"\b(?:did|were|had|didn't|weren't) (?:you|u)\b|\b(?:you|u) (?:got|landed|joined|found|started|applied|secured|won|took|were hired|were taken on|were offered)\b",
        Options);

    private static readonly Regex s_resumeForTheField = new(
        @"\b(?:cv|cvs|resume|resumes)\b.*\b(?:field|fields|sector|industry|profession|line of work|generally|in general|across the board|(?:jobs|roles|careers|positions|posts|work) (?:in|like this|of this kind|generally|in general))\b",
        Options);

    private static readonly Regex s_ownPost = new(
        @"\b(?:my|your|his|her|their) (?:own |current |present |old |last |previous |first |day |full-time |part-time |new )?(?:job|jobs|role|position|post)(?: search| hunt| hunting| title)?\b",
        Options);

    private static readonly Regex s_resumeWorkedOn = new(
        @"\b(?:change|changes|improve|fix|rework|reword|tweak|strengthen|cut|add|remove|drop|polish|look over|look at|check|review|critique|rate|restructure|rewrite|format|lay out|layout|tailor|shorten|list|listing|put|include|mention)\b(?: [\w'-]+){0,5} (?:on|in|to|from)? ?my (?:cv|resume)\b|\bmy (?:cv|resume) (?:look|read|sound|stand)\b|\bon my (?:cv|resume)\b",
        Options);

    private static readonly Regex s_resumeHandedOver = new(
        @"\b(?:pass|passing|send|sending|forward|forwarding|hand|handing|share|sharing|give|giving|keep|keeping|hold|file|circulate|show)\b(?: [\w'-]+){0,3} (?:on|along|over|to|with|on file|in mind)\b|\b(?:keep|hold|file) (?:it|my (?:cv|resume))\b",
        Options);

    // Asking where a résumé is best sent, with no "you" or "your" in it: "Should I send my CV to recruiters or to firms?".
    private static readonly Regex s_whereToSendResume = new(
        @"\b(?:should i|shall i|do i|is it (?:better|best|worth)|would it be (?:better|best|worth))\b[^?]*\b(?:send|submit|address|direct|forward|give|email) (?:my|a|the) (?:cv|resume|application)s?\b",
        Options);

    // The résumé shown to the contact for their view, not handed on for a post: "could I send you my CV so you can tell
    // me what's missing", "may I share my resume for your feedback".
    private static readonly Regex s_resumeForFeedback = new(
        @"\bmy (?:cv|resume)\b(?: [\w'-]+){0,3} (?:so (?:that )?(?:you|u) (?:can|could|might|would) (?:tell|say|see|check|look|review|comment|point|suggest|advise|give|spot|mark)|for (?:your |a |some )?(?:feedback|comments|review|thoughts|advice|look|once-over|critique|opinion|input|view|honest view|pointers)|to (?:get|have|hear) (?:your |some )?(?:feedback|comments|thoughts|advice|opinion|view|input))\b",
        Options);

    // A post asked about by name ("for the opening", "a role with you") keeps a résumé shown for feedback an ask.
    private static readonly Regex s_postNamed = new(
        @"\b(?:the|this|that|an|any|your) (?:[\w-]+ )?(?:opening|vacancy|position|post|role|job|internship|placement)s?\b",
        Options);

    // "..., if you don't mind me asking": an aside of politeness, which names the asker but asks for nothing.
    private static readonly Regex s_politeAside = new(
        @"[,\s-]*\b(?:if (?:you|u) (?:don't|do not|dont) mind (?:me |my )?(?:asking|saying)|if i (?:may|might|can) (?:ask|say so)|if that's (?:ok|okay|alright|all right|fine)|if it's not (?:too )?(?:personal|rude)|if you don't mind)\b[,\s]*",
        Options);

    private static string WithoutPoliteAside(string folded) => s_politeAside.Replace(folded, " ").Trim();

    private static readonly Regex s_secondPerson = new(@"\b(?:you|your|u|ur)\b", Options);

    // "my CV to make it stronger" is the résumé improved, not sent to anyone: the shared rules read "my CV to" as a hand-over.
    private static readonly Regex s_resumeImproved = new(@"\bmy (cv|resume) to (make|improve|strengthen|get|help|stand|look|fit|read|sound|suit|show|match|tailor|polish|tighten|shorten|better)\b", Options);

    private static readonly Regex s_idiomPosition = new(@"\b(?:in|from) (?:my|your) position\b", Options);

    // Polarity, time and scope: questions worded alike but on different sides of one of these ask different things.
    // Within a group the classes exclude each other ("first job" / "current job"); a class alone (a superlative
    // of liking, asking for people) differs from its absence ("Do you enjoy it?" / "What do you enjoy most?").
    private static readonly Regex[][] s_exclusiveGroups =
    [
        [
            new Regex(@"\b(?:most|best|favourite|favorite|greatest|good (?:points?|sides?|things?|parts?)|positives?|advantages?|upsides?|pros)\b", Options),
            new Regex(@"\b(?:least|worst|bad (?:points?|sides?|things?|parts?)|negatives?|disadvantages?|downsides?|cons)\b", Options),
        ],
        [
            new Regex(@"\b(?:enjoy\w*|(?:you|u|i|we|they|people|most) (?:\w+ )?(?:like|liked|prefer)|love|rewarding|highlight|proudest|exciting|fulfilling|satisfying|satisfaction|favourite|favorite|best part|happy|happiest|pleasure|joy|beautiful|get (?:the )?most out of|(?:kick|buzz|lift) out of|(?:biggest|real) (?:kick|buzz|lift))\b", Options),
            // The hard side in plain words too: what wears someone down is not what they enjoy.
            new Regex(@"\b(?:least|worst|dislike|hate|frustrat\w*|downside\w*|drawback\w*|hardest|difficult|hard|challeng\w*|stressful|regret\w*|annoy\w*|tough\w*|struggl\w*|tiring|exhausting|draining|wears? (?:you |u |people )?(?:down|out)|gets? to (?:you|u)|painful|traumatic|upsetting|distressing|demanding|lose (?:\w+ )?patience)\b", Options),
        ],
        [
            new Regex(@"\b(?:did|was|were|first|start|started|starting|began|beginning|begin|early|initially|before|used to|originally|back then|when you joined|getting into|got into|get into|break into|changed|last|over the years|in the past|looking back|entry|what (?:got|led|brought|drew|made|prompted|pushed|inspired|motivated) (?:you|u|your))\b", Options),
            new Regex(@"\b(?:current|currently|now|today|these days|nowadays|present|at the moment|right now|still)\b", Options),
            new Regex(@"\b(?:future|next|ahead|coming|will|going|heading|expect (?:[\w'-]+ ){0,4}to|expected to|trends?|in (?:\w+ )?(?:years?|decades?)(?: time)?|years from now|years' time|progression|promotions?|move up|go further)\b", Options),
        ],
        [
            // Which post: the first one against the one held now. Past wording alone does not say it ("How did you
            // get your current role?" is past and present at once), so the post is named.
            new Regex(@"\b(?:first|initial|earliest|very first) (?:\w+ )?(?:jobs?|roles?|posts?|positions?|assignments?|postings?|employers?|internships?|placements?)\b", Options),
            new Regex(@"\b(?:current|currently|present|presently|today|now|nowadays|these days|at the moment)\b", Options),
        ],
        [
            // What the contact did against what the asker should do: "Which certifications helped you most?" is not
            // answered by "Which certifications would you suggest I do?", nor "How did you start?" by advice to a beginner.
            new Regex(@"\b(?:did (?:you|u)|were (?:you|u)|(?:you|u) (?:personally )?(?:face|faced|find|found|handle|deal with)|have (?:you|u) (?:ever )?\w+(?:ed|en|ne|t)|(?:how|what) was your|(?:you|u) (?:\w+ed|did|took|chose|went|got|had|made|studied|followed)|(?:helped|led|brought|got) (?:you|u))\b", Options),
            new Regex(@"\b(?:should i|shall i|(?:do|would|will) i need|i (?:should|need to|ought to|must)|should (?:someone|somebody|one|a \w+)|(?:would|do|could|can|will) you (?:suggest|recommend|advise)|(?:is|are) (?:the |an? )?(?:[\w'-]+ ){1,3}(?:still )?worth (?:getting|doing|taking|pursuing|it)|(?:suggest|recommend|advise) (?:that )?(?:me|i)\b|(?:advice|advices|tips) (?:would you (?:give|offer) |do you have |could you (?:give|offer) |can you (?:give|offer) )?(?:to |for )?(?:me|someone|somebody|anyone|a|an|new\w*|beginners?|people|students?|graduates?|freshers?)\b|for me|(?:would|could) you (?:tell|give) (?:me|someone|somebody|a))\b", Options),
        ],
        [
            // Hindsight (what the contact would change, or would choose again) against what actually happened:
            // "Looking back, what would you change about how you started?" is not answered by "What was your first role?".
            new Regex(@"\b(?:looking back|in hindsight|differently|(?:would|you'd) (?:you )?(?:still |ever )?change|(?:you'd|would you) (?:still )?(?:choose|pick|do) (?:it|this|that|the same)|if you could go back|start(?:ed|ing)? (?:over|again)|do it again)\b", Options),
            new Regex(@"\b(?:what was your|how did (?:you|u)|when did (?:you|u)|where did (?:you|u)|which \w+ did (?:you|u))\b", Options),
        ],
        [
            // The field against one employer: why someone chose the industry is not why they chose this company.
            new Regex(@"\b(?:industry|field|sector|profession|line of work|domain|trade)\b", Options),
            new Regex(@"\b(?:this|your|the|that) (?:company|firm|organi[sz]ation|employer|agency|hospital|bank|school)\b", Options),
        ],
        [
            new Regex(@"\b(?:tools?|software|programs?|platforms?|technolog\w*|apps?|systems?|equipment|gear|instruments?|machines?|machinery)\b", Options),
            new Regex(@"\b(?:skills?|qualities|abilities|strengths?|traits?|qualifications?|degree|training)\b", Options),
        ],
        [
            new Regex(@"\b(?:beginners?|starting out|starting|initial|entry|junior|new|newcomers?|graduates?|trainees?|apprentices?|interns?|freshers?|first year|first-year|newly qualified|just qualified|when (?:\w+ )?(?:begins?|starts?|joins?)|at first)\b", Options),
            // Later in a career in plain words: a lead or principal, years behind someone, pay at its top.
            new Regex(@"\b(?:experienced|senior|mid-career|veterans?|(?:an?|the|as|becom\w*) manager|managers|journeym[ae]n|fully qualified|after (?:[\w-]+ ){0,3}(?:years|decades?)|(?:\w+ )?years (?:in|of experience|behind|down the line|later)|(?:\w+ )?years' experience|with (?:some |more |enough |real )?experience|(?:a|the|as) lead|principal|top out|tops out)\b", Options),
        ],
        [
            // What something is or was like (an experience described) against how someone got there (a path):
            // "What was your first job like?" is not answered by "How did you land your first job?".
            new Regex(@"\b(?:what(?:'s| is| was| are| were)\b.*\blike|how (?:is|was|are|were) (?:it|life|the \w+|your \w+))\b", Options),
            new Regex(@"\b(?:how did (?:you|u) (?:\w+ )?(?:get|land|find|become|break|end up|come|move|switch|start|make it|go)|how (?:do|does|did|can|could|would) (?:someone|people|one|i|a \w+) (?:\w+ )?(?:get|break|move|go|become)|what (?:got|led|brought|drew|made) you|path|route)\b", Options),
        ],
        [
            // The contact's own path against the way into the field in general: "How did you get into law?" is not
            // answered by "What's the usual route into law for graduates?", nor the other way round.
            new Regex(@"\b(?:how did (?:you|u)|how have you|what (?:got|led|brought|drew|made|prompted|pushed|inspired|motivated|persuaded|convinced) (?:you|u)|your (?:own )?(?:path|route|journey|way|move) (?:in|into|to|from)|how was your (?:path|route|journey|way)|how (?:you|u) (?:arrived|came|got|entered|became|started|ended up)|did (?:you|u) (?:\w+ )?(?:get|start|become|end up|break|enter|choose|decide))\b", Options),
            new Regex(@"\b(?:how (?:do|does|can|could|would|should) (?:people|someone|somebody|one|anyone|a \w+|graduates|newcomers|beginners|freshers|they)|(?:usual|typical|common|normal|standard|main|best|easiest|quickest|realistic|recommended) (?:\w+ )?(?:path|route|way|entry|road)s?|way in\b|what(?:'s| is| are) the (?:\w+ )?(?:paths?|routes?|ways?) (?:in|into|to)|(?:essential|necessary|required|needed|compulsory|mandatory)|is it (?:still )?(?:possible|realistic|feasible|easy|hard|difficult) (?:for \w+ )?to)\b", Options),
        ],
        [
            // The contact against the whole organisation: "What technologies are you working on?" is not answered by
            // what the company as a whole uses, nor "the biggest challenge you face" by the one the organisation faces.
            new Regex(@"\b(?:(?:your|the) (?:whole |entire )?(?:company|organisation|organization|firm|employer|business|department) (?:faces?|works?|uses?|does|needs?|hires?|is (?:facing|working|using|doing))|(?:does|do|is|are) (?:your|the) (?:whole |entire )?(?:company|organisation|organization|firm|employer|business|department))\b", Options),
            new Regex(@"\b(?:(?:you|u) (?:personally |yourself )?(?:face|facing|work|working|use|using|need|handle)|are (?:you|u) (?:personally )?\w+ing)\b", Options),
        ],
        [
            // Where the field is going against what the asker should do from where they stand: both lean to the future,
            // but a forecast for the field does not answer "If you were in my position, what would your next step be?".
            new Regex(@"\b(?:heading|future|trends?|(?:is|are) (?:\w+ )?(?:going|changing|evolving)|next (?:few|five|ten|couple of) (?:years|decades))\b", Options),
            new Regex(@"\b(?:if you were (?:me|in my (?:position|place|shoes))|in my (?:position|place|shoes)|where i am now|standing where i am|someone like me|you were starting out|start(?:ing)? (?:out )?(?:again|over))\b", Options),
        ],
        [
            // The way in against the abilities it takes: how someone gets into a field is not answered by which skills
            // or knowledge they need once there ("What's the best way in for a graduate?" / "Which skills matter most?").
            new Regex(@"\b(?:(?:best|usual|typical|common|normal|standard|main|easiest|quickest|realistic|recommended) (?:\w+ )?(?:path|route|way|road|entry)s?|way in|break(?:ing)? into|get(?:ting)? into|enter(?:ing)? (?:in|into)?|entry (?:route|path|point)s?)\b", Options),
            new Regex(@"\b(?:skills?|qualities|abilities|ability|competen\w*|traits?|strengths?|aptitudes?|talents?|knowledge|know-how)\b", Options),
        ],
        [
            // Credentials against abilities: which degree, licence or exams a post needs is not answered by which
            // qualities make someone good at it ("Do you need a master's?" / "What makes a strong analyst?").
            new Regex(@"\b(?:qualifications?|degrees?|diplomas?|certificat\w*|certs?|licen[cs]es?|exams?|studies|formation|courses?|accredit\w*|chartered|chartership|tickets?|mba|master'?s|phd)\b", Options),
            new Regex(@"\b(?:skills?|qualities|abilities|competen\w*|traits?|strengths?|aptitudes?|talents?|(?:makes?|made) (?:[\w'-]+ ){0,3}(?:good|great|successful|strong))\b", Options),
        ],
    ];

    // The index in s_presenceMatters of asking for people to meet.
    private const int AsksForPeople = 1;

    private static readonly Regex[] s_presenceMatters =
    [
        // A superlative of liking, in any wording ("most rewarding", "greatest satisfaction", "proudest").
        new Regex(@"\b(?:(?:most|least|best|worst) (?:about|part|thing|things|aspect|bit|moment|proud|fun|rewarding|enjoyable|interesting|fulfilling|satisfying|frustrating|exciting|meaningful|memorable|beautiful|happy|pleasant)|(?:enjoy|like|love|dislike|hate) (?:\w+ )?(?:most|least|best)|(?:most|least|best) (?:enjoy|like|love|appreciate|dislike)|get (?:the )?most out of|(?:greatest|most|biggest) (?:\w+ )?(?:satisfaction|reward|joy|pleasure|enjoyment|fulfil+ment|pride|buzz|kick|thrill)|proudest|favourite|favorite)\b", Options),
        // Asking for people to meet: "someone" or "anyone" only when the asker is to reach them, so that "advice for
        // someone trying to get in" or "what makes someone good at this" is not read as asking for people.
        new Regex(@"\b(?:who else|(?:(?:who|whom|anyone|anybody|someone|somebody|other (?:\w+ )?(?:people|folks|professionals|colleagues|contacts|managers)|others|people|folks)(?: else)?\b(?:\W+[\w']+){0,6}\W+(?:talk|speak|chat|meet)\w* (?:with|to) (?:me|us)\b)|(?:who|whom|anyone|anybody|someone|somebody|other people|others|people|folks|contacts|colleagues|professionals)(?: else)?\b(?:\W+[\w']+){0,6}\W+(?:i|me|we|my)\b(?:\W+[\w']+){0,3}\W+(?:talk|speak|contact|reach|meet|approach|network|connect|ask|get in touch|getting in touch|get in contact|getting in contact|write|email|call|chat)\w*|introduce me|put me in touch|connect me with|(?:point|refer|direct|send) me (?:to|towards)|(?:anyone|anybody|someone|somebody|people|others)(?: else)? (?:worth|i could|i might|i ought to) (?:talking|speaking|contacting|meeting|approaching|talk|speak|contact|meet|approach))\b", Options),
        // Money: what a post pays is not answered by how to reach it or what it involves, however close the topic.
        new Regex(@"\b(?:salar(?:y|ies)|pay|(?:get|gets|getting|are|is|be) paid|paid (?:well|much|more|less|per|by)|how (?:well )?paid|earn\w*|wages?|package|remuneration|income|compensation|stipend|take home|takes home|rates?|fees?|pric(?:e|es|ed|ing)|quot(?:e|es|ing)|(?:you|u|they|\w+s|to) charge|charge (?:for|per|a|an|clients|customers)|how much (?:[\w'-]+ ){0,5}(?:make|makes|receive|receives|get|paid)|(?:make|makes) a living|what (?:do|does|did|would|will) (?:[\w'-]+ ){1,5}(?:start|starts) on)\b|\bwhat (?:do|does|did|would|will|can|could|might) (?:[\w'-]+ ){1,5}(?:make|makes|bring in)(?: (?:after|in|with|once|at|per|a|an) [\w' -]*)?\s*[?.!]*$", Options),
    ];

    // A yes/no question on whether the contact likes something ("Do you enjoy night shifts?").
    private static readonly Regex s_likingYesNo = new(@"^(?:(?:do|did|does|would) )?(?:you|u) (?:\w+ )?(?:enjoy|like|love)\b|^(?:are|were) (?:you|u) (?:\w+ )?(?:happy|satisfied)\b", Options);

    // Words about how someone feels about the work; "like" only as a verb ("you like"), not "what is it like".
    private static readonly Regex s_feeling = new(
        @"\b(?:enjoy\w*|lov(?:e|es|ed|ing)|(?:you|u|i|people|they|we) (?:\w+ )?(?:like|liked)|dislike\w*|hate|rewarding|satisf\w*|fulfil\w*|happy|happiness|passion\w*|motivat\w*|regret\w*|favou?rite|proud\w*|fun|pleasure|joy|boring|bored|frustrat\w*|miss|worth it|feel|feelings?)\b",
        Options);

    // "least favourite" and the like are the negative side of liking, not a superlative of it.
    private static readonly Regex s_leastLiked = new(@"\b(?:least|less) (?:favourite|favorite|enjoyable|rewarding|liked|fun|satisfying|exciting|fulfilling)\b", Options);

    // "the part you like the less" (a learner's "least"), read as the least liked part.
    private static readonly Regex s_likedTheLess = new(@"\b(like|enjoy|love|appreciate) (?:the )?less\b", Options);

    // "the thing you like more of your work" (a learner's "most"), read as the most liked.
    private static readonly Regex s_likedTheMore = new(@"\b(like|enjoy|love|appreciate) (?:the )?more\b", Options);

    // "Knowing what you know now" looks back from now; it is hindsight about the start, not a question about today.
    private static readonly Regex s_hindsight = new(@"\b(?:knowing|with) what (?:you|i) know now\b", Options);

    // "How'd you get started?": after a wh-word, "'d" is "did" (the sentence model and the past-tense contrasts read it so).
    private static readonly Regex s_whDid = new(@"\b(how|what|where|why|when|who)'d\b", Options);

    /// <summary>Open or closed, per the question definitions.</summary>
    public static QuestionKind Kind(string? question, ISentenceEmbedder? embedder)
    {
        string main = WithoutPoliteAside(TextFolding.Fold(MainQuestion(question, out bool isQuestion, out string whole)));
        if (main.Length == 0)
        {
            return QuestionKind.Open;
        }

        return KindOf(main, isQuestion, whole, embedder, depth: 0);
    }

    /// <summary>True when the question asks for a job, an opening, hiring, a referral or the résumé to be passed on or kept.</summary>
    public static bool AsksForJob(string? question, ISentenceEmbedder? embedder)
    {
        string text = Truncate(question);
        // A clause that denies wanting a post ("I don't want a job from you, ...") asks for nothing; the rest is read.
        string folded = QuestionJobAsks.WithoutDenials(s_idiomPosition.Replace(WithoutPoliteAside(TextFolding.Fold(text)), "in that place"));
        // A job ask is for the asker or asks whether the contact's side takes people on; within that, the exact
        // shapes need no job word ("would you think of me", "any chance of an internship with you"). The job words
        // only bound what the model may claim.
        // A post at their side in the contact's own past ("How did you land a job at your firm?") is their story.
        if (!(s_forMe.IsMatch(folded) || s_theyOffer.IsMatch(folded) || (s_postWithThem.IsMatch(folded) && !s_contactsOwnPast.IsMatch(folded)) || QuestionJobAsks.AsksWhetherTheyTakePeople(folded)
            || QuestionJobAsks.AsksWayOntoTheirSide(folded)))
        {
            return false;
        }

        // Advice on the résumé itself ("What would you change on my CV...?", "Should I send my CV to recruiters or to
        // firms?") hands nothing to the contact: unless it is passed on, kept, or their own side is named, it asks for nothing.
        // A résumé shown to them for their view ("so you can tell me what's missing") is the same, unless a post is named.
        if (s_resumeForFeedback.IsMatch(folded) && !QuestionJobAsks.NamesTheirPlace(folded) && !s_postNamed.IsMatch(folded))
        {
            return false;
        }

        if ((s_resumeWorkedOn.IsMatch(folded) && !s_resumeHandedOver.IsMatch(folded) && !QuestionJobAsks.NamesTheirPlace(folded))
            || (s_whereToSendResume.IsMatch(folded) && !s_secondPerson.IsMatch(folded)))
        {
            return false;
        }

        if (PitchReader.SaysJobAskByRule(s_resumeImproved.Replace(folded, "my $1 so as to $2")) || QuestionJobAsks.AsksForPost(folded))
        {
            return true;
        }

        // The asker's résumé weighed for a field or a kind of job in general is advice, not a hand-over, unless a
        // post or team of the contact's is named: the model hears "CV" and "jobs" and leans to an ask.
        // A post someone already holds ("my own job search", "your current role") is no job asked for; the model
        // reads only job words left after those.
        folded = s_ownPost.Replace(folded, "their duties");
        if (!s_jobWords.IsMatch(folded) || (s_resumeForTheField.IsMatch(folded) && !QuestionJobAsks.NamesTheirPlace(folded)))
        {
            return false;
        }

        SentenceMeanings meanings = SentenceMeanings.Of(SentenceSplitter.SplitUnits(text), embedder);
        if (!meanings.HasMeaning)
        {
            return QuestionChecker.AsksForJobByRules(text);
        }

        string[] units = [.. meanings.Sentences.Select(u => QuestionJobAsks.WithoutDenials(s_ownPost.Replace(s_idiomPosition.Replace(TextFolding.Fold(u.Text), "in that place"), "their duties")))];
        meanings.Prepare(Enumerable.Range(0, units.Length).Where(i => s_jobWords.IsMatch(units[i])));
        for (int i = 0; i < meanings.Sentences.Count; i++)
        {
            string unit = units[i];
            if (s_jobWords.IsMatch(unit) && meanings.Says(i, QuestionPrototypes.AsksForJob) == true && !CoachPhrases.JobMention.HasNegated(NormalizedText.From(unit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pairs (i &lt; j) of near-duplicate questions in <paramref name="questions"/>; empty without the model.</summary>
    public static IReadOnlyList<(int First, int Second)> DuplicatePairs(IReadOnlyList<string> questions, ISentenceEmbedder? embedder)
    {
        var pairs = new List<(int, int)>();
        QuestionPairScore[,]? scores = PairScores([.. questions.Select(q => Core(q))], embedder);
        if (scores is null)
        {
            return pairs;
        }

        foreach ((int first, int second) in Pairs(scores, DuplicateBlend, DuplicateSimilarity))
        {
            pairs.Add((first, second));
        }

        return pairs;
    }

    /// <summary>
    /// Pairs (i &lt; j) of questions that ask for the same thing about the same subject. No exact contrast may set them
    /// apart. Two questions that plainly ask for one aim no other question on the list asks for are a pair (and neither
    /// pairs with anything else); two that plainly ask for different aims are not, however close their topic brings
    /// them. Otherwise the pair must stand out from its list by <paramref name="threshold"/> (<see cref="Standout"/>)
    /// and be each other's nearest question on the list: a question that repeats another is closer to it than to
    /// anything else, while a question merely on the same topic as several others is not singled out by any of them.
    /// </summary>
    public static IEnumerable<(int First, int Second)> Pairs(QuestionPairScore[,] scores, QuestionBlend blend, float threshold)
    {
        float[,] standout = Standout(scores, blend);
        int n = scores.GetLength(0);
        int[] nearest = [.. Enumerable.Range(0, n).Select(i => Nearest(scores, standout, i))];
        float[] nearMiss = [.. Enumerable.Range(0, n).Select(i => NearestSetApart(scores, standout, i))];
        // A question paired by its aim already has the one question on the list that asks the same; its closeness to
        // a third is that aim's topic, not a second repeat.
        var pairedByAim = new bool[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (scores[i, j].SameAim && !scores[i, j].Contrasted)
                {
                    pairedByAim[i] = pairedByAim[j] = true;
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                QuestionPairScore score = scores[i, j];
                if (score.Contrasted || (!score.SameAim && (score.AimsApart || pairedByAim[i] || pairedByAim[j])))
                {
                    continue;
                }

                // When each of the two stands closer to a question a contrast sets apart from it ("What do you like
                // most…?" beside "…least…?"), each is one side of a near-miss, and what brings the two together is the
                // list's topic, not one ask.
                bool bothNearerToANearMiss = nearMiss[i] > standout[i, j] && nearMiss[j] > standout[i, j];
                if (score.SameAim || (standout[i, j] >= threshold && nearest[i] == j && nearest[j] == i && !bothNearerToANearMiss))
                {
                    yield return (i, j);
                }
            }
        }
    }

    /// <summary>
    /// Each pair's blend less <see cref="ListMeanWeight"/> times the mean of the two questions' average blends with
    /// every other question on the list: how far the pair stands out from the list rather than how close it is.
    /// </summary>
    public static float[,] Standout(QuestionPairScore[,] scores, QuestionBlend blend)
    {
        int n = scores.GetLength(0);
        var mean = new float[n];
        for (int i = 0; i < n; i++)
        {
            float total = 0;
            for (int k = 0; k < n; k++)
            {
                total += k != i ? scores[i, k].Blend(blend) : 0;
            }

            mean[i] = n > 1 ? total / (n - 1) : 0;
        }

        var standout = new float[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                standout[i, j] = i == j ? 0 : scores[i, j].Blend(blend) - (ListMeanWeight * (mean[i] + mean[j]) / 2);
            }
        }

        return standout;
    }

    // The question that stands out most for question i among those no contrast sets apart from it.
    private static int Nearest(QuestionPairScore[,] scores, float[,] standout, int i)
    {
        int best = -1;
        float bestScore = float.MinValue;
        for (int k = 0; k < scores.GetLength(0); k++)
        {
            if (k != i && !scores[i, k].Contrasted && standout[i, k] > bestScore)
            {
                best = k;
                bestScore = standout[i, k];
            }
        }

        return best;
    }

    // How far the question that stands out most for question i among those a contrast sets apart from it stands out.
    private static float NearestSetApart(QuestionPairScore[,] scores, float[,] standout, int i)
    {
        float best = float.MinValue;
        for (int k = 0; k < scores.GetLength(0); k++)
        {
            if (k != i && scores[i, k].Contrasted && standout[i, k] > best)
            {
                best = standout[i, k];
            }
        }

        return best;
    }

    /// <summary>The earlier question <paramref name="question"/> nearly repeats, or null; null without the model.</summary>
    public static int? DuplicateOf(string? question, IReadOnlyList<string> existing, ISentenceEmbedder? embedder)
    {
        string core = Core(question);
        if (existing.Count == 0 || core.Length == 0)
        {
            return null;
        }

        QuestionPairScore[,]? scores = PairScores([core, .. existing.Select(q => Core(q))], embedder);
        if (scores is null)
        {
            return null;
        }

        // The same decision as for the whole list with the new question first.
        foreach ((int first, int second) in Pairs(scores, DuplicateBlend, DuplicateSimilarity))
        {
            if (first == 0)
            {
                return second - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// Scores of every pair of <paramref name="questions"/> (already reduced to their core), symmetric; null without
    /// the model. The questions are embedded in one batched call; when <paramref name="withAims"/>, each is also
    /// compared with the topic-free wordings of <see cref="QuestionAims"/> (embedded once per process), and
    /// <see cref="QuestionPairScore.Aim"/> is how alike the two questions' aim profiles are (otherwise it repeats the
    /// whole cosine).
    /// </summary>
    public static QuestionPairScore[,]? PairScores(string[] questions, ISentenceEmbedder? embedder, bool? withAims = null, bool? withPieces = null)
    {
        if (questions.Length < 2 || embedder is null || !embedder.IsReady)
        {
            return null;
        }

        // Through the caches: adding a question to a list re-checks the list, and only the new question is embedded.
        // With piece alignment, the one batched run gives both the pooled and the piece vectors.
        TokenVectors[]? pieces = (withPieces ?? DuplicatePiecesWeight > 0) && embedder is ITokenVectorEmbedder tokens ? CheckedTokenVectors.Embed(tokens, questions) : null;
        float[][]? vectors = pieces is not null ? [.. pieces.Select(p => p.Sentence)] : CheckedSentenceVectors.Embed(embedder, questions);
        if (vectors is null || vectors.Length != questions.Length)
        {
            return null;
        }

        AimVectors? aimVectors = (withAims ?? DuplicateWholeWeight + DuplicatePiecesWeight < 1) ? QuestionAims.VectorsFor(embedder) : null;
        float[][]? closeness = aimVectors is null ? null : [.. vectors.Select(v => AimSimilarities(v, aimVectors.Vectors))];
        float[][]? profiles = closeness is null ? null : [.. closeness.Select(Profile)];
        int[] nearestAim = closeness is null ? [] : [.. closeness.Select(c => Array.IndexOf(c, c.Max()))];
        int n = questions.Length;
        string[] folded = [.. questions.Select(FoldForContrast)];
        // Each question is matched against the contrast patterns once, not once per pair.
        ContrastMarks[] marks = [.. folded.Select(MarksOf)];
        // By shape alone (no model call): a question after one fact ("How long does a project last?") is not
        // answered by a description ("What is a typical project like?"), nor the other way round.
        bool[] oneFact = [.. folded.Select(IsSingleFactWh)];
        bool[] open = [.. folded.Select(IsPlainlyOpen)];
        // "Do you enjoy night shifts?" asks how the contact feels; only another question about feelings can repeat it,
        // not a question on the same topic that asks what the work involves.
        bool[] likingYesNo = [.. folded.Select(f => s_likingYesNo.IsMatch(Bare(f)))];
        bool[] feeling = [.. folded.Select(f => s_feeling.IsMatch(f))];
        // Asking for people to meet is one aim, however it is worded ("Who else should I talk to?" / "Any other folks
        // you think I should meet?"): when exactly two questions on the list ask it, they repeat each other.
        bool[] asksForPeople = [.. marks.Select(m => m.Presence[AsksForPeople])];
        bool onePairAsksForPeople = asksForPeople.Count(a => a) == 2;
        var scores = new QuestionPairScore[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                float whole = SentenceVectors.Similarity(vectors[i], vectors[j]);
                float aim = profiles is null ? whole : SentenceVectors.Similarity(profiles[i], profiles[j]);
                float aligned = pieces is null ? whole : Aligned(pieces[i], pieces[j]);
                bool contrasted = Contrasted(marks[i], marks[j]) || (oneFact[i] && open[j]) || (oneFact[j] && open[i])
                    || (likingYesNo[i] && !feeling[j]) || (likingYesNo[j] && !feeling[i]);
                bool sameAim = (onePairAsksForPeople && asksForPeople[i] && asksForPeople[j])
                    || (closeness is not null && SharePlainAim(closeness, nearestAim, i, j));
                bool aimsApart = closeness is not null && AimsDiffer(closeness[i], closeness[j], nearestAim[i], nearestAim[j], aimVectors!.Overlaps);
                scores[i, j] = scores[j, i] = new QuestionPairScore(whole, aim, aligned, contrasted, sameAim, aimsApart);
            }
        }

        return scores;
    }

    /// <summary>
    /// How well two questions' word pieces align: each weighted piece matched to its nearest piece in the other
    /// question (contextual vectors, so "charge" and "rates" in a pricing question meet), the weighted means taken
    /// both ways and combined as an F-measure. Framing words weigh little, so the score follows what is asked.
    /// </summary>
    internal static float Aligned(TokenVectors a, TokenVectors b)
    {
        float ab = Covered(a, b), ba = Covered(b, a);
        return ab + ba <= 0 ? 0 : 2 * ab * ba / (ab + ba);
    }

    // Weighted mean, over a's pieces, of each piece's best cosine with any piece of b.
    private static float Covered(TokenVectors a, TokenVectors b)
    {
        float total = 0, weights = 0;
        for (int i = 0; i < a.Pieces.Length; i++)
        {
            float best = 0;
            for (int j = 0; j < b.Pieces.Length; j++)
            {
                best = Math.Max(best, SentenceVectors.Similarity(a.Pieces[i], b.Pieces[j]));
            }

            total += a.Weights[i] * best;
            weights += a.Weights[i];
        }

        return weights > 0 ? total / weights : 0;
    }

    /// <summary>
    /// A question's closeness to every aim (its nearest wording), centred and scaled to unit length, so that the dot
    /// product of two profiles says whether they lean towards the same aims whatever their topic words.
    /// </summary>
    private static float[] Profile(float[] closeness)
    {
        float[] profile = [.. closeness];
        float mean = profile.Average();
        float norm = 0;
        for (int k = 0; k < profile.Length; k++)
        {
            profile[k] -= mean;
            norm += profile[k] * profile[k];
        }

        norm = MathF.Sqrt(norm);
        for (int k = 0; k < profile.Length && norm > 0; k++)
        {
            profile[k] /= norm;
        }

        return profile;
    }

    // Both questions plainly ask for one aim, and no other question on the list plainly asks for it.
    private static bool SharePlainAim(float[][] closeness, int[] nearestAim, int i, int j)
    {
        int aim = nearestAim[i];
        if (nearestAim[j] != aim || closeness[i][aim] < PlainAim || closeness[j][aim] < PlainAim)
        {
            return false;
        }

        for (int k = 0; k < closeness.Length; k++)
        {
            if (k != i && k != j && nearestAim[k] == aim && closeness[k][aim] >= PlainAim)
            {
                return false;
            }
        }

        return true;
    }

    // Each question leans to its own aim, clearly more than to the other's, and the two aims do not overlap.
    private static bool AimsDiffer(float[] a, float[] b, int aimA, int aimB, float[,] overlaps) =>
        aimA != aimB
        && a[aimA] >= OwnAim && b[aimB] >= OwnAim
        && a[aimA] - a[aimB] >= AimMargin && b[aimB] - b[aimA] >= AimMargin
        && overlaps[aimA, aimB] < AimOverlap;

    /// <summary>Each question's closeness to every aim of <see cref="QuestionAims"/> (for the evaluation tool's diagnostics); null without the model.</summary>
    internal static float[][]? AimCloseness(string[] cores, ISentenceEmbedder embedder)
    {
        float[][]? vectors = embedder.IsReady ? CheckedSentenceVectors.Embed(embedder, cores) : null;
        AimVectors? aimVectors = vectors is null ? null : QuestionAims.VectorsFor(embedder);
        return aimVectors is null ? null : [.. vectors!.Select(v => AimSimilarities(v, aimVectors.Vectors))];
    }

    // Closeness of a vector to every aim: its nearest wording of that aim.
    private static float[] AimSimilarities(float[] vector, float[][] aims)
    {
        var profile = new float[QuestionAims.Aims.Length];
        Array.Fill(profile, -1f);
        for (int t = 0; t < aims.Length; t++)
        {
            int aim = QuestionAims.AimOf[t];
            profile[aim] = Math.Max(profile[aim], SentenceVectors.Similarity(vector, aims[t]));
        }

        return profile;
    }

    private static string FoldForContrast(string question)
    {
        string folded = s_leastLiked.Replace(TextFolding.Fold(question), "least");
        folded = s_likedTheLess.Replace(folded, "$1 least");
        folded = s_likedTheMore.Replace(folded, "$1 most");
        return s_hindsight.Replace(folded, "looking back");
    }

    private static bool IsSingleFactWh(string folded) => s_singleFactWh.IsMatch(Bare(folded));

    // A description or a story by its shape alone: "why...", "how did you...", "what is it like...".
    private static bool IsPlainlyOpen(string folded)
    {
        string bare = Bare(folded);
        return !s_singleFactWh.IsMatch(bare) && (s_openWh.IsMatch(bare) || s_likeAtEnd.IsMatch(bare));
    }

    private static string Bare(string folded) => s_leadingFiller.Replace(folded, string.Empty).Trim().TrimEnd('?', '.', '!', ' ');

    private static ContrastMarks MarksOf(string folded) =>
        new([.. s_presenceMatters.Select(p => p.IsMatch(folded))], [.. s_exclusiveGroups.Select(g => g.Select(p => p.IsMatch(folded)).ToArray())]);

    // Polarity, time or scope on different sides: worded alike, but a full answer to one doesn't answer the other.
    private static bool Contrasted(ContrastMarks a, ContrastMarks b)
    {
        for (int p = 0; p < a.Presence.Length; p++)
        {
            if (a.Presence[p] != b.Presence[p])
            {
                return true;
            }
        }

        for (int g = 0; g < a.Groups.Length; g++)
        {
            bool inA = false, inB = false, shared = false;
            for (int c = 0; c < a.Groups[g].Length; c++)
            {
                bool matchA = a.Groups[g][c], matchB = b.Groups[g][c];
                inA |= matchA;
                inB |= matchB;
                shared |= matchA && matchB;
            }

            if (inA && inB && !shared)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which contrast patterns of the two questions differ, as "p1" (a presence) or "g3" (an exclusive group), for the evaluation tool's diagnostics.</summary>
    internal static string ContrastReasons(string first, string second)
    {
        ContrastMarks a = MarksOf(FoldForContrast(first)), b = MarksOf(FoldForContrast(second));
        var reasons = new List<string>();
        for (int p = 0; p < a.Presence.Length; p++)
        {
            if (a.Presence[p] != b.Presence[p])
            {
                reasons.Add($"p{p}");
            }
        }

        for (int g = 0; g < a.Groups.Length; g++)
        {
            bool inA = a.Groups[g].Any(m => m), inB = b.Groups[g].Any(m => m);
            bool shared = a.Groups[g].Where((m, c) => m && b.Groups[g][c]).Any();
            if (inA && inB && !shared)
            {
                reasons.Add($"g{g}:{string.Join(string.Empty, a.Groups[g].Select(m => m ? '1' : '0'))}/{string.Join(string.Empty, b.Groups[g].Select(m => m ? '1' : '0'))}");
            }
        }

        return string.Join(' ', reasons);
    }

    // Which contrast patterns a question matches: each presence pattern, and each class of each exclusive group.
    private sealed record ContrastMarks(bool[] Presence, bool[][] Groups);

    private static QuestionKind KindOf(string main, bool isQuestion, string whole, ISentenceEmbedder? embedder, int depth)
    {
        string unfilled = TextFolding.Fold(main);
        Match lead = s_leadingFillerOrAddress.Match(unfilled);
        string folded = s_leadingFillerOrAddress.Replace(unfilled, string.Empty).Trim();
        // "I'd like to know if..." and "may I ask whether..." put the question after the filler, as "I wonder if..." does.
        bool wondering = lead.Success && s_askingLead.IsMatch(lead.Value) && (folded.StartsWith("if ", StringComparison.Ordinal) || folded.StartsWith("whether ", StringComparison.Ordinal));
        // "Can I ask you to describe...": what they are asked to do is the request.
        if (lead.Success && s_askingLead.IsMatch(lead.Value) && folded.StartsWith("you to ", StringComparison.Ordinal))
        {
            folded = folded["you to ".Length..];
        }

        Match wonder = s_wonderingIf.Match(folded);
        if (s_interestedIf.Match(folded) is { Success: true } interested)
        {
            folded = folded[(interested.Value.LastIndexOf(' ') + 1)..];
            wondering = true;
        }
        else if (wonder.Success)
        {
            folded = folded[wonder.Length..];
            wondering = true;
        }

        List<string> words = NormalizedText.Tokenize(folded);
        if (words.Count == 0)
        {
            return QuestionKind.Open;
        }

        string first = words[0];
        if (wondering)
        {
            // "I was wondering if you could walk me through..." is a request; "...if you enjoy it" a yes/no.
            if (first is "if" or "whether")
            {
                words.RemoveAt(0);
                if (words.Count >= 2 && words[0] == "you" && words[1] is "could" or "would" or "can" or "might" or "will")
                {
                    (words[0], words[1]) = (words[1], words[0]);
                }
                else
                {
                    return QuestionKind.Closed;
                }
            }
            else if (first is "about")
            {
                return QuestionKind.Open;
            }

            first = words.Count > 0 ? words[0] : string.Empty;
            isQuestion = true;
        }

        string rest = string.Join(' ', words);

        // "Tell me, if you had to start again, which route would you take?", "When you started, how did you find
        // clients?": a lead-in or a time clause set off by a comma, and the question after it decides.
        if (depth == 0 && s_leadInBeforeComma.IsMatch(folded) && !(words.Count > 1 && s_auxiliaries.Contains(words[1])) && LaterQuestionClause(folded) is { } afterLeadIn)
        {
            return KindOf(afterLeadIn, isQuestion, whole, embedder, depth + 1);
        }

        if (s_narrate.Contains(first) && first is not ("help" or "say" or "take" or "give"))
        {
            return NarrateRequest(words, 0, embedder, depth);
        }

        if (s_auxiliaries.Contains(first))
        {
            if (words.Count > 2 && first is "can" or "could" or "would" or "will" && words[1] == "you")
            {
                int verb = 2;
                while (verb < words.Count && words[verb] is "please" or "kindly" or "possibly" or "perhaps" or "maybe" or "mind" or "be" or "able" or "willing" or "happy" or "to" or "just" or "briefly" or "quickly")
                {
                    verb++;
                }

                // "Can you help me understand..." asks for an explanation; "can you help me get a placement" asks for a favour.
                if (verb < words.Count && s_narrate.Contains(words[verb]) && !(words[verb] == "help" && !HelpsToUnderstand(words, verb)))
                {
                    return NarrateRequest(words, verb, embedder, depth);
                }
            }

            if (depth == 0 && PoliteFrameKind(words, embedder) is { } framed)
            {
                return framed;
            }

            return s_laterOpenClause.IsMatch(TextFolding.Fold(whole)) ? QuestionKind.Open : QuestionKind.Closed;
        }

        if (s_whWords.Contains(first))
        {
            return WhKind(rest, embedder, main);
        }

        // "I'd like to know if you ever work weekends": a yes/no question told in statement order.
        if (s_knowWhether.Match(folded) is { Success: true } know)
        {
            return s_notAYesNoAfterIf.IsMatch(folded[know.Length..]) ? QuestionKind.Open : QuestionKind.Closed;
        }

        // "At what point did you decide...": the moment something happened is one fact.
        if (s_atWhatPoint.IsMatch(folded) && !s_laterOpenClause.IsMatch(folded))
        {
            return QuestionKind.Closed;
        }

        // "Any tips for...", "any advice on...": asking for advice on something with "do you have" left out is open (a
        // bare "Any tips?" is left a yes/no).
        if (s_ellipticalAdvice.IsMatch(folded))
        {
            return QuestionKind.Open;
        }

        // "I'd like to know how you found the studio, was it an advert or a friend": the wh-question embedded in the first
        // clause asks; a later clause offering answers to it ("was it A or B") does not make it a yes/no question.
        if (depth == 0 && EmbeddedWhInFirstClause(folded) is { } embedded)
        {
            return s_laterOpenClause.IsMatch(folded) ? QuestionKind.Open : WhKind(embedded, embedder, embedded);
        }

        // "I'm not after a post, but could you tell me what the work involves?", "If you hired me, what would the
        // salary be?": a statement or condition first, and the question in a later clause decides.
        if (depth == 0 && LaterQuestionClause(folded) is { } clause)
        {
            return KindOf(clause, isQuestion, whole, embedder, depth + 1);
        }

        // "In what ways...", "Looking back, what...", "I'm curious what...": the wh-word after a lead-in decides; right
        // after a noun, a relative word starts a relative clause ("It's a job where you travel, no?") and does not.
        int wh = words.FindIndex(w => s_whWords.Contains(w));
        if (wh > 0 && wh <= 8 && !(s_relativeWords.Contains(words[wh]) && !s_leadsIntoQuestion.Contains(words[wh - 1])))
        {
            return WhKind(string.Join(' ', words.Skip(wh)), embedder, string.Join(' ', words.Skip(wh)));
        }

        if (s_ellipticalYesNo.IsMatch(folded))
        {
            return QuestionKind.Closed;
        }

        // A statement said with a question mark is a yes/no question ("You like your job?"); without one it is a prompt.
        return isQuestion ? QuestionKind.Closed : QuestionKind.Open;
    }

    // What "help me ..." asks for when it asks for an explanation: "help me understand", "help me get a feel for".
    private static readonly HashSet<string> s_understandingVerbs = ["understand", "see", "learn", "think", "figure", "picture", "grasp", "make", "get", "know", "work", "decide", "weigh", "navigate", "plan", "prepare"];

    private static readonly HashSet<string> s_gettingSenseOf = ["sense", "feel", "idea", "picture", "grip", "handle", "overview", "understanding"];

    private static bool HelpsToUnderstand(List<string> words, int help)
    {
        int next = help + 1;
        if (next < words.Count && words[next] is "me" or "us" or "someone" or "somebody" or "people")
        {
            next++;
        }

        if (next < words.Count && words[next] == "to")
        {
            next++;
        }

        if (next >= words.Count || words[next] is "with" or "out")
        {
            return next < words.Count && words[next] == "with" && next + 1 < words.Count && words[next + 1] is "understanding" or "thinking" or "planning" or "preparing" or "deciding";
        }

        // "get" and "make" explain only with what follows: "get a sense of", "make sense of"; "get a placement" is a favour.
        if (words[next] is "get" or "make")
        {
            return next + 2 < words.Count && (s_gettingSenseOf.Contains(words[next + 1]) || s_gettingSenseOf.Contains(words[next + 2]));
        }

        return s_understandingVerbs.Contains(words[next]);
    }

    // Verbs of asking, knowing and telling that a polite frame puts the real question after: "Might I ask how...",
    // "Do you mind me asking why...", "May I know what...", "Would it be possible to hear how...".
    private static readonly HashSet<string> s_frameVerbs =
    [
        "ask", "asking", "know", "hear", "hearing", "learn", "understand", "share", "sharing", "describe", "describing",
        "explain", "explaining", "tell", "telling", "say", "outline", "walk", "talk",
    ];

    private static readonly HashSet<string> s_frameFillers = ["me", "us", "you", "a", "bit", "little", "more", "briefly", "please", "to", "kindly", "quickly"];

    private static readonly Regex s_adviceAsked = new(@"^(?:do|would|could|can|might) (?:you|u) (?:\w+ )?(?:have|got|give|offer) (?:any |some |a few |a little )?(?:advice|tips|thoughts|suggestions|recommendations|pointers|insights?|views|wisdom)\b", Options);

    // An auxiliary-first frame around the question: the embedded question decides ("May I ask which firm you trained
    // with?" is one fact, "Might I ask how you handled it?" a story); a request to describe or explain is open, and so is
    // asking for advice. Null when no frame is found.
    private static QuestionKind? PoliteFrameKind(List<string> words, ISentenceEmbedder? embedder)
    {
        if (s_adviceAsked.IsMatch(string.Join(' ', words)))
        {
            return QuestionKind.Open;
        }

        for (int k = 1; k < Math.Min(words.Count, 9); k++)
        {
            if (!s_frameVerbs.Contains(words[k]))
            {
                continue;
            }

            int n = k + 1;
            while (n < words.Count && s_frameFillers.Contains(words[n]))
            {
                n++;
            }

            if (n >= words.Count)
            {
                return null;
            }

            string next = words[n];
            if (next is "if" or "whether")
            {
                return QuestionKind.Closed;
            }

            if (next is "about" or "through" && words[k] is not ("know" or "ask" or "asking"))
            {
                return QuestionKind.Open;
            }

            if (s_whWords.Contains(next))
            {
                return WhKind(string.Join(' ', words.Skip(n)), embedder, string.Join(' ', words.Skip(n)));
            }

            // "Can I ask you to describe your first month?": a request to narrate after the frame.
            if (n > k + 1 && words[n - 1] == "to" && s_narrate.Contains(next) && next is not ("help" or "take" or "give" or "say"))
            {
                return QuestionKind.Open;
            }

            return null;
        }

        return null;
    }

    // "Tell me about...", "Could you walk me through...": open, unless what they are asked to tell is one fact.
    private static QuestionKind NarrateRequest(List<string> words, int verb, ISentenceEmbedder? embedder, int depth)
    {
        int next = verb + 1;
        if (words[verb] is "tell" or "telling" or "say" && next < words.Count && words[next] is "me" or "us")
        {
            next++;
        }

        if (next < words.Count && words[next] is "whether" or "if")
        {
            return QuestionKind.Closed;
        }

        if (next < words.Count && s_whWords.Contains(words[next]) && depth == 0)
        {
            return WhKind(string.Join(' ', words.Skip(next)), embedder, string.Join(' ', words.Skip(next)));
        }

        return QuestionKind.Open;
    }

    private static QuestionKind WhKind(string folded, ISentenceEmbedder? embedder, string original)
    {
        // "Which tools do you rely on, and why?": a fact asked together with its reasons invites an explanation.
        if (s_laterOpenClause.IsMatch(folded) || s_whatItInvolves.IsMatch(folded) || s_reasonWh.IsMatch(folded))
        {
            return QuestionKind.Open;
        }

        // "What's the pay like for sound engineers?" asks for a description of the pay, not its figure.
        if (s_amountOfPay.IsMatch(folded))
        {
            return DescribesWhatItIsLike(folded) ? QuestionKind.Open : QuestionKind.Closed;
        }

        if (s_whoDidItToYou.IsMatch(folded))
        {
            return QuestionKind.Closed;
        }

        // "Where is the profession heading?": a forecast, not a place.
        if (s_whereForecast.IsMatch(folded))
        {
            return QuestionKind.Open;
        }

        if ((s_openWh.IsMatch(folded) || s_describedLike.IsMatch(folded)) && !s_singleFactWh.IsMatch(folded))
        {
            return QuestionKind.Open;
        }

        if (s_singleFactWh.IsMatch(folded) || NamesOneFact(folded) || s_choiceOfTwo.IsMatch(TextFolding.Fold(original)) || (s_identifies.IsMatch(folded) && !s_whereHeading.IsMatch(folded) && !s_personToAsk.IsMatch(folded)))
        {
            return QuestionKind.Closed;
        }

        if (embedder is not null && embedder.IsReady && CheckedSentenceVectors.Embed(embedder, [original]) is [{ } vector])
        {
            return QuestionPrototypes.SingleFact.Says(embedder, vector) == true ? QuestionKind.Closed : QuestionKind.Open;
        }

        return QuestionKind.Open;
    }

    // "What grade did you join at?", "Which exam body sets the papers?", "What's your team's headcount?", "What was the
    // name of the course?": one fact named by its noun (a date, figure, name, place, institution, credential or tool).
    // Kept out of s_singleFactWh, which also sets list questions apart.
    private static bool NamesOneFact(string folded)
    {
        List<string> words = NormalizedText.Tokenize(folded.TrimEnd('?', '.', '!', ' '));
        if (words.Count < 2 || words[0] is not ("what" or "which" or "what's" or "whats"))
        {
            return false;
        }

        bool beForm = words[0] is "what's" or "whats" || (words[1] is "is" or "was" or "are" or "were");
        int from = 1;
        if (beForm)
        {
            from = words[0] is "what's" or "whats" ? 1 : 2;
            if (from >= words.Count || words[from] is not ("the" or "your" or "their" or "his" or "her" or "its"))
            {
                return false;
            }

            from++;
        }

        if (!beForm && s_quantityOf.IsMatch(string.Join(' ', words)))
        {
            return true;
        }

        for (int i = from; i < words.Count && i <= from + 3; i++)
        {
            if (s_factNounFirst.Match(string.Join(' ', words.Skip(i))) is not { Success: true } noun)
            {
                if (s_notAFactLead.Contains(words[i]) || s_auxiliaries.Contains(words[i]))
                {
                    return false;
                }

                continue;
            }

            int after = i + NormalizedText.Tokenize(noun.Value).Count;
            if (after < words.Count && !beForm && !s_auxiliaries.Contains(words[after]) && !IsPlural(words[after]))
            {
                after++; // a compound: "what shift pattern do...", "which exam body sets..."
            }

            if (after >= words.Count ? beForm : FactEnds(words, after, beForm))
            {
                return true;
            }
        }

        return false;
    }

    // "What is X like": "like" after a noun, not after the one who likes ("What salary would you like?").
    private static bool DescribesWhatItIsLike(string folded)
    {
        if (!s_describedLike.IsMatch(folded))
        {
            return false;
        }

        List<string> words = NormalizedText.Tokenize(folded);
        int like = words.LastIndexOf("like");
        return like > 1 && !s_likeAsVerbBefore.Contains(words[like - 1]);
    }

    private static bool FactEnds(List<string> words, int after, bool beForm)
    {
        string next = words[after];
        return beForm
            ? s_adverbsAfterFact.Contains(next)
            : s_auxiliaries.Contains(next) || (words[0] == "which" && (next.EndsWith('s') || next.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static bool IsPlural(string word) => word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal);

    private static readonly Regex s_atWhatPoint = new(@"^(?:at|by|from|until|till|up to|since) (?:what|which) (?:point|stage|moment|phase|juncture)\b", Options);

    private static readonly Regex s_ellipticalAdvice = new(@"^any (?:[\w-]+ )?(?:tips|advice|suggestions|pointers|thoughts|recommendations|insights?|words of wisdom|lessons) (?:for|on|about|regarding|to|when|if|as)\b", Options);

    // Verbs of knowing and asking after which a wh-word starts an embedded question: "I want to know how...".
    private static readonly HashSet<string> s_embedsQuestion = ["know", "ask", "wonder", "wondering", "wondered", "curious", "hear", "understand", "learn"];

    // The embedded wh-question of a first clause that is followed by others ("i want to know how you found it, was it an
    // advert or a friend"), or null when the first clause is the whole question or holds no such wh-word.
    private static string? EmbeddedWhInFirstClause(string folded)
    {
        string[] clauses = s_clauseBoundary.Split(folded);
        if (clauses.Length < 2)
        {
            return null;
        }

        List<string> words = NormalizedText.Tokenize(clauses[0]);
        int wh = words.FindIndex(w => s_whWords.Contains(w));
        return wh > 0 && wh <= 8 && s_embedsQuestion.Contains(words[wh - 1]) && wh + 1 < words.Count ? string.Join(' ', words.Skip(wh)) : null;
    }

    // The first clause after the sentence's first that opens like a question (an auxiliary, a wh-word or a request to
    // narrate, after a linking word): the part of "I'm not after a job, but could you tell me..." that asks.
    private static string? LaterQuestionClause(string folded)
    {
        string[] clauses = s_clauseBoundary.Split(folded);
        for (int c = 1; c < clauses.Length; c++)
        {
            List<string> words = NormalizedText.Tokenize(clauses[c]);
            int start = 0;
            while (start < words.Count && s_clauseLinks.Contains(words[start]))
            {
                start++;
            }

            // "..., I just wonder how you got your first break?": a wondering opens the question too, and so does a request
            // to be told whether ("..., kindly inform me if a vacancy is there").
            if (start < words.Count && (s_auxiliaries.Contains(words[start]) || s_whWords.Contains(words[start]) || s_narrate.Contains(words[start])
                || s_wonderingIf.IsMatch(string.Join(' ', words.Skip(start))) || s_knowWhether.IsMatch(string.Join(' ', words.Skip(start)))))
            {
                return string.Join(' ', [.. words.Skip(start), .. clauses.Skip(c + 1)]);
            }
        }

        return null;
    }

    // The question sentence that carries the ask: the first one ending in "?", else the first sentence.
    private static string MainQuestion(string? question, out bool isQuestion, out string whole)
    {
        whole = Truncate(question);
        IReadOnlyList<SpokenSentence> sentences = SentenceSplitter.Split(whole);
        SpokenSentence? main = sentences.FirstOrDefault(s => s.IsQuestion) ?? (sentences.Count > 0 ? sentences[0] : null);
        isQuestion = main?.IsQuestion ?? false;
        return main?.Text ?? string.Empty;
    }

    // The question without lead-in fillers, for comparing meanings.
    internal static string Core(string? question)
    {
        string main = MainQuestion(question, out _, out _);
        string core = s_whDid.Replace(s_leadingFiller.Replace(TextFolding.Fold(main), string.Empty).Trim(), "$1 did");
        string unframed = s_trailingFrame.Replace(s_questionFrame.Replace(core, string.Empty), "?").Trim();
        return unframed.Length > 0 ? unframed : core;
    }

    private static string Truncate(string? text) => text is null ? string.Empty : text.Length > 2000 ? text[..2000] : text;
}
