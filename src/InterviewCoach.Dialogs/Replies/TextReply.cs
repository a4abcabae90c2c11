namespace InterviewCoach.Dialogs.Replies;

/// <summary>A text message in simple markdown (see <see cref="Reply"/>).</summary>
public sealed record TextReply(string Markdown) : Reply
{
    public override string ToPlainText() => Markdown;
}
