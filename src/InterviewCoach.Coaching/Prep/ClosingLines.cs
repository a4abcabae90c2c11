using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Coaching.Rehearsal;

namespace InterviewCoach.Coaching.Prep;

/// <summary>
/// The lines for the last minutes of a meeting: the time check as the agreed length runs out (S085), the half-hour
/// check-in for when the contact chooses to keep going (S086, D3), and the closing asks: advice on the user's goal
/// (S097), leave to stay in touch (S099), a promise to report back (S100) and the résumé as a judgement call (S101, D8).
/// </summary>
public static class ClosingLines
{
    /// <summary>The point at which a conversation the contact chose to extend gets a check-in (D3).</summary>
    public const int CheckInMinutes = AskLength.InPersonCap;

    /// <summary>What to say when the <paramref name="minutes"/> agreed are nearly up.</summary>
    public static string TimeCheck(int minutes) => string.Create(
        CultureInfo.InvariantCulture,
        $"\"I asked you for {minutes} minutes and I want to keep to that. May I ask one last thing before I let you go?\"");

    /// <summary>The check-in at the half hour, only for when they've chosen to carry on.</summary>
    public static string RunningLongCheckIn() => string.Create(
        CultureInfo.InvariantCulture,
        $"\"We've been talking for {CheckInMinutes} minutes. I'm happy to keep going, but please tell me if you need to be somewhere.\"");

    /// <summary>The referral ask as a last request; type <c>rehearse</c> for the whole script with its variants.</summary>
    public static string ReferralLastRequest(CoachingProfile? profile) =>
        $"\"{AskScriptBuilder.LastRequest(FieldOf(profile) ?? "your field")}\" Then ask whether you may say they suggested it. (Type **rehearse** and pick **Referral ask** for the whole script.)";

    /// <summary>Asking for advice on the user's own goal, worded from the profile; with no field saved, the plain question.</summary>
    public static string AdviceOnGoal(CoachingProfile? profile)
    {
        string? field = FieldOf(profile);
        string? goal = (field, profile?.Stage) switch
        {
            (null, _) => null,
            (_, CareerStage.OnAClearPath) => $"working my way into {field}",
            _ => $"finding out whether {field} is right for me",
        };
        return goal is null
            ? "\"Before we finish: is there anything you'd advise me to do next?\""
            : $"\"Before we finish: as someone {goal}, is there anything you'd advise me to do next?\"";
    }

    private static string? FieldOf(CoachingProfile? profile) =>
        profile?.FieldsOfInterest.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f.Name))?.Name.Trim();

    public const string StayInTouch = "\"Would it be all right if I kept in touch now and then, to let you know how I'm getting on?\"";

    public const string ReportBack = "\"I'll let you know how things turn out.\" (Promise it only if you'll do it: when they agree to stay in touch, tell me in your debrief and I'll remind you to send the update.)";

    public const string Resume =
        "Your résumé stays in your bag unless they ask for it. Offering a copy as you wrap up is your call: if the moment could make it feel like a job request, leave it. Ending on a good note matters more than handing it over.";

    /// <summary><see cref="Resume"/> for a call, where nothing is handed over.</summary>
    public const string ResumeOnCall =
        "Your résumé stays unsent unless they ask for it. Offering to email it as you wrap up is your call: if the moment could make it feel like a job request, leave it. Ending on a good note matters more than sending it.";
}
