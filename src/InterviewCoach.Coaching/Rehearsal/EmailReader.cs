using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Reads an outreach email's body (greeting, signature and quoted thread removed) sentence by sentence: meaning from
/// the sentence model where wording varies, rules where the definitions are exact (the word count, a "?" on the
/// request, a résumé said to be attached). Without the model the phrase rules decide alone.
/// </summary>
internal static class EmailReader
{
    /// <summary>The body must have fewer words than this.</summary>
    public const int WordLimit = 75;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex s_connectionWords = new(
        @"\b(?:alumn\w*|alum|graduate\w*|both|fellow|same|also|member|members|worked|work together|together|colleague\w*|suggested|recommended|referred|mentioned|gave me|passed|classmate\w*|studied|our|mutual|like you|as you|introduced|pointed me|told me|met)\b",
        Options);

    private static readonly Regex s_narrowMarker = new(
        @"\byour (?:team|squad|crew|role|work as|position|department|group|lab|unit|practice|project|division|company|firm|organisation|organization|agency|studio|ward|clinic|school|charity|newsroom|office|start-up|startup|business|restaurant|hospital|newspaper|magazine|brand|fund|bank|trust|foundation|council|ministry)\b|\b(?:at|with|in) \p{Lu}|\byou(?:'ve| have)? (?:\w+ )?(?:lead|led|head|headed|joined|founded|manage|managed|oversee|oversaw) \p{Lu}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_connectionRule = new(
        @"\b(?:(?:we|you and i) (?:both|were|worked|studied|met|served|sit|played|are both|were both|graduated)|both (?:studied|graduated|worked|went|sit|belong|members|alumni)|fellow (?:alum\w*|member|graduate|student|volunteer)|as (?:a )?fellow|alumn\w* (?:of|like)|like you(?:rself)?|(?:suggested|recommended|referred|mentioned|passed on|passed your|gave me|told me|introduced|pointed me)|(?:same|our) (?:[\w-]+ )?(?:class|batch|course|school|team|group|cohort|club|lab|society|choir|chapter|circle|network)|\bthe same (?:[\w-]+ ){0,3}(?:class|batch|course|school|team|group|cohort|club|lab|society|choir|chapter|circle|network|seminar|hospital|university|college|programme|program|scheme|ward|department|company|firm|office|unit)\b|(?:we|you and i) (?:[\w']+ ){1,3}(?:at|in|on|with|from|for) the same\b|(?:group|club|society|network|association|choir|team|chapter|committee|circle)\b[^.?!]{0,20}\b(?:which|that) you (?:used to |once |now )?(?:run|ran|lead|led|chair|chaired|coach|coached|founded|organi[sz]ed?|belong to|belonged to)|member of|member list|alumni (?:network|directory|association|group|list|chapter|society)|you taught|your (?:former |[\w-]+ ){0,2}(?:student|class|seminar|module|course|tutorial)|mutual friend|our mutual|worked together|studied together|know each other|lab mates|housemate|classmate|played .* together|in the same)\b",
        Options);

    // More ways to say how the two are connected: "we overlapped at Shopify", "from the same hometown", "I am also
    // a graduate of", "we're both Michigan alums", "you may remember me from the alumni mixer".
    private static readonly Regex s_connectionMore = new(
        @"\b(?:we (?:overlapped|crossed paths|grew up)|(?:we|you and i)(?: are|'re) (?:both|from the same)|same (?:home ?town|village|city|university|college|company|firm|employer|church|mosque|temple|parish)|(?:also|too) (?:a |an )?(?:graduate|alumn\w*|former student) of|both [\w-]+(?: [\w-]+)? (?:alums|alumni|alumnae|graduates)|remember me from|(?:given|passed|forwarded) (?:to me )?by|your name (?:was given|came) |(?:your|our) (?:own |old )?alma mater|^\W*fellow [\w-]+|fellow [\w-]+(?: [\w-]+){0,2} (?:here|too)\b)",
        Options);

