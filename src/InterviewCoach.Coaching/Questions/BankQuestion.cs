namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// A question from the coach's bank. <see cref="Template"/> may hold <c>{field}</c>, <c>{organisation}</c> and a
/// leading <c>{contact}, </c>; <see cref="QuestionContext.Fill"/> puts in the details or sensible fallbacks.
/// </summary>
/// <param name="Id">Stable id, stored with the lists that use it.</param>
/// <param name="Category">What the question is about.</param>
/// <param name="Template">The wording, with placeholders.</param>
public sealed record BankQuestion(string Id, QuestionCategory Category, string Template);
