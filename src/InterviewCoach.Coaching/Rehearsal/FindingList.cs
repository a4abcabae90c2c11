namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>Collects weighted findings and turns them into a score and the praise/fix lists.</summary>
internal sealed class FindingList
{
    private readonly List<(CheckFinding Finding, int Weight)> _items = [];

    public void Add(string ruleId, int weight, bool passed, string whenPassed, string whenFailed) =>
        _items.Add((new CheckFinding(ruleId, passed, passed ? whenPassed : whenFailed), weight));

    public IReadOnlyList<CheckFinding> Findings => _items.Select(i => i.Finding).ToList();

    public IReadOnlyList<string> Strengths => _items.Where(i => i.Finding.Passed).Select(i => i.Finding.Message).ToList();

    public IReadOnlyList<string> Missing => _items.Where(i => !i.Finding.Passed).Select(i => i.Finding.Message).ToList();

    public bool AllPassed => _items.All(i => i.Finding.Passed);

    public int Score
    {
        get
        {
            int total = _items.Sum(i => i.Weight);
            int earned = _items.Where(i => i.Finding.Passed).Sum(i => i.Weight);
            return total == 0 ? 0 : (int)Math.Round(100.0 * earned / total, MidpointRounding.AwayFromZero);
        }
    }
}
