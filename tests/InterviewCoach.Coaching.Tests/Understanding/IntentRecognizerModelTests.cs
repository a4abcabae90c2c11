using System.Text.Json;
using InterviewCoach.Coaching.Understanding;
using InterviewCoach.Dialogs.Recognition;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.Understanding;

/// <summary>The recognizer and the answer checks on the real sentence model, and the held-aside labelled set.</summary>
public sealed class IntentRecognizerModelTests : IClassFixture<IntentRecognizerModelTests.LoadedRecognizer>
{
    private readonly LoadedRecognizer _loaded;

    public IntentRecognizerModelTests(LoadedRecognizer loaded) => _loaded = loaded;

    [Theory]
    [InlineData("so is this basically a job interview?", "ask.job-interview")]
    [InlineData("why bother doing these?", "ask.why-bother")]
    [InlineData("I'm nervous about calling", "ask.nervous-calling")]
    [InlineData("should I attach my CV?", "ask.resume")]
    [InlineData("how do I answer tell me about yourself?", "ask.about-me")]
    [InlineData("I've never done one of these", "ask.first-time")]
    [InlineData("remind me what a thumbnail sketch is", "ask.about-me")]
    [InlineData("show me my reminders please", "cmd.reminders")]
    [InlineData("delete the contact I just added", "cmd.contacts")]
    [InlineData("please delete all my data", "cmd.delete-data")]
    [InlineData("reminders", "cmd.reminders")]
    public void TheIssuesMessagesAreUnderstood(string text, string intent)
    {
        IntentMatch match = _loaded.Recognizer.Recognize(text);
        Assert.Equal(intent, match.Intent);
        Assert.True(match.IsConfident, $"{text}: {match.Score}");
    }

    [Theory]
    [InlineData("remind me to post the portfolio to Ines on thursday", "cmd.reminders")]
    [InlineData("could you remind me to bring a notebook on the 12th?", "cmd.reminders")]
    [InlineData("remind me, how many questions is a sensible number?", "ask.what-to-ask")]
    [InlineData("remind me to ask about pay, is that alright?", "ask.what-to-ask")]
    [InlineData("shw me my contcts plz", "cmd.contacts")]
    [InlineData("wat shud i say if she offers me work", "ask.job-offered")]
    public void RemindersAskedForAndHurriedTypingAreUnderstood(string text, string intent) =>
        Assert.Equal(intent, _loaded.Recognizer.Recognize(text).Intent);

    [Theory]
    [InlineData("she restores church frescoes in Lviv, how would I find more people like her to talk to?", "ask.who-to-ask")]
    [InlineData("the glaciologist still hasn't written back, do I nudge him", "ask.no-reply")]
    [InlineData("open my saved people, I can't remember the falconer's surname", "cmd.contacts")]
    [InlineData("give me a backup file of everything, my tablet is being repaired", "cmd.export")]
    [InlineData("the tram was late again and I missed my pottery class", "none")]
    [InlineData("I can't remember the falconer's surname, it started with a W", "none")]
    [InlineData("my tablet is being repaired, the screen cracked on Sunday", "none")]
    public void TheRequestInOneClauseOfALongerMessageIsUnderstood(string text, string intent) =>
        Assert.Equal(intent, _loaded.Recognizer.Recognize(text).Intent);

    [Fact]
    public void AMessageSureWholeStaysSureWhenReadByClauses()
    {
        IntentMatch match = _loaded.Recognizer.Recognize("so, the ferry pilot said yes, we meet Friday - where is best to meet, his office or a café?");
        Assert.Equal("ask.where-to-meet", match.Intent);
        Assert.True(match.IsConfident, $"{match.Score}");
    }

