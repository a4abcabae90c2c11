using System.Buffers;

namespace InterviewCoach.Coaching.Contacts;

/// <summary>Contact ids: 32 hex digits, safe as an Azure Table Storage row key.</summary>
public static class ContactId
{
    // Table row keys may not contain '/', '\', '#', '?' or control characters; this is stricter.
    private static readonly SearchValues<char> s_allowed = SearchValues.Create("0123456789abcdefABCDEF");

    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string? id) =>
        id is { Length: 32 } && !id.AsSpan().ContainsAnyExcept(s_allowed);
}
