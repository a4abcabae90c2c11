using InterviewCoach.Coaching.Contacts;
using InterviewCoach.Coaching.Reminders;
using InterviewCoach.Coaching.Storage;
using InterviewCoach.Dialogs;
using InterviewCoach.Dialogs.Testing;

namespace InterviewCoach.Coaching.Tests.MeetingFlows;

public sealed class MeetingFlowsTests
{
    [Fact]
    public void EveryCommandStartsARegisteredDialogAndNoPhrasingIsShared()
    {
        var set = new DialogSet();
        CoachDialogs.AddMeetingFlows(set, new CoachServices(new InMemoryUserRecordStore(), TimeProvider.System));

        Assert.All(CoachDialogs.MeetingCommands, c => Assert.NotNull(set.Find(c.DialogId)));
        Assert.Equal(
            ["questions", "prep", "debrief", "thankyou", "weekly review", "progress", "search ended", "export my data", "delete my data"],
            CoachDialogs.MeetingCommands.Select(c => c.Keyword));
        var phrasings = CoachDialogs.MeetingCommands.SelectMany(c => c.Aliases.Append(c.Keyword)).ToList();
        Assert.Equal(phrasings.Count, phrasings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(CoachDialogs.MeetingCommands, c => Assert.True(c.Aliases.Count >= 3, c.Keyword));
        Assert.False(CoachDialogs.MeetingCommands.Single(c => c.Keyword == "delete my data").InMenu);
    }

    [Theory]
    [InlineData("flows2.text", typeof(Dialogs.Prompts.TextPrompt))]
    [InlineData("flows2.choice", typeof(Dialogs.Prompts.ChoicePrompt))]
    [InlineData("flows2.confirm", typeof(Dialogs.Prompts.ConfirmPrompt))]
    [InlineData("flows2.contact-details", typeof(Dialogs.Prompts.TextPrompt))]
    [InlineData("coach.long-text", typeof(Dialogs.Prompts.TextPrompt))]
    public void APromptIdStoredBeforeThePromptSetsWereMergedStillResolves(string storedId, Type promptType)
    {
        DialogSet set = CoachDialogs.Create(new CoachServices(new InMemoryUserRecordStore(), TimeProvider.System));

        Assert.Null(set.Find(storedId));
        Assert.IsType(promptType, set.Find(set.CurrentId(storedId)));
    }

    [Fact]
    public async Task SearchEndedListsWhoHelpedSchedulesClosingTheLoopAndCancelsTheRest()
    {
        var harness = new MeetingFlowsHarness(withHooks: true);
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Thanked });
        Contact tomas = await harness.AddContactAsync(Samples.ColdContact() with { Stage = ContactStage.Asked });
        await harness.Reminders!.ScheduleAsync(harness.User, [new ReminderRequest(ReminderKind.OutreachFollowUp, "f", harness.Now.AddDays(7), "Follow up", "b", ReminderFlows.Contacts, tomas.Id)]);

        await harness.Client.Send("my search is over").AssertReply("Has your search come to an end?");
        await harness.Client.Send("yes").AssertReply("How did it turn out");
        TestTurn turn = await harness.Client.Send("skip");

        turn.AssertReply("These people helped along the way; each gets a note that says how:\n- Maria Lopez")
            .AssertReply("my search has come to an end: [how it turned out]")
            .AssertReply("I'll remind you to write to each of them:\n- Close the loop with Maria Lopez: **Tue 6 Jan, 09:00 (UTC)**")
            .AssertReply("I've cancelled your other pending reminder: thank-yous, follow-ups and updates belong to the search that's over.");
        ScheduledReminder closing = Assert.Single(harness.Reminders!.Pending(harness.User));
        Assert.Equal((ReminderKind.CloseTheLoop, maria.Id), (closing.Kind, closing.ContactId));
    }

    [Fact]
    public async Task SearchEndedWithoutHooksSaysNothingAboutReminders()
    {
        var harness = new MeetingFlowsHarness();
        await harness.AddContactAsync(Samples.ReferredContact() with { Stage = ContactStage.Met });

        await harness.Client.Send("search ended");
        await harness.Client.Send("yes");
        await harness.Client.Send("I start at Contoso in March").AssertReplyContains("Maria Lopez").AssertNoReplyContains("remind");
        await harness.Client.Send("close the loop");
        await harness.Client.Send("no").AssertReply("Okay, carry on.");
    }

    [Fact]
    public async Task AContactSavedByAnotherTurnIsNotOverwritten()
    {
        var harness = new MeetingFlowsHarness();
        Contact maria = await harness.AddContactAsync(Samples.ReferredContact());
        var services = new CoachServices(new RacingStore(harness.Records, harness.User, maria.Id), harness.Clock);

        RecordUpdate<Contact> saved = await ContactRecords.UpdateAsync(services.Records, harness.User, maria.Id, c => c with { Stage = ContactStage.Met }, CancellationToken.None);

        Assert.Equal((RecordUpdateStatus.SavedAfterRetry, ContactStage.Met), (saved.Status, saved.Value!.Stage));
        Contact stored = await harness.GetContactAsync(maria.Id);
        Assert.Equal((ContactStage.Met, "Changed by another turn"), (stored.Stage, stored.Notes));
    }

    /// <summary>A store where another turn edits the contact between this turn's first read and its save.</summary>
    private sealed class RacingStore(InMemoryUserRecordStore inner, string user, string contactId) : IUserRecordStore
    {
        private bool _raced;

        public async ValueTask<StoredRecord<T>?> GetAsync<T>(string userKey, string kind, string id, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken = default)
        {
            StoredRecord<T>? read = await inner.GetAsync(userKey, kind, id, type, cancellationToken);
            if (!_raced && id == contactId)
            {
                _raced = true;
                Contact current = (await inner.GetAsync(user, UserRecordKinds.Contact, contactId, CoachingJsonContext.Default.Contact, cancellationToken))!.Value;
                await inner.SaveAsync(user, UserRecordKinds.Contact, contactId, current with { Notes = "Changed by another turn" }, CoachingJsonContext.Default.Contact, IUserRecordStore.AnyETag, cancellationToken);
            }

            return read;
        }

        public ValueTask<IReadOnlyList<StoredRecord<T>>> ListAsync<T>(string userKey, string kind, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken = default) =>
            inner.ListAsync(userKey, kind, type, cancellationToken);

        public ValueTask<string> SaveAsync<T>(string userKey, string kind, string id, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string? expectedETag, CancellationToken cancellationToken = default) =>
            inner.SaveAsync(userKey, kind, id, value, type, expectedETag, cancellationToken);

        public ValueTask DeleteAsync(string userKey, string kind, string id, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(userKey, kind, id, cancellationToken);

        public ValueTask<IReadOnlyList<ExportedRecord>> ExportAllAsync(string userKey, CancellationToken cancellationToken = default) =>
            inner.ExportAllAsync(userKey, cancellationToken);

        public ValueTask<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken = default) =>
            inner.DeleteAllAsync(userKey, cancellationToken);
    }
}
