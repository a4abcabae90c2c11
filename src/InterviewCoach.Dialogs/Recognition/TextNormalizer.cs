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

    /// <summary>
    /// Whether <paramref name="text"/> folds to <paramref name="normalized"/> (as <see cref="Normalize"/> would make
    /// it), compared as it is folded so plain ASCII allocates nothing: recognizers compare one answer with every
    /// choice's value, title and synonyms on each turn.
    /// </summary>
    public static bool NormalizesTo(string? text, string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (string.IsNullOrWhiteSpace(text))
        {
            return normalized.Length == 0;
        }

        if (IsNormalized(text))
        {
            return string.Equals(text, normalized, StringComparison.Ordinal);
        }

        ReadOnlySpan<char> span = text.AsSpan().Trim();
        while (span.Length > 0 && IsTrailingPunctuation(span[^1]))
        {
            span = span[..^1].TrimEnd();
        }

        foreach (char c in span)
        {
            if (c > 0x7F)
            {
                return string.Equals(Normalize(text), normalized, StringComparison.Ordinal);
            }
        }

        // The same folding as Normalize's ASCII path, one character at a time.
        int at = 0;
        bool pendingSpace = false;
        foreach (char c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = at > 0;
                continue;
            }

            if (pendingSpace)
            {
                if (at >= normalized.Length || normalized[at] != ' ')
                {
                    return false;
                }

                at++;
                pendingSpace = false;
            }

            if (at >= normalized.Length || normalized[at] != char.ToLowerInvariant(c))
            {
                return false;
            }

            at++;
        }

        return at == normalized.Length;
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
