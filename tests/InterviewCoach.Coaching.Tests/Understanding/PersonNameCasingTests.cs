using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Understanding;

public sealed class PersonNameCasingTests
{
    [Theory]
    [InlineData("sam", "Sam")]
    [InlineData("mary-jane o'neil", "Mary-Jane O'Neil")]
    [InlineData("maria de souza", "Maria de Souza")]
    [InlineData("mckenzie", "McKenzie")]
    [InlineData("  priya shah ", "Priya Shah")]
    [InlineData("McKenzie", "McKenzie")]
    [InlineData("de Souza", "de Souza")]
    [InlineData("Sam lee", "Sam lee")]
    [InlineData("DJ", "DJ")]
    public void ANameTypedAllInLowerCaseGetsItsCapitalsAndAnyOtherIsKeptAsTyped(string typed, string stored)
    {
        Assert.Equal(stored, PersonNameCasing.Cased(typed));
    }

    [Theory]
    [InlineData("ocado", "Ocado")]
    [InlineData("bank of england", "Bank of England")]
    [InlineData("the guardian", "The Guardian")]
    [InlineData("easyJet", "easyJet")]
    [InlineData("IBM", "IBM")]
    [InlineData("bbc", "BBC")]
    [InlineData("nhs digital", "NHS Digital")]
    [InlineData("kpmg", "KPMG")]
    [InlineData("sky", "Sky")]
    public void AnOrganisationTypedAllInLowerCaseGetsItsCapitals(string typed, string stored)
    {
        Assert.Equal(stored, PersonNameCasing.Organisation(typed));
    }
}
