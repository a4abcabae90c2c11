using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Mends what chat typing leaves in words the coach will put in the user's mouth (the background sketch): a trailing
/// "lol" or emoji is dropped, contractions typed without their apostrophe get it back ("dont" → "don't") and a lone
/// "i" is capitalised, an opening "ok" or "um" goes, "yrs" is "years", a degree or a tool typed in lower case is
/// written as on a CV ("bsc" → "BSc", "excel" → "Excel", "ux" → "UX") and "a" before a vowel sound is "an" ("a error").
/// Only forms that are never other words are mended ("its", "ill", "were" are left alone).
/// </summary>
public static partial class ChatTypos
{
    /// <summary>Contractions typed without their apostrophe, as they are written ("dont" → "don't", "im" → "I'm").</summary>
    internal static readonly IReadOnlyDictionary<string, string> Contractions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dont"] = "don't", ["didnt"] = "didn't", ["doesnt"] = "doesn't", ["cant"] = "can't", ["wont"] = "won't",
        ["isnt"] = "isn't", ["wasnt"] = "wasn't", ["arent"] = "aren't", ["werent"] = "weren't", ["havent"] = "haven't",
        ["hasnt"] = "hasn't", ["hadnt"] = "hadn't", ["couldnt"] = "couldn't", ["wouldnt"] = "wouldn't", ["shouldnt"] = "shouldn't",
        ["im"] = "I'm", ["ive"] = "I've", ["youre"] = "you're", ["theyre"] = "they're", ["thats"] = "that's",
    };

    public static string Mend(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        string mended = Filler().Replace(text, string.Empty);
        string opened = LeadingFiller().Replace(mended, string.Empty);
        mended = opened.Length > 0 ? opened : mended;
        mended = Contraction().Replace(mended, m => Contractions[m.Value]);
        mended = Years().Replace(mended, m => m.Value.Length == 2 ? "year" : "years");
        mended = Word().Replace(mended, m => s_degrees.TryGetValue(m.Value.ToLowerInvariant(), out string? degree) ? degree : m.Value);
        mended = ShortDegree().Replace(mended, m => m.Groups["degree"].Value.ToUpperInvariant() + m.Groups["rest"].Value);
        mended = ToolWord().Replace(mended, m => s_namesAsWritten.TryGetValue(string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), out string? tool) ? tool : m.Value);
        mended = ArticleBeforeVowel().Replace(mended, m => m.Groups["a"].Value + "n");
        return Phrasing.WithPronounI(mended);
    }

    // Degrees typed in lower case, written as people write them on a CV: only abbreviations that are no other word.
    private static readonly Dictionary<string, string> s_degrees = new(StringComparer.Ordinal)
    {
        ["bsc"] = "BSc", ["msc"] = "MSc", ["mba"] = "MBA", ["phd"] = "PhD", ["btech"] = "BTech", ["mtech"] = "MTech", ["bcom"] = "BCom",
        ["mcom"] = "MCom", ["bba"] = "BBA", ["mbbs"] = "MBBS", ["llb"] = "LLB", ["llm"] = "LLM", ["beng"] = "BEng", ["meng"] = "MEng",
        ["bsn"] = "BSN", ["msn"] = "MSN", ["bfa"] = "BFA", ["mfa"] = "MFA", ["mphil"] = "MPhil", ["dphil"] = "DPhil", ["pgce"] = "PGCE", ["pgde"] = "PGDE",
    };

    // Tools, methods, companies and languages whose written form is never lower case, and that are no other word typed alone.
    private static readonly Dictionary<string, string> s_namesAsWritten = new(StringComparer.Ordinal)
    {
        ["ux"] = "UX", ["ui"] = "UI", ["hr"] = "HR", ["sql"] = "SQL", ["seo"] = "SEO", ["crm"] = "CRM", ["erp"] = "ERP", ["sap"] = "SAP",
        ["excel"] = "Excel", ["powerpoint"] = "PowerPoint", ["power query"] = "Power Query", ["power bi"] = "Power BI",
        ["python"] = "Python", ["javascript"] = "JavaScript", ["figma"] = "Figma", ["tableau"] = "Tableau", ["salesforce"] = "Salesforce",
        ["google"] = "Google", ["linkedin"] = "LinkedIn", ["photoshop"] = "Photoshop", ["autocad"] = "AutoCAD", ["matlab"] = "MATLAB",
        ["udemy"] = "Udemy", ["coursera"] = "Coursera", ["moodle"] = "Moodle", ["canva"] = "Canva", ["wordpress"] = "WordPress", ["jira"] = "Jira",
        ["hubspot"] = "HubSpot", ["github"] = "GitHub",

        // Languages (and the nationalities they share a word with) always take a capital: "english teacher", "fluent in yoruba"
        // ("polish" is left out: it is a verb too).
        ["english"] = "English", ["french"] = "French", ["spanish"] = "Spanish", ["german"] = "German", ["portuguese"] = "Portuguese",
        ["italian"] = "Italian", ["dutch"] = "Dutch", ["russian"] = "Russian", ["turkish"] = "Turkish", ["arabic"] = "Arabic",
        ["mandarin"] = "Mandarin", ["cantonese"] = "Cantonese", ["chinese"] = "Chinese", ["japanese"] = "Japanese", ["korean"] = "Korean",
        ["hindi"] = "Hindi", ["urdu"] = "Urdu", ["bengali"] = "Bengali", ["tamil"] = "Tamil", ["yoruba"] = "Yoruba", ["igbo"] = "Igbo",
        ["hausa"] = "Hausa", ["swahili"] = "Swahili",
    };

    // Laughter, "tbh", "but idk" and emoji or emoticons at the end: "... talk to me lol", "... a course first but idk", "... data :)".
    [GeneratedRegex(@"(?:[\s,]*(?:\b(?:lol|lmao|rofl|haha+|hehe+|tbh|ngl|xd|(?:but\s+)?idk)\b|[:;]-?[)(DPp]|[\p{So}\p{Cs}\uFE0F\u200D]+))+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Filler();

    // "ok i double check every order", "um, so I ran…": a reply's opening noise, never part of what the user did.
    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|um+|uh+|hmm+|erm+|yeah|yep|yes|alright)\b[,.!]?\s+|(?:so|well|right|hmm)\s*,\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\byrs?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Years();

    // Words of three to five letters: the length of every degree in s_degrees.
    [GeneratedRegex(@"\b\p{L}{3,5}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Word();

    // "a ba in history", "ma from leeds": the two-letter degrees are other words too, so only with what names a degree.
    [GeneratedRegex(@"\b(?<degree>ba|ma|bs|ms)(?<rest>\s+(?:in|from|degree)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ShortDegree();

    // A lower-case word, or the two-word "power query" / "power bi", looked up in s_namesAsWritten (which has a ten-letter limit: "portuguese"); not after a number ("2 hr" is hours).
    [GeneratedRegex(@"(?<!\d\s?)\b(?:power\s+(?:query|bi)|[a-z]{2,10})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ToolWord();

    // "a error", "a online course": "a" before a lower-case word that starts with a vowel sound. Words of one or two
    // letters ("plan a or b"), "one", "once", "eu-" and "u-" said as "you" (university, user, usability) keep "a".
    [GeneratedRegex(@"\b(?<a>[aA])(?=\s+(?:[aio]|e(?!u)|u(?:n(?!i)|p|g|m|l|t(?!i|e)))[a-z]{2,}\b)(?!\s+(?:one|once)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ArticleBeforeVowel();

    [GeneratedRegex(@"\b(?:dont|didnt|doesnt|cant|wont|isnt|wasnt|arent|werent|havent|hasnt|hadnt|couldnt|wouldnt|shouldnt|im|ive|youre|theyre|thats)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Contraction();
}
