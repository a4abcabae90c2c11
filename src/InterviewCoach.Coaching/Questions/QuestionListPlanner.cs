using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Questions;

/// <summary>Builds and edits question lists. Pure: every edit returns a new list, or the reason it was refused.</summary>
public static class QuestionListPlanner
{
    /// <summary>
    /// The coach's proposal: trends, insights, advice, resources and their current projects, filled with the
    /// user's field and the contact's details, then the referral question.
    /// </summary>
    public static QuestionList Propose(Contact? contact, CoachingProfile? profile, MeetingFormat format, DateTimeOffset now)
    {
        QuestionContext context = QuestionContext.From(profile, contact);
        return new QuestionList
        {
            Id = contact?.Id ?? QuestionList.GenericId,
            ContactId = contact?.Id,
            ContactName = contact?.Name,
            Organisation = contact?.Organisation,
            Field = context.Field,
            Format = format,
            MeetingMinutes = contact?.Meeting?.DurationMinutes is > 0 and var minutes ? minutes : QuestionListRules.DefaultMinutes(format),
            Questions = QuestionBank.ProposedOrder.Select(id => FromBank(QuestionBank.Find(id)!, context)).ToList(),
            ReferralQuestion = context.Fill(QuestionBank.Referral.Template),
            UpdatedAt = now,
        };
    }

    public static PlannedQuestion FromBank(BankQuestion question, QuestionContext context)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(context);
        return new PlannedQuestion(context.Fill(question.Template)) { BankId = question.Id, Category = question.Category };
    }

    /// <summary>How many more questions fit before the list is full.</summary>
    public static int Room(QuestionList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return Math.Max(0, QuestionListRules.MaxQuestions - list.TotalCount);
    }

    /// <summary>Adds a question before the referral question; refused when the list is full.</summary>
    public static QuestionEdit Add(QuestionList list, PlannedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(question);
        if (Room(list) == 0)
        {
            return QuestionEdit.Refused(list, $"The list already has {QuestionListRules.MaxQuestions} questions, as many as a short conversation can hold. Remove one first.");
        }

        return QuestionEdit.Done(list with { Questions = [.. list.Questions, question] });
    }

    /// <summary>Removes question <paramref name="number"/> (1-based); the referral question cannot be removed.</summary>
    public static QuestionEdit Remove(QuestionList list, int number)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (number == list.TotalCount)
        {
            return QuestionEdit.Refused(list, "The referral question stays: it's how one conversation leads to the next.");
        }

        if (number < 1 || number > list.Questions.Count)
        {
            return QuestionEdit.Refused(list, $"There's no question {number}.");
        }

        var questions = list.Questions.ToList();
        questions.RemoveAt(number - 1);
        return QuestionEdit.Done(list with { Questions = questions });
    }

    /// <summary>
    /// Reorders from what the user typed: two numbers move one question ("4 1" puts question 4 first), or every
    /// number in the new order ("3 1 2 4 5"). The referral question may be left out and always stays last.
    /// </summary>
    public static QuestionEdit Reorder(QuestionList list, string? typed)
    {
        ArgumentNullException.ThrowIfNull(list);
        List<int> numbers = ParseNumbers(typed);
        int count = list.Questions.Count;
        if (numbers.Count >= 1 && numbers[^1] == list.TotalCount && numbers.Count == list.TotalCount)
        {
            numbers.RemoveAt(numbers.Count - 1);
        }

        if (numbers.Any(n => n == list.TotalCount))
        {
            return QuestionEdit.Refused(list, $"Question {list.TotalCount} is the referral question; it always stays last.");
        }

        if (numbers.Count == 2 && count != 2)
        {
            (int from, int to) = (numbers[0], numbers[1]);
            if (from < 1 || from > count || to < 1 || to > count)
            {
                return QuestionEdit.Refused(list, $"Use numbers from 1 to {count}.");
            }

            var moved = list.Questions.ToList();
            PlannedQuestion question = moved[from - 1];
            moved.RemoveAt(from - 1);
            moved.Insert(to - 1, question);
            return QuestionEdit.Done(list with { Questions = moved });
        }

        if (numbers.Count == count && numbers.Order().SequenceEqual(Enumerable.Range(1, count)))
        {
            return QuestionEdit.Done(list with { Questions = numbers.Select(n => list.Questions[n - 1]).ToList() });
        }

        return QuestionEdit.Refused(
            list,
            $"I couldn't read that order. Type two numbers to move one question (\"{Math.Min(count, 4)} 1\" puts it first), or all {count} numbers in the order you want.");
    }

    /// <summary>Warnings about the list as it stands: too few questions, or more than the meeting can hold.</summary>
    public static IReadOnlyList<string> Warnings(QuestionList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var warnings = new List<string>();
        if (list.Overruns)
        {
            string where = list.Format == MeetingFormat.Phone ? "on the phone" : "in person";
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"**Heads-up:** {list.TotalCount} questions take about {list.EstimatedMinutes} minutes, more than the {list.MeetingMinutes} minutes you have {where}. Keep the must-asks at the top; the rest can wait for another time."));
        }

        if (list.TotalCount < QuestionListRules.MinQuestions)
        {
            warnings.Add($"Aim for at least {QuestionListRules.MinQuestions} questions, so you have something in hand if an answer is short.");
        }

        return warnings;
    }

    private static List<int> ParseNumbers(string? typed)
    {
        var numbers = new List<int>();
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 200)
        {
            return numbers;
        }

        foreach (string part in typed.Split([' ', ',', ';', '-', '>', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            string word = part.Trim('.', '#', '(', ')');
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                numbers.Add(number);
            }
            else if (word is not ("to" or "move" or "first" or "then" or "and" or "before" or "after"))
            {
                return [];
            }
        }

        return numbers;
    }
}
