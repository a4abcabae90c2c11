using System.Globalization;
using System.Text;
using InterviewCoach.Coaching.Goals;
using InterviewCoach.Dialogs.Replies;

namespace InterviewCoach.Coaching.Questions;

/// <summary>How a question list is shown: a short status while editing, the final card, and Markdown to copy.</summary>
public static class QuestionListView
{
    /// <summary>The numbered list with its timing and any warnings, for the edit loop.</summary>
    public static string Status(QuestionList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{list.Title}** ({list.Format.ToLabel().ToLowerInvariant()}, about {list.EstimatedMinutes} of {list.MeetingMinutes} minutes):");
        if (list.MeetingGoal is { Length: > 0 } goal)
        {
            text.Append("\n_Your goal: ").Append(goal.Trim()).Append('_');
        }

        IReadOnlyList<string> texts = list.AllTexts;
        for (int i = 0; i < texts.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**{i + 1}.** {texts[i]}{Marks(list, i)}");
        }

        foreach (string warning in QuestionListPlanner.Warnings(list))
        {
            text.Append("\n\n").Append(warning);
        }

        return text.ToString();
    }

    /// <summary>The finished list as a card.</summary>
    public static CardReply Card(QuestionList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        IReadOnlyList<string> texts = list.AllTexts;
        var sections = new List<CardSection>
        {
            new() { Heading = "Ask in this order", Items = texts.Select((t, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {t}{Marks(list, i)}")).ToList() },
        };
        IReadOnlyList<string> warnings = QuestionListPlanner.Warnings(list);
        if (warnings.Count > 0)
        {
            sections.Add(new CardSection { Markdown = string.Join("\n\n", warnings) });
        }

        sections.Add(new CardSection
        {
            Markdown = "You lead the conversation: open with question 1 rather than waiting for them. Follow their answers rather than the script: a good tangent beats the next question. Keep an eye on the time.",
        });

        var facts = new List<CardFact>();
        if (list.MeetingGoal is { Length: > 0 } goal)
        {
            facts.Add(new CardFact("Your goal", goal.Trim()));
        }

        facts.AddRange(
        [
            new("Format", list.Format.ToLabel()),
            new("Time", string.Create(CultureInfo.InvariantCulture, $"About {list.EstimatedMinutes} minutes of questions for {list.MeetingMinutes} minutes")),
            new("Questions", list.TotalCount.ToString(CultureInfo.InvariantCulture)),
        ]);
        return new CardReply(list.Title)
        {
            Subtitle = list.Organisation,
            Facts = facts,
            Sections = sections,
        };
    }

    /// <summary>The list as Markdown text to paste into notes.</summary>
    public static string Markdown(QuestionList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var text = new StringBuilder();
        text.Append("# ").Append(list.Title);
        if (list.Organisation is { Length: > 0 } organisation)
        {
            text.Append(" (").Append(organisation).Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $"\n\n_{list.Format.ToLabel()}, {list.MeetingMinutes} minutes; about {list.EstimatedMinutes} minutes of questions._\n\n");
        IReadOnlyList<string> texts = list.AllTexts;
        for (int i = 0; i < texts.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {texts[i]}{Marks(list, i)}\n");
        }

        return text.ToString();
    }

    // The first question opens the meeting (S083); a tagged question names its goal (S059); the referral question stays last.
    private static string Marks(QuestionList list, int index)
    {
        var marks = new List<string>();
        if (index == 0)
        {
            marks.Add("your opener");
        }

        if (index < list.Questions.Count && list.Questions[index].Goal is var goal && goal != InterviewPurposes.None)
        {
            marks.Add("for: " + QuestionGoals.InSentence(goal));
        }

        if (index == list.Questions.Count)
        {
            marks.Add("always last");
        }

        return marks.Count == 0 ? string.Empty : $" _({string.Join("; ", marks)})_";
    }
}
