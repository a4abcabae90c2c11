using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>Where a booked meeting happens, read from the ask's venue and the place typed when booking (D5).</summary>
public static class MeetingVenues
{
    private static readonly Regex s_cafe = new(
        @"\b(?:caf[eé]s?|coffee ?(?:shop|house|bar)s?|tea ?rooms?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    /// <summary>
    /// True when the meeting is in a café: the ask offered one, or the place booked names one ("the café on Mill
    /// Road"), so the prep reminds the user to offer to buy their drink.
    /// </summary>
    public static bool AtCafe(Contact? contact, MeetingDetails? meeting)
    {
        if (contact?.Venue == MeetingVenue.Cafe)
        {
            return true;
        }

        try
        {
            return meeting?.Place is { Length: > 0 and <= 300 } place && s_cafe.IsMatch(place);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
