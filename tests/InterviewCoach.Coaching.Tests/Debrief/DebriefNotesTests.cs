using InterviewCoach.Coaching.Debrief;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class DebriefNotesTests
{
    [Theory]
    [InlineData("She suggested I talk to Omar in data.", "Omar", null)]
    [InlineData("she'll introduce me to Priya Shah at Contoso next week", "Priya Shah", "Contoso")]
    [InlineData("She recommended Ben Cho, who runs the clinic", "Ben Cho", null)]
    [InlineData("She passed on Tom's number", "Tom", null)]
    [InlineData("Maria put me in touch with Ana from Fabrikam", "Ana", "Fabrikam")]
    public void APersonTheNotesSayWasSuggestedIsFound(string notes, string name, string? organisation)
    {
        DebriefReferral found = Assert.Single(DebriefNotes.Referrals(notes, "Maria Lopez"));

        Assert.Equal((name, organisation), (found.Name, found.Organisation));
    }

    [Theory]
    [InlineData("She recommended Coursera.")]
    [InlineData("I should talk to someone in finance")]
    [InlineData("I'll call Maria back on Monday")]
    [InlineData("She said to email HR first")]
    public void NotesThatNameNobodySuggestedFindNoOne(string notes)
    {
        Assert.Empty(DebriefNotes.Referrals(notes, "Maria Lopez"));
    }

    [Theory]
    [InlineData("see my notes")]
    [InlineData("As in my notes.")]
    [InlineData("same as above")]
    [InlineData("what I wrote")]
    [InlineData("it's all in my notes")]
    [InlineData("see my ntoes")]
    public void AnAnswerThatPointsAtTheNotesIsRecognised(string typed)
    {
        Assert.True(DebriefNotes.PointsToNotes(typed));
    }

    [Theory]
    [InlineData("I noted the rotas")]
    [InlineData("Shadow a nurse")]
    public void AnAnswerOfItsOwnDoesNotPointAtTheNotes(string typed)
    {
        Assert.False(DebriefNotes.PointsToNotes(typed));
    }
}