    // Ties said as a shared past or through the contact's own people: "a 2024 pass-out of VIT Vellore, same as you";
    // "we actually both did the Peace Corps"; "we chatted at the Reading careers fair", "I spoke with you after your
    // talk"; "your sister Aoife and I share a flat", "I'm a friend of your nephew". A comparison of jobs with no
    // shared place ("I'm a teacher, same as you") is rare in an opening line, so it is not told apart.
    private static readonly Regex s_sharedPast = new(
        @"\b(?:(?:the )?same as you(?:rself)?\b|(?:we|you and i)(?:'ve|'re)? (?!(?:could|would|might|should|can|may|will)\b)(?:[\w']+ )?both\b|(?:we|you and i) (?:\w+ )?(?:chatted|spoke|talked|got talking|sat (?:next to|beside|opposite|together)|exchanged|corresponded|swapped)\b|\bi (?:\w+ )?(?:chatted|spoke|talked) (?:briefly )?(?:with|to) you\b|\byour (?:own |old |former |late )?" + ContactsPeople + @"(?:,? [\w'-]+){0,3},? (?:and (?:i|me|myself)|is my|was my|and my)\b|\b(?:friend|friends|neighbour|neighbor|flatmate|roommate|housemate|colleague|classmate|teammate|coursemate|schoolmate)s? of your (?:own |late )?" + ContactsPeople + @"\b)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private const string ContactsPeople =
        @"(?:sister|brother|cousin|nephew|niece|son|daughter|wife|husband|partner|mother|father|mum|mom|dad|uncle|aunt|auntie|grandson|granddaughter|godson|goddaughter|friend|flatmate|roommate|housemate|neighbour|neighbor)";

    // A tie said not to exist ("We've never met", "we don't have anyone in common") is no connection; what the
    // rest of the piece says still counts ("Although we haven't met, we're both Wharton alumni").
    private static readonly Regex s_deniedTie = new(
        @"\b(?:never|not|no|nobody|none|\w+n't)\b[^,;.?!]{0,25}?\b(?:met|meet|in common|introduced|crossed paths|know each other|mutual|connection|connected|spoke|spoken|talked|chatted)\b",
        Options);

    // A named person (not a site, a pronoun or "Everyone") saying something of the contact, opening the email.
    private static readonly Regex s_namedPersonsView = new(
        @"^\W*(?!(?:LinkedIn|Google|Glassdoor|Twitter|Facebook|Instagram|Medium|Slack|Reddit|Wikipedia|Everyone|Everybody|Someone|Somebody|People|Word|Rumour|Rumor|This|That|It|He|She|They|We|You|Your|My|Our|Hope|Thanks|Thank|Apologies|Sorry|Congratulations|Congrats)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}[\p{L}'-]*)?(?:,?\s+(?:from|at|in|on|of)\s+(?:the\s+|our\s+|my\s+)?[^.?!,]{1,40}?,?)?\s+(?:reckon(?:s|ed)?|figured|thought|thinks|felt|feels|was sure|is sure|swears|swore|insisted|insists|promised|assured me|said|says|tells me|told me)\s+(?:that\s+)?you(?:'d|'re|'ll| would| are| will| might| may| could| won't| wouldn't)?\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Asking to meet someone named is not a connection ("Could Ana Ruiz and I meet you?").
    private static readonly Regex s_meetingLine = new(@"\?\s*$|\b(?:could|can|would|may) (?:we|i)\b", Options);

    private static readonly Regex s_doneTogether = new(
        @"\b(?:who|we|i) (?:[\w']+ ){0,6}(?:with you|alongside you|under you)\b",
        Options);

    private static readonly Regex s_requestRule = new(
        @"\b(?:would|could|can|might|may|will) (?:you|we|i)\b|\b(?:are|were) you (?:open|willing|free|available|able|happy)|\bdo you (?:have|know|think)\b|\bis it (?:okay|ok|alright|possible)|\bhow about\b|\bany chance\b|\bwould (?:that|it|this|a|twenty|\w+ minutes) (?:be|work|suit)|\bis (?:that|it|this|there|next) .*possible\b|\bwould .* (?:work|suit) (?:for )?you\b|\bis there (?:any|a) (?:possibility|chance|way)\b|\b(?:would|could|might|will) there be\b|\b(?:ask|asking) (?:you )?(?:if|whether)\b|\b(?:would|could|can|might|will) (?:your|the) (?:[\w-]+ ){0,2}(?:team|studio|firm|company|lab|group|office|practice|department|unit|organi[sz]ation|agency|business|shop|kitchen|restaurant|hospital|school|clinic|newsroom|squad|crew)\b",
        Options);

    private static readonly Regex s_narrowRule = new(
        @"\b[Yy]our\b[^.?!]{0,40}?\b(?:team|group|unit|department|desk|studio|practice|lab|office|role|work|projects?|division|cluster|trust|firm|company|agency|institute|squad|crew|bureau|chambers|workshop)\b(?:(?!\b(?:and|but|or|how|what|why|where|which|whether|who|when)\b)[^.?!,;]){0,30}?\b(?:at|in|with|for|of)\s+(?:the\s+)?\p{Lu}|\b(?:at|with|for)\s+(?:firms |companies )?(?:like )?(?:the\s+)?\p{Lu}[\p{L}&.'-]+[^.?!]{0,30}?\b(?:where you|like yours|you (?:work|consulted|lead|run))|\b[Yy]our (?:\w+ ){0,3}(?:team|group|unit|desk|studio|lab|department|division|cluster) (?:at|in) \p{Lu}|\b(?:at|with) \p{Lu}[\p{L}&.'-]+,? (?:where you|and (?:in|the))|\b[Yy]our (?:work|experience|role|career|team|time|job|progress|rise|tenure|journey|promotion|leadership|success|achievements|contributions|years) (?:\w+ ){0,3}(?:at|with|in|within) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}|\b[Yy]our (?:work|role|team|department|group|unit|projects?|research|position) (?:on|at|in|with|as|leading)\b|\b(?:firms|companies|organisations|organizations|places|teams) like yours\b|\b(?:team|group|unit|firm|company|practice|lab|studio|agency|department|office) like yours,? (?:at|in|with) (?:the )?\p{Lu}|\bat your (?:institute|team|agency|practice|studio)\b|\b(?:a|an|the) [\p{L}-]+ at \p{Lu}|\byou (?:\w+ ){0,2}(?:lead|led|run|ran|manage|managed|head|headed|built|founded|set up|joined|work|worked)\b[^.?!]{0,50}?\b(?:at|in|with|for)\s+(?:the\s+)?\p{Lu}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_broadRule = new(
        @"\b(?:more broadly|more generally|in general|generally|as a whole|at large|the wider|the broader|and beyond|across the|careers? in|the [\p{L}-]+ world|(?:the|of|in) (?:[\p{L}-]+ ){1,3}(?:field|industry|sector|world|profession|trade|space|domain|business|landscape|scene|discipline|specialty|speciality|ecosystem)\b|\bas an? (?:field|career|profession|specialty|speciality|discipline|sector|industry|whole|area|occupation)\b|\b(?:is|are) (?:the|a|an|my) (?:[\p{L}-]+ )?(?:field|industry|sector|profession|discipline|domain)\b|\bthe future of\b|\bwhere (?:do )?(?:you see |you think )?(?:[\p{L}-]+ ){1,7}(?:is |are )?(?:heading|headed|going)\b|\bhow (?:[\p{L}-]+ ){1,5}(?:is|are|will|might|may|could)(?: likely to| going to)? (?:chang|evolv|develop)\w*|\bhow you see (?:[\p{L}-]+ ){1,5}(?:chang|evolv|shap|develop)\w*|\bhow you (?:expect|think|see) (?:[\p{L}-]+ ){1,6}to (?:chang|evolv|develop|shap|grow)\w*|\b(?:into|about|in|of) (?:[\p{L}-]+ ){1,3}careers\b|\b(?:the|a) (?:[\p{L}-]+ ){1,2}market\b|\b(?:to |i )?(?:work|working|a career) in (?:[\p{L}-]+ ){0,2}[\p{L}-]+(?: management| design| engineering| research| policy| finance| marketing| law| medicine| logistics| consulting| journalism| publishing)\b)",
        Options);

    // A field as the subject of what is ahead: "what you think air traffic control will look like as remote towers
    // spread". Not "what your day will look like" or "what it will look like".
    private static readonly Regex s_fieldWillLookLike = new(
        @"\bwhat (?:you (?:think|expect|imagine|see) )?(?!(?:your|my|our|his|her|their|its|the|a|an|it|this|that|these|those|things|life|we|you|i|they|he|she|work)\b)(?:[\p{L}-]+ ){1,4}(?:will|would|might|could|is going to|are going to) look like\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static bool BroadByRule(string text)
    {
        string folded = TextFolding.Fold(WithoutNames(text));
        return s_broadRule.IsMatch(folded) || s_fieldWillLookLike.IsMatch(folded);
    }

    // A sentence about the contact's work, role, team or a move of theirs that names an organisation: "how you moved
    // into policy at the Department for Transport", "your move to Médecins Sans Frontières", "your wetlands programme
    // at the WWF". The name is what makes it specific; months, days and languages are capitalised too but name none.
    private static readonly Regex s_contactsOrganisation = new(
        @"\b(?:[Yy]ou(?:'ve|'re|'d)?|[Yy]our)(?=[\s,])(?:\s+[\p{L}'-]+){0,3}?\s+(?:work\w*|do|does|doing|role|team|colleagues|oversee\w*|oversaw|direct\w*|move|moved|moving|switch\w*|joined|join|lead|leading|led|reporting|run|ran|manag\w+|head\w*|built|founded|co-founded|started|start|starting|launch\w*|left|leaving|spent|spend|became|become|served|partner|time|years|job|career|position|department|programme|program|group|unit|lab|practice|projects?|research|office|division|firm|company|clinic|ward|desk|service|initiative|speciali[sz]\w*|journey|path|tenure|stint|got into|get into|getting into|went into|ended up|in charge|responsible|handl\w+|look(?:s|ing)? after)\b(?:(?!\b(?:and|but|how|what|why|where|which|whether|who|when)\b)[^.?!,;]){0,50}?\b(?:at|with|in|for|to|into|from|of)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|German|I)\b)\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The organisation named right after what the contact does or did in it: "you lead Burberry's Japan marketing
    // team", "since you joined Shopify", "your move from Google to start Krishi Labs".
    private static readonly Regex s_ledOrganisation = new(
        @"\b(?:[Yy]ou(?:'ve|'re| have| are)?|[Yy]our)\s+(?:[\p{Ll}'-]+\s+){0,2}?(?:lead|led|leading|run|ran|running|head|headed|heading|oversee|oversees|overseeing|oversaw|built|building|founded|co-founded|joined|joining|left|leaving|started|starting|launched|set up|manage|managed|managing)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|German|I)\b)\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // In a referral, what the referrer said of the contact alone ("Amaka mentioned that you oversee the group's plant
    // in Obajana", "she told me also that since May you run ...") names the contact's own place; the shared part ("We
    // both worked at Deloitte") does not.
    private static readonly Regex s_saidOfThem = new(
        @"\b(?:(?:mentioned|said|told me|tells me|says|explained|noted)|(?:heard|learned|learnt|came to know|gathered|understood)\s+from\s+[^,.?!]{1,40}?\s+that)(?:\s+(?:also|too|once|recently|that))*(?:\s+(?:since|for|over|in)\s+[^,.?!]{1,25}?,?)?\s+(?=you(?:'re| are)?\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.MatchTimeout);

    private static bool NamesTheirOwnPlaceInAReferral(string sentence)
    {
        Match said = s_saidOfThem.Match(sentence);
        if (!said.Success)
        {
            return false;
        }

        // "the U.S. Forest Service": the dots of an abbreviation do not end the name.
        string ofThem = s_dottedCapitals.Replace(sentence[(said.Index + said.Length)..], m => m.Value.Replace(".", "", StringComparison.Ordinal));
        return s_contactsOrganisation.IsMatch(ofThem) || s_ledOrganisation.IsMatch(ofThem) || s_contactIsRoleAt.IsMatch(ofThem) || NamesUnitAtOrganisation(ofThem)
            || s_contactsDoing.IsMatch(ofThem) || s_whereYouAre.IsMatch(ofThem) || s_theirOrganisationsUnit.IsMatch(ofThem) || s_contactsTitledRole.IsMatch(ofThem);
    }

    private static readonly Regex s_contactIsRoleAt = new(
        @"^you(?:'re| are)\s+(?:(?:now|currently|already|still)\s+)?(?:(?:on|in|part of)\s+)?(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:at|with|for)\s+(?:the\s+)?\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Where the contact spoke or wrote, or where their address was found, is a venue or a source, not their organisation.
    private static readonly Regex s_venueOrSource = new(
        @"\b[Yy]our (?:[\p{L}-]+ ){0,2}(?:interview|article|talk|post|blog|podcast|book|lecture|piece|paper|keynote|presentation|profile|panel|webinar|session|video|column|quote|comments?|email|e-mail|name|address|details|number)\b(?:\s+(?!(?:how|your|you|about|what|why|where)\b)(?![\p{L}-]+ing\b)[\p{L}'-]+){0,3}?\s+(?:in|at|on|from|with|for)\s+(?:the\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*)*",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The contact's organisation named beside what it is to them: "your company, Iberdrola", "Your agency, Eventos
    // Levante, organises great events", "your hotel, the Fairmont".
    private static readonly Regex s_namedAppositive = new(
        @"\b[Yy]our (?:[\p{Ll}-]+ ){0,2}(?:company|firm|agency|hotel|bank|organisation|organization|school|hospital|studio|practice|start-?up|charity|restaurant|employer|business|newspaper|magazine|foundation|trust|institute|university|consultancy|publisher|label|outlet|paper|network|ministry|council),? (?:the )?\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A team or unit at a named organisation ("the data platform team at Swiggy", "the design team at the BBC"),
    // unless the writer calls it their own ("my team at Ocado").
    private static readonly Regex s_unitAtOrganisation = new(
        @"\b(?<owner>[\p{L}']+ )?(?:[\p{L}-]+ ){0,3}(?:team|teams|group|unit|division|department|desk|lab|office|programme|program|practice|arm|wing|squad|crew|bureau)s? (?:at|of|in) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|German|I)\b)\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Posts or hiring at a named organisation, in an email to someone there ("whoever handles hiring at the Gates
    // Foundation", "in case any graduate roles come up at JBA Consulting"): the place is the contact's.
    private static readonly Regex s_postsAtOrganisation = new(
        @"\b(?:roles?|positions?|openings?|vacanc(?:y|ies)|hiring|recruit\w*|internships?|officers?|jobs?|scheme|opportunit(?:y|ies)|trainees?|graduates) (?:[\p{Ll}-]+ ){0,3}(?:at|in|with) (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|German|I)\b)\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The writer's own offers ("I have two offers of postdoc positions in Europe") are no post of the contact's.
    private static readonly Regex s_writerHoldsOffers = new(@"\b(?:i|i've|i have|i've got|i got|i hold|i received|i've received)\b[^.?!]{0,25}\boffers?\b", Options);

    // The role the contact rose into, named by its title: "watching you go from that bootcamp to a staff engineer
    // role", "how you moved up to the head of risk post". A kind of level ("a more senior role") names no role.
    private static readonly Regex s_contactsNewRole = new(
        @"\byou(?:'ve|'d)?\s+(?:\w+\s+){0,2}?(?:go|went|gone|going|move|moved|moving|grow|grew|grown|rise|rose|risen|climb|climbed|step|stepped|land|landed|progress|progressed|made it|make it)\s+(?:[\w'-]+\s+){0,8}?(?:to|into|up to)\s+(?:a|an|the|your)\s+(?:current\s+)?(?!(?:new|similar|different|senior|more|leadership|management|managerial|bigger|better|first|next|full-time|permanent|paid|junior|better-paid|higher)\b)(?:[\w-]+\s+){1,3}(?:role|post|position|title|seat)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_ownedBySender = new(@"^(?:my|our|mine)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.MatchTimeout);

    // Clauses of one sentence, so a connection in one ("We're both Spelman alumnae") does not hide the contact's own
    // organisation in the next ("and I noticed you've spent eight years at the CDC").
    private static readonly Regex s_clauseBreak = new(@"[,;]\s+(?=(?:and|but|so|while|whereas|although|though)\b)|;\s+|\s+\u2014\s+|\s+-\s+", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static bool NamesContactsPlace(string clause)
    {
        string folded = TextFolding.Fold(clause);
        if (s_connectionRule.IsMatch(folded) || s_doneTogether.IsMatch(folded) || s_pastTie.IsMatch(folded))
        {
            return false;
        }

        // "the U.S. Forest Service": the dots of an abbreviation do not end the name.
        clause = s_dottedCapitals.Replace(clause, m => m.Value.Replace(".", "", StringComparison.Ordinal));
        string withoutVenues = s_venueOrSource.Replace(clause, " ");
        return s_contactsOrganisation.IsMatch(withoutVenues) || s_ledOrganisation.IsMatch(clause) || s_contactsDoing.IsMatch(withoutVenues)
            || s_whereYouAre.IsMatch(clause) || s_theirOrganisationsUnit.IsMatch(clause) || s_yourThingAt.IsMatch(withoutVenues)
            || s_contactAsRole.IsMatch(clause) || s_contactsTitledRole.IsMatch(clause);
    }

    private static string WithoutNames(string text) => s_spaces.Replace(s_properName.Replace(text, " "), " ");

    private static readonly Regex s_spaces = new(@"\s{2,}", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_dottedCapitals = new(@"\b(?:\p{Lu}\.){2,}", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Two or more capitalised words in a row, not opening the sentence: a name ("the Lagos Business School").
    private static readonly Regex s_properName = new(
        @"(?<=\S\s+)\p{Lu}[\p{L}&'.-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?\p{Lu}[\p{L}&'.-]*)+",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A unit of a named organisation that the contact is in or moved to: "you now advise the CDC's vaccine confidence
    // unit", "you moved to Terumo's catheter business".
    private static readonly Regex s_theirOrganisationsUnit = new(
        @"\b[Yy]ou(?:'re|'ve| are| have)?\s+(?:(?!(?:my|our|me|us|I)\b)[\p{L}'-]+\s+){0,6}?(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}(?:'s|\u2019s|')\s+(?:[\p{L}-]+\s+){0,3}?(?:team|teams|group|unit|division|department|desk|lab|office|programme|program|practice|arm|wing|business|service|services|directorate|operations)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A unit of theirs known by its initials at a named organisation ("your PMO at Obayashi", "your R&D at Arla").
    private static readonly Regex s_yourThingAt = new(
        @"\b[Yy]our\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{Lu}&]+\s+(?:at|with)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Zoom|Teams|Skype|LinkedIn|I)\b)\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // Their role put beside them: "As a UX researcher in healthcare tech, you're doing exactly what I hope to do".
    private static readonly Regex s_contactAsRole = new(
        @"\b[Aa]s (?:a|an|the) (?!fellow\b)(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+(?:\s+(?:in|at|for|with|on|of)\s+[^,.?!]{1,40})?,\s+you(?:'re|'ve|'d| are| have)?\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A unit or organisation named and then said to be the contact's: "the Digital Markets Unit you moved into", "the
    // Kigali office you now run". A capitalised name, so "the team you lead" (no place named) does not count.
    private static readonly Regex s_namedUnitTheyHold = new(
        @"\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}&'-]*\s+){1,5}(?:(?:that|which)\s+)?you(?:'ve|'d| have| had)?\s+(?:(?:recently|now|just|since|later|then|first|eventually|also|currently|still)\s+)?(?:moved into|moved to|joined|lead|led|run|ran|head|headed|founded|co-founded|set up|built|manage|managed|chair|chaired|direct|directed|oversee|oversaw|started|work (?:in|at|for)|worked (?:in|at|for))\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The writer's own studies at a named place ("I graduated this summer from the MBA at IE Business School") name
    // the writer's school, not the contact's organisation, when the piece says nothing of the contact.
    private static readonly Regex s_writersStudies = new(
        @"\b(?:i|i've|i'm|i am|i have|i had|we)\s+(?:\w+\s+){0,2}?(?:graduated|studied|study|studying|completed|finished|did|earned|obtained|hold|enrolled|trained|qualified)\b",
        Options);

    // A past tie between the two, with the writer on the receiving end or beside them: "You coached my City Year
    // cohort", "I took your Introduction to Epidemiology course", "I worked under you", "Your former colleague ...
    // is my uncle", "you were my section chief". It says how they are connected.
    private static readonly Regex s_pastTie = new(
        @"\b(?:you (?:\w+ )?(?:taught|coached|supervised|mentored|managed|trained|tutored|interviewed|lectured|examined|led) (?:me|my|us|our)\b|(?:i|we) (?:\w+ ){0,2}(?:worked|studied|trained|served|interned|volunteered|played|researched) (?:\w+ ){0,3}(?:under|alongside|with) you\b|(?:i|we) (?:took|attended|was in|were in|sat in|did|followed|enrolled in) (?:\w+ )?your (?:[\w-]+ ){0,5}(?:course|class|seminar|module|tutorial|programme|program|bootcamp)\b|(?:i|we) (?:was|were) (?:a student )?in your (?:[\w-]+ ){0,5}lectures?\b|your (?:former |old |ex-)?(?:colleague|student|classmate|teammate|friend|mentee|manager|boss|teacher|professor)\b.{0,60}\b(?:is|was) my\b|we coincided\b|you were my\b|\b(?:is|was|were|am|i'm|has been|have been) (?:also |once )?your (?:former |old |ex-|fellow )?(?:colleague|classmate|schoolmate|teammate|flatmate|roommate|housemate|student|mentee|intern|trainee|junior|kohai|kouhai|coworker|co-worker|supervisor|teacher|professor|tutor)s?\b|\b(?:junior|senior|kohai|kouhai|senpai|sempai) of yours\b)",
        Options);

    // What the contact does or did, in any words, ending at a named organisation: "how you trained at Ethiopian
    // Airlines", "you moved from consulting to the public health agency Santé publique France", "how you went from
    // community radio to editing the Manchester Evening News", "how you became a producer on NPR's Code Switch". A
    // trip back ("you had just come back from Angola") names a place, not theirs. Not where they met the writer or spoke ("I saw you
    // at", "heard you speak at"), not a meeting being arranged ("could you meet at"), not the writer's own place
    // ("you were my manager at").
    private static readonly Regex s_contactsDoing = new(
        @"\b[Yy]ou(?:'ve|'re|'d| have| had| are| were)?\s+(?!(?:for|to|at|in|on|with|from|all|both|and|so|very|too|again|back|be|meet|speak|spoke|speaking|talk|talked|present|presented|visit|visited|once|said|mentioned|told|taught|may|might|could|would|can|will|see|think|feel|view|expect|believe|know)\b)(?:(?!(?:my|our|me|us|back)\b)[\p{Ll}'-]+\s+){1,5}?(?:at|with|for|to|into|from|of|on)\s+(?:the\s+)?(?:(?!(?:my|our|me|us)\b)[\p{Ll}-]+\s+){0,3}?(?:(?:at|with|for|in)\s+(?:the\s+)?)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|French|Spanish|German|I|Zoom|Teams|Skype|LinkedIn|Twitter|Instagram|YouTube|Facebook|TikTok|Reddit|Medium|Christmas|Easter)\b)\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The contact's role named by its title, with no organisation: "you've spent twenty years as a reservoir
    // inspection engineer", "you're working as a hull design engineer". A title of two words or more, so "as a waiter
    // in college" or "as a volunteer" names none.
    private static readonly Regex s_contactsTitledRole = new(
        @"\b[Yy]ou(?:'ve|'re| have| are| had| were)?\s+(?:(?:now|currently|still|since|long|also|already|mostly)\s+)?(?:work(?:s|ed|ing)?|spen[dt](?:ing)?(?:\s+[\p{Ll}\d-]+){0,3}?|serv(?:e|es|ed|ing)|been|joined|started|began|trained|qualified|employed)\s+(?:(?:now|there|since|for(?:\s+[\p{Ll}\d-]+){1,2})\s+)?as\s+(?:a|an|the)\s+(?!(?:fellow|volunteer|member|student|guest|speaker|mentor|judge|panel\w*|intern|trainee)\b)(?:(?!(?:in|at|for|with|on|of|and|to|from|during|when|while|before|after|since|because|but|or)\b)[\p{L}-]+\s+){1,3}(?!(?:in|at|for|with|on|of|and|to|from|during|when|while|before|after|since|because|but|or)\b)[\p{L}-]+",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A named organisation followed by "where you ..." ("hotel chains like Meliá, where you work", "a company like
    // Oracle Hospitality, where you consult") is the contact's, unless both were there ("where you also studied").
    private static readonly Regex s_whereYouAre = new(
        @"\p{Lu}[\p{L}&.'-]+(?:\s+[\p{L}&.'-]+){0,6}?,? where you(?:'re| are| now)? (?!(?:also|both|too|studied|graduated|taught|met|spoke|gave)\b)[\p{L}']+",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // The contact's present organisation named through a colleague of theirs ("Your colleague Jonas at Siemens
    // Healthineers passed on your details"); a former colleague names a place either may have left.
    private static readonly Regex s_colleagueAt = new(
        @"\b[Yy]our (?!(?:former|old|ex)\b)(?:[\p{Ll}-]+ )?colleagues?,? (?:(?:\p{Lu}[\p{L}'.-]*\s+){1,3})?(?:at|from|in) (?:the )?\p{Lu}\p{L}",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // A team of theirs made specific by what it works on ("your team's work on real-time fraud detection").
    private static readonly Regex s_teamsOwnWork = new(
        @"\b[Yy]our (?:[\p{L}-]+ ){0,2}(?:team|group|unit|lab|desk|department|division)'s (?:[\p{L}-]+ ){0,2}(?:work|research|projects?) (?:on|in|around)\b",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static bool NamesUnitAtOrganisation(string text) =>
        s_unitAtOrganisation.Matches(text).Any(m => !s_ownedBySender.IsMatch(m.Groups["owner"].Value) && !s_writerBelongs.IsMatch(text.AsSpan(0, m.Index + m.Length)));

    // The writer's own unit: "I currently manage a small team in Barclays' mortgage operations", "I volunteered with a
    // vaccination programme in Enugu".
    // "I'm on the payments team at Stripe", "I am a data analyst in the insights team at Sainsbury's": the writer's
    // post, said with "am", holds the unit as surely as "I work in".
    private static readonly Regex s_writerBelongs = new(
        @"\b(?:I|I'm|I've|I am|I have|I was|we|we're)\s+(?:(?!you\b)[\p{Ll}-]+\s+){0,2}(?:work\w*|manag\w+|lead|led|run|ran|join\w*|intern\w*|volunteer\w*|sit|sat|head|headed|am on|am in|part of)\b(?:(?!\byou).)*$|\b(?:I'm|I am|I was|we're|we are|we were)\s+(?:(?:now|currently|still|also|already)\s+)?(?:(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?)?(?:on|in|at|with|part of)\s+(?:(?!(?:and|but|how|what|where|which|who|you|your)\b)[^,;]){0,60}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexBudget.MatchTimeout);

    // A role at a named organisation asked about ("What does a quantity surveyor at Turner & Townsend do all day?"):
    // in a question put to the contact it is their organisation; in a statement it is as often the sender's own.
    private static readonly Regex s_roleAtOrganisation = new(@"\b(?:a|an|the) (?:[\p{L}-]+ ){0,2}[\p{L}-]+ at (?:the )?\p{Lu}", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static readonly Regex s_writerIntroduction = new(
        @"^\W*(?:(?:I am|I'm|Myself|This is)\s+\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'-]+)*\s*(?:,|\.|$|here\b|from\b|and\b)|My name is\b|My name's\b)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    // "I am a final year student of Electrical Engineering at the University of Lagos": the writer described, with no
    // tie word ("I'm a fellow Spelman alumna" is a tie).
    private static readonly Regex s_writerDescription = new(@"^\W*(?:i am|i'm) (?:a|an) \p{Ll}", Options);

    private static bool IntroducesWriterOnly(string sentence)
    {
        string folded = TextFolding.Fold(sentence);
        return !s_addressesContact.IsMatch(folded)
            && (s_writerIntroduction.IsMatch(sentence) || (s_writerDescription.IsMatch(folded) && !s_connectionWords.IsMatch(folded)));
    }

    private static readonly Regex s_ownCvOffered = new(
        @"(?:\b(?:i|i'll|i'd|i'm|we)\b[^.?!]{0,30}|^\W*(?:(?:and|but|also|always|more than|very|really|of course|naturally)\s+)*)\b(?:can|could|will|'ll|would|'d|happy to|glad to|willing to|pleased to)\s+(?:\w+\s+)?(?:send|share|forward|email|e-mail|mail|pass)\s+(?:you\s+)?(?:along\s+|over\s+|on\s+)?my\s+(?:[\w-]+\s+)?(?:cv|resume|curriculum vitae)\b",
        Options);

    private static readonly Regex s_postWords = new(
        @"\b(?:jobs?|roles?|positions?|posts?|vacanc\w+|openings?|hiring|hr|human resources|recruit\w*|apply\w*|applications?|candidac\w+|consider\w*|intern\w*|placement)\b",
        Options);

    // The writer reporting that the contact's side is hiring ("I know your group at the CDC is hiring") asks for
    // nothing by itself; what else the piece says ("... and I'd love to apply") is still read.
    private static readonly Regex s_reportsTheirHiring = new(
        @"\b(?:i|i've|we)\s+(?:\w+\s+)?(?:know|knew|saw|see|seen|heard|hear|noticed|notice|read|understand|gather|gathered)\s+(?:that\s+)?(?:you|you guys|your\s+(?:[\w-]+\s+){0,4}?(?:team|group|unit|lab|firm|company|office|department|studio|practice|agency|organi[sz]ation|business|school|hospital)|the\s+[\w-]+|they)(?:\s+at\s+(?:the\s+)?[\w-]+)?(?:\s+(?:are|is|were|was|have been|has been)|'re|'s)?\s+(?:currently\s+|now\s+|also\s+|still\s+)?(?:hiring|recruiting)\b",
        Options);

    // "but I'm not applying", "not after a job": a post named only to be denied.
    private static readonly Regex s_deniedPost = new(
        @"\b(?:not|never|no|\w+n't)\s+(?:\w+\s+){0,3}?(?:jobs?|roles?|positions?|posts?|apply\w*|applications?|vacanc\w+|openings?)\b",
        Options);

    private static bool OnlyReportsTheirHiring(string folded)
    {
        Match report = s_reportsTheirHiring.Match(folded);
        if (!report.Success)
        {
            return false;
        }

        string rest = s_deniedPost.Replace(folded[..report.Index] + " " + folded[(report.Index + report.Length)..], " ");
        return !s_postWords.IsMatch(rest) && !JobAskShapes.Asks(rest) && !rest.Contains('?', StringComparison.Ordinal);
    }

    private static bool OffersOwnCv(string folded) => s_ownCvOffered.IsMatch(folded) && !s_postWords.IsMatch(folded);

    // "Please find my CV attached", "I join my CV to this email": a CV handed over with no post named asks for none;
    // whether it is attached is a label of its own.
    private static bool OnlyAttachesOwnCv(string folded) => ResumeAttachment.SaysAttached([folded]) && !s_postWords.IsMatch(folded);

    public static EmailReading Read(string? email, ISentenceEmbedder? embedder)
    {
        string body = EmailBody.Extract(email);
        int bodyWords = EmailBody.CountWords(body);

        // Read with chat shorthand spelled out ("could u tell me how u got ur start?"), so "you" is found where it is
        // meant; the words are counted as typed.
        string read = ChatShorthand.Expand(body);
        IReadOnlyList<SpokenSentence> sentences = SentenceSplitter.Split(read);
        IReadOnlyList<SpokenSentence> units = SentenceSplitter.SplitUnits(read);
        SentenceMeanings meanings = SentenceMeanings.Of(units, embedder);

        // Whose sentence each one is needs every sentence's vector: one batched call for all of them.
        meanings.PrepareAll();
        string[] folded = [.. units.Select(u => TextFolding.Fold(u.Text))];

        // Units of the first sentence: the connection has to be there, not later.
        int firstUnits = sentences.Count == 0 ? 0 : SentenceSplitter.SplitUnits(sentences[0].Text).Count;
        bool connectionByRule = false, connectionByMeaning = false;
        for (int i = 0; i < Math.Min(firstUnits, units.Count); i++)
        {
            string tie = s_deniedTie.Replace(folded[i], " ");
            connectionByRule |= s_connectionRule.IsMatch(tie) || s_connectionMore.IsMatch(tie) || s_pastTie.IsMatch(tie) || s_sharedPast.IsMatch(tie);
            connectionByMeaning |= meanings.HasMeaning && meanings.Says(i, EmailPrototypes.Connection) == true && s_connectionWords.IsMatch(tie);
        }

        // A named mutual contact who passed the contact on ("Your name was given to me by Pablo Medina", "Lucy
        // Hammond said you'd be a good person to ask"), read on the whole first sentence as the pitch reads it.
        connectionByMeaning |= sentences.Count > 0 && PitchReader.NamesReferrer(sentences[0].Text) && !s_meetingLine.IsMatch(TextFolding.Fold(sentences[0].Text));

        // A named person's view of the contact, passed on ("Ellie from the Leeds climbing club reckoned you wouldn't
        // mind a message", "Tariq thinks you're the one to ask") ties the two through that person.
        connectionByRule |= sentences.Count > 0 && s_namedPersonsView.IsMatch(sentences[0].Text);

        // The writer introducing themselves by name, with nothing said of the contact ("I am Rahul Sharma, final year
        // student from VIT Vellore"), opens with the sender, not with a tie; only an explicit tie wording overrides it.
        bool connectionFirst = connectionByRule || (connectionByMeaning && !(sentences.Count > 0 && IntroducesWriterOnly(sentences[0].Text)));

        // Offering to send one's own CV ("I can send my CV, should you want it") is an offer, not an ask for a post.
        bool asksJob = (PitchReader.AsksForJob(meanings, folded)
                && Enumerable.Range(0, units.Count).Any(i => !OffersOwnCv(folded[i]) && !OnlyAttachesOwnCv(folded[i]) && !OnlyReportsTheirHiring(folded[i]) && PitchReader.AsksForJobAt(meanings, folded, i)))
            || sentences.Any(s => PitchReader.OffersSelfForPostOnTheirSide(TextFolding.Fold(s.Text)))
            || sentences.Any(s => JobAskShapes.Asks(TextFolding.Tidy(s.Text)));

        bool requestIsQuestion = false;
        for (int i = 0; i < units.Count; i++)
        {
            // A job asked for is a request too, however it is put ("Is the firm taking on any trainees?"); whether it
            // should be asked at all is the job-ask label's business.
            bool isRequest = s_requestRule.IsMatch(folded[i])
                || (meanings.HasMeaning && meanings.Says(i, EmailPrototypes.Request) == true)
                || (units[i].IsQuestion && (JobAskShapes.Asks(TextFolding.Tidy(units[i].Text)) || PitchReader.AsksForJobAt(meanings, folded, i)));
            if (isRequest && units[i].IsQuestion)
            {
                requestIsQuestion = true;
            }
        }

        // The model alone may say "narrow" only when the sentence points at the contact's own team or organisation,
        // not merely at where they wrote or spoke ("your article in The Guardian").
        // How sender and contact know each other names a shared place, not the contact's own team or organisation.
        bool[] narrowAt = [.. units.Select((u, i) => (s_narrowRule.IsMatch(u.Text) && !(s_writersStudies.IsMatch(folded[i]) && !s_addressesContact.IsMatch(folded[i])))
            || s_namedUnitTheyHold.IsMatch(u.Text)
            || (u.IsQuestion && s_roleAtOrganisation.IsMatch(u.Text))
            || s_clauseBreak.Split(u.Text).Any(NamesContactsPlace)
            || NamesTheirOwnPlaceInAReferral(u.Text)
            || s_namedAppositive.IsMatch(u.Text)
            || (NamesUnitAtOrganisation(u.Text) && !s_connectionRule.IsMatch(folded[i]))
            || (s_postsAtOrganisation.IsMatch(u.Text) && !s_writerHoldsOffers.IsMatch(folded[i]))
            || s_contactsNewRole.IsMatch(folded[i])
            || s_colleagueAt.IsMatch(u.Text)
            || s_teamsOwnWork.IsMatch(u.Text)
            || (s_narrowMarker.IsMatch(s_venueOrSource.Replace(u.Text, " ")) && s_addressesContact.IsMatch(folded[i]) && meanings.Says(i, EmailPrototypes.NarrowInterest) == true))];
        // "As a UX researcher in healthcare tech, / you're doing ...": the role and the "you" fall in two comma pieces.
        int[] sentenceOfUnit = SentenceOfEachUnit(sentences);
        for (int i = 0; i < narrowAt.Length && i < sentenceOfUnit.Length; i++)
        {
            narrowAt[i] |= s_contactAsRole.IsMatch(sentences[sentenceOfUnit[i]].Text) && !s_connectionRule.IsMatch(TextFolding.Fold(sentences[sentenceOfUnit[i]].Text));
        }

        bool narrow = narrowAt.Any(x => x);

        // A sentence that places the contact ("you are now a consultant anaesthetist at Korle Bu Teaching Hospital")
        // is the narrow half; the model, which weighs topic heavily, reads its trade as a field. Its field, if any,
        // is read from its phrases below ("how you moved into policy at the DfT") or by the exact field wordings.
        //
        // The model reads a sentence's topic; a field is a thing named. It may credit a sentence only when one of the
        // sentence's own noun phrases leans to a field ("what your day-to-day looks like in that role" names none).
        // A field word inside a name ("the Lagos Business School") names an organisation, not a field.
        List<string>[] unitPhrases = [.. units.Select(u => FieldPhrases.CandidatesWithSubjects(u.Text))];
        HashSet<string>? leaning = null;
        bool broadByRules = PitchReader.Decide(meanings, new PitchReader.MeaningRule(EmailPrototypes.BroadInterest, _ => true, i => BroadByRule(units[i].Text))
        {
            ModelGate = i =>
            {
                if (narrowAt[i] || unitPhrases[i].Count == 0)
                {
                    return false;
                }

                leaning ??= FieldPhrases.FieldLeaning([.. unitPhrases.SelectMany(p => p).Distinct(StringComparer.OrdinalIgnoreCase)], meanings.Embedder);
                return unitPhrases[i].Any(leaning.Contains);
            },
        })[0];
        bool broad = broadByRules
            || (narrow && FieldPhrases.FirstField(FieldPhrases.Candidates(units.Select(u => u.Text)), FieldPhrases.Framed(units.Select(u => u.Text)), meanings.Embedder) is not null);
        bool narrowAndBroad = narrow && broad;

        (int contactWords, int senderWords) = WhoItIsAbout(meanings, folded, SentenceOfEachUnit(sentences));

        bool resumeAttached = ResumeAttachment.SaysAttached([.. sentences.Select(s => TextFolding.Fold(s.Text))]);

        var labels = new EmailLabels(
            Under75Words: bodyWords > 0 && bodyWords < WordLimit,
            ConnectionFirst: connectionFirst,
            AsksAdviceNotJobs: bodyWords > 0 && !asksJob,
            RequestIsQuestion: requestIsQuestion,
            InterestNarrowAndBroad: narrowAndBroad,
            MostlyAboutContact: contactWords > senderWords,
            NoResumeAttached: bodyWords > 0 && !resumeAttached);
        return new EmailReading(labels, body, bodyWords, contactWords, senderWords, narrow, broad);
    }

    /// <summary>For diagnosis in the evaluation tool: per piece, whom it is about and what reads a broad field in it.</summary>
    internal static List<string> Explain(string? email, ISentenceEmbedder? embedder)
    {
        string body = ChatShorthand.Expand(EmailBody.Extract(email));
        IReadOnlyList<SpokenSentence> units = SentenceSplitter.SplitUnits(body);
        SentenceMeanings meanings = SentenceMeanings.Of(units, embedder);
        meanings.PrepareAll();
        string[] folded = [.. units.Select(u => TextFolding.Fold(u.Text))];
        var trace = new List<string>();
        WhoItIsAbout(meanings, folded, SentenceOfEachUnit(SentenceSplitter.Split(body)), trace);
        for (int i = 0; i < units.Count; i++)
        {
            (float Positive, float Trap)? n = meanings.Nearest(i, EmailPrototypes.BroadInterest);
            trace.Add($"  broad rule={BroadByRule(units[i].Text)} model={meanings.Says(i, EmailPrototypes.BroadInterest)} {n?.Positive:0.00}/{n?.Trap:0.00} | {units[i].Text}");
        }

        return trace;
    }

    // A sentence that joins the writer's story to the contact's ("I've kept a cooperative's books for two years and
    // I'm keen to hear how you found your first customers") tells two: each clause is counted for its own side.
    private static readonly Regex s_storyJoin = new(
        @"[,;]?\s+\b(?:and|but|so|while|whereas)\s+(?=(?:i|i'm|i've|i'd|i'll|you|you're|you've|you'd|your|my|would|want|wanted|hope|wish)\b)",
        RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static int WordsSaidOfThem(string folded)
    {
        Match said = s_saidOfThem.Match(folded);
        if (!said.Success)
        {
            return 0;
        }

        string ofThem = folded[(said.Index + said.Length)..];
        return s_connectionRule.IsMatch(ofThem) || s_doneTogether.IsMatch(ofThem) || s_togetherWithThem.IsMatch(ofThem) || !s_theirWorkOrViews.IsMatch(ofThem)
            ? 0
            : ofThem.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    // Their work, path or views ("you run a bakery", "you moved into policy", "you have strong views on"), not how
    // they are related to the referrer ("you are his former student").
    private static readonly Regex s_theirWorkOrViews = new(
        @"\b(?:work\w*|run|runs|running|ran|lead|leads|leading|led|head|heads|heading|headed|manag\w+|spent|spend|career|job|role|moved|moving|switched|built|founded|started|teach|teaches|practi[cs]e\w*|speciali[sz]\w+|views?|opinions?|expert\w*|know (?:a lot|so much|everything)|industry|sector|field)\b",
        Options);

    private static readonly Regex s_togetherWithThem = new(@"\byou (?:and|&) (?:he|she|they|him|her|i)\b|\b(?:together|both)\b", Options);

    // A comma piece that starts a clause of its own rather than going on with the one before.
    private static readonly Regex s_newClause = new(@"^\W*(?:and|but|so|while|whereas|yet)\b", Options);

    private static readonly Regex s_writerAsSubject = new(@"\b(?:i|i'm|i've|i'd|i'll)\b", Options);

    // "As a UX researcher, / you ...", "As head of circular economy at Veolia, / you ...".
    private static readonly Regex s_appositiveLead = new(@"^\W*as (?:a|an|the|someone|somebody|one|head|director|chief|lead|leader|manager|partner|founder|co-founder|editor|principal|dean|chair|president|vice president|vp|ceo|cto|cfo|coo)\b", Options);

    private static readonly Regex s_leadsWithYou = new(@"^\W*you(?:'re|'ve|'d|'ll)?\b", Options);

    /// <summary>Which sentence each comma piece belongs to; pieces are cut from the sentences in order.</summary>
    private static int[] SentenceOfEachUnit(IReadOnlyList<SpokenSentence> sentences)
    {
        var map = new List<int>();
        for (int s = 0; s < sentences.Count; s++)
        {
            map.AddRange(Enumerable.Repeat(s, SentenceSplitter.SplitUnits(sentences[s].Text).Count));
        }

        return [.. map];
    }

    // A comma piece that only adds another "how / what / whether ..." to the one before it.
    private static readonly Regex s_listContinues = new(@"^\W*(?:and|or|as well as|also)\s+(?:also\s+)?(?:how|what|why|where|when|which|whether|if|who)\b", Options);

    private static readonly Regex s_sentenceEnd = new(@"[.?!]\W*$", Options);

    private static readonly Regex s_addressesContact = new(@"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b", Options);

    // Words in sentences about the contact against words about the sender; the connection sentence is neutral.
    // How the two are connected is neither's, wherever it is said; so is something done together ("Ben, who
    // coaches my son's team with you").
    private static (int Contact, int Sender) WhoItIsAbout(SentenceMeanings meanings, string[] folded, int[] sentenceOf, List<string>? trace = null)
    {
        int contact = 0, sender = 0;
        EmailSubject? previous = null;
        bool[] connection = [.. folded.Select((f, i) => s_connectionRule.IsMatch(f) || s_connectionMore.IsMatch(f) || s_sharedPast.IsMatch(f) || s_doneTogether.IsMatch(f) || s_pastTie.IsMatch(f)
            || (s_connectionWords.IsMatch(f) && meanings.Says(i, EmailPrototypes.Connection) == true))];
        for (int i = 0; i < folded.Length; i++)
        {
            EmailSubject? carried = previous;
            previous = null;
            int words = folded[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

            // The connection sentence is neutral as a whole: a comma piece of it that names the referrer ("Tom Barker,
            // who was on my course at LSE, / mentioned that ...") or says who was ahead ("you a few years before me")
            // is part of how they know each other. A piece where the writer speaks of themselves ("I coach the netball
            // team") or that starts a new clause ("and I'd love to hear how you ...") is judged on its own.
            bool inConnectionSentence = !connection[i] && i < sentenceOf.Length && !s_newClause.IsMatch(folded[i]) && !s_writerAsSubject.IsMatch(folded[i])
                && Enumerable.Range(0, folded.Length).Any(j => j != i && connection[j] && j < sentenceOf.Length && sentenceOf[j] == sentenceOf[i]);
            if (inConnectionSentence)
            {
                trace?.Add($"  connection sentence | {folded[i]}");
                continue;
            }

            if (connection[i])
            {
                // What the referrer said of the contact ("Ben mentioned you work in insurance") is about the
                // contact's work; the referral itself, and anything done together, stays neutral.
                contact += WordsSaidOfThem(folded[i]);
                trace?.Add($"  connection +{WordsSaidOfThem(folded[i])} | {folded[i]}");
                continue;
            }

            bool asksForJob = PitchReader.AsksForJobAt(meanings, folded, i) || PitchReader.OffersSelfForPostOnTheirSide(folded[i])
                || JobAskShapes.Asks(TextFolding.Tidy(meanings.Sentences[i].Text));
            string[] clauses = asksForJob ? [folded[i]] : s_storyJoin.Split(folded[i]);
            foreach (string clause in clauses)
            {
                if (clauses.Length > 1 && s_connectionRule.IsMatch(clause))
                {
                    continue;
                }

                EmailSubject? subject = EmailSubjects.Of(clause, meanings.Sentences[i].IsQuestion, asksForJob);

                // Joined to the writer's own story, wanting to learn about a field that the clause never ties to the
                // contact ("I'm a student and I'd like to learn about community design") is still the writer's.
                if (clauses.Length > 1 && !meanings.Sentences[i].IsQuestion && !s_addressesContact.IsMatch(clause)
                    && (subject == EmailSubject.Contact || (subject == EmailSubject.Neutral && EmailSubjects.WantsToLearn(clause))))
                {
                    subject = EmailSubject.Sender;
                }
                if (subject is null)
                {
                    // Even by its own words ("I'm curious how your team works"): the model leans it one way.
                    subject = meanings.Nearest(i, EmailPrototypes.AboutContact) is { } nearest && nearest.Positive < nearest.Trap
                        ? EmailSubject.Sender
                        : EmailSubject.Contact;
                }

                // A piece of the same sentence that goes on listing what the contact is asked ("I'd like to understand
                // how you grew into your post, and how the consultancy sector in the Gulf is changing") is theirs too.
                if (subject == EmailSubject.Neutral && carried == EmailSubject.Contact && clauses.Length == 1 && s_listContinues.IsMatch(clause))
                {
                    subject = EmailSubject.Contact;
                }

                // "As someone who has worked across the nonprofit arts sector, / you'd have a perspective ...": the
                // description put before them is theirs when the piece after it is about them.
                if (subject == EmailSubject.Neutral && clauses.Length == 1 && s_appositiveLead.IsMatch(clause) && !s_sentenceEnd.IsMatch(folded[i])
                    && i + 1 < folded.Length && s_leadsWithYou.IsMatch(folded[i + 1]))
                {
                    subject = EmailSubject.Contact;
                }

                previous = s_sentenceEnd.IsMatch(folded[i]) ? null : subject;
                int clauseWords = clauses.Length == 1 ? words : clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                trace?.Add($"  {subject} {clauseWords} | {clause}");
                if (subject == EmailSubject.Contact)
                {
                    contact += clauseWords;
                }
                else if (subject == EmailSubject.Sender)
                {
                    sender += clauseWords;
                }
            }
        }

        return (contact, sender);
    }
}
