using Azure;
using Azure.Data.Tables;
using InterviewCoach.Bot.Diagnostics;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Storage;

/// <summary>
/// What the stores rely on from Azure.Data.Tables, against a real Azurite, and the package's known traps with what we
/// do about each: enum filter arguments, the outage surfacing as <see cref="AggregateException"/>, the empty or
/// unconditional transaction, and the missing client-side validation.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class TableClientTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryEdmTypeRoundTripsThroughATypedEntity()
    {
        TableClient table = await azurite.CreateTableAsync("types");
        var written = new AllTypesEntity
        {
            PartitionKey = "p",
            RowKey = "r",
            Text = "Ünïcødé ✓ 😀 مرحبا",
            Count = int.MinValue,
            BigCount = long.MaxValue,
            Flag = true,
            Ratio = 1.0,
            When = new DateTimeOffset(2026, 11, 21, 9, 30, 15, 123, TimeSpan.FromHours(-5)),
            Id = Guid.NewGuid(),
            Bytes = [0, 1, 2, 254, 255],
            Day = DayOfWeek.Thursday,
        };

        await table.InsertAsync(written);
        AllTypesEntity read = (await table.GetEntityAsync<AllTypesEntity>("p", "r")).Value;

        Assert.Equal(written.Text, read.Text);
        Assert.Equal(int.MinValue, read.Count);
        Assert.Equal(long.MaxValue, read.BigCount);
        Assert.True(read.Flag);
        Assert.Equal(1.0, read.Ratio);
        Assert.Equal(written.When, read.When);
        Assert.Null(read.MaybeWhen);
        Assert.Null(read.MaybeCount);
        Assert.Equal(written.Id, read.Id);
        Assert.Equal(written.Bytes, read.Bytes);
        Assert.Equal(DayOfWeek.Thursday, read.Day);
        Assert.NotEqual(default, read.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task TwoWritersWithTheSameETagOneWinsAndTheOtherGets412()
    {
        TableClient table = await azurite.CreateTableAsync("race");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = 0 });
        TableEntity first = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        TableEntity second = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        first["Value"] = 1;
        second["Value"] = 2;

        Response winner = await table.ReplaceAsync(first, first.ETag);
        RequestFailedException loser = await Assert.ThrowsAsync<RequestFailedException>(() => table.ReplaceAsync(second, second.ETag));

        Assert.Equal(412, loser.Status);
        Assert.Equal("UpdateConditionNotSatisfied", loser.ErrorCode);
        Assert.True(ConditionalWrite.IsLostRace(loser));
        TableEntity stored = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        Assert.Equal(1, stored["Value"]);
        Assert.Equal(winner.Headers.ETag, stored.ETag);
    }

    [Fact]
    public async Task AQueryAcross2500EntitiesReturnsAllOfThemThroughContinuation()
    {
        TableClient table = await azurite.CreateTableAsync("paging");
        for (int batch = 0; batch < 25; batch++)
        {
            await table.SubmitTransactionAsync(Enumerable.Range(batch * 100, 100)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)) { ["N"] = i })));
        }

        int pages = 0;
        var seen = new HashSet<int>();
        await foreach (Page<TableEntity> page in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"p"}")).AsPages())
        {
            pages++;
            Assert.True(page.Values.Count <= 1000);
            foreach (TableEntity entity in page.Values)
            {
                seen.Add((int)entity["N"]!);
            }
        }

        Assert.Equal(2500, seen.Count);
        Assert.True(pages >= 3, $"expected at least 3 pages, got {pages}");
    }

    [Fact]
    public async Task AFilterWithQuotesAndTypedLiteralsSelectsTheRightEntities()
    {
        TableClient table = await azurite.CreateTableAsync("filter");
        var due = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("o'brien", "1") { ["Due"] = due.AddHours(-1), ["Big"] = 5L });
        await table.AddEntityAsync(new TableEntity("o'brien", "2") { ["Due"] = due.AddHours(1), ["Big"] = 50L });
        await table.AddEntityAsync(new TableEntity("other", "3") { ["Due"] = due.AddHours(-1), ["Big"] = 5L });

        var rows = new List<string>();
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"o'brien"} and Due le {due} and Big lt {10L}")))
        {
            rows.Add(entity.RowKey);
        }

        Assert.Equal(["1"], rows);
    }

    [Fact]
    public async Task AnEnumFilterArgumentThrowsSoEnumsArePassedAsTheNamesTheyAreStoredAs()
    {
        TableClient table = await azurite.CreateTableAsync("enums");
        await table.InsertAsync(new AllTypesEntity { PartitionKey = "p", RowKey = "thu", Day = DayOfWeek.Thursday });
        await table.InsertAsync(new AllTypesEntity { PartitionKey = "p", RowKey = "fri", Day = DayOfWeek.Friday });

        Assert.ThrowsAny<ArgumentException>(() => TableClient.CreateQueryFilter($"Day eq {DayOfWeek.Friday}"));
        var rows = new List<string>();
        await foreach (AllTypesEntity entity in table.QueryAsync<AllTypesEntity>(TableClient.CreateQueryFilter($"Day eq {DayOfWeek.Friday.ToString()}")))
        {
            rows.Add(entity.RowKey);
        }

        Assert.Equal(["fri"], rows);
    }

    [Theory]
    [InlineData("a/b", "'/'")]
    [InlineData("a\\b", "backslash")]
    [InlineData("a#b", "'#'")]
    [InlineData("a?b", "'?'")]
    [InlineData("a\u0001b", "U+0001")]
    [InlineData("a\u007Fb", "U+007F")]
    [InlineData("a\u009Fb", "U+009F")]
    public async Task AForbiddenKeyIsRefusedBeforeAnyRequest(string key, string named)
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        TableClient table = new TableServiceClient(azurite.Azurite.ConnectionString, options).GetTableClient("anytable");

        ArgumentException onInsert = await Assert.ThrowsAsync<ArgumentException>(() => table.InsertAsync(new TableEntity(key, "r")));
        ArgumentException onReplace = await Assert.ThrowsAsync<ArgumentException>(() => table.ReplaceAsync(new TableEntity("p", key), new ETag("W/\"x\"")));
        ArgumentException onChange = await Assert.ThrowsAsync<ArgumentException>(() => table.ChangeAsync<TableEntity>("p", key, _ => new TableEntity(), new ConditionalWriteSteps<TableEntity> { Known = new TableEntity() }));

        Assert.Contains(named, onInsert.Message, StringComparison.Ordinal);
        Assert.Contains("PartitionKey", onInsert.Message, StringComparison.Ordinal);
        Assert.Contains("RowKey", onReplace.Message, StringComparison.Ordinal);
        Assert.Contains(named, onChange.Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task EntitiesOverTheServiceLimitsAreRefusedBeforeAnyRequestWithTheReason()
    {
        var counter = new RequestCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        TableClient table = new TableServiceClient(azurite.Azurite.ConnectionString, options).GetTableClient("anytable");

        var longString = new TableEntity("p", "r") { ["Notes"] = new string('x', 40_000) };
        var bigBinary = new TableEntity("p", "r") { ["Blob"] = new byte[70_000] };
        var tooMany = new TableEntity("p", "r");
        for (int i = 0; i < 253; i++)
        {
            tooMany["P" + i] = i;
        }

        var tooLarge = new TableEntity("p", "r");
        for (int i = 0; i < 20; i++)
        {
            tooLarge["S" + i] = new string('y', 30_000);
        }

        var typedTooLong = new AllTypesEntity { PartitionKey = "p", RowKey = "r", Text = new string('z', 33_000) };

        Assert.Contains("Notes", (await Assert.ThrowsAsync<ArgumentException>(() => table.InsertAsync(longString))).Message, StringComparison.Ordinal);
        Assert.Contains("64 KiB", (await Assert.ThrowsAsync<ArgumentException>(() => table.InsertAsync(bigBinary))).Message, StringComparison.Ordinal);
        Assert.Contains("255", (await Assert.ThrowsAsync<ArgumentException>(() => table.InsertAsync(tooMany))).Message, StringComparison.Ordinal);
        Assert.Contains("1 MiB", (await Assert.ThrowsAsync<ArgumentException>(() => table.ReplaceAsync(tooLarge, new ETag("W/\"x\"")))).Message, StringComparison.Ordinal);
        Assert.Contains("1 KiB", (await Assert.ThrowsAsync<ArgumentException>(() => table.InsertAsync(new TableEntity(new string('k', 600), "r")))).Message, StringComparison.Ordinal);
        Assert.Contains("'Text'", (await Assert.ThrowsAsync<ArgumentException>(() => table.InsertAsync(typedTooLong))).Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task WithoutOurCheckThePackageSendsAnOversizedEntityAndTheServiceRefusesItOpaquely()
    {
        TableClient table = await azurite.CreateTableAsync("nocheck");

        RequestFailedException refused = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["Notes"] = new string('x', 40_000) }));

        Assert.Equal(400, refused.Status);
    }

    [Fact]
    public async Task MissingDuplicateAndStaleWritesSurfaceTheServiceStatusAndCode()
    {
        TableClient table = await azurite.CreateTableAsync("errors");

        RequestFailedException missing = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "none"));
        Assert.Equal(404, missing.Status);
        Assert.Equal("ResourceNotFound", missing.ErrorCode);
        NullableResponse<TableEntity> absent = await table.GetEntityIfExistsAsync<TableEntity>("p", "none");
        Assert.False(absent.HasValue);
        Assert.Null(await table.FindEntityAsync<TableEntity>("p", "none"));

        await table.AddEntityAsync(new TableEntity("p", "r"));
        RequestFailedException duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
        Assert.Equal(409, duplicate.Status);
        Assert.Equal("EntityAlreadyExists", duplicate.ErrorCode);

        TableEntity current = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.ReplaceAsync(current, current.ETag);
        RequestFailedException staleDelete = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", current.ETag));
        Assert.Equal(412, staleDelete.Status);

        RequestFailedException updateMissing = await Assert.ThrowsAsync<RequestFailedException>(() => table.ReplaceAsync(new TableEntity("p", "gone"), new ETag("W/\"datetime'2026-01-01T00%3A00%3A00Z'\"")));
        Assert.Equal(404, updateMissing.Status);
    }

    [Fact]
    public async Task GetEntityIfExistsTakesSelectAsItsThirdParameter()
    {
        TableClient table = await azurite.CreateTableAsync("select");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        TableEntity? narrow = await table.FindEntityAsync<TableEntity>("p", "r", ["A"]);

        Assert.Equal("a", narrow!["A"]);
        Assert.False(narrow.ContainsKey("B"));
        Assert.NotEqual(default, narrow.ETag);
    }

    [Fact]
    public async Task MergeKeepsUnsentPropertiesAndReplaceDropsThem()
    {
        TableClient table = await azurite.CreateTableAsync("modes");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });
        TableEntity first = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["A"] = "a2" }, first.ETag, TableUpdateMode.Merge);
        TableEntity merged = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.ReplaceAsync(new TableEntity("p", "r") { ["A"] = "a3" }, merged.ETag);
        TableEntity replaced = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal("a2", merged["A"]);
        Assert.Equal("b", merged["B"]);
        Assert.Equal("a3", replaced["A"]);
        Assert.False(replaced.ContainsKey("B"));
    }

    [Fact]
    public async Task AReplaceWithoutARealETagIsRefusedSoNoWriteIsUnconditionalByAccident()
    {
        TableClient table = await azurite.CreateTableAsync("noetag");

        await Assert.ThrowsAsync<ArgumentException>(() => table.ReplaceAsync(new TableEntity("p", "r"), default));
        await Assert.ThrowsAsync<ArgumentException>(() => table.ReplaceAsync(new TableEntity("p", "r"), ETag.All));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => table.UpdateEntityAsync(new TableEntity("p", "r"), default));
    }

    [Fact]
    public async Task DeleteRemovesAndToleratesAMissingEntity()
    {
        TableClient table = await azurite.CreateTableAsync("delete");
        await table.AddEntityAsync(new TableEntity("p", "r"));

        Response first = await table.DeleteEntityAsync("p", "r");
        Response second = await table.DeleteEntityAsync("p", "r");

        Assert.Equal(204, first.Status);
        Assert.Equal(404, second.Status);
        Assert.Null(await table.FindEntityAsync<TableEntity>("p", "r"));
    }

    [Theory]
    [InlineData("it's")]
    [InlineData("100% sure")]
    [InlineData("a b+c&d=e")]
    [InlineData("29:1a-Ünï 😀")]
    [InlineData("msteams|tenant|29:abc")]
    public async Task KeysWithQuotesPercentAndUnicodeRoundTrip(string key)
    {
        TableClient table = await azurite.CreateTableAsync("keys");
        await table.AddEntityAsync(new TableEntity(key, key) { ["V"] = 1 });

        TableEntity read = (await table.GetEntityAsync<TableEntity>(key, key)).Value;
        await table.ReplaceAsync(read, read.ETag);
        await table.DeleteEntityAsync(key, key, ETag.All);

        Assert.Equal(key, read.PartitionKey);
        Assert.Equal(key, read.RowKey);
        Assert.Null(await table.FindEntityAsync<TableEntity>(key, key));
    }

    [Fact]
    public async Task ATransactionIsAllOrNothing()
    {
        TableClient table = await azurite.CreateTableAsync("batch");
        await table.AddEntityAsync(new TableEntity("p", "existing"));

        RequestFailedException failure = await Assert.ThrowsAnyAsync<RequestFailedException>(() => table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new1")),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "existing")),
        ]));

        Assert.Equal(409, failure.Status);
        Assert.Null(await table.FindEntityAsync<TableEntity>("p", "new1"));

        TableEntity existing = (await table.GetEntityAsync<TableEntity>("p", "existing")).Value;
        Response<IReadOnlyList<Response>> results = await table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new1")),
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("p", "existing") { ["X"] = 1 }, existing.ETag),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new2")),
        ]);
        Assert.Equal(3, results.Value.Count);
        Assert.All(results.Value, r => Assert.NotNull(r.Headers.ETag));
        Assert.NotNull(await table.FindEntityAsync<TableEntity>("p", "new2"));
        Assert.Equal(1, (await table.GetEntityAsync<TableEntity>("p", "existing")).Value["X"]);
    }

    [Fact]
    public async Task AnEmptyTransactionThrowsAndDeletingAnEmptyPartitionSendsNone()
    {
        TableClient table = await azurite.CreateTableAsync("emptybatch");
        int before = azurite.Requests.Count;

        await Assert.ThrowsAsync<InvalidOperationException>(() => table.SubmitTransactionAsync([]));
        int removed = await table.DeletePartitionAsync("nobody");

        Assert.Equal(0, removed);
        Assert.Equal(before + 1, azurite.Requests.Count); // the query that found nothing; no transaction
    }

    [Fact]
    public async Task AnUpdateActionWithoutAnExplicitETagOverwritesUnconditionally()
    {
        // Why every transaction update here passes the ETag it read: without one the package sends no If-Match.
        TableClient table = await azurite.CreateTableAsync("batchetag");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        TableEntity stale = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        TableEntity fresh = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        fresh["V"] = 2;
        await table.ReplaceAsync(fresh, fresh.ETag);

        stale["V"] = 3;
        await Assert.ThrowsAnyAsync<RequestFailedException>(() => table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.UpdateReplace, stale, stale.ETag)]));
        Assert.Equal(2, (await table.GetEntityAsync<TableEntity>("p", "r")).Value["V"]);

        await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.UpdateReplace, stale)]);
        Assert.Equal(3, (await table.GetEntityAsync<TableEntity>("p", "r")).Value["V"]);
    }

    [Fact]
    public async Task CreatingATableThatExistsIsQuiet()
    {
        TableClient table = await azurite.CreateTableAsync("twice");

        Response<Azure.Data.Tables.Models.TableItem> again = await table.CreateIfNotExistsAsync();

        Assert.Equal(409, again.GetRawResponse().Status);
        Assert.True(StorageInitializer.Existed(again));
    }

    [Fact]
    public async Task AWrongAccountKeyIsRejectedByTheService()
    {
        string wrong = azurite.Azurite.ConnectionString.Replace(AzuriteAccount.Key, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;

        RequestFailedException failure = await Assert.ThrowsAsync<RequestFailedException>(() => new TableServiceClient(wrong, options).PingAsync());

        Assert.Equal(403, failure.Status);
    }

    [Fact]
    public void TheProductionClientLeavesTracingAndRequestLoggingToTheMeter()
    {
        // Nothing collects the SDK's Azure.* sources or its request log; TableRequestMeter makes the table spans.
        TableClientOptions production = StorageExtensions.CreateClientOptions(new TableRequestMeter());

        Assert.False(production.Diagnostics.IsDistributedTracingEnabled);
        Assert.False(production.Diagnostics.IsLoggingEnabled);
    }

    [Fact]
    public async Task AfterItsRetriesAnUnreachableServiceSurfacesAsARequestFailedExceptionNotAnAggregate()
    {
        await using var stopped = new AzuriteProcess();
        await stopped.StartAsync();
        TableClientOptions production = StorageExtensions.CreateClientOptions(new TableRequestMeter());
        TableClient table = new TableServiceClient(stopped.ConnectionString, production).GetTableClient("outage");
        await table.CreateIfNotExistsAsync();
        stopped.Stop();

        var bare = new TableClientOptions();
        bare.Retry.MaxRetries = 1;
        bare.Retry.Delay = TimeSpan.FromMilliseconds(10);
        TableClient withoutPolicy = new TableServiceClient(stopped.ConnectionString, bare).GetTableClient("outage");

        RequestFailedException unreachable = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
        await Assert.ThrowsAsync<AggregateException>(() => withoutPolicy.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(0, unreachable.Status);
        Assert.Equal(StorageUnreachablePolicy.ErrorCode, unreachable.ErrorCode);
    }
}
