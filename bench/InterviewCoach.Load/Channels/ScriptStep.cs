using System.Text;

namespace InterviewCoach.Load.Channels;

/// <summary>
/// One user turn of a scripted conversation: typed text, or a card/form submit (<paramref name="ValueJson"/>), and a
/// piece of text the bot's replies to this turn must contain (plain ASCII, so it matches the raw JSON bytes).
/// </summary>
public sealed record ScriptStep(string? Text, string? ValueJson, string Expect)
{
    public byte[] ExpectUtf8 { get; } = Encoding.UTF8.GetBytes(Expect);

    public static ScriptStep Say(string text, string expect) => new(text, null, expect);

    public static ScriptStep Submit(string valueJson, string expect) => new(null, valueJson, expect);
}
