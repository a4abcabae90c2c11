using System.Text.Json;
using InterviewCoach.Dialogs.Replies;
using InterviewCoach.Dialogs.State;

namespace InterviewCoach.Bot.Slack;

/// <summary>
/// Finds the form a user's conversation is waiting on, so an "Open the form" button can open it as a modal. The
/// dialog state is the source of truth (the form persisted with the waiting prompt), so a stale button cannot open
/// a form the conversation has moved past.
/// </summary>
internal sealed class SlackPendingForms(IDialogStateStore states)
{
    public async Task<FormReply?> FindAsync(string conversationKey, string formId, CancellationToken cancellationToken)
    {
        StoredDialogState? stored = await states.ReadAsync(conversationKey, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : Find(stored.StateJson, formId);
    }

    internal static FormReply? Find(string stateJson, string formId)
    {
        try
        {
            using var document = JsonDocument.Parse(stateJson);
            if (!document.RootElement.TryGetProperty("stack", out JsonElement stack) || stack.ValueKind != JsonValueKind.Array || stack.GetArrayLength() == 0)
            {
                return null;
            }

            JsonElement top = stack[stack.GetArrayLength() - 1];
            if (top.TryGetProperty("prompt", out JsonElement prompt) && prompt.ValueKind == JsonValueKind.Object
                && prompt.TryGetProperty("form", out JsonElement formJson) && formJson.ValueKind == JsonValueKind.Object)
            {
                FormReply? form = formJson.Deserialize(SlackJsonContext.Default.FormReply);
                return form?.Id == formId ? form : null;
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
