using System.Text.Json.Serialization;
using InterviewCoach.Dialogs.Serialization;

namespace InterviewCoach.Dialogs.State;

/// <summary>The persisted state of one conversation: its dialog stack, bottom first.</summary>
[JsonConverter(typeof(DialogStateConverter))]
internal sealed record DialogState
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;

#pragma warning disable CA1002, CA2227 // the serialised stack is mutated in place by the turn that loaded it
    public List<DialogInstance> Stack { get; set; } = [];

    /// <summary>Fingerprints of the last inputs this conversation saved, oldest first (see <see cref="TurnInput.DeliveryId"/>).</summary>
    public List<string> RecentInputs { get; set; } = [];

    /// <summary>Facts recorded on the conversation's first turn and not yet forgotten (see <see cref="DialogSet.NewConversationFacts"/>).</summary>
    public List<string> Facts { get; set; } = [];
#pragma warning restore CA1002, CA2227
}
