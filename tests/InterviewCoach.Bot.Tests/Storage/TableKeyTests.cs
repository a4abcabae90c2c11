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

    [Theory]
    [InlineData(513, 'a')]
    [InlineData(200, '/')]
    [InlineData(40_000, 'x')]
    public void AnIdTooLongForAKeyBecomesAValidKeyOfItsOwn(int length, char filler)
    {
        string id = new(filler, length);
        string encoded = TableKey.Encode(id);

        TableEntityRules.ValidateKey(encoded, "PartitionKey");
        Assert.Equal(TableEntityRules.MaxKeyLength, encoded.Length);
        Assert.Equal(encoded, TableKey.Encode(id));
        Assert.NotEqual(encoded, TableKey.Encode(id + filler));
    }

    [Fact]
    public void LongIdsThatDifferOnlyInLoneSurrogatesGetDifferentKeys()
    {
        string prefix = new('s', 600);
        Assert.NotEqual(TableKey.Encode(prefix + "\ud800"), TableKey.Encode(prefix + "\udfff"));
    }

    [Fact]
    public void NoIdCanSpellAnotherIdsShortenedKey()
    {
        string shortened = TableKey.Encode(new string('v', 600));

        // The shortened key ends in "%%" and a hash; an id spelling exactly that is escaped to something else.
        Assert.Contains("%%", shortened, StringComparison.Ordinal);
        Assert.NotEqual(shortened, TableKey.Encode(shortened));
    }
}
