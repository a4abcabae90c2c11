using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace InterviewCoach.Dialogs.Recognition;

/// <summary>
/// A small culture-invariant English date and time parser, resolved in the user's time zone against "now".
/// </summary>
/// <remarks>
/// Understands ISO dates and times (<c>2026-12-03</c>, <c>2026-12-03 14:30</c>, <c>2026-12-03T14:30</c>, with or
/// without an offset), <c>today</c>, <c>tonight</c>, <c>tomorrow</c>, <c>day after tomorrow</c>, weekday names
/// (<c>friday</c> and <c>next friday</c> are the next Friday after today, <c>this friday</c> may be today; on a Friday,
/// <c>friday at 3pm</c> is today while 3pm is still ahead, see <see cref="DateTimeResolution.WeekdayNamedToday"/>),
/// <c>next week</c>, <c>in 2 days</c>, <c>in 3 hours</c>, month names (<c>3 December</c>, <c>Dec 3rd 2027</c>),
/// times (<c>3pm</c>, <c>3:15 pm</c>, <c>15:00</c>, <c>noon</c>, <c>at 10:30</c>) and combinations in any order
/// (<c>next Tuesday 3pm</c>, <c>Friday at 10:30</c>, <c>tomorrow at 9</c>).
/// Two guesses keep scheduling natural: a time alone means its next occurrence (today, or tomorrow if it has
/// passed), and a one-digit hour from 1 to 6 without am/pm (<c>at 3</c>, <c>3:30</c>) means the afternoon. Times that fall in a daylight-saving
/// gap move forward by the gap; ambiguous times take the earlier instant.
/// Anything else is refused rather than guessed.
/// </remarks>
public static class DateTimeRecognizer
{
    private const int MaxLength = 100;

    private static readonly FrozenDictionary<string, DayOfWeek> s_weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> s_months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> s_amounts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["couple"] = 2, ["few"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_fillers = FrozenSet.ToFrozenSet(
        ["on", "the", "of", "around", "about", "by", "o'clock", "oclock", "please", "maybe", "for"], StringComparer.Ordinal);

    // Longest sentence and run of words read by TryRecognizeIn: a date and time takes at most five or six words.
    private const int MaxSentenceLength = 300;
    private const int MaxRunWords = 7;

    private static readonly FrozenSet<string> s_negations = FrozenSet.ToFrozenSet(["not", "no", "never", "dont", "cant", "wont", "isnt", "nope"], StringComparer.Ordinal);

    // Day and month abbreviations and amounts that, inside a sentence, are usually ordinary words ("I sat down", "may I").
    private static readonly FrozenSet<string> s_usuallyOtherWords = FrozenSet.ToFrozenSet(
        ["sat", "sun", "wed", "mon", "may", "mar", "jan", "jun", "jul", "aug", "sep", "dec", "a", "an", "one", "at", "@", "this", "next", "in", "morning", "afternoon", "evening", "night"],
        StringComparer.Ordinal);

    private static readonly string[] s_isoDate = ["yyyy-MM-dd"];

    private static readonly string[] s_isoTime = ["HH:mm", "HH:mm:ss", "H:mm"];

    /// <summary>Recognizes what the user typed.</summary>
    /// <param name="text">The user's message.</param>
    /// <param name="now">The current instant (any offset).</param>
    /// <param name="timeZone">The user's time zone.</param>
    /// <param name="result">The date, in <paramref name="timeZone"/>.</param>
    public static bool TryRecognize(string? text, DateTimeOffset now, TimeZoneInfo timeZone, [NotNullWhen(true)] out DateTimeResolution? result)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        result = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return false;
        }

