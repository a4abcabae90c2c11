using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// A practice answer to "tell me about yourself" (S053), timed and compared with the saved sketch: is it a
/// comfortable length, does it cover the background, does each strength come with its example, does it say where the
/// user is heading, and does it stay clear of asking for a job (D13).
/// </summary>
internal sealed record AboutYourselfReport : ICheckReport
{
    /// <summary>Spoken seconds that feel like a real answer rather than a one-liner.</summary>
    public const int MinSeconds = 15;

    /// <summary>Longest comfortable answer: the sketch's 90 words plus a little room for their own phrasing.</summary>
    public const int MaxSeconds = 45;

    private static readonly Regex s_direction = new(
        @"\b(?:next|considering|hoping|exploring|looking into|thinking about|move into|moving into|switch|change|advice|advise|learn more|find out)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly HashSet<string> s_stopWords =
        ["that", "this", "with", "from", "have", "were", "been", "they", "them", "their", "what", "when", "where", "which", "into", "about", "also", "just", "some", "very", "more", "most", "than", "then", "over", "years", "year"];

    public required IReadOnlyList<CheckFinding> Findings { get; init; }

    public required string Rewrite { get; init; }

    public required int WordCount { get; init; }

    public required int EstimatedSeconds { get; init; }

    public required int Score { get; init; }

    public static AboutYourselfReport Check(string answer, BackgroundSketch? sketch, ISentenceEmbedder? embedder)
    {
        int words = SpeakingPace.CountWords(answer);
        int seconds = SpeakingPace.EstimateSeconds(words);
        HashSet<string> said = ContentWords(answer);
        var findings = new FindingList();
        findings.Add(
            "about.length", 20, seconds is >= MinSeconds and <= MaxSeconds,
            $"At about {seconds} seconds it's a comfortable length.",
            seconds < MinSeconds
                ? $"At about {seconds} seconds it's over before they learn much; aim for 30 to 45 seconds."
                : $"At about {seconds} seconds it runs long; keep it under {MaxSeconds} seconds and let them ask for more.");

        BackgroundSketchInputs? inputs = sketch?.Inputs;
        if (inputs is not null && (inputs.Education is not null || inputs.Experience is not null))
        {
            findings.Add(
                "about.background", 20, Mentions(said, inputs.Education) || Mentions(said, inputs.Experience),
                "You sum up your education or experience.",
                "Start with a line on your background: what you studied or where you've worked.");
        }

        foreach (StrengthEvidence pair in inputs?.Evidence ?? [])
        {
            bool strength = Mentions(said, pair.Strength);
            bool example = Mentions(said, pair.Evidence);
            findings.Add(
                "about.evidence", 15, strength && example,
                $"You back up {pair.Strength} with your example.",
                strength
                    ? $"You name {pair.Strength}; add the example that proves it: {pair.Evidence}."
                    : $"Bring in {pair.Strength} and the example that shows it: {pair.Evidence}.");
        }

        string folded = TextFolding.Fold(answer);
        findings.Add(
            "about.direction", 20, s_direction.IsMatch(folded) || Mentions(said, inputs?.ConsideringNext),
            "You say where you're heading, which gives them something to advise on.",
            "End with where you're heading and that you'd value their view; it turns the question back into a conversation.");
        findings.Add(
            "about.no-job-ask", 20, words > 0 && !PitchChecker.Label(answer, embedder).AsksForJob,
            "You stay clear of asking for a job.",
            words > 0 ? "Leave out anything that sounds like asking for a job; be ready as if assessed, but don't ask." : "There's nothing here to check yet.");

        return new AboutYourselfReport
        {
            Findings = findings.Findings,
            Rewrite = findings.AllPassed || sketch is null ? TextFolding.Tidy(answer) : sketch.Text,
            WordCount = words,
            EstimatedSeconds = seconds,
            Score = findings.Score,
        };
    }

    /// <summary>True when the answer shares a meaningful word with <paramref name="source"/> (e.g. "forecast" from the example).</summary>
    private static bool Mentions(HashSet<string> said, string? source) =>
        !string.IsNullOrWhiteSpace(source) && ContentWords(source).Any(said.Contains);

    private static HashSet<string> ContentWords(string? text) =>
        [.. NormalizedText.Tokenize(TextFolding.Fold(text)).Where(w => w.Length >= 4 && !s_stopWords.Contains(w)).Select(Stem)];

    // "trained"/"training"/"trains" all count as the same word.
    private static string Stem(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 ? word[..^3]
        : word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 ? word[..^2]
        : word.EndsWith('s') && word.Length > 4 ? word[..^1]
        : word;
}
