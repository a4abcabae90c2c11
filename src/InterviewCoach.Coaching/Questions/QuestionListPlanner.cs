using System.Globalization;
using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Goals;

namespace InterviewCoach.Coaching.Questions;

/// <summary>Builds and edits question lists. Pure: every edit returns a new list, or the reason it was refused.</summary>
public static partial class QuestionListPlanner
{
    /// <summary>The question that opens every proposed list: the contact's own path, because people enjoy telling it (S062).</summary>
    public const string OpenerId = "path-1";

    /// <summary>The personal "in my position" question every proposed list ends on before any résumé question (S067).</summary>
    public const string AdviceId = "advice-1";

    /// <summary>
    /// The coach's proposal (S059, S062, S065, S006): the contact's own path first, then questions for each goal
    /// (this meeting's goal, then the profile's in the order the career stage gives them), then advice for the
    /// user, any résumé question late (S068, D8), and the referral question last; as many as the meeting's length fits.
    /// </summary>
    /// <param name="contact">Who the list is for; null for a list for any conversation.</param>
    /// <param name="profile">The user's goals, stage and experience.</param>
    /// <param name="format">In person or a call; it sets the length and so how many questions fit.</param>
    /// <param name="now">When the list is made.</param>
    /// <param name="resumeReview">An experienced user opted in to asking for a résumé critique (D8).</param>
    public static QuestionList Propose(Contact? contact, CoachingProfile? profile, MeetingFormat format, DateTimeOffset now, bool resumeReview = false)
    {
        QuestionContext context = QuestionContext.From(profile, contact);
        IReadOnlyList<InterviewPurposes> goals = QuestionGoals.Order(profile, contact?.Meeting?.Goal);
        int minutes = QuestionListRules.PlannedMinutes(contact, format);

        var tail = new List<PlannedQuestion> { FromBank(QuestionBank.Find(AdviceId)!, context) };
        BankQuestion? resume = profile?.Experience switch
        {
            ExperienceLevel.Student or ExperienceLevel.Limited => QuestionBank.PresentingExperience,
            ExperienceLevel.Experienced when resumeReview => QuestionBank.ResumeReview,
            _ => null,
        };
        if (resume is not null)
        {
            tail.Add(FromBank(resume, context));
        }

        var used = new HashSet<string>(StringComparer.Ordinal) { OpenerId, AdviceId };
        int room = Math.Max(0, QuestionListRules.Fit(minutes) - 1 - 1 - tail.Count);
        var questions = new List<PlannedQuestion> { FromBank(QuestionBank.Find(OpenerId)!, context) };
        questions.AddRange(ForGoals(goals, QuestionGoals.FromLabel(contact?.Meeting?.Goal) ?? InterviewPurposes.None, room, used, context));
        questions.AddRange(tail);

        return new QuestionList
        {
            Id = contact?.Id ?? QuestionList.GenericId,
            ContactId = contact?.Id,
            ContactName = contact is null ? null : Text.PersonNameCasing.Cased(contact.Name),
            Organisation = contact?.Organisation,
            Field = context.Field,
            Format = format,
            MeetingMinutes = minutes,
            Questions = questions,
            ReferralQuestion = context.Fill(QuestionBank.Referral.Template),
            Goals = goals,
            MeetingGoal = contact?.Meeting?.Goal,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// <paramref name="source"/>'s list made over for <paramref name="contact"/> (S057): the same questions, the new
    /// person's details, marked as copied so the edit loop asks for at least one question written for them.
    /// </summary>
    public static QuestionList CopyFor(QuestionList source, Contact contact, CoachingProfile? profile, MeetingFormat format, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(contact);
        return source with
        {
            Id = contact.Id,
            ContactId = contact.Id,
            ContactName = Text.PersonNameCasing.Cased(contact.Name),
            Organisation = contact.Organisation,
            Format = format,
            MeetingMinutes = QuestionListRules.PlannedMinutes(contact, format),
            Goals = QuestionGoals.Order(profile, contact.Meeting?.Goal),
            MeetingGoal = contact.Meeting?.Goal,

            // A question drawn from notes on the other person is not about this one.
            Questions = [.. source.Questions.Select(q => q with { FromNotes = false })],
            CopiedFrom = source.ContactName ?? "another conversation",
            Tailored = false,
            UpdatedAt = now,
        };
    }

    /// <summary>Tags question <paramref name="number"/> (1-based) with the goal it serves (S059).</summary>
    public static QuestionEdit Tag(QuestionList list, int number, InterviewPurposes goal)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (number < 1 || number > list.Questions.Count)
        {
            return QuestionEdit.Refused(list, $"There's no question {number} to tag.");
        }

        var questions = list.Questions.ToList();
        questions[number - 1] = questions[number - 1] with { Goal = goal };
        return QuestionEdit.Done(list with { Questions = questions });
    }

    // This meeting's own goal gets all its lead questions first (S065); then one question for each goal in turn, then
    // more for the first goals while there is room.
    private static List<PlannedQuestion> ForGoals(IReadOnlyList<InterviewPurposes> goals, InterviewPurposes meetingGoal, int room, HashSet<string> used, QuestionContext context)
    {
        var picked = goals.ToDictionary(g => g, _ => new List<PlannedQuestion>());
        if (meetingGoal != InterviewPurposes.None && picked.TryGetValue(meetingGoal, out List<PlannedQuestion>? own))
        {
            foreach (string id in QuestionGoals.Leads(meetingGoal).Where(id => !used.Contains(id)).Take(room).ToList())
            {
                used.Add(id);
                own.Add(FromBank(QuestionBank.Find(id)!, context) with { Goal = meetingGoal });
                room--;
            }
        }

        bool added = true;
        while (room > 0 && added)
        {
            added = false;
            foreach (InterviewPurposes goal in goals)
            {
                string? next = QuestionGoals.Leads(goal).FirstOrDefault(id => !used.Contains(id));
                if (room == 0 || next is null)
                {
                    continue;
                }

                used.Add(next);
                picked[goal].Add(FromBank(QuestionBank.Find(next)!, context) with { Goal = goal });
                room--;
                added = true;
            }
        }

        return [.. goals.SelectMany(g => picked[g])];
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

        return QuestionEdit.Done(list with { Questions = [.. list.Questions, question], Tailored = true });
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
            return Move(list, numbers[0], numbers[1]);
        }

        if (numbers.Count == count && numbers.Order().SequenceEqual(Enumerable.Range(1, count)))
        {
            return QuestionEdit.Done(list with { Questions = numbers.Select(n => list.Questions[n - 1]).ToList() });
        }

        return QuestionEdit.Refused(
            list,
            $"I couldn't read that order. Type two numbers to move one question (\"{Math.Min(count, 4)} 1\" puts it first), or all {count} numbers in the order you want.");
    }

