using System.Diagnostics.CodeAnalysis;

namespace InterviewCoach.Coaching.Reminders;

/// <summary>Reads a time zone the way people type it: an IANA id (any case), a zone's city (<c>new york</c>) or a common city that is not a zone name.</summary>
internal static class TimeZoneNames
{
    private const int MaxLength = 64;

    private static readonly Dictionary<string, string> s_cities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = "UTC",
        ["gmt"] = "UTC",
        ["uk"] = "Europe/London",
        ["edinburgh"] = "Europe/London",
        ["manchester"] = "Europe/London",
        ["munich"] = "Europe/Berlin",
        ["frankfurt"] = "Europe/Berlin",
        ["hamburg"] = "Europe/Berlin",
        ["barcelona"] = "Europe/Madrid",
        ["milan"] = "Europe/Rome",
        ["geneva"] = "Europe/Zurich",
        ["san francisco"] = "America/Los_Angeles",
        ["seattle"] = "America/Los_Angeles",
        ["portland"] = "America/Los_Angeles",
        ["boston"] = "America/New_York",
        ["washington"] = "America/New_York",
        ["miami"] = "America/New_York",
        ["atlanta"] = "America/New_York",
        ["austin"] = "America/Chicago",
        ["dallas"] = "America/Chicago",
        ["houston"] = "America/Chicago",
        ["montreal"] = "America/Toronto",
        ["mumbai"] = "Asia/Kolkata",
        ["delhi"] = "Asia/Kolkata",
        ["new delhi"] = "Asia/Kolkata",
        ["bangalore"] = "Asia/Kolkata",
        ["bengaluru"] = "Asia/Kolkata",
        ["india"] = "Asia/Kolkata",
        ["beijing"] = "Asia/Shanghai",
        ["canberra"] = "Australia/Sydney",
        ["wellington"] = "Pacific/Auckland",
        ["cape town"] = "Africa/Johannesburg",
    };

    /// <summary>The zone <paramref name="text"/> names, or false.</summary>
    public static bool TryResolve(string? text, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        string typed = text?.Trim() ?? string.Empty;
        if (typed.Length is 0 or > MaxLength)
        {
            return false;
        }

        if (s_cities.TryGetValue(typed, out string? mapped) && TimeZoneInfo.TryFindSystemTimeZoneById(mapped, out zone))
        {
            return true;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(typed, out zone))
        {
            return true;
        }

        // "europe/london", "new york", "Sao Paulo": compare with the zone ids (and their last part) ignoring case.
        string id = typed.Replace(' ', '_');
        foreach (TimeZoneInfo candidate in TimeZoneInfo.GetSystemTimeZones())
        {
            string candidateId = candidate.Id;
            int slash = candidateId.LastIndexOf('/');
            if (string.Equals(candidateId, id, StringComparison.OrdinalIgnoreCase)
                || (slash > 0 && string.Equals(candidateId[(slash + 1)..], id, StringComparison.OrdinalIgnoreCase)))
            {
                zone = candidate;
                return true;
            }
        }

        zone = null;
        return false;
    }
}
