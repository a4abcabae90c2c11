using System.Globalization;
using System.Text;

namespace InterviewCoach.Dialogs.Recognition;

/// <summary>Folds what users type into a comparable form: trimmed, lower case, accents removed, single spaces, no trailing punctuation.</summary>
public static class TextNormalizer
{
    /// <summary>"  Écoute! " becomes "ecoute".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (IsNormalized(text))
        {
            return text;
        }

        ReadOnlySpan<char> span = text.AsSpan().Trim();
        while (span.Length > 0 && IsTrailingPunctuation(span[^1]))
        {
            span = span[..^1].TrimEnd();
        }

        bool ascii = true;
        foreach (char c in span)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        string source = ascii ? span.ToString() : span.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(source.Length);
        bool pendingSpace = false;
        foreach (char c in source)
        {
            if (!ascii && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return ascii ? folded.ToString() : folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True for text that is already folded: lower-case ASCII with single inner spaces and nothing to trim.</summary>
    private static bool IsNormalized(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ' || IsTrailingPunctuation(text[^1]))
        {
            return false;
        }

        char previous = 'a';
        foreach (char c in text)
        {
            if (c > 0x7F || char.IsAsciiLetterUpper(c) || (c < ' ') || (c == ' ' && previous == ' '))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static bool IsTrailingPunctuation(char c) => c is '.' or '!' or '?' or ',' or ';' or ':' or '…' or '¡' or '¿' or '。' or '！' or '？';
}
