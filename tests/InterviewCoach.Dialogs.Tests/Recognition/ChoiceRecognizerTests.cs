using System.Text.Json;
using InterviewCoach.Dialogs.Prompts;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Dialogs.Tests.Recognition;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] s_choices =
    [
        new("listen", "Écoute active") { Synonyms = ["listening", "active listening"] },
        new("questions", "Prepare questions"),
        new("pitch", "Practise my pitch") { Synonyms = ["elevator pitch"] },
    ];

    [Theory]
    [InlineData("listen", "listen")]
    [InlineData("2", "questions")]
    [InlineData("#3", "pitch")]
    [InlineData("Écoute active", "listen")]
    [InlineData("ecoute ACTIVE", "listen")]
    [InlineData("  écoute active!  ", "listen")]
    [InlineData("active listening", "listen")]
    [InlineData("Elevator pitch", "pitch")]
    [InlineData("prep", "questions")]
    [InlineData("I'd like to prepare questions please", "questions")]
    [InlineData("mostly my elevator pitch I think", "pitch")]
    [InlineData("some active listening", "listen")]
    public void MatchesByValueNumberTitleSynonymPrefixOrContainedTitle(string text, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, s_choices)?.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("p")]
    [InlineData("pr")]
    [InlineData("banana")]
    [InlineData("🎉")]
    [InlineData("準備")]
    [InlineData("active listening or my elevator pitch")]
    [InlineData("better listening skills")]
    public void RefusesAmbiguousOrUnknownAnswers(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, s_choices));
    }

    [Theory]
    [InlineData("yesterdy", "yesterday")]
    [InlineData("Yestreday", "yesterday")]
    [InlineData("emial", "email")]
    [InlineData("listning", "listen")]
    public void OneSlipOfTheKeysInAWordFindsItsOptionToOffer(string text, string expected)
    {
        Choice[] choices = [.. s_choices, new("yesterday", "Yesterday"), new("email", "Email") { Synonyms = ["e-mail"] }];

        Assert.Null(ChoiceRecognizer.Recognize(text, choices));
        Assert.Equal(expected, ChoiceRecognizer.RecognizeSlip(text, choices)?.Value);
    }

    [Theory]
    [InlineData("phne")]
    [InlineData("pitches")]
    [InlineData("questionz please")]
    public void ShortWordsAndSentencesAreNotReadAsSlips(string text)
    {
        Choice[] choices = [new("phone", "Phone"), new("pitch", "Pitch"), new("questions", "Questions")];

        Assert.Null(ChoiceRecognizer.RecognizeSlip(text, choices));
    }

    [Fact]
    public void RefusesTenThousandCharacters()
    {
        Assert.Null(ChoiceRecognizer.Recognize(new string('a', 10_000), s_choices));
    }

    [Theory]
    [InlineData("1, 3", new[] { "listen", "pitch" })]
    [InlineData("1 and 3", new[] { "listen", "pitch" })]
    [InlineData("1 3", new[] { "listen", "pitch" })]
    [InlineData("ecoute active, prepare questions", new[] { "listen", "questions" })]
    [InlineData("2, 2", new[] { "questions" })]
    [InlineData("pitch", new[] { "pitch" })]
    public void MultiSelectAcceptsNumbersAndTitles(string text, string[] expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.RecognizeMany(text, s_choices)!.Select(c => c.Value));
    }

    [Theory]
    [InlineData("1, 7")]
    [InlineData("1, banana")]
    [InlineData(",,,")]
    public void MultiSelectRefusesWhenAnyPartIsUnknown(string text)
    {
        Assert.Null(ChoiceRecognizer.RecognizeMany(text, s_choices));
    }

    [Theory]
    [InlineData("""{"choice":["listen","pitch"]}""")]
    [InlineData("""{"choice":"listen,pitch"}""")]
    [InlineData("""["listen","pitch"]""")]
    public void MultiSelectReadsSubmittedValues(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["listen", "pitch"], ChoiceRecognizer.RecognizeMany(document.RootElement, s_choices)!.Select(c => c.Value));
    }

    private static readonly Choice[] s_yesNo =
    [
        new("current", "Yes, it's current"),
        new("stale", "No, it needs work"),
        new("later", "Ask me later"),
    ];

    [Theory]
    [InlineData("yeah its fine", "current")]
    [InlineData("yep", "current")]
    [InlineData("nope", "stale")]
    [InlineData("nah, it's a bit old", "stale")]
    [InlineData("later", "later")]
    public void AQuestionWithAYesAndANoOptionTakesAnyWayOfSayingYesOrNo(string text, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, s_yesNo)?.Value);
    }

    [Fact]
    public void AYesWithoutANoOptionIsNotGuessed()
    {
        Choice[] choices = [new("a", "Yes, add it"), new("b", "Something else")];
        Assert.Null(ChoiceRecognizer.Recognize("yeah sure", choices));
    }

    [Theory]
    [InlineData("all of them")]
    [InlineData("All of the above!")]
    [InlineData("everything")]
    public void AllOfThemToAPickAnyQuestionPicksEveryOption(string text)
    {
        Assert.Equal(["listen", "questions", "pitch"], ChoiceRecognizer.RecognizeMany(text, s_choices)!.Select(c => c.Value));
    }

    [Theory]
    [InlineData("a drink somewhere near her office, my treat", "cafe")]
    [InlineData("her office works, she's always there", "office")]
    [InlineData("her office, or a drink near the station", null)]
    public void OfTwoOptionsNamedInASentenceTheOneWhoseWordsTakeInTheOthersIsMeant(string text, string? expected)
    {
        Choice[] choices =
        [
            new("office", "At their workplace") { Synonyms = ["her office"] },
            new("cafe", "Somewhere nearby") { Synonyms = ["near her office", "a drink near"] },
        ];

        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, choices)?.Value);
    }
}
