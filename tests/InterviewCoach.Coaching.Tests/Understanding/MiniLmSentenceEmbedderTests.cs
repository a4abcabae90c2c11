using InterviewCoach.Coaching.Understanding;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>Runs the real model shipped in the package: the one place the unit tests do not use a fake embedder.</summary>
public sealed class MiniLmSentenceEmbedderTests : IClassFixture<MiniLmSentenceEmbedderTests.LoadedModel>
{
    private readonly MiniLmSentenceEmbedder _embedder;

    public MiniLmSentenceEmbedderTests(LoadedModel model) => _embedder = model.Embedder;

    [Fact]
    public void ParaphrasesAreCloserThanUnrelatedSentences()
    {
        IReadOnlyList<float[]> v = _embedder.Embed([
            "so is this basically a job interview?",
            "Is an informational interview the same as interviewing for a job?",
            "what's the weather like in Leeds tomorrow"])!;

        float paraphrase = SentenceVectors.Similarity(v[0], v[1]);
        float unrelated = SentenceVectors.Similarity(v[0], v[2]);
        Assert.True(paraphrase > unrelated + 0.3f, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Fact]
    public void VectorsAreUnitLength()
    {
        float[] v = _embedder.EmbedOne("I'm nervous about calling people I don't know")!;
        Assert.Equal(_embedder.Dimensions, v.Length);
        Assert.InRange(SentenceVectors.Similarity(v, v), 0.99f, 1.01f);
    }

    [Theory]
    [InlineData("")]
    [InlineData("😀😀😀")]
    [InlineData("¿Dónde puedo encontrar contactos en mi campo?")]
    public void AwkwardInputStillGetsAVector(string text) => Assert.Equal(384, _embedder.EmbedOne(text)!.Length);

    [Fact]
    public void AVeryLongPasteIsCutToWhatTheModelReads()
    {
        string paste = string.Concat(Enumerable.Repeat("I would love to hear about your work. ", 300));
        float[] whole = _embedder.EmbedOne(paste)!;
        float[] cut = _embedder.EmbedOne(paste[..MiniLmSentenceEmbedder.MaxCharacters])!;
        Assert.InRange(SentenceVectors.Similarity(whole, cut), 0.999f, 1.001f);
    }

    [Fact]
    public void ConcurrentCallsAllGetTheirOwnAnswer()
    {
        string[] texts = ["tell me about yourself", "my reminders", "delete my data", "what should I wear"];
        float[][] expected = texts.Select(t => _embedder.EmbedOne(t)!).ToArray();
        Parallel.For(0, 64, i =>
        {
            float[] got = _embedder.EmbedOne(texts[i % texts.Length])!;
            Assert.InRange(SentenceVectors.Similarity(got, expected[i % texts.Length]), 0.999f, 1.001f);
        });
    }

    [Fact]
    public void BeforeLoadingItAnswersNull()
    {
        using var notLoaded = new MiniLmSentenceEmbedder();
        Assert.False(notLoaded.IsReady);
        Assert.Null(notLoaded.Embed(["hello"]));
    }

    public sealed class LoadedModel : IDisposable
    {
        public LoadedModel()
        {
            Assert.True(Embedder.Load(), Embedder.LoadFailure?.ToString());
        }

        public MiniLmSentenceEmbedder Embedder { get; } = new();

        public void Dispose() => Embedder.Dispose();
    }
}
