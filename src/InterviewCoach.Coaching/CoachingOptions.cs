using System.ComponentModel.DataAnnotations;

namespace InterviewCoach.Coaching;

/// <summary>
/// The coach's own numbers where the guides only say "brief" or give none. Bound from configuration section
/// <see cref="SectionName"/> (<c>Coaching__BackgroundMaxWords=40</c>).
/// </summary>
public sealed class CoachingOptions
{
    public const string SectionName = "Coaching";

    /// <summary>
    /// Longest background line a written ask should carry (S044): a longer one brings a suggestion to shorten it.
    /// The default is about two short sentences.
    /// </summary>
    [Range(10, 100)]
    public int BackgroundMaxWords { get; set; } = 30;
}
