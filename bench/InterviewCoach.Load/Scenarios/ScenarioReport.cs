using System.Globalization;

namespace InterviewCoach.Load.Scenarios;

/// <summary>The result table of one fault scenario: figures (informational) and checks (each must hold, else exit 1).</summary>
internal sealed class ScenarioReport(string title)
{
    private readonly List<(string Name, string Value, string Expected, bool Ok)> _rows = [];

    public bool Passed => _rows.TrueForAll(r => r.Ok);

    public void Figure(string name, FormattableString value) => _rows.Add((name, value.ToString(CultureInfo.InvariantCulture), string.Empty, true));

    public void Figure(string name, long value) => Figure(name, $"{value}");

    public void Check(string name, long value, long expected) =>
        _rows.Add((name, value.ToString(CultureInfo.InvariantCulture), "= " + expected.ToString(CultureInfo.InvariantCulture), value == expected));

    public void CheckAtLeast(string name, long value, long minimum) =>
        _rows.Add((name, value.ToString(CultureInfo.InvariantCulture), ">= " + minimum.ToString(CultureInfo.InvariantCulture), value >= minimum));

    public void Check(string name, bool ok, string value, string expected) => _rows.Add((name, value, expected, ok));

    /// <summary>Prints the table; returns the process exit code (0 when every check held).</summary>
    public int Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int nameWidth = Math.Max(5, _rows.Count == 0 ? 0 : _rows.Max(r => r.Name.Length));
        int valueWidth = Math.Max(5, _rows.Count == 0 ? 0 : _rows.Max(r => r.Value.Length));
        output.WriteLine();
        output.WriteLine(title);
        foreach ((string name, string value, string expected, bool ok) in _rows)
        {
            string verdict = expected.Length == 0 ? string.Empty : (ok ? "ok   " : "FAIL ") + expected;
            output.WriteLine($"  {name.PadRight(nameWidth)}  {value.PadLeft(valueWidth)}  {verdict}".TrimEnd());
        }

        output.WriteLine(Passed ? "PASS" : "FAIL");
        return Passed ? 0 : 1;
    }
}