    /// <summary>Moves question <paramref name="from"/> to place <paramref name="to"/> (both 1-based); the referral question stays last.</summary>
    public static QuestionEdit Move(QuestionList list, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(list);
        int count = list.Questions.Count;
        if (from == list.TotalCount || to == list.TotalCount)
        {
            return QuestionEdit.Refused(list, $"Question {list.TotalCount} is the referral question; it always stays last.");
        }

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

    /// <summary>Exchanges questions <paramref name="first"/> and <paramref name="second"/> (1-based); the referral question stays last.</summary>
    public static QuestionEdit Swap(QuestionList list, int first, int second)
    {
        ArgumentNullException.ThrowIfNull(list);
        int count = list.Questions.Count;
        if (first == list.TotalCount || second == list.TotalCount)
        {
            return QuestionEdit.Refused(list, $"Question {list.TotalCount} is the referral question; it always stays last.");
        }

        if (first < 1 || first > count || second < 1 || second > count)
        {
            return QuestionEdit.Refused(list, $"Use numbers from 1 to {count}.");
        }

        var swapped = list.Questions.ToList();
        (swapped[first - 1], swapped[second - 1]) = (swapped[second - 1], swapped[first - 1]);
        return QuestionEdit.Done(list with { Questions = swapped });
    }

    /// <summary>
    /// Gives question <paramref name="number"/> (1-based) new words. The last number is the referral question: its
    /// wording may change, and it stays last.
    /// </summary>
    public static QuestionEdit Replace(QuestionList list, int number, PlannedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(question);
        if (number == list.TotalCount)
        {
            return QuestionEdit.Done(list with { ReferralQuestion = question.Text, Tailored = true });
        }

        if (number < 1 || number > list.Questions.Count)
        {
            return QuestionEdit.Refused(list, $"There's no question {number}.");
        }

        var questions = list.Questions.ToList();
        questions[number - 1] = question with { Goal = questions[number - 1].Goal };
        return QuestionEdit.Done(list with { Questions = questions, Tailored = true });
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

        IReadOnlyList<InterviewPurposes> uncovered = QuestionGoals.Uncovered(list);
        if (uncovered.Count > 0)
        {
            warnings.Add($"**Nothing here covers:** {string.Join("; ", uncovered.Select(QuestionGoals.InSentence))}. Add a question for it from the bank, or tag one of yours with **Tag a goal**.");
        }

        if (list.Questions.Count > 0 && !list.Questions.Any(IsAboutThem))
        {
            warnings.Add("Nothing here asks about them: their work, or how they got where they are. Start with one; people open up when someone is curious about them.");
        }

        if (list.NeedsTailoring)
        {
            warnings.Add($"This list was copied from your list for {list.CopiedFrom}. Add or change at least one question for {list.ContactName ?? "this person"} before it's ready.");
        }

        return warnings;
    }

    /// <summary>True for a question about the contact's own work or path: from those categories, or written that way.</summary>
    public static bool IsAboutThem(PlannedQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Category is QuestionCategory.RoleAndDay or QuestionCategory.PathIntoField
            || question.FromNotes
            || (question.Own && AboutThem().IsMatch(question.Text));
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\b(?:your (?:role|job|work|day|week|career|path|background|team|projects?)|(?:did|do|have) you (?:first |ever )?(?:get|got|start|find|become|end up|choose|come|join|enjoy|like|spend)|you (?:got|started|became|joined|chose|moved)|drew you|brought you)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: InterviewCoach.Dialogs.Recognition.RegexBudget.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AboutThem();

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
