using System.Reflection;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Bot.Tests.BadInput;

// A pattern with its own short limit fails the user's turn whenever the host is busy; one without a limit can hold a
// core on a pathological input. Every pattern the product builds once must either use the shared limit or run in
// linear time by construction (the non-backtracking engine).
public sealed class RegexBudgetTests
{
    private const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void EveryPatternBuiltOnceIsLinearOrUsesTheSharedMatchTimeout()
    {
        Assembly[] assemblies = [typeof(RegexBudget).Assembly, typeof(CoachDialogs).Assembly, typeof(Program).Assembly];
        List<string> wrong = [];
        int seen = 0;
        foreach (Type type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (FieldInfo field in type.GetFields(Static).Where(f => f.FieldType == typeof(Regex)))
            {
                Check($"{type.Name}.{field.Name}", (Regex?)field.GetValue(null));
            }

            foreach (MethodInfo method in type.GetMethods(Static).Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
            {
                Check($"{type.Name}.{method.Name}()", (Regex?)method.Invoke(null, null));
            }
        }

        Assert.True(seen > 100, $"only {seen} patterns found; the scan has stopped seeing them");
        Assert.True(wrong.Count == 0, "patterns with another limit:\n" + string.Join("\n", wrong));

        void Check(string name, Regex? regex)
        {
            if (regex is null)
            {
                return;
            }

            seen++;
            if (regex.MatchTimeout != RegexBudget.MatchTimeout && !regex.Options.HasFlag(RegexOptions.NonBacktracking))
            {
                wrong.Add($"{name}: {regex.MatchTimeout}");
            }
        }
    }
}
