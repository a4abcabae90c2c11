using System.Globalization;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Goals;

/// <summary>The summary card of the user's goals.</summary>
internal static class GoalSummary
{
    public static CardReply Card(CoachingProfile profile, string title)
    {
        var sections = new List<CardSection>
        {
            new()
            {
                Heading = "Fields you're exploring",
                Items = profile.FieldsOfInterest.Count > 0 ? profile.FieldsOfInterest.Select(FieldsParser.Describe).ToList() : ["Not chosen yet"],
            },
            new()
            {
                Heading = "What the conversations are for",
                Items = Purposes(profile),
            },
        };
        if (profile.Sketch is { } sketch)
        {
            sections.Add(new CardSection { Heading = "Your background sketch", Markdown = sketch.Text });
        }

        return new CardReply(title)
        {
            Facts =
            [
                new CardFact("Name", string.IsNullOrWhiteSpace(profile.DisplayName) ? "Not set" : profile.DisplayName),
                new CardFact("Phone", profile.Phone ?? "Not given"),
                new CardFact("Where you are", profile.Stage.ToLabel()),
                .. profile.Experience == ExperienceLevel.NotSaid ? Array.Empty<CardFact>() : [new CardFact("Experience", ExperienceText(profile))],
                new CardFact("Weekly target", string.Create(CultureInfo.InvariantCulture, $"{profile.WeeklyTarget} conversation{(profile.WeeklyTarget == 1 ? string.Empty : "s")} a week")),
            ],
            Sections = sections,
        };
    }

    private static string ExperienceText(CoachingProfile profile)
    {
        string text = profile.Experience.ToLabel();
        if (profile.Experience == ExperienceLevel.Student && profile.Graduation is { Length: > 0 } graduation)
        {
            text += $", graduating {graduation}";
        }

        return profile.Experience == ExperienceLevel.Student && profile.InternshipResearch ? text + ", researching internships" : text;
    }

    private static List<string> Purposes(CoachingProfile profile)
    {
        var items = profile.Purposes.ToLabels().Concat(profile.OtherPurposes).ToList();
        return items.Count > 0 ? items : ["Not chosen yet"];
    }
}
