using InterviewCoach.Coaching.Text;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

public sealed class EnglishTextTests
{
    [Theory]
    [InlineData("Bonjour Madame, je suis étudiante en master de finance et j'aimerais beaucoup discuter avec vous de votre parcours pendant vingt minutes.")]
    [InlineData("Hola Sra. García, soy estudiante de ingeniería y me encantaría conversar con usted sobre su experiencia profesional durante veinte minutos.")]
    [InlineData("Sehr geehrte Frau Weber, ich studiere Informatik und würde mich sehr über ein kurzes Gespräch über Ihren beruflichen Werdegang freuen.")]
    [InlineData("Goedemiddag, ik ben student bedrijfskunde en ik zou graag twintig minuten met u praten over uw werk.")]
    [InlineData("山田様、はじめまして。大学で経済学を学んでいる佐藤と申します。二十分ほどお話を伺えませんでしょうか。")]
    public void AMessageInAnotherLanguageIsRecognised(string text) => Assert.True(EnglishText.IsClearlyNotEnglish(text));

    [Theory]
    [InlineData("Dear Ms Okafor, your colleague Tunde suggested I write. I'm exploring development finance and would value twenty minutes of your advice.")]
    [InlineData("Respected Sir, myself Priya, doing final year B.Tech in Pune. Kindly spare 20 minutes to guide me regarding data science careers.")]
    [InlineData("hey sam!! tunde said u might chat w me abt UX research for 20 mins next wk? no job ask, just advice")]
    [InlineData("Hola Carmen, I'm Luis, a friend of Ana. I'm moving into logistics and would love your advice over a coffee.")]
    [InlineData("Dear Sofía, merci beaucoup for the talk last week! Your colleague Ana suggested I ask you about export logistics; would twenty minutes suit you?")]
    [InlineData("short one")]
    [InlineData("ok ok ok ok ok ok ok ok ok")]
    [InlineData("😀😀😀🎉🎉")]
    [InlineData("")]
    public void EnglishOrTooLittleToJudgeIsNot(string text) => Assert.False(EnglishText.IsClearlyNotEnglish(text));
}
