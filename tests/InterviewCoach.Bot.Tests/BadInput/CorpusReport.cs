using System.Globalization;
using System.Text;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>The per-endpoint, per-category table of cases sent and how the host answered them.</summary>
public static class CorpusReport
{
    public static string Table(IEnumerable<CorpusResult> results, TimeSpan elapsed)
    {
        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"{"endpoint",-40} {"category",-32} {"cases",6} {"2xx",6} {"4xx",6} {"5xx",6}");
        List<CorpusResult> all = [.. results];
        foreach (IGrouping<(string Endpoint, string Category), CorpusResult> group in all
            .GroupBy(r => (r.Case.Endpoint, r.Case.Category))
            .OrderBy(g => g.Key.Endpoint, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            Row(builder, group.Key.Endpoint, group.Key.Category, [.. group]);
        }

        Row(builder, "total", $"in {elapsed.TotalSeconds:F1} s", all);
        return builder.ToString();
    }

    private static void Row(StringBuilder builder, string endpoint, string category, List<CorpusResult> rows) =>
        builder.AppendLine(CultureInfo.InvariantCulture, $"{endpoint,-40} {category,-32} {rows.Count,6} {rows.Count(r => r.Status is >= 200 and < 300),6} {rows.Count(r => r.IsRefusal),6} {rows.Count(r => r.Status >= 500),6}");
}
