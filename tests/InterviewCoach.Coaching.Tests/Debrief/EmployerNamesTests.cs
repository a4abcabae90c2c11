using InterviewCoach.Coaching.Debrief;

namespace InterviewCoach.Coaching.Tests.Debrief;

public sealed class EmployerNamesTests
{
    [Theory]
    [InlineData("she mentioned Guy's and the digital team at Evelina", "Guy's|Evelina (digital team)")]
    [InlineData("Marks and Spencer", "Marks and Spencer")]
    [InlineData("NHS England, Epic and Cerner", "NHS England|Epic|Cerner")]
    [InlineData("maybe look into Accenture", "Accenture")]
    [InlineData("Contoso", "Contoso")]
    [InlineData("monzo obviously, he mentioned starling and the FCA has a research team", "Monzo|Starling|FCA (research team)")]
    public void ALineOfEmployersIsReadAsTheOrganisationsItNames(string line, string expected) =>
        Assert.Equal(expected, string.Join('|', EmployerNames.Read(line)));
}
