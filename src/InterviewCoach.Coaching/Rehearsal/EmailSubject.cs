using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Whom one sentence of an outreach email is about, for the "mostly about the contact" judgement.</summary>
internal enum EmailSubject
{
    /// <summary>Neither: a pleasantry, thanks, the bare ask for a meeting, a denial of a job ask, the connection.</summary>
    Neutral,

    /// <summary>The contact's work, path, views or advice.</summary>
    Contact,

    /// <summary>The sender's background, plans, interests or wants.</summary>
    Sender,
}

/// <summary>
/// Who a sentence is about, from who does and owns what in it. The pronouns that only frame a sentence are set
/// aside first: "would you", "of your time", "if I call you" make a request, "I'd love to hear", "I'm curious about"
/// make the writer a listener, and "I hope you're well" is politeness. What is left names whose work, path or plans
/// the sentence is about ("how you built your practice" against "I want to go freelance").
/// </summary>
internal static class EmailSubjects
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // Second person used to ask or to be polite, not to talk about the contact.
    private static readonly Regex s_requestFrame = new(
        @"\b(?:would|could|can|will|might|may|do|did|are|were|if|when|whether|have) you(?:'d)?\b|\byou (?:might|may|would|could|can|will) (?:have|be|spare|find)\b|\b(?:of|for|with|to|from|around|suit|suits|contact|reach|call|ring|email|write|meet|ask|asking|bother|thank|thanks|join|see|send|sending) you\b|\byour (?:time|calendar|schedule|diary|availability|convenience|inbox|consideration|help|reply|response|attention|number|email|e-mail|address|contact details|name)\b|\b(?:finds?|find|hope|trust|keeping|hear from|to|with|for) you (?:well|are well|is well|are keeping)|\bfinds? you\b|\b(?:hope|trust|wish)\s+(?:that\s+)?(?:you|this|your)\b(?:\s+[\w']+){0,5}?\s+(?:well|good|great|fine|safe|healthy|health|nicely)\b|\byou(?:'re| are) (?:well|keeping well|busy|free|available|open|willing|happy|comfortable)\b|\b(?:works?|suits?|convenient|easiest|best|good) for you\b|\byou(?:'d| would) be (?:open|willing|happy|available|free|able|kind)\b|\bsuits? you\b|\byou (?:prefer|choose|like)\b|\b(?:someone|somebody|a person|people|anyone) (?:like me|like myself|at my stage|in my (?:position|shoes|situation)|with my background)\b|\bin my (?:position|shoes|situation)\b|\bif you were me\b",
        Options);

    // First person as the listener or asker of something about the contact.
    private static readonly Regex s_listenerFrame = new(
        @"\bi(?:'d| would)? (?:(?:really|so|very much|also) )?(?:love|like|want|hope|wish|be keen|be glad|be grateful|appreciate|value|welcome|enjoy) (?:to |the chance to |the opportunity to )?(?:hear|learn|understand|know|ask|get|ask about|find out)\b|\bto (?:hear|learn|understand|know) (?:about|how|more|what|why)\b|\bi(?:'m| am| was)? (?:(?:very|really|particularly|especially|most|so|also) )*(?:curious|interested|intrigued|keen to learn|eager to learn|impressed|inspired|struck|moved|fascinated)\b|\bi(?:'ve| have| had)? (?:(?:really|particularly|especially|greatly|closely|long|always|since|recently|just|once|first|already|also) )?(?:loved|love|admire|admired|enjoyed|read|listened|watched|saw|seen|noticed|followed|attended|heard|came across|found)\b|\bi(?:'d| would) (?:(?:really|greatly|very much|so|also|especially|particularly) )?(?:value|appreciate|welcome|be grateful for|love)\b|\bi (?:wonder|was wondering|am wondering|wondered)\b|\bi(?:'ve| have)? (?:also |now |recently |just )?(?:understand|hear|gather|gathered|learn|learned|learnt|know|knew|see|note|notice|believe|came to know|(?:'m|am|was|have been) told|(?:'m|am|was) (?:glad|pleased|delighted|happy|excited|thrilled|interested) to (?:see|read|learn|hear))(?: that)?\b|\bi(?:'d| would|'ll| will) be (?:(?:very|really|particularly|especially|most|so|also|extremely) )*(?:curious|interested|intrigued|keen|eager|glad|grateful|delighted|happy) (?:to (?:hear|learn|know|understand)|in|about)\b|\bi(?:'ve| have| had)? been (?:(?:closely|keenly) )?(?:following|watching|reading|admiring|tracking)\b|\b(?:tells|told|informed|assured|reminded) (?:me|us)\b|\b(?:moved|inspired|struck|interested) me\b|\bcaught my (?:eye|attention|interest)\b|\bme (?:about|through|how)\b|\b(?:tell|show|walk|give) me\b",
        Options);

    // First person arranging the meeting: "if I call you", "could we speak", "may I ask".
    private static readonly Regex s_arrangeFrame = new(
        @"\bi(?:'d| would)? (?:(?:really|so|very much) )?(?:like|love|want|hope) to (?:meet|speak|talk|chat|call|ask)\b|\bi(?:'d| would) (?:(?:really|so|very much|greatly) )?(?:love|like|appreciate|value|welcome|be grateful for) (?:\d+|a|an|some|the|twenty|fifteen|half|thirty|ten|just)\b[^.?!]{0,25}\b(?:minutes|call|chat|conversation|coffee|meeting|time|hour)\b|\bi(?:'m| am) (?:writing|reaching out|getting in touch|emailing|contacting you|messaging)(?: to (?:ask|request|see|seek))?\b|\blet me know\b|\bi(?:'m| am|'d be| would be|'ll be| will be) (?:more than )?(?:happy|glad|flexible|able) to\b|\b(?:if|could|can|may|might|should|shall) (?:i|we) (?:call|ring|phone|contact|email|meet|speak|talk|chat|ask|buy|send|book|set up|arrange|schedule)(?: you)?\b|\bi (?:could|can|will|'ll) (?:call|ring|phone|work around|fit around|send|share a list|keep it)\b|\b(?:could|can|may|might) i (?:have|get|request|take|steal|borrow|book|ask for)\b|\bi(?:'m| am) (?:happy|glad) to (?:work|fit|call|meet|keep|send|share a list)\b|\bi (?:hope|trust)\b|\bi know (?:you|your)\b|\bi (?:have to|must|should|'d have to|need to) (?:say|admit|confess)\b|\bi (?:dare|would|'d) say\b|\bthank you\b|\b(?:i(?:'m| am) )?(?:so |very |really )?sorry\b|\b(?:please )?(?:excuse|forgive|pardon) (?:me|my)\b|\bi apologi[sz]e\b|\bapologies\b|\bthanks\b|\b(?:call|chat|meet|talk|speak|coffee|conversation|meeting|time|minutes) with me\b|\b(?:fine|ok|okay|good|great) (?:with|for) me\b|\b(?:works|suits) me\b",
        Options);

    // Wanting to be told something: what follows is what the contact would answer.
    private static readonly Regex s_askedToTell = new(
        @"\bi(?:'m| am|'d be| would be|'d| would)? (?:(?:very|really|so|particularly|especially|also|most|keen|eager|interested|curious|grateful|glad|love|like|want|hoping|hope) )*(?:to )?(?:hear|learn|understand|know|find out)(?: more)? (?:about |how |what |why |where |which |whether |if )",
        Options);

    private static readonly Regex s_gladToSeeThem = new(
        @"\b(?:great|good|wonderful|lovely|nice|exciting|inspiring|amazing|glad|pleased|delighted|thrilled|happy|proud) to see (?:that )?you\b",
        Options);

    private static readonly Regex s_meetingAsk = new(
        @"\b(?:call|chat|coffee|conversation|talk|speak|meet|meeting|minutes|half an hour|time|zoom|teams call|video|phone|visio|catch up)\b",
        Options);

    private static readonly Regex s_denial = new(
        @"\b(?:not|never|no)\b[^.?!]{0,30}\b(?:job|jobs|work|position|role|opening|employment|vacanc\w*|hire|hiring|asking for|looking for)\b",
        Options);

    private static readonly Regex s_postTalk = new(
        @"\b(?:vacanc(?:y|ies)|hiring|recruiter|recruitment|openings?|trainee slots?|consider me|considering me|your (?:kind )?consideration|remember me|keep me in mind|pass (?:on |along )?my (?:name|cv|resume|details)|takes? on (?:paralegals|interns|trainees|graduates|staff|juniors|apprentices)|taking on (?:paralegals|interns|trainees|graduates|staff|juniors|apprentices)|introduce me to (?:the person|whoever|someone) who (?:hires|recruits|builds|runs hiring))\b",
        Options);

    private static readonly Regex s_resume = new(@"\b(?:resume|cv|curriculum vitae|portfolio|showreel)\b", Options);

    private static readonly HashSet<string> s_secondPerson = ["you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll"];
    private static readonly HashSet<string> s_firstPerson = ["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"];

    /// <summary>
    /// Who <paramref name="folded"/> is about, or null when its own words leave it even ("I'm curious, as a teacher,
    /// about your team"), for the model to settle.
    /// </summary>
    public static EmailSubject? Of(string folded, bool isQuestion, bool asksForJob)
    {
        if (asksForJob)
        {
            return EmailSubject.Sender;
        }

        if (s_denial.IsMatch(folded))
        {
            return EmailSubject.Neutral;
        }

        // A post, hiring or being considered is the writer's want even in the contact's words ("should a vacancy
        // come up in your lab", "who the hiring manager is for that team", "your kind consideration").
        if (s_postTalk.IsMatch(folded))
        {
            return EmailSubject.Sender;
        }

        // The writer as listener ("I'm curious about") only when what they listen to is the contact's; glad to see
        // the contact somewhere ("it's great to see you now leading design research") speaks of them.
        string content = s_arrangeFrame.Replace(s_gladToSeeThem.Replace(folded, " you "), " ");

        // "I'd be very interested to hear what the work looks like": the writer only frames what the contact is
        // asked to tell, like a question put to them. Read before the listener frame takes "I'd love to hear" away.
        bool askedToTell = s_askedToTell.IsMatch(content);
        if (AddressesContact(content))
        {
            content = s_listenerFrame.Replace(content, " ");
        }

        content = s_askedToTell.Replace(content, " ");

        content = s_requestFrame.Replace(content, " ");
        List<string> tokens = NormalizedText.Tokenize(content);
        int you = tokens.Count(s_secondPerson.Contains);
        int me = tokens.Count(s_firstPerson.Contains);

        // Sending or attaching one's résumé is about the exchange, like the ask for a meeting.
        if (you == 0 && s_resume.IsMatch(folded))
        {
            return EmailSubject.Neutral;
        }

        if (you == 0 && me == 0)
        {
            // What is left has no person: a bare ask for a meeting or a pleasantry is neither's; a question put to
            // the contact ("What's it like day to day?", "What advice would you give?") is about them.
            bool arranging = s_arrangeFrame.IsMatch(folded) || s_meetingAsk.IsMatch(content);
            if (arranging && !HasTopic(content))
            {
                return EmailSubject.Neutral;
            }

            // Asked to tell something of theirs ("I'd love to hear what an ordinary Tuesday involves for you") is about them
            // whatever the words of the topic.
            return isQuestion || (askedToTell && AddressesContact(folded)) || (HasTopic(content) && (askedToTell || AddressesContact(folded)))
                ? EmailSubject.Contact
                : EmailSubject.Neutral;
        }

        return you > me ? EmailSubject.Contact : me > you ? EmailSubject.Sender : null;
    }

    /// <summary>True when the writer says they want to hear or learn about something ("I'd like to learn about X").</summary>
    public static bool WantsToLearn(string folded) => s_askedToTell.IsMatch(folded);

    private static readonly Regex s_topic = new(
        @"\b(?:advice|experience|view|views|perspective|insight|insights|path|journey|story|career|work|role|typical day|typical week|day to day|day-to-day|transition|move|moved|switch|started|start|got into|break into|skills|learn|learned|lessons|challenges|like|field|industry|recommend|suggest|tips)\b",
        Options);

    private static bool HasTopic(string content) => s_topic.IsMatch(content);

    private static bool AddressesContact(string folded) => NormalizedText.Tokenize(folded).Any(s_secondPerson.Contains);
}
