using InterviewCoach.Coaching.Questions;

namespace InterviewCoach.Coaching.Tests.Questions;

public sealed class TypedListEditTests
{
    // A list of seven as shown: six questions, the referral question seventh.
    private const int Shown = 7;

    [Theory]
    [InlineData("drop the third one", "Remove", 3, 0)]
    [InlineData("remove 3", "Remove", 3, 0)]
    [InlineData("delete question #4 please", "Remove", 4, 0)]
    [InlineData("actually get rid of the 2nd one", "Remove", 2, 0)]
    [InlineData("the fifth one can go", "Remove", 5, 0)]
    [InlineData("remove the last one", "Remove", 7, 0)]
    [InlineData("cut the second to last", "Remove", 6, 0)]
    [InlineData("swap 2 and 4", "Swap", 2, 4)]
    [InlineData("switch the first and the third", "Swap", 1, 3)]
    [InlineData("swap 5 with 1", "Swap", 5, 1)]
    [InlineData("move 5 to the top", "Move", 5, 1)]
    [InlineData("put the last question first", "Move", 7, 1)]
    [InlineData("move 2 to the end", "Move", 2, 6)]
    [InlineData("move 4 up", "Move", 4, 3)]
    [InlineData("move 1 after 3", "Move", 1, 3)]
    [InlineData("move 5 before 2", "Move", 5, 2)]
    [InlineData("move q6 to number 2", "Move", 6, 2)]
    public void ReadsWhereAndWhat(string typed, string kind, int first, int second)
    {
        TypedListEdit? edit = TypedListEdit.Read(typed, Shown);

        Assert.NotNull(edit);
        Assert.Equal(kind, edit.Kind.ToString());
        Assert.Equal(first, edit.First);
        Assert.Equal(second, edit.Second);
    }

    [Theory]
    [InlineData("change the last one to who else should i talk to?", 7, "Who else should I talk to?")]
    [InlineData("replace 2 with: What surprised you most in your first year?", 2, "What surprised you most in your first year?")]
    [InlineData("reword the third one to say how do you keep up with new tools", 3, "How do you keep up with new tools")]
    public void ReadsANewWording(string typed, int first, string text)
    {
        TypedListEdit? edit = TypedListEdit.Read(typed, Shown);

        Assert.NotNull(edit);
        Assert.Equal(TypedListEditKind.Replace, edit.Kind);
        Assert.Equal(first, edit.First);
        Assert.Equal(text, edit.Text);
    }

    [Theory]
    [InlineData("i also want to ask how she got into fintech", "Could you tell me how you got into fintech?")]
    [InlineData("ask him about his time at the bank", "What can you tell me about your time at the bank?")]
    [InlineData("I'd like to ask them what their team is working on", "Could you tell me what your team is working on?")]
    [InlineData("ask sam what's the hardest part of her job", "What's the hardest part of your job?")]
    [InlineData("add a question about salaries in fintech", "What can you tell me about salaries in fintech?")]
    [InlineData("can you add a question about what qualifications I'd need", "Could you tell me what qualifications I'd need?")]
    [InlineData("add one about how she moved from the wards into informatics", "Could you tell me how you moved from the wards into informatics?")]
    public void ReadsAQuestionSaidAboutTheContactAsOneToThem(string typed, string question)
    {
        TypedListEdit? edit = TypedListEdit.Read(typed, Shown);

        Assert.NotNull(edit);
        Assert.Equal(TypedListEditKind.Add, edit.Kind);
        Assert.Equal(question, edit.Text);
    }

    [Theory]
    [InlineData("more questions")]
    [InlineData("can i have more questions")]
    [InlineData("give me some other ones please")]
    [InlineData("another one?")]
    public void ReadsAskingForMore(string typed) =>
        Assert.Equal(TypedListEditKind.More, TypedListEdit.Read(typed, Shown)?.Kind);

    [Theory]
    [InlineData("How did you get into UX?")]
    [InlineData("What's the hardest part of moving into management?")]
    [InlineData("done")]
    [InlineData("drop")]
    [InlineData("no more questions")]
    [InlineData("change it")]
    [InlineData("what if they say no?")]
    [InlineData("")]
    public void LeavesOtherTextAlone(string typed) => Assert.Null(TypedListEdit.Read(typed, Shown));
}
