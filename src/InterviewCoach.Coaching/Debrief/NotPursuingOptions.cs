namespace InterviewCoach.Coaching.Debrief;

/// <summary>The referral named after <c>not pursuing</c> (a contact id from a button, or a name typed), so the flow skips "which one?".</summary>
public sealed record NotPursuingOptions(string Who)
{
    public static NotPursuingOptions? FromArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string who = text.Trim().TrimEnd('.', '!');
        return who.Length is > 0 and <= CoachPrompts.MaxShortLength ? new NotPursuingOptions(who) : null;
    }
}
