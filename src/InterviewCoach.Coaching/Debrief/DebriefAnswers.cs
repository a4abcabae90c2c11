using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>Reading the debrief's free answers: "none" and "skip" mean nothing, lists are one item per line.</summary>
internal static partial class DebriefAnswers
{
    private static readonly HashSet<string> s_nothing = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "no", "nothing", "skip", "n/a", "na", "-", "nope", "not really", "no one", "nobody",
        "no one else", "nobody else", "noone", "that's all", "thats all", "that's it", "no more", "none else", "not this time",
    };

    /// <summary>The answer, or null when it means "nothing".</summary>
    public static string? Optional(string? answer)
    {
        // "actually no" is a no like any other.
        string trimmed = (answer ?? string.Empty).Trim().TrimEnd('.', '!');
        string bare = ConfirmRecognizer.WithoutSecondThoughts(TextNormalizer.Normalize(trimmed));
        if (bare.Length > 0 && bare != TextNormalizer.Normalize(trimmed) && s_nothing.Contains(bare))
        {
            return null;
        }

        // "nah", "idk", "not sure" say nothing too: stored, they would be read back as the advice or the card. "see
        // my notes" says nothing new either: the notes are kept with the debrief already.
        return trimmed.Length == 0 || s_nothing.Contains(trimmed) || CoachPrompts.IsSkip(trimmed) || DebriefNotes.PointsToNotes(trimmed) ? null : answer!.Trim();
    }

    /// <summary>Items one per line (or separated by semicolons); empty when the answer means "nothing".</summary>
    public static IReadOnlyList<string> Items(string? answer)
    {
        if (Optional(answer) is not { } text)
        {
            return [];
        }

        return text.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(i => i.TrimStart('-', '*', '•', ' '))
            .Where(i => i.Length > 0)
            .Take(10)
            .ToList();
    }
    /// <summary>
    /// What follows a rating typed with its reason ("4 i think, way less scared of the bootcamp question now", "3/5 -
    /// it confirmed the hours are long"): the reason, or null when only the rating (and a hedge) was typed.
    /// </summary>
    public static string? ReasonAfterRating(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 1000)
        {
            return null;
        }

        Match rated = RatingThenReason().Match(text.Trim());
        if (!rated.Success)
        {
            return null;
        }

        string reason = rated.Groups["reason"].Value.Trim();
        return reason.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 ? char.ToUpperInvariant(reason[0]) + reason[1..] : null;
    }

    // A rating of 1-5 first, then hedges and joining words, then the reason.
    [GeneratedRegex(@"^(?:a\s+|about\s+|maybe\s+|probably\s+|i'd\s+say\s+|solid\s+)?[1-5](?:\s*(?:/|out\s+of)\s*5)?\b(?:[\s,.:;!-]|\b(?:i\s+think|i\s+guess|i'd\s+say|maybe|probably|or\s+so|ish|honestly|tbh|really|because|cos|cause|since|as|so|and)\b)*(?<reason>\p{L}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RatingThenReason();
}
