using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using InterviewCoach.Bot.Slack;
using InterviewCoach.Bot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>
/// Replays a corpus over real HTTP in batches with modest parallelism. Around every batch of requests that must be
/// refused it waits for the host to be idle and snapshots every table; a batch answered only with 4xx must leave them
/// exactly as they were. Requests that may be handled run without snapshots, and those of them that were refused are
/// replayed afterwards in bracketed batches of their own, so every refused request is checked.
/// </summary>
internal sealed class CorpusRunner(HttpClient client, IServiceProvider services)
{
    public const int Parallelism = 4;
    public const int BatchSize = 50;

    private readonly CoachTables _tables = services.GetRequiredService<CoachTables>();
    private readonly SlackWorkQueue? _slackQueue = services.GetService<SlackWorkQueue>();
    private readonly List<CorpusResult> _results = [];
    private readonly List<string> _failures = [];

    public IReadOnlyList<CorpusResult> Results => _results;

    public IReadOnlyList<string> Failures => _failures;

    public int RejectedBatchesChecked { get; private set; }

    /// <summary>Time spent waiting for the host to go idle and snapshotting, as opposed to sending.</summary>
    public TimeSpan SettleTime { get; private set; }

    public async Task RunAsync(IReadOnlyList<CorpusCase> cases)
    {
        // Cases that must be refused run first, in snapshot-bracketed batches; the rest run unbracketed, and
        // whatever of them was refused is replayed at the end in bracketed batches of its own.
        await RunCheckedAsync([.. cases.Where(c => c.Expect is CaseExpectation.Rejected or CaseExpectation.Unauthorized or CaseExpectation.TooLarge)], replay: false);
        var recheck = new List<CorpusCase>();
        foreach (CorpusCase[] batch in cases.Where(c => c.Expect is CaseExpectation.NoServerError or CaseExpectation.NotImplementedInvoke).Chunk(BatchSize))
        {
            CorpusResult[] results = await SendBatchAsync(batch);
            _results.AddRange(results);
            foreach (CorpusResult result in results)
            {
                Check(result);
            }

            recheck.AddRange(results.Where(r => r.IsRefusal).Select(r => r.Case));
        }

        await RunCheckedAsync(recheck, replay: true);
    }

    /// <summary>Waits until no Slack work is queued and two snapshots a moment apart agree; returns the last.</summary>
    public async Task<TableSnapshot> SettleAsync()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await SettleCoreAsync(clock);
        }
        finally
        {
            SettleTime += clock.Elapsed;
        }
    }

    private async Task<TableSnapshot> SettleCoreAsync(Stopwatch clock)
    {
        TableSnapshot previous = await TableSnapshot.TakeAsync(_tables);
        while (true)
        {
            await Task.Delay(40);
            bool queued = _slackQueue is not null && _slackQueue.Waiting > 0;
            TableSnapshot current = await TableSnapshot.TakeAsync(_tables);
            if (!queued && current.ChangesSince(previous).Count == 0)
            {
                return current;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("The host did not go idle within a minute, so no snapshot can be trusted.");
            }

            previous = current;
        }
    }

    public async Task<CorpusResult> SendAsync(CorpusCase corpusCase)
    {
        using var request = new HttpRequestMessage(corpusCase.Method, corpusCase.Path);
        if (corpusCase.Body is not null)
        {
            request.Content = corpusCase.Chunked ? new StreamContent(new MemoryStream(corpusCase.Body)) : new ByteArrayContent(corpusCase.Body);
            if (corpusCase.Chunked)
            {
                request.Headers.TransferEncodingChunked = true;
            }

            if (corpusCase.ContentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(corpusCase.ContentType);
            }
        }

        foreach ((string name, string value) in corpusCase.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using HttpResponseMessage response = await client.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return new CorpusResult(corpusCase, (int)response.StatusCode, null);
        }
        catch (HttpRequestException ex) when (corpusCase.Expect == CaseExpectation.TooLarge && ex.HttpRequestError is HttpRequestError.ResponseEnded or HttpRequestError.Unknown)
        {
            // Refusing a large upload early may reset the connection before the client reads the 413.
            return new CorpusResult(corpusCase, (int)HttpStatusCode.RequestEntityTooLarge, ex.HttpRequestError.ToString());
        }
        catch (HttpRequestException ex)
        {
            return new CorpusResult(corpusCase, 0, ex.Message);
        }
    }

    /// <summary>Runs batches with a settled snapshot between each two; a batch answered only with 4xx must change nothing.</summary>
    private async Task RunCheckedAsync(List<CorpusCase> cases, bool replay)
    {
        if (cases.Count == 0)
        {
            return;
        }

        TableSnapshot before = await SettleAsync();
        foreach (CorpusCase[] batch in cases.Chunk(BatchSize))
        {
            CorpusResult[] results = await SendBatchAsync(batch);
            TableSnapshot after = await SettleAsync();
            foreach (CorpusResult result in results)
            {
                if (!replay)
                {
                    _results.Add(result);
                    Check(result);
                }
                else if (!result.IsRefusal)
                {
                    _failures.Add($"{result.Case}: refused at first, answered {result.Status} when replayed");
                }
            }

            if (results.All(r => r.IsRefusal))
            {
                RecordChanges(batch, after.ChangesSince(before));
            }

            before = after;
        }
    }

    private async Task<CorpusResult[]> SendBatchAsync(CorpusCase[] batch)
    {
        var results = new CorpusResult[batch.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, batch.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (i, _) => results[i] = await SendAsync(batch[i]));
        return results;
    }

    private void RecordChanges(CorpusCase[] batch, IReadOnlyList<string> changes)
    {
        RejectedBatchesChecked++;
        if (changes.Count > 0)
        {
            _failures.Add($"a batch of {batch.Length} refused requests changed state ({string.Join("; ", changes.Take(5))}); the batch: {string.Join(" / ", batch.Select(c => c.ToString()))}");
        }
    }

    private void Check(CorpusResult result)
    {
        string? problem = result.Case.Expect switch
        {
            _ when result.Status == 0 => "no answer: " + result.Error,
            CaseExpectation.NotImplementedInvoke => result.Status == 501 ? null : "expected 501",
            _ when result.Status >= 500 => "server error",
            CaseExpectation.Rejected when !result.IsRefusal => "expected a 4xx",
            CaseExpectation.Unauthorized when result.Status != 401 => "expected 401",
            CaseExpectation.TooLarge when result.Status != 413 => "expected 413",
            _ => null,
        };
        if (problem is not null)
        {
            _failures.Add($"{result.Case}: answered {result.Status}, {problem}");
        }
    }
}
