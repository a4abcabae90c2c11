using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>Hurried typing is mended before the sentence model reads it; real words, names and other languages are not.</summary>
public sealed class TypedSpellingTests
{
    [Theory]
    [InlineData("wat shud i bring to the cafe", "what should i bring to the cafe")]
    [InlineData("hw long r these meant to be, pls tell", "how long r these meant to be, please tell")]
    [InlineData("open my contcts", "open my contacts")]
    [InlineData("so nervus about phoning the gallery", "so nervous about phoning the gallery")]
    [InlineData("list my contacs", "list my contacts")]
    [InlineData("nvm, leave it for today", "never mind, leave it for today")]
    [InlineData("my qeustoins for friday", "my questions for friday")]
    public void HurriedSpellingsBecomeTheWordsMeant(string typed, string mended) =>
        Assert.Equal(mended, TypedSpelling.Mend(typed));

    [Theory]
    [InlineData("the expert said the smart thing is to call")]
    [InlineData("i was looking at her website before writing")]
    [InlineData("should I mention Dario when I write to Marcela")]
    [InlineData("ich verstehe das nicht")]
    [InlineData("asdfgh jklmn qwert")]
    [InlineData("contact")]
    [InlineData("my laptop has an nvme drive")]
    [InlineData("my weustoins for friday")]
    [InlineData("my qestons for friday")]
    public void RealWordsNamesAndOtherLanguagesAreLeftAsTyped(string typed) =>
        Assert.Same(typed, TypedSpelling.Mend(typed));

    [Theory]
    [InlineData("reminders", "reminders", 0)]
    [InlineData("reminders", "reminder", 1)]
    [InlineData("contacts", "cnotacts", 1)]
    [InlineData("reminders", "rimnders", 2)]
    [InlineData("questions", "qeustoins", 2)]
    [InlineData("debrief", "xyzzy", 3)]
    [InlineData("contacts", "contactsabc", 3)]
    public void SlipsAreCountedUpToThree(string a, string b, int slips) =>
        Assert.Equal(slips, TypedSpelling.SlipsApart(a, b));
}
