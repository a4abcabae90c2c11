using System.Text.RegularExpressions;

namespace InterviewCoach.Coaching.Text;

/// <summary>
/// Alternative phrasings of one idea as regular expressions over folded words (lowercase, single spaces, no
/// punctuation). Non-backtracking matching keeps a 10,000-character paste linear.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Regex _regex;

    public PhraseSet(params string[] patterns)
    {
        _regex = new Regex(
            @"\b(?:" + string.Join('|', patterns) + @")\b",
            RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public bool IsMatch(string foldedWords) => _regex.IsMatch(foldedWords);

    public bool IsMatch(NormalizedText text) => _regex.IsMatch(text.Joined);

    public Match Match(string foldedWords) => _regex.Match(foldedWords);

    /// <summary>True when some clause says this without a negation just before it ("are you hiring").</summary>
    public bool HasAffirmed(NormalizedText text) => text.Clauses.Any(clause => MatchesInClause(clause, negated: false));

    /// <summary>True when some clause says this negated ("I'm not asking for a job").</summary>
    public bool HasNegated(NormalizedText text) => text.Clauses.Any(clause => MatchesInClause(clause, negated: true));

    private bool MatchesInClause(string clause, bool negated)
    {
        foreach (Match match in _regex.Matches(clause))
        {
            if (NormalizedText.IsNegatedAt(clause, match.Index) == negated)
            {
                return true;
            }
        }

        return false;
    }
}
