using InterviewCoach.Coaching.Questions;

namespace InterviewCoach.Coaching.Tests.Questions;

public sealed class PersonalQuestionTests
{
    [Theory]
    [InlineData("her team opened a new children's ward this spring", "I understand your team opened a new children's ward this spring: what has that been like for you?")]
    [InlineData("She is moving into management.", "I understand you are moving into management: what has that been like for you?")]
    [InlineData("he gave a talk at UX London about money anxiety, i watched it on youtube", "I understand you gave a talk at UX London about money anxiety: what has that been like for you?")]
    [InlineData("He was a teacher before nursing", "I understand you were a teacher before nursing: what has that been like for you?")]
    [InlineData("Northside Clinic won a regional award", "I understand Northside Clinic won a regional award: what has that been like for you?")]
    [InlineData("he set up the northside clinic night service", "I understand you set up the Northside Clinic night service: what has that been like for you?")]
    public void ANoteAboutThemBecomesAQuestionToThem(string note, string expected)
    {
        Assert.Equal(expected, PersonalQuestion.For(Samples.ColdContact() with { ResearchFact = note }));
    }

    [Fact]
    public void TheFirstLineOfTheNotesIsUsedWhenNoFactWasSavedAndNothingMeansNoQuestion()
    {
        Assert.Equal(
            "I understand you ran the city marathon last year: what has that been like for you?",
            PersonalQuestion.For(Samples.ColdContact() with { Notes = "She ran the city marathon last year\nMet at the open day" }));
        Assert.Null(PersonalQuestion.For(Samples.ColdContact()));
        Assert.Null(PersonalQuestion.For(null));
    }
}
