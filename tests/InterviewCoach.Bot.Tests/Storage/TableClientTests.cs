using Azure;
using InterviewCoach.Bot.Storage;
using InterviewCoach.Bot.Tests.Infrastructure;

namespace InterviewCoach.Bot.Tests.Storage;

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

        await table.AddEntityAsync(written);
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
    public async Task EveryEdmTypeKeepsItsTypeInAnUntypedEntity()
    {
        TableClient table = await azurite.CreateTableAsync("bag");
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var id = Guid.NewGuid();
        var written = new TableEntity("p", "r")
        {
            ["Text"] = "hello",
            ["Count"] = 42,
            ["BigCount"] = 42L,
            ["Flag"] = false,
            ["Ratio"] = 3.0,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 9, 8, 7 },
        };

        await table.UpsertEntityAsync(written, TableUpdateMode.Replace);
        TableEntity read = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal("hello", read["Text"]);
        Assert.IsType<int>(read["Count"]);
        Assert.IsType<long>(read["BigCount"]);
        Assert.Equal(42L, read["BigCount"]);
        Assert.Equal(false, read["Flag"]);
        Assert.IsType<double>(read["Ratio"]);
        Assert.Equal(when, read["When"]);
        Assert.Equal(id, read["Id"]);
        Assert.Equal(new byte[] { 9, 8, 7 }, read["Bytes"]);
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

        Response winner = await table.UpdateEntityAsync(first, first.ETag, TableUpdateMode.Replace);
        RequestFailedException loser = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(second, second.ETag, TableUpdateMode.Replace));

        Assert.Equal(412, loser.Status);
        Assert.Equal("UpdateConditionNotSatisfied", loser.ErrorCode);
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

        ArgumentException onAdd = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        ArgumentException onGet = await Assert.ThrowsAsync<ArgumentException>(() => table.GetEntityIfExistsAsync<TableEntity>("p", key));
        ArgumentException onDelete = await Assert.ThrowsAsync<ArgumentException>(() => table.DeleteEntityAsync(key, "r"));

        Assert.Contains(named, onAdd.Message, StringComparison.Ordinal);
        Assert.Contains("PartitionKey", onAdd.Message, StringComparison.Ordinal);
        Assert.Contains("RowKey", onGet.Message, StringComparison.Ordinal);
        Assert.Contains(named, onDelete.Message, StringComparison.Ordinal);
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

        Assert.Contains("Notes", (await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(longString))).Message, StringComparison.Ordinal);
        Assert.Contains("64 KiB", (await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(bigBinary))).Message, StringComparison.Ordinal);
        Assert.Contains("255", (await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(tooMany))).Message, StringComparison.Ordinal);
        Assert.Contains("1 MiB", (await Assert.ThrowsAsync<ArgumentException>(() => table.UpsertEntityAsync(tooLarge))).Message, StringComparison.Ordinal);
        Assert.Contains("1 KiB", (await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity(new string('k', 600), "r")))).Message, StringComparison.Ordinal);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task MissingDuplicateAndStaleWritesSurfaceTheServiceStatusAndCode()
    {
        TableClient table = await azurite.CreateTableAsync("errors");

        RequestFailedException missing = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "none"));
        Assert.Equal(404, missing.Status);
        Assert.Equal("ResourceNotFound", missing.ErrorCode);
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "none"));

        await table.AddEntityAsync(new TableEntity("p", "r"));
        RequestFailedException duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));
        Assert.Equal(409, duplicate.Status);
        Assert.Equal("EntityAlreadyExists", duplicate.ErrorCode);

        TableEntity current = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.UpdateEntityAsync(current, current.ETag);
        RequestFailedException staleDelete = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", current.ETag));
        Assert.Equal(412, staleDelete.Status);

        RequestFailedException updateMissing = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "gone"), ETag.All));
        Assert.Equal(404, updateMissing.Status);
    }

    [Fact]
    public async Task MergeKeepsUnsentPropertiesAndReplaceDropsThem()
    {
        TableClient table = await azurite.CreateTableAsync("modes");
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = "a2" }, TableUpdateMode.Merge);
        TableEntity merged = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = "a3" }, TableUpdateMode.Replace);
        TableEntity replaced = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        Assert.Equal("a2", merged["A"]);
        Assert.Equal("b", merged["B"]);
        Assert.Equal("a3", replaced["A"]);
        Assert.False(replaced.ContainsKey("B"));
    }

    [Fact]
    public async Task DeleteRemovesAndToleratesAMissingEntity()
    {
        TableClient table = await azurite.CreateTableAsync("delete");
        await table.AddEntityAsync(new TableEntity("p", "r"));

        await table.DeleteEntityAsync("p", "r");
        await table.DeleteEntityAsync("p", "r");

        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "r"));
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
        await table.UpdateEntityAsync(read, read.ETag);
        await table.DeleteEntityAsync(key, key, ETag.All);

        Assert.Equal(key, read.PartitionKey);
        Assert.Equal(key, read.RowKey);
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>(key, key));
    }

    [Fact]
    public async Task ATransactionIsAllOrNothing()
    {
        TableClient table = await azurite.CreateTableAsync("batch");
        await table.AddEntityAsync(new TableEntity("p", "existing"));

        RequestFailedException failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new1")),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "existing")),
        ]));

        Assert.Equal(409, failure.Status);
        Assert.Null(await table.GetEntityIfExistsAsync<TableEntity>("p", "new1"));

        IReadOnlyList<ETag> etags = await table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new1")),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "existing") { ["X"] = 1 }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new2")),
        ]);
        Assert.Equal(3, etags.Count);
        Assert.All(etags, e => Assert.NotEqual(default, e));
        Assert.NotNull(await table.GetEntityIfExistsAsync<TableEntity>("p", "new2"));
        Assert.Equal(1, (await table.GetEntityAsync<TableEntity>("p", "existing")).Value["X"]);
    }

    [Fact]
    public async Task ATransactionAcrossPartitionsIsRefusedBeforeAnyRequest()
    {
        TableClient table = azurite.Service.GetTableClient("anytable");
        int before = azurite.Requests.Count;

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p1", "r")),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p2", "r")),
        ]));

        Assert.Equal(before, azurite.Requests.Count);
    }

    [Fact]
    public async Task AWrongAccountKeyIsRejectedByTheService()
    {
        var wrong = new TableConnectionString(azurite.Azurite.ConnectionString.TableEndpoint, TableConnectionString.DevelopmentAccountName, Convert.ToBase64String(new byte[64]));
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;

        RequestFailedException failure = await Assert.ThrowsAsync<RequestFailedException>(() => new TableServiceClient(wrong, options).PingAsync());

        Assert.Equal(403, failure.Status);
    }
}
