using System.Text.RegularExpressions;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Debrief;

/// <summary>An email address and/or phone number read from what the user typed ("jo@contoso.com, 020 7946 0000").</summary>
public sealed partial record ContactDetails(string? Email, string? Phone)
{
    /// <summary>Fewer digits than this is not a phone number (a year, a room number).</summary>
    private const int MinPhoneDigits = 7;

    public bool IsEmpty => Email is null && Phone is null;

    /// <summary>Finds the first email address and the first phone number in <paramref name="text"/>; either may be missing.</summary>
    public static ContactDetails Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ContactDetails(null, null);
        }

        Match email = EmailPattern().Match(text);
        string rest = email.Success ? text.Remove(email.Index, email.Length) : text;
        string? phone = PhonePattern().Matches(rest)
            .Select(m => m.Value.Trim())
            .FirstOrDefault(p => p.Count(char.IsAsciiDigit) >= MinPhoneDigits);
        return new ContactDetails(email.Success ? email.Value.TrimEnd('.', ',') : null, phone);
    }

    /// <summary>"email jo@contoso.com and phone 020 7946 0000", for telling the user what was saved.</summary>
    public string Describe() => (Email, Phone) switch
    {
        ({ } email, { } phone) => $"email {email} and phone {phone}",
        ({ } email, null) => $"email {email}",
        (null, { } phone) => $"phone {phone}",
        _ => "nothing",
    };

    [GeneratedRegex(@"[^\s@<>(),;:""]+@[^\s@<>(),;:""]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{5,}\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PhonePattern();
}