        string raw = text.Trim();
        if (HasExplicitOffset(raw) && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset exact))
        {
            result = new DateTimeResolution(TimeZoneInfo.ConvertTime(exact, timeZone), true);
            return true;
        }

        string normalized = TextNormalizer.Normalize(raw)
            .Replace(',', ' ')
            .Replace("a.m", "am", StringComparison.Ordinal)
            .Replace("p.m", "pm", StringComparison.Ordinal);
        var tokens = new List<string>();
        foreach (string token in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // 2026-12-03t14:30 (lower-cased by the normaliser) is a date token and a time token.
            int t = token.IndexOf('t', StringComparison.Ordinal);
            if (t == 10 && token.Length > 11 && char.IsAsciiDigit(token[0]))
            {
                tokens.Add(token[..10]);
                tokens.Add(token[11..]);
            }
            else
            {
                tokens.Add(token);
            }
        }

        var parts = new Parts();
        DateTimeOffset localNow = TimeZoneInfo.ConvertTime(now, timeZone);
        DateOnly today = DateOnly.FromDateTime(localNow.DateTime);
        if (!Parse(tokens, today, now, ref parts))
        {
            return false;
        }

        return Compose(parts, localNow, timeZone, out result);
    }

    /// <summary>
    /// Recognizes a date or time said inside a sentence ("push the second to friday 10am", "make it next tuesday
    /// morning please"): the whole text when it is one, else the run of words that says the most, the later run when
    /// two say as much (people put the new time last: "move the 2nd to friday"). A sentence with a negation ("not
    /// friday") is refused rather than read the wrong way round, and a run made only of words that are usually
    /// something else in a sentence ("sat", "may", "a") does not count.
    /// </summary>
    public static bool TryRecognizeIn(string? text, DateTimeOffset now, TimeZoneInfo timeZone, [NotNullWhen(true)] out DateTimeResolution? result)
    {
        if (TryRecognize(text, now, timeZone, out result))
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxSentenceLength)
        {
            return false;
        }

        string[] words = [.. TextNormalizer.Normalize(text).Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '!', '?', ';', ':', '"', '(', ')')).Where(w => w.Length > 0)];
        if (words.Any(w => s_negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)))
        {
            return false;
        }

        int bestWeight = 0;
        for (int start = 0; start < words.Length; start++)
        {
            for (int end = start + 1; end <= Math.Min(words.Length, start + MaxRunWords); end++)
            {
                ArraySegment<string> run = new(words, start, end - start);
                int weight = run.Count(w => !s_fillers.Contains(w) && w is not ("at" or "@"));
                if (weight >= bestWeight && run.Any(w => !s_fillers.Contains(w) && !s_usuallyOtherWords.Contains(w))
                    && TryRecognize(string.Join(" ", words, start, end - start), now, timeZone, out DateTimeResolution? found))
                {
                    (bestWeight, result) = (weight, found);
                }
            }
        }

        return result is not null;
    }

    /// <summary>
    /// Recognizes a date or time picker submit: <c>{"date": "2026-12-03", "time": "14:30"}</c>,
    /// <c>{"datetime": "2026-12-03T14:30"}</c>, <c>{"datetime": 1796300000}</c> (Unix seconds, Slack's
    /// datetimepicker) or a bare ISO string.
    /// </summary>
    public static bool TryRecognizePicker(JsonElement value, DateTimeOffset now, TimeZoneInfo timeZone, [NotNullWhen(true)] out DateTimeResolution? result)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        result = null;
        if (value.ValueKind == JsonValueKind.String)
        {
            return TryRecognize(value.GetString(), now, timeZone, out result);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (value.TryGetProperty("datetime", out JsonElement dateTime))
        {
            if (dateTime.ValueKind == JsonValueKind.Number && dateTime.TryGetInt64(out long seconds) && seconds is > 0 and < 253402300799)
            {
                result = new DateTimeResolution(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), timeZone), true);
                return true;
            }

            return dateTime.ValueKind == JsonValueKind.String && TryRecognize(dateTime.GetString(), now, timeZone, out result);
        }

        var parts = new Parts();
        if (value.TryGetProperty("date", out JsonElement date) && date.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(date.GetString()))
        {
            if (!DateOnly.TryParseExact(date.GetString(), s_isoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
            {
                return false;
            }

            parts.Date = parsed;
        }

        if (value.TryGetProperty("time", out JsonElement time) && time.ValueKind == JsonValueKind.String && !string.IsNullOrEmpty(time.GetString()))
        {
            if (!TimeOnly.TryParseExact(time.GetString(), s_isoTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly parsed))
            {
                return false;
            }

            parts.Time = parsed;
            parts.Meridiem = true;
        }

        return Compose(parts, TimeZoneInfo.ConvertTime(now, timeZone), timeZone, out result);
    }

    /// <summary>The instant a wall-clock time in <paramref name="timeZone"/> denotes, minding daylight-saving gaps and overlaps.</summary>
    public static DateTimeOffset ToZoned(DateTime local, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (timeZone.IsInvalidTime(local))
        {
            // In the spring-forward gap: read the clock with the offset before the gap, which lands after it.
            TimeSpan before = timeZone.GetUtcOffset(local.AddHours(-6));
            var utc = new DateTimeOffset(DateTime.SpecifyKind(local - before, DateTimeKind.Utc));
            return TimeZoneInfo.ConvertTime(utc, timeZone);
        }

        if (timeZone.IsAmbiguousTime(local))
        {
            TimeSpan[] offsets = timeZone.GetAmbiguousTimeOffsets(local);
            return new DateTimeOffset(local, offsets.Max());
        }

        return new DateTimeOffset(local, timeZone.GetUtcOffset(local));
    }

    private static bool Parse(List<string> tokens, DateOnly today, DateTimeOffset now, ref Parts parts)
    {
        bool atContext = false;
        bool includeToday = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            string? next = i + 1 < tokens.Count ? tokens[i + 1] : null;

            // "around 11", "about 3": a rough time reads like "at".
            if (token is "around" or "about" && next is { Length: > 0 } && char.IsAsciiDigit(next[0]))
            {
                atContext = true;
                continue;
            }

            if (s_fillers.Contains(token))
            {
                continue;
            }

            switch (token)
            {
                case "at" or "@":
                    atContext = true;
                    continue;
                case "this":
                    includeToday = true;
                    continue;
                case "now" or "right now":
                    if (!parts.SetInstant(now))
                    {
                        return false;
                    }

                    continue;
                case "today":
                    if (!parts.SetDate(today))
                    {
                        return false;
                    }

                    continue;
                case "tonight":
                    if (!parts.SetDate(today))
                    {
                        return false;
                    }

                    parts.DefaultTime = new TimeOnly(20, 0);
                    continue;
                case "tomorrow" or "tmrw" or "tmr" or "tomorow":
                    if (!parts.SetDate(today.AddDays(1)))
                    {
                        return false;
                    }

                    continue;
                case "yesterday":
                    if (!parts.SetDate(today.AddDays(-1)))
                    {
                        return false;
                    }

                    continue;
                case "day" when next == "after" && i + 2 < tokens.Count && tokens[i + 2] == "tomorrow":
                    if (!parts.SetDate(today.AddDays(2)))
                    {
                        return false;
                    }

                    i += 2;
                    continue;
                case "morning":
                    parts.DefaultTime = new TimeOnly(9, 0);
                    continue;
                case "afternoon":
                    parts.DefaultTime = new TimeOnly(15, 0);
                    continue;
                case "evening" or "night":
                    parts.DefaultTime = new TimeOnly(19, 0);
                    continue;
                case "noon" or "midday":
                    if (!parts.SetTime(new TimeOnly(12, 0), true))
                    {
                        return false;
                    }

                    continue;
                case "midnight":
                    if (!parts.SetTime(new TimeOnly(0, 0), true))
                    {
                        return false;
                    }

                    continue;
                case "weekend":
                    if (!parts.SetDate(NextWeekday(today, DayOfWeek.Saturday, includeToday)))
                    {
                        return false;
                    }

                    continue;
                case "next":
                    if (next is null)
                    {
                        return false;
                    }

                    if (s_weekdays.TryGetValue(next, out DayOfWeek nextDay))
                    {
                        if (!parts.SetDate(NextWeekday(today, nextDay, includeToday: false)))
                        {
                            return false;
                        }
                    }
                    else if (!(next switch
                    {
                        "week" => parts.SetDate(today.AddDays(7)),
                        "month" => parts.SetDate(today.AddMonths(1)),
                        "year" => parts.SetDate(today.AddYears(1)),
                        "weekend" => parts.SetDate(NextWeekday(today, DayOfWeek.Saturday, includeToday: false)),
                        _ => false,
                    }))
                    {
                        return false;
                    }

                    i++;
                    continue;
                // "tomorrow in the morning": the part of the day, as "tomorrow morning".
                case "in" when next == "the" && i + 2 < tokens.Count && tokens[i + 2] is "morning" or "afternoon" or "evening":
                    continue;
                case "in":
                    if (!TryParseDuration(tokens, i + 1, out int amount, out string unit, out int consumed))
                    {
                        return false;
                    }

                    bool ok = unit switch
                    {
                        "minute" => parts.SetInstant(now.AddMinutes(amount)),
                        "hour" => parts.SetInstant(now.AddHours(amount)),
                        "day" => parts.SetDate(today.AddDays(amount)),
                        "week" => parts.SetDate(today.AddDays(7 * amount)),
                        "month" => parts.SetDate(today.AddMonths(amount)),
                        _ => false,
                    };
                    if (!ok)
                    {
                        return false;
                    }

                    i += consumed;
                    continue;
                default:
                    break;
            }

            if (s_weekdays.TryGetValue(token, out DayOfWeek weekday))
            {
                if (!parts.SetDate(NextWeekday(today, weekday, includeToday)))
                {
                    return false;
                }

                // "monday" typed on a Monday: next week for now; Compose takes today when a time still ahead is given.
                parts.TodaysWeekday = !includeToday && weekday == today.DayOfWeek;
                continue;
            }

            if (s_months.TryGetValue(token, out int month))
            {
                // "december 3", "december 3rd 2027", "december 2027" is refused (no day).
                if (next is null || !TryParseDay(next, out int day))
                {
                    return false;
                }

                i++;
                int year = today.Year;
                bool explicitYear = false;
                if (i + 1 < tokens.Count && tokens[i + 1].Length == 4 && int.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int y))
                {
                    year = y;
                    explicitYear = true;
                    i++;
                }

                if (!TrySetDayOfMonth(ref parts, today, year, month, day, explicitYear))
                {
                    return false;
                }

                continue;
            }

            if (token.Length == 10 && DateOnly.TryParseExact(token, s_isoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly iso))
            {
                if (!parts.SetDate(iso))
                {
                    return false;
                }

                continue;
            }

            if (TryParseDay(token, out int dayFirst) && next is not null && s_months.TryGetValue(next, out int monthAfter))
            {
                // "3 december", "3rd of december" (the "of" is a filler before we get here only when it precedes the month).
                i++;
                int year = today.Year;
                bool explicitYear = false;
                if (i + 1 < tokens.Count && tokens[i + 1].Length == 4 && int.TryParse(tokens[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int y))
                {
                    year = y;
                    explicitYear = true;
                    i++;
                }

                if (!TrySetDayOfMonth(ref parts, today, year, monthAfter, dayFirst, explicitYear))
                {
                    return false;
                }

                continue;
            }

            if (TryParseTime(token, next, atContext, out TimeOnly time, out bool meridiem, out bool consumedNext))
            {
                if (!parts.SetTime(time, meridiem))
                {
                    return false;
                }

                if (consumedNext)
                {
                    i++;
                }

                atContext = false;
                continue;
            }

            return false;
        }

        return true;
    }

    private static bool Compose(Parts parts, DateTimeOffset localNow, TimeZoneInfo timeZone, [NotNullWhen(true)] out DateTimeResolution? result)
    {
        result = null;
        if (parts.Instant is { } instant)
        {
            if (parts.Date is not null || parts.Time is not null)
            {
                return false;
            }

            result = new DateTimeResolution(TimeZoneInfo.ConvertTime(instant, timeZone), true);
            return true;
        }

        TimeOnly? time = parts.Time;
        if (time is { } given && !parts.Meridiem && parts.DefaultTime is { Hour: >= 12 } && given.Hour < 12)
        {
            // "tonight at 8" is 20:00.
            time = given.AddHours(12);
        }

        time ??= parts.DefaultTime;
        if (parts.Date is null && time is null)
        {
            return false;
        }

        DateOnly today = DateOnly.FromDateTime(localNow.DateTime);
        DateOnly date = parts.Date ?? (time < TimeOnly.FromDateTime(localNow.DateTime) ? today.AddDays(1) : today);
        // "monday at 3pm" on a Monday before 3pm is today, as people mean it; at or after 3pm, or with no time, next week.
        bool todayKept = parts.TodaysWeekday && time is { } at && at > TimeOnly.FromDateTime(localNow.DateTime);
        if (todayKept)
        {
            date = today;
        }

        DateTime local = date.ToDateTime(time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        result = new DateTimeResolution(ToZoned(local, timeZone), time is not null)
        {
            WeekdayNamedToday = !parts.TodaysWeekday ? null : todayKept,
        };
        return true;
    }

    private static bool TryParseTime(string token, string? next, bool atContext, out TimeOnly time, out bool meridiem, out bool consumedNext)
    {
        time = default;
        consumedNext = false;
        meridiem = false;
        bool pm = false;
        ReadOnlySpan<char> core = token;
        if (core.EndsWith("am") || core.EndsWith("pm"))
        {
            pm = core[^2] == 'p';
            meridiem = true;
            core = core[..^2];
        }
        else if (core.Length > 1 && (core[^1] == 'a' || core[^1] == 'p') && char.IsAsciiDigit(core[^2]))
        {
            pm = core[^1] == 'p';
            meridiem = true;
            core = core[..^1];
        }
        else if (core.Length > 1 && core[^1] == 'h' && char.IsAsciiDigit(core[^2]))
        {
            // 15h (24-hour clock, as written in much of Europe).
            core = core[..^1];
            atContext = true;
        }
        else if (next is "am" or "pm")
        {
            pm = next == "pm";
            meridiem = true;
            consumedNext = true;
        }

        if (core.IsEmpty || core.Length > 5)
        {
            return false;
        }

        int colon = core.IndexOfAny(':', '.');
        int hour;
        int minute = 0;
        if (colon >= 0)
        {
            if (!int.TryParse(core[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
                || core.Length - colon != 3
                || !int.TryParse(core[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute))
            {
                return false;
            }
        }
        else if (!int.TryParse(core, NumberStyles.None, CultureInfo.InvariantCulture, out hour) || (!meridiem && !atContext))
        {
            // A bare number is a time only after "at" or with am/pm.
            return false;
        }

        if (minute > 59)
        {
            return false;
        }

        if (meridiem)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else
        {
            if (hour > 23)
            {
                return false;
            }

            bool singleDigitHour = (colon < 0 ? core.Length : colon) == 1;
            if (singleDigitHour && hour is >= 1 and <= 6)
            {
                // Nobody books an informational interview at 3 in the morning ("03:00" still means it).
                hour += 12;
            }
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    private static bool TryParseDuration(List<string> tokens, int start, out int amount, out string unit, out int consumed)
    {
        amount = 0;
        unit = string.Empty;
        consumed = 0;
        if (start + 1 >= tokens.Count)
        {
            return false;
        }

        string amountToken = tokens[start];
        int offset = 1;
        if (amountToken == "a" && tokens[start + 1] is "couple" or "few")
        {
            amountToken = tokens[start + 1];
            offset = 2;
            if (start + offset < tokens.Count && tokens[start + offset] == "of")
            {
                offset++;
            }
        }

        if (!s_amounts.TryGetValue(amountToken, out amount)
            && (!int.TryParse(amountToken, NumberStyles.None, CultureInfo.InvariantCulture, out amount) || amount > 1000))
        {
            return false;
        }

        if (start + offset >= tokens.Count)
        {
            return false;
        }

        string unitToken = tokens[start + offset];
        unit = unitToken.TrimEnd('s') switch
        {
            "minute" or "min" or "mn" => "minute",
            "hour" or "hr" or "h" => "hour",
            "day" or "d" => "day",
            "week" or "wk" or "w" => "week",
            "month" => "month",
            _ => string.Empty,
        };
        consumed = offset + 1;
        return unit.Length > 0;
    }

    private static bool TryParseDay(string token, out int day)
    {
        ReadOnlySpan<char> core = token;
        if (core.EndsWith("st") || core.EndsWith("nd") || core.EndsWith("rd") || core.EndsWith("th"))
        {
            core = core[..^2];
        }

        return int.TryParse(core, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    private static bool TrySetDayOfMonth(ref Parts parts, DateOnly today, int year, int month, int day, bool explicitYear)
    {
        if (year is < 1900 or > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        if (!explicitYear && date < today)
        {
            // "3 January" said in December means next January.
            if (day > DateTime.DaysInMonth(year + 1, month))
            {
                return false;
            }

            date = new DateOnly(year + 1, month, day);
        }

        return parts.SetDate(date);
    }

    private static DateOnly NextWeekday(DateOnly today, DayOfWeek day, bool includeToday)
    {
        int ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        if (ahead == 0 && !includeToday)
        {
            ahead = 7;
        }

        return today.AddDays(ahead);
    }

    private static bool HasExplicitOffset(string raw)
    {
        int t = raw.IndexOfAny(['T', 't', ' ']);
        if (t < 8 || raw.Length < 16)
        {
            return false;
        }

        ReadOnlySpan<char> tail = raw.AsSpan(t + 1);
        return tail.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || tail.IndexOfAny('+', '-') > 0;
    }

    private struct Parts
    {
        public DateOnly? Date;
        public TimeOnly? Time;
        public TimeOnly? DefaultTime;
        public DateTimeOffset? Instant;
        public bool Meridiem;
        public bool TodaysWeekday;

        public bool SetDate(DateOnly date)
        {
            if (Date is not null && Date != date)
            {
                return false;
            }

            Date = date;
            return true;
        }

        public bool SetTime(TimeOnly time, bool meridiem)
        {
            if (Time is not null)
            {
                return false;
            }

            Time = time;
            Meridiem = meridiem;
            return true;
        }

        public bool SetInstant(DateTimeOffset instant)
        {
            if (Instant is not null)
            {
                return false;
            }

            Instant = instant;
            return true;
        }
    }
}