    [Theory]
    [InlineData("i've been a lab technician for 8 years, hoping to move into food science. how to begin this informational interview idea")]
    [InlineData("give me a backup file of everything, my tablet is being repaired")]
    public void WhatOnlyTheClausesMakeSureIsOfferedNotActedOn(string text)
    {
        IntentMatch match = _loaded.Recognizer.Recognize(text);
        Assert.Equal(IntentConfidence.Unsure, match.Confidence);
        Assert.Contains(match.Intent, match.Candidates);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🦄🔥💼")]
    [InlineData("¿Dónde puedo encontrar contactos en mi campo?")]
    [InlineData("我不知道该问什么问题")]
    [InlineData("asdf qwer zxcv")]
    public void OddInputIsNoneOrAGuessNeverAnException(string text)
    {
        IntentMatch match = _loaded.Recognizer.Recognize(text);
        Assert.InRange(match.Score, 0f, 1f);
        Assert.False(match.IsConfident && IntentIds.IsCommand(match.Intent), $"{text} was read as {match.Intent}");
    }

    [Fact]
    public void TenThousandCharactersAreReadQuickly()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        IntentMatch match = _loaded.Recognizer.Recognize(string.Concat(Enumerable.Repeat("what should I wear to the meeting? ", 300)));
        Assert.Equal("ask.what-to-wear", match.Intent);
        Assert.True(started.ElapsedMilliseconds < 2000, $"{started.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void ManyTurnsAtOnceGetTheirOwnAnswers()
    {
        string[] texts = ["should I attach my CV?", "my reminders", "what should I wear", "tell me a joke"];
        string[] expected = [.. texts.Select(t => _loaded.Recognizer.Recognize(t).Intent)];
        Parallel.For(0, 48, i => Assert.Equal(expected[i % texts.Length], _loaded.Recognizer.Recognize(texts[i % texts.Length]).Intent));
    }

    [Fact]
    public void TheHeldAsideSetIsNotAmongTheExamplesAndIsMostlyRight()
    {
        var examples = IntentExamples.All.SelectMany(e => e.Texts).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var items = File.ReadAllLines(DataFile("intents.held-aside.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .Select(e => (Text: e.GetProperty("text").GetString()!, Intent: e.GetProperty("intent").GetString()!))
            .ToList();

        Assert.True(items.Count >= 300, $"{items.Count} items");
        Assert.All(IntentExamples.All, e => Assert.True(items.Count(i => i.Intent == e.Intent) >= 8, e.Intent));
        Assert.DoesNotContain(items, i => examples.Contains(TextNormalizer.Normalize(i.Text)));

        double accuracy = items.Count(i => _loaded.Recognizer.Recognize(i.Text).Intent == i.Intent) / (double)items.Count;
        Assert.True(accuracy >= 0.9, $"held-aside accuracy {accuracy:F3}");
    }

    [Theory]
    [InlineData("intents.heldout2.jsonl")]
    [InlineData("intents.heldout3.jsonl")]
    [InlineData("intents.heldout4.jsonl")]
    [InlineData("intents.heldout5.jsonl")]
    [InlineData("intents.heldout6.jsonl")]
    [InlineData("intents.heldout7.jsonl")]
    public void TheLaterHeldAsideBatchesAreNotAmongTheExamplesAndCoverEveryIntent(string file)
    {
        var examples = IntentExamples.All.SelectMany(e => e.Texts).Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        var items = File.ReadAllLines(DataFile(file))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<JsonElement>(l))
            .Select(e => (Text: e.GetProperty("text").GetString()!, Intent: e.GetProperty("intent").GetString()!))
            .ToList();

        Assert.All(IntentExamples.All, e => Assert.True(items.Count(i => i.Intent == e.Intent) >= 3, e.Intent));
        Assert.DoesNotContain(items, i => examples.Contains(TextNormalizer.Normalize(i.Text)));
    }

    [Theory]
    [InlineData("anything really", true)]
    [InlineData("honestly no clue yet", true)]
    [InlineData("whatever pays the bills", true)]
    [InlineData("data analysis", false)]
    [InlineData("pediatric nursing (healthcare), school counselling", false)]
    [InlineData("marine biology", false)]
    public void VagueFieldsAreToldApartFromFields(string text, bool vague) =>
        Assert.Equal(vague, _loaded.Slots.IsVagueField(text));

    [Theory]
    [InlineData("my goal is to get her to hire me", true)]
    [InlineData("convince them to give me a position", true)]
    [InlineData("get my foot in the door at her company", true)]
    [InlineData("learn how people get hired in this field", false)]
    [InlineData("understand what a day as a nurse is like", false)]
    [InlineData("find out which certifications matter", false)]
    public void HiringGoalsAreToldApartFromInformationGoals(string text, bool hiring) =>
        Assert.Equal(hiring, _loaded.Slots.IsHiringGoal(text));

    [Fact]
    public async Task TheWholeCoachAnswersAFirstTimerAtTheNamePromptWithTheRealModel()
    {
        var coach = new CoachHarness(embedder: _loaded.Embedder);
        await coach.Client.Send("hi");
        await coach.Client.Send("goal").AssertReply("set your goals").AssertReply("what name do you give");

        await coach.Client.Send("I've never done one of these").AssertReply("informal").AssertReply("what name do you give");
        await coach.Client.Send("why would a busy person even agree to meet me?").AssertReply("keeps them current").AssertReply("what name do you give");
        await coach.Client.Send("Priya").AssertReply("phone number");
        await coach.Client.Send("show me my reminders").AssertReply<ChoiceReply>(r => r.Markdown == "Leave setting your goals and open your reminders?");
    }

    [Fact]
    public async Task OfferingTheResumeAtTheCloseIsAnsweredAsAJudgementCall()
    {
        var coach = new CoachHarness(embedder: _loaded.Embedder);
        await coach.Client.Send("hi");

        await coach.Client.Send("should I give them my CV when we're wrapping up?")
            .AssertReply(r => r.ToPlainText().Contains("At the end you may ask whether they'd like a copy", StringComparison.Ordinal)
                && r.ToPlainText().Contains("the relationship matters more than the résumé", StringComparison.Ordinal));
    }

    private static string DataFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "bench", "InterviewCoach.Eval", "Data", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }

    public sealed class LoadedRecognizer
    {
        public LoadedRecognizer()
        {
            Assert.True(Embedder.Load(), Embedder.LoadFailure?.ToString());
            Recognizer = new IntentRecognizer(Embedder, IntentCommands.ExactWords);

            // A turn never waits for the examples (another test class may be embedding them): the tests do.
            Recognizer.Prepare(CancellationToken.None);
            Slots = new SlotAnswers(Embedder, Recognizer);
            Slots.Prepare(CancellationToken.None);
        }

        public MiniLmSentenceEmbedder Embedder { get; } = MiniLmSentenceEmbedder.Shared;

        internal IntentRecognizer Recognizer { get; }

        internal SlotAnswers Slots { get; }
    }
}
