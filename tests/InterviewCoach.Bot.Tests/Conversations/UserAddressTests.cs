using InterviewCoach.Bot.Conversations;

namespace InterviewCoach.Bot.Tests.Conversations;

public sealed class UserAddressTests
{
    [Fact]
    public void AnOrdinaryAddressKeepsThePlainKeyItWasStoredUnder()
    {
        Assert.Equal("msteams|72f988bf-86f1-41af-91ab-2d7cd011db47|29:1XJKJMvc5G", new UserAddress("msteams", "72f988bf-86f1-41af-91ab-2d7cd011db47", "29:1XJKJMvc5G").Key);
    }

    [Theory]
    [InlineData("a|b", "c", "a", "b|c")]
    [InlineData("a%7Cb", "c", "a|b", "c")]
    [InlineData("a", "b|", "a|", "b")]
    public void IdsThatContainTheSeparatorNeverShareAUsersKey(string tenant1, string user1, string tenant2, string user2)
    {
        Assert.NotEqual(new UserAddress("slack", tenant1, user1).Key, new UserAddress("slack", tenant2, user2).Key);
    }
}
