namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>
/// Who the ask is for (<see cref="ContactId"/>), or <see cref="Generic"/> when the user chose no one in particular;
/// <see cref="Kind"/> when the script is already chosen (redrawing it after a toggle); <see cref="Skipped"/>, the
/// groundwork questions skipped earlier in this rehearsal, which a redraw doesn't ask again; <see cref="Shown"/> when
/// the script is already on screen (back from practising it), so only what to do next is asked.
/// </summary>
internal sealed record RehearseOptions(string? ContactId, bool Generic = false, ScriptKind? Kind = null, IReadOnlyList<string>? Skipped = null, bool Shown = false)
{
    /// <summary>The word after the contact id that opens the introduction note (the "has the intro been made?" reminder).</summary>
    public const string IntroductionArgument = "introduction";

    /// <summary>
    /// <c>rehearse &lt;id&gt;</c> opens the scripts for that contact; <c>rehearse &lt;id&gt; introduction</c> (a reminder's
    /// button) opens the note asking the mutual contact for an introduction, with its "introduced us" button.
    /// </summary>
    public static RehearseOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2 || !Contacts.ContactId.IsValid(words[0]))
        {
            return null;
        }

        return words.Length == 2 && string.Equals(words[1], IntroductionArgument, StringComparison.OrdinalIgnoreCase)
            ? new RehearseOptions(words[0], Kind: ScriptKind.IntroductionRequest)
            : new RehearseOptions(words[0]);
    }
}
