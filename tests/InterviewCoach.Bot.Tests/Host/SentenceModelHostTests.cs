using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.BadInput;
using InterviewCoach.Bot.Tests.Infrastructure;
using InterviewCoach.Bot.Tests.Teams;
using InterviewCoach.Coaching;
using InterviewCoach.Coaching.Understanding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewCoach.Bot.Tests.Host;

/// <summary>
/// The host's side of the sentence model: what reaches it (never a button, a command word or a greeting), what happens
/// when it cannot load (one error, then exact words only), and what <c>/api/stats</c> says about it.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class SentenceModelHostTests(AzuriteFixture azurite)
{
    private static int s_counter;

    [Fact]
    public async Task ButtonsCommandWordsAndGreetingsNeverReachTheModelButATypedQuestionDoes()
    {
        var model = new CountingEmbedder();
        await using Host host = await Host.StartAsync(azurite.Azurite, services => services.AddSingleton<ISentenceEmbedder>(model));
        host.Services.GetRequiredService<CoachServices>().PrepareUnderstanding();
        LocalChat chat = host.Chat("counted-" + Guid.NewGuid().ToString("N"));
        await chat.SayAsync("menu");
        int before = model.Texts;

        await chat.SayAsync("hello there");
        await chat.SayAsync("thanks!");
        await chat.SayAsync("goal");
        await chat.SayAsync("Ana Souza");
        (_, IReadOnlyList<ConnectorCall> stage) = await chat.SayAsync("skip");
        string button = stage[^1].Body["suggestedActions"]!["actions"]![0]!["value"]!.GetValue<string>();
        (_, IReadOnlyList<ConnectorCall> fields) = await chat.SayAsync(button);
        Assert.Contains(fields, r => r.PlainText.Contains("fields", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, model.Texts);

        await chat.SayAsync("how long should the meeting be?");
        int afterQuestion = model.Texts;
        Assert.True(afterQuestion > before, "a typed question is read by the model");

        await chat.SayAsync("reminders");
        Assert.Equal(afterQuestion, model.Texts);
    }

    [Fact]
    public async Task AModelThatCannotLoadIsLoggedOnceAndTheCoachStillFollowsCommandWords()
    {
        using var broken = new MiniLmSentenceEmbedder(() => new MemoryStream("not an ONNX model"u8.ToArray()));
        var errors = new List<HostErrorLog>();
        for (int i = 0; i < 2; i++)
        {
            var log = new HostErrorLog();
            errors.Add(log);
            await using Host host = await Host.StartAsync(azurite.Azurite, services =>
            {
                services.AddLogging(logging => logging.AddProvider(log));
                services.AddSingleton(broken);
                services.AddSingleton<ISentenceEmbedder>(broken);
            });
            JsonElement stats = await host.WaitForModelAsync();
            Assert.Equal("failed", stats.GetProperty("modelState").GetString());

            LocalChat chat = host.Chat("broken-" + Guid.NewGuid().ToString("N"));
            await chat.SayAsync("menu");
            (int status, IReadOnlyList<ConnectorCall> question) = await chat.SayAsync("how long should the meeting be?");
            Assert.Equal(200, status);
            Assert.NotEmpty(question);
            (_, IReadOnlyList<ConnectorCall> goal) = await chat.SayAsync("goal");
            Assert.Contains(goal, r => r.PlainText.Contains("set your goals", StringComparison.OrdinalIgnoreCase));
        }

        string failure = Assert.Single(errors.SelectMany(e => e.Entries));
        Assert.Contains("Sentence model failed to load", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatsSayWhenTheModelWasReadyAndWhatItCost()
    {
        await using Host host = await Host.StartAsync(azurite.Azurite);
        JsonElement ready = await host.WaitForModelAsync();
        Assert.Equal("ready", ready.GetProperty("modelState").GetString());
        Assert.True(ready.GetProperty("modelReadyAfterMs").GetDouble() > 0);

        LocalChat chat = host.Chat("stats-" + Guid.NewGuid().ToString("N"));
        await chat.SayAsync("menu");
        await chat.SayAsync("how long should the meeting be " + Guid.NewGuid().ToString("N")[..6] + "?");
        JsonElement after = await host.StatsAsync();

        Assert.True(after.GetProperty("modelCalls").GetInt64() > ready.GetProperty("modelCalls").GetInt64());
        Assert.True(after.GetProperty("modelTexts").GetInt64() > ready.GetProperty("modelTexts").GetInt64());
        Assert.True(after.GetProperty("modelMs").GetDouble() > ready.GetProperty("modelMs").GetDouble());
        Assert.True(after.GetProperty("modelCacheHits").GetInt64() >= 0);
    }

    /// <summary>Unit vectors from the words' hashes, counting every text it is asked to embed.</summary>
    private sealed class CountingEmbedder : ISentenceEmbedder
    {
        private int _texts;

        public bool IsReady => true;

        public int Dimensions => 64;

        public int Texts => Volatile.Read(ref _texts);

        public IReadOnlyList<float[]>? Embed(IReadOnlyList<string> texts)
        {
            Interlocked.Add(ref _texts, texts.Count);
            return [.. texts.Select(text =>
            {
                var vector = new float[Dimensions];
                foreach (string word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    vector[(word.GetHashCode(StringComparison.Ordinal) & 0x7fffffff) % Dimensions] += 1f;
                }

                float norm = MathF.Sqrt(vector.Sum(v => v * v));
                return norm == 0 ? vector : vector.Select(v => v / norm).ToArray();
            })];
        }
    }

    /// <summary>The real host on Kestrel in local mode with the real coach and stats on; replies caught by a loopback connector.</summary>
    private sealed class Host : IAsyncDisposable
    {
        private readonly BotFactory _factory;
        private readonly FakeChannel _channel;
        private readonly HttpClient _client;

        private Host(BotFactory factory, FakeChannel channel, HttpClient client)
        {
            _factory = factory;
            _channel = channel;
            _client = client;
        }

        public IServiceProvider Services => _factory.Services;

        public static async Task<Host> StartAsync(AzuriteProcess azurite, Action<IServiceCollection>? services = null)
        {
            FakeChannel channel = await FakeChannel.StartAsync();
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["Storage:TablePrefix"] = "model" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6],
                ["urls"] = "http://127.0.0.1:0",
                ["Teams:TypingDelay"] = "00:10:00",
                ["Teams:ReplyWait"] = "00:00:10",
                ["Reminders:PollInterval"] = "01:00:00",
                ["Diagnostics:Stats"] = "true",
            };
            var factory = BotFactory.WithStorage(azurite, settings, services);
            factory.UseKestrel();
            factory.StartServer();
            foreach (TableClient table in factory.Services.GetRequiredService<CoachTables>().All)
            {
                await table.CreateIfNotExistsAsync();
            }

            string address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Host(factory, channel, new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") });
        }

        public LocalChat Chat(string userId) => new(_client, _channel, userId);

        public async Task<JsonElement> StatsAsync()
        {
            using HttpResponseMessage response = await _client.GetAsync("api/stats");
            response.EnsureSuccessStatusCode();
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        /// <summary>Stats once the model is ready or has failed (the first load in a test run takes seconds).</summary>
        public async Task<JsonElement> WaitForModelAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (true)
            {
                JsonElement stats = await StatsAsync();
                if (stats.GetProperty("modelState").GetString() is "ready" or "failed")
                {
                    return stats;
                }

                await Task.Delay(100, timeout.Token);
            }
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await _factory.DisposeAsync();
            await _channel.DisposeAsync();
        }
    }
}
