namespace InterviewCoach.Coaching.Rehearsal;

/// <summary>The outcome of one rule. <see cref="Message"/> praises when passed and coaches when not.</summary>
/// <param name="RuleId">A stable id from <see cref="CheckRuleIds"/>; stored with practice attempts.</param>
/// <param name="Passed">Whether the text met the rule.</param>
/// <param name="Message">The coach's praise or advice for this rule.</param>
public sealed record CheckFinding(string RuleId, bool Passed, string Message);
