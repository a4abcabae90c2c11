namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Whether a message is plainly written in another language. The coaching checkers read English, so scoring a French
/// or Spanish email would only list "missing" parts that are there. The test looks for the other language, not for
/// English: terse English ("Respected Sir, myself Priya, final year B.Tech") has few English function words but none
/// of French, Spanish, German, Italian, Portuguese or Dutch, while a message in one of those is full of its own.
/// Mostly non-Latin letters (Japanese, Chinese, Arabic, Cyrillic...) are another language whatever the spacing.
/// </summary>
public static class EnglishText
{
    private const int MinForeignWords = 3;
    private const int MinLetters = 10;

    // Common words of the European languages users also write in that English does not use ("me", "en", "a" are shared).
    private static readonly HashSet<string> s_foreignWords = new(StringComparer.Ordinal)
    {
        // French
        "je", "suis", "et", "les", "des", "est", "vous", "votre", "vos", "avec", "pour", "une", "dans", "mon", "mes", "pas",
        "qui", "que", "sur", "aux", "du", "nous", "bonjour", "merci", "cordialement", "j'aimerais", "c'est", "j'ai", "beaucoup",
        // Spanish
        "el", "los", "las", "y", "es", "usted", "su", "sus", "para", "por", "una", "del", "mis", "muy", "gracias", "hola",
        "soy", "estoy", "sobre", "pero", "como", "saludos", "atentamente", "quisiera", "gustaría",
        // German
        "ich", "und", "der", "das", "ist", "sie", "ihr", "ihre", "ihren", "mit", "für", "nicht", "ein", "eine", "zu", "auf",
        "sehr", "über", "würde", "mich", "danke", "hallo", "geehrte", "geehrter", "grüßen",
        // Italian
        "il", "di", "che", "sono", "della", "grazie", "buongiorno", "vorrei", "cordiali",
        // Portuguese
        "eu", "não", "com", "uma", "obrigado", "obrigada", "olá", "você", "seu", "sua", "gostaria",
        // Dutch
        "ik", "het", "een", "niet", "met", "voor", "graag", "groeten",
    };

    private static readonly HashSet<string> s_englishWords = new(StringComparer.Ordinal)
    {
        "the", "to", "of", "and", "i", "you", "your", "my", "we", "it", "is", "are", "for", "with", "in", "on", "at", "that",
        "this", "would", "could", "have", "not", "about", "from", "what", "how", "i'm", "i'd", "thank", "thanks", "dear",
    };

    private static readonly char[] s_separators =
        [' ', '\n', '\r', '\t', ',', '.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '«', '»', '¿', '¡', '/'];

    /// <summary>True when <paramref name="text"/> is plainly in a language other than English.</summary>
    public static bool IsClearlyNotEnglish(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        int letters = 0;
        int latin = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c < '\u0250')
                {
                    latin++;
                }
            }
        }

        if (letters >= MinLetters && latin * 2 < letters)
        {
            return true;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        int foreign = 0;
        int english = 0;
        foreach (string token in text.ToLowerInvariant().Replace('’', '\'').Split(s_separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!seen.Add(token))
            {
                continue;
            }

            foreign += s_foreignWords.Contains(token) ? 1 : 0;
            english += s_englishWords.Contains(token) ? 1 : 0;
        }

        // An English email quoting a foreign phrase or greeting ("Hola Carmen", "merci beaucoup") stays English.
        return foreign >= MinForeignWords && foreign > 2 * english;
    }
}
