namespace InterviewCoach.Bot.Conversations.Turns;

/// <summary>Which names a channel gives for a user are worth offering back to them as "your name".</summary>
internal static class DisplayNames
{
    private const int MaxLength = 80;

    // Placeholders clients send when they know no name (the Emulator's and the dev chat page's "User").
    private static readonly HashSet<string> s_placeholders = new(StringComparer.OrdinalIgnoreCase) { "user", "you", "guest", "unknown", "anonymous" };

    /// <summary>The name trimmed, or null when it is empty, too long, a placeholder, an address, or carries control characters.</summary>
    public static string? Usable(string? name)
    {
        string? trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || s_placeholders.Contains(trimmed)
            || trimmed.Contains('@', StringComparison.Ordinal) || trimmed.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            return null;
        }

        return trimmed;
    }
}
