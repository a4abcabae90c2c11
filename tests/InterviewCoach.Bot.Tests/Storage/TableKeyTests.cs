using InterviewCoach.Bot.Storage;

namespace InterviewCoach.Bot.Tests.Storage;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("plain-id")]
    [InlineData("a/b\\c#d?e")]
    [InlineData("100%")]
    [InlineData("%2F")]
    [InlineData("ctl\u0001\u007F\u0085")]
    [InlineData("19:abc@thread.tacv2;messageid=1")]
    public void EncodingIsSafeForTheServiceAndReversible(string id)
    {
        string encoded = TableKey.Encode(id);

        TableEntityRules.ValidateKey(encoded, "PartitionKey");
        Assert.Equal(id, TableKey.Decode(encoded));
    }

    [Fact]
    public void DistinctIdsNeverCollide()
    {
        Assert.NotEqual(TableKey.Encode("a/b"), TableKey.Encode("a%2Fb"));
    }
}
