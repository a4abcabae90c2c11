namespace InterviewCoach.Coaching.Reminders;

/// <summary>Wall-clock time in a zone to an instant, with one rule for daylight-saving edges.</summary>
public static class ZonedTime
{
    /// <summary>
    /// The first instant at which the wall clock in <paramref name="zone"/> shows <paramref name="local"/> or later.
    /// A time skipped by a spring-forward gap becomes the end of the gap (02:30 on the gap day in New York is 03:00 EDT);
    /// a time repeated by a fall-back overlap is its first occurrence (01:30 EDT, not 01:30 EST).
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            TimeSpan earliest = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, earliest).ToUniversalTime();
        }

        if (!zone.IsInvalidTime(local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        }

        // In a gap. Search whole seconds (transitions fall on them) for the first instant whose wall clock reaches
        // `local`; the window of +/- 3 hours around the standard offset holds every real-world gap.
        long low = new DateTimeOffset(local, zone.BaseUtcOffset).ToUnixTimeSeconds() - 3 * 3600;
        long high = low + 6 * 3600;
        while (low < high)
        {
            long middle = low + ((high - low) / 2);
            DateTime wall = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(middle), zone).DateTime;
            if (wall >= local)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return DateTimeOffset.FromUnixTimeSeconds(low);
    }

    /// <summary>The wall-clock time at <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return TimeZoneInfo.ConvertTime(instant, zone).DateTime;
    }
}
