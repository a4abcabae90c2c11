using System.Diagnostics.CodeAnalysis;

namespace InterviewCoach.Load.Scenarios;

/// <summary>The fault scenarios, run as the first argument of the load console (<c>outage</c>, <c>restart</c>, <c>instances</c>).</summary>
internal static class FaultScenarios
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> s_scenarios = new(StringComparer.OrdinalIgnoreCase)
    {
        ["outage"] = OutageScenario.RunAsync,
        ["restart"] = RestartScenario.RunAsync,
        ["instances"] = InstancesScenario.RunAsync,
    };

    public static bool TryGet(string name, [NotNullWhen(true)] out Func<string[], Task<int>>? run) => s_scenarios.TryGetValue(name, out run);
}
