using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Tests;

internal static class RuleAssert
{
    /// <summary>Asserts the listed rules passed or failed, naming every mismatch at once.</summary>
    public static void Outcomes(string example, IReadOnlyList<CheckFinding> findings, string[] passes, string[] fails)
    {
        var problems = new List<string>();
        foreach (string id in passes)
        {
            CheckFinding? finding = findings.SingleOrDefault(f => f.RuleId == id);
            if (finding is not { Passed: true })
            {
                problems.Add($"{id} should pass: {finding?.Message ?? "not reported"}");
            }
        }

        foreach (string id in fails)
        {
            CheckFinding? finding = findings.SingleOrDefault(f => f.RuleId == id);
            if (finding is not { Passed: false })
            {
                problems.Add($"{id} should fail: {finding?.Message ?? "not reported"}");
            }
        }

        Assert.True(problems.Count == 0, $"{example}:\n{string.Join('\n', problems)}");
    }
}
