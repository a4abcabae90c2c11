using InterviewCoach.Coaching.Questions;
using InterviewCoach.Coaching.Rehearsal;
using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Rehearsal;

/// <summary>
/// Every checker answers clearly, without throwing, on input nobody planned for, with the model ready (a fake
/// one that embeds by letters) or not ready at all.
/// </summary>
public sealed class CheckerBadInputTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "empty", string.Empty },
        { "20,000 characters", string.Concat(Enumerable.Repeat("Hello, my name is Sam and Priya suggested I call. ", 400)) },
        { "only emoji", "😀🙏🎉 👍 🚀🚀" },
        { "another language", "Hola, me llamo Ana García. ¿Tiene un momento? Estoy investigando el sector de la enfermería." },
        { "a pasted thread", "Hi Tom,\n\nThanks!\n\nBest,\nAna\n\nOn Tue, 4 Mar 2025, Tom wrote:\n> Happy to help.\n>> Dear Tom, could we talk?" },
    };

    public static TheoryData<bool> ModelStates => [true, false];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void PitchVoicemailEmailAndQuestionCheckersAnswerEveryInput(string name, string input)
    {
        foreach (ISentenceEmbedder embedder in new ISentenceEmbedder[] { new FakeSentenceEmbedder(ready: true), new FakeSentenceEmbedder(ready: false) })
        {
            PitchReport pitch = PitchChecker.Check(input, embedder: embedder);
            PitchReport voicemail = VoicemailChecker.Check(input, Samples.Now, embedder: embedder);
            EmailReport email = OutreachEmailChecker.Check(input, embedder: embedder);
            QuestionCheck question = QuestionChecker.Check(input, ["What does a typical day look like?"], embedder: embedder);

            Assert.InRange(pitch.Score, 0, 100);
            Assert.InRange(email.Score, 0, 100);
            Assert.False(string.IsNullOrWhiteSpace(pitch.Rewrite), name);
            Assert.False(string.IsNullOrWhiteSpace(voicemail.Rewrite), name);
            Assert.All(pitch.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
            Assert.All(email.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
            Assert.NotNull(question);
        }
    }

    [Fact]
    public void EmptyTextGetsNothingToCheckRatherThanPraise()
    {
        PitchReport pitch = PitchChecker.Check(string.Empty, embedder: new FakeSentenceEmbedder(ready: true));
        QuestionCheck question = QuestionChecker.Check("   ", embedder: new FakeSentenceEmbedder(ready: true));

        Assert.Contains(pitch.Missing, m => m.Contains("nothing here to check", StringComparison.Ordinal));
        Assert.True(question.Has(QuestionFindingKind.Empty));
    }

    [Fact]
    public void ThePrototypesAreEmbeddedOnceAndOnlySentencesInDoubtAreEmbedded()
    {
        var embedder = new FakeSentenceEmbedder(ready: true);
        foreach (Text.MeaningPrototypes examples in (Text.MeaningPrototypes[])[AskPrototypes.HowGotName, AskPrototypes.ChecksAvailability, AskPrototypes.ResearchPurpose, AskPrototypes.NotJobRequest, AskPrototypes.LeavesChoice, AskPrototypes.AsksForJob, AskPrototypes.BusyAndBrief])
        {
            Assert.True(examples.Warm(embedder));
        }

        int afterFirst = embedder.TextsEmbedded;

        // Worded so that the phrase rules leave most of it open: only its own sentences are embedded, never the examples.
        const string Pitch = "Good afternoon, Ravi on the line. Lovely weather today. The events team passed me your number.";
        PitchChecker.Check(Pitch, embedder: embedder);
        int sentences = Text.SentenceSplitter.SplitUnits(Pitch).Count;
        Assert.InRange(embedder.TextsEmbedded - afterFirst, 1, sentences);

        // Checked again, every sentence's vector is already cached.
        int afterSecond = embedder.TextsEmbedded;
        PitchChecker.Check(Pitch, embedder: embedder);
        Assert.Equal(afterSecond, embedder.TextsEmbedded);
    }
}
