using System.Text;

namespace InterviewCoach.Bot.Tests.BadInput;

/// <summary>One hostile or broken request of the corpus; <see cref="ToString"/> names it in every failure.</summary>
public sealed record CorpusCase(string Endpoint, string Category, string Name, HttpMethod Method, string Path, byte[]? Body, string? ContentType, CaseExpectation Expect)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Send the body chunked, with no Content-Length, so the host cannot refuse it from the header alone.</summary>
    public bool Chunked { get; init; }

    public static CorpusCase Post(string endpoint, string category, string name, string path, string? body, string? contentType, CaseExpectation expect) =>
        new(endpoint, category, name, HttpMethod.Post, path, body is null ? null : Encoding.UTF8.GetBytes(body), contentType, expect);

    public override string ToString() => $"[{Endpoint} | {Category}] {Name}";
}
