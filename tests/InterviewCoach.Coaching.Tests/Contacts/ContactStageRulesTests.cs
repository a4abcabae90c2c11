using InterviewCoach.Coaching.Contacts;
using static InterviewCoach.Coaching.Contacts.ContactStage;

namespace InterviewCoach.Coaching.Tests.Contacts;

public sealed class ContactStageRulesTests
{
    [Theory]
    [InlineData(ToContact, Asked, StageChangeKind.NextStep)]
    [InlineData(Asked, MeetingSet, StageChangeKind.NextStep)]
    [InlineData(Thanked, KeepingInTouch, StageChangeKind.NextStep)]
    [InlineData(ToContact, MeetingSet, StageChangeKind.SkipAhead)]
    [InlineData(Met, KeepingInTouch, StageChangeKind.SkipAhead)]
    [InlineData(Asked, NoAnswer, StageChangeKind.Closed)]
    [InlineData(MeetingSet, Declined, StageChangeKind.Closed)]
    [InlineData(Declined, NoAnswer, StageChangeKind.Closed)]
    [InlineData(NoAnswer, Asked, StageChangeKind.Retry)]
    [InlineData(NoAnswer, MeetingSet, StageChangeKind.SkipAhead)]
    [InlineData(Met, Asked, StageChangeKind.Regression)]
    [InlineData(NoAnswer, ToContact, StageChangeKind.Regression)]
    [InlineData(Declined, Asked, StageChangeKind.Reopened)]
    [InlineData(Met, Met, StageChangeKind.NoChange)]
    public void StageChangeIsClassified(ContactStage from, ContactStage to, StageChangeKind expected)
    {
        Assert.Equal(expected, ContactStageRules.Classify(from, to).Kind);
    }

    [Fact]
    public void AnyStageMayCloseAsDeclinedOrNoAnswer()
    {
        foreach (ContactStage from in Enum.GetValues<ContactStage>())
        {
            Assert.True(from == Declined || ContactStageRules.IsNormal(from, Declined), $"{from} → Declined");
            Assert.True(from == NoAnswer || ContactStageRules.IsNormal(from, NoAnswer), $"{from} → NoAnswer");
        }
    }

    [Fact]
    public void MovingBackIsAllowedButFlaggedAsARegression()
    {
        StageTransition transition = ContactStageRules.Classify(Thanked, MeetingSet);

        Assert.True(transition.IsRegression);
        Assert.False(transition.IsNormal);
        Assert.False(ContactStageRules.IsRegression(Asked, Met));
    }

    [Fact]
    public void NormalNextStagesOfferTheUsualStepFirst()
    {
        IReadOnlyList<ContactStage> next = ContactStageRules.NormalNextStages(Asked);

        Assert.Equal(MeetingSet, next[0]);
        Assert.Contains(NoAnswer, next);
        Assert.Contains(Declined, next);
        Assert.DoesNotContain(ToContact, next);
        Assert.Equal(Asked, ContactStageRules.NormalNextStages(NoAnswer)[0]);
    }

    [Fact]
    public void EveryContactEnumHasItsOwnLabel()
    {
        string[][] groups =
        [
            Enum.GetValues<ContactStage>().Select(s => s.ToLabel()).ToArray(),
            Enum.GetValues<ConnectionKind>().Select(k => k.ToLabel()).ToArray(),
            Enum.GetValues<PreferredChannel>().Select(c => c.ToLabel()).ToArray(),
            Enum.GetValues<StageChangeKind>().Select(k => k.ToLabel()).ToArray(),
        ];

        foreach (string[] labels in groups)
        {
            Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
            Assert.Equal(labels.Length, labels.Distinct().Count());
        }
    }

    [Fact]
    public void NewContactIdsAreSafeTableRowKeys()
    {
        Contact contact = Contact.Create("  Ana Ruiz ", Samples.Now);

        Assert.True(ContactId.IsValid(contact.Id));
        Assert.Equal("Ana Ruiz", contact.Name);
        Assert.Equal(ToContact, contact.Stage);
        Assert.False(ContactId.IsValid("abc/def#"));
        Assert.False(ContactId.IsValid(null));
        Assert.NotEqual(ContactId.New(), ContactId.New());
    }

    [Fact]
    public void OnlyAReferredContactHasAReferrerToMention()
    {
        Assert.Equal("Priya Shah", Samples.ReferredContact().ReferrerToMention);
        Assert.Null((Samples.ReferredContact() with { Connection = ConnectionKind.Alumni }).ReferrerToMention);
    }
}
