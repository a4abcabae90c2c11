using System.Globalization;
using System.Text;
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
        IReadOnlyList<string> texts = list.AllTexts;
        for (int i = 0; i < texts.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n**{i + 1}.** {texts[i]}");
        }

        text.Append(" _(always last)_");
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
            new() { Heading = "Ask in this order", Items = texts.Select((t, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {t}")).ToList() },
        };
        IReadOnlyList<string> warnings = QuestionListPlanner.Warnings(list);
        if (warnings.Count > 0)
        {
            sections.Add(new CardSection { Markdown = string.Join("\n\n", warnings) });
        }

        sections.Add(new CardSection
        {
            Markdown = "Follow their answers rather than the script: a good tangent beats the next question. Keep an eye on the time.",
        });

        var facts = new List<CardFact>
        {
            new("Format", list.Format.ToLabel()),
            new("Time", string.Create(CultureInfo.InvariantCulture, $"About {list.EstimatedMinutes} minutes of questions for {list.MeetingMinutes} minutes")),
            new("Questions", list.TotalCount.ToString(CultureInfo.InvariantCulture)),
        };
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
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {texts[i]}\n");
        }

        return text.ToString();
    }
}
