using System.Globalization;
using System.Text;

namespace InterviewCoach.Coaching.Text;

/// <summary>Folds text to a canonical form so phrase checks ignore case, accents and curly punctuation.</summary>
internal static class TextFolding
{
    /// <summary>Lowercases, strips accents (résumé → resume) and straightens quotes and apostrophes.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '`' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
                '\u00A0' or '\t' or '\r' => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Straightens quotes and collapses runs of spaces without changing case; for echoing user text back.</summary>
    public static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        bool lastWasSpace = false;
        foreach (char raw in text.Trim())
        {
            char c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u00A0' or '\t' or '\r' or '\n' => ' ',
                _ => raw,
            };
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    builder.Append(c);
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
