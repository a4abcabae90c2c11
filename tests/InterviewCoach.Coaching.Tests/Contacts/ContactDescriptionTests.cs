using InterviewCoach.Coaching.Contacts;

namespace InterviewCoach.Coaching.Tests.Contacts;

public sealed class ContactDescriptionTests
{
    [Theory]
    [InlineData("she's a UX researcher at Spotify", "UX researcher", "Spotify")]
    [InlineData("he is CMIO at Narayana Health", "CMIO", "Narayana Health")]
    [InlineData("she is head of nursing in Apollo Hospitals", "head of nursing", "Apollo Hospitals")]
    public void WhatTheContactDoesIsReadWithOrWithoutAnArticle(string said, string role, string organisation) =>
        Assert.Equal((role, organisation), ContactDescription.Read(said));

    [Theory]
    [InlineData("she's based in London")]
    [InlineData("he is still at Infosys")]
    [InlineData("she is happy to chat with anyone")]
    [InlineData("he is friends with Kemi")]
    [InlineData("he's my old manager")]
    public void WhereTheyAreOrHowTheUserKnowsThemIsNoRole(string said) =>
        Assert.True(ContactDescription.Read(said) is not { Role: not null });
}
