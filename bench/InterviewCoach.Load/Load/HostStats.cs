using System.Net;
using System.Text.Json;

namespace InterviewCoach.Load.Load;

/// <summary>
/// The host's <c>GET /api/stats</c> counters (present when <c>Diagnostics__Stats=true</c>):
/// <c>{"mode":"table","turns":n,"turnErrors":n,"storage":{"requests":n,"conditionalWrites":n,"unconditionalWrites":n,"failures":n},"tableOps":{"op":n,…}}</c>.
/// </summary>
public sealed record HostStats(string? Mode, long Turns, long TurnErrors, long Requests, long ConditionalWrites, long UnconditionalWrites, long Failures, IReadOnlyDictionary<string, long> TableOps)
{
    /// <summary>Null when the host has no stats endpoint (404) or answers something else.</summary>
    public static async Task<HostStats?> ReadAsync(HttpClient http, Uri baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            using HttpResponseMessage response = await http.GetAsync(new Uri(baseUrl, "api/stats"), cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            return Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public static HostStats? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            JsonElement storage = root.TryGetProperty("storage", out JsonElement s) ? s : default;
            var ops = new Dictionary<string, long>(StringComparer.Ordinal);
            if (root.TryGetProperty("tableOps", out JsonElement tableOps) && tableOps.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty op in tableOps.EnumerateObject())
                {
                    ops[op.Name] = op.Value.GetInt64();
                }
            }

            return new HostStats(
                root.TryGetProperty("mode", out JsonElement mode) ? mode.GetString() : null,
                Long(root, "turns"),
                Long(root, "turnErrors"),
                Long(storage, "requests"),
                Long(storage, "conditionalWrites"),
                Long(storage, "unconditionalWrites"),
                Long(storage, "failures"),
                ops);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Counters of <paramref name="later"/> minus those of this earlier read.</summary>
    public HostStats Until(HostStats later)
    {
        ArgumentNullException.ThrowIfNull(later);
        var ops = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach ((string op, long count) in later.TableOps)
        {
            long delta = count - TableOps.GetValueOrDefault(op);
            if (delta != 0)
            {
                ops[op] = delta;
            }
        }

        return new HostStats(later.Mode, later.Turns - Turns, later.TurnErrors - TurnErrors, later.Requests - Requests, later.ConditionalWrites - ConditionalWrites, later.UnconditionalWrites - UnconditionalWrites, later.Failures - Failures, ops);
    }

    private static long Long(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
