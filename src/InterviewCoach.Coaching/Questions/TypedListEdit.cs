using System.Globalization;
using System.Text.RegularExpressions;
using InterviewCoach.Coaching.Text;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Questions;

/// <summary>
/// A change to the question list typed instead of pressing a button, read by its shape: a verb, then where the
/// question is ("3", "#3", "question 3", "the third one", "the last one"), then, for a move or a new wording, where it
/// goes or what it should say. "drop the third one", "swap 2 and 4", "move 5 to the top", "change the last one to
/// ...", "more questions please", "I also want to ask how she got into fintech". Positions count the referral
/// question last, as the list shows it; whether a change is allowed is the planner's call, not the reader's.
/// </summary>
/// <param name="Kind">What is asked for.</param>
/// <param name="First">The question it is about (1-based), when it is about one.</param>
/// <param name="Second">The other question of a swap, or the place a move puts it (1-based).</param>
/// <param name="Text">The new wording of a replacement, or the question to add.</param>
internal sealed record TypedListEdit(TypedListEditKind Kind, int First = 0, int Second = 0, string? Text = null)
{

    // Words people put before a request ("ok", "actually", "can you") and after it ("please").
    private const string Lead = @"^\s*(?:(?:ok(?:ay)?|actually|and|also|um+|uh+|oh|hmm+|right|so|now|then|please|pls|can\s+you|could\s+you|would\s+you|let'?s|i\s+think|maybe|yeah|yes)[\s,.!]+)*";
    private const string Tail = @"[\s,.!]*(?:please|pls|thanks|thank\s+you|for\s+me)?[\s.!?]*$";

    private static readonly string[] s_ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly Regex s_remove = Build(
        Lead + @"(?:drop|remove|delete|cut|scrap|lose|ditch|bin|axe|get\s+rid\s+of|take\s+(?:out|off)|strike|cross\s+(?:out|off)|leave\s+out)\s+" + Position("a")
        + @"(?:\s+(?:out|off))?(?:\s+(?:of|from)\s+(?:the|my)\s+list)?" + Tail
        + "|" + Lead + @"(?:i\s+don'?t\s+(?:need|want)\s+)" + Position("a") + @"(?:\s+any\s*more)?" + Tail
        + "|" + Lead + Position("a") + @"\s+(?:can|should|has\s+to|must)\s+go" + Tail);

    private static readonly Regex s_swap = Build(
        Lead + @"(?:swap|switch|exchange|flip|trade|reverse)\s+(?:(?:round|around)\s+)?" + Position("a") + @"\s*(?:and|with|&|<->|,|for)?\s*" + Position("b")
        + @"(?:\s+(?:round|around|over))?" + Tail);

    private static readonly Regex s_move = Build(
        Lead + @"(?:move|put|bump|shift|bring|place|make)\s+" + Position("a") + @"\s+(?:(?:up\s+)?to\s+|at\s+|in\s+|as\s+|into\s+|on\s+)?(?:the\s+)?(?<to>"
        + @"(?<top>top|front|start|beginning)|(?<bottom>bottom|end)|(?<up>up)|(?<down>down)"
        + @"|(?:before|above|ahead\s+of)\s+" + Position("before")
        + @"|(?:after|below|under|behind)\s+" + Position("after")
        + @"|(?:position|place|number|spot|no\.?)?\s*#?(?<tn>\d{1,2})(?:st|nd|rd|th)?"
        + @"|(?<tord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last))"
        + @"(?:\s+(?:one|place|position|spot|question))?(?:\s+(?:of|on|in)\s+(?:the|my)\s+list)?" + Tail);

    private static readonly Regex s_replace = Build(
        Lead + @"(?:change|replace|reword|rewrite|rephrase|edit|update|turn|swap(?:\s+out)?)\s+" + Position("a")
        + @"\s*(?:to\s+say|to\s+read|so\s+(?:it|that\s+it)\s+(?:says|reads)|to|with|into|as|for|:|-)\s*[:\-]?\s*[""“']?(?<text>.+?)[""”']?\s*$");

    private static readonly Regex s_more = Build(
        Lead + @"(?:(?:can|could)\s+(?:i|you|we)\s+(?:have|get|see|add|suggest|give\s+me|show\s+me)|give\s+me|show\s+me|suggest|add|i\s+(?:want|need|would\s+like|'d\s+like)|any|got\s+any|need|want)?\s*"
        + @"(?:some\s+|a\s+few\s+|a\s+couple\s+(?:of\s+)?|two\s+|three\s+)?(?:more|other|extra|additional|further|different)(?:\s+(?:questions?|ones?|ideas|suggestions|options))?" + Tail
        + "|" + Lead + @"(?:(?:can|could)\s+(?:i|you)\s+(?:have|get|add|suggest)\s+|give\s+me\s+|add\s+|suggest\s+)?another\s+(?:question|one)" + Tail);

    private static readonly Regex s_ask = Build(
        Lead + @"(?:(?:i\s+(?:also\s+)?(?:want|wanna|need|would\s+like|will|should|might|could|can)\s+(?:to\s+)?)|(?:i['’]?d\s+(?:also\s+)?(?:like|love)\s+to\s+)|(?:i['’]ll\s+)|(?:(?:can|could|may|should)\s+i\s+)|(?:let\s+me\s+)|(?:i'?m\s+going\s+to\s+))?"
        + @"(?:also\s+)?ask\s+(?:(?:her|him|them|(?!(?:about|how|what|why|when|where|which|who|whether|if)\b)\p{L}[\p{L}'-]*)\s+)?(?:also\s+)?(?<text>(?:about|how|what|why|when|where|which|who|whether|if)\b.+?)[\s?.!]*$");

    private static readonly Regex s_addAbout = Build(
        Lead + @"add\s+(?:a\s+question|one|something|a\s+q)\s+(?:about|on|asking\s+about)\s+(?<text>.+?)[\s?.!]*$");

    // "how did", "what's", "is it": already a question as it stands, not a clause to wrap.
    private static readonly Regex s_directQuestion = Build(
        @"^(?:(?:how|what|why|when|where|which|who)(?:'s|'re|'d|\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|would|should|will|might|made|led|drew|brought|got\s+you|kind|sort|type|part|advice|skills?|would))|is|are|do|does|did|can|could|would|should|have|has|will)\b");

    /// <summary>The change <paramref name="text"/> asks for, or null when it reads as none.</summary>
    /// <param name="text">What the user typed at the list.</param>
    /// <param name="total">How many questions the list shows, the referral question included ("the last one").</param>
    public static TypedListEdit? Read(string? text, int total)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        string typed = text.Trim();
        try
        {
            Match match = s_swap.Match(typed);
            if (match.Success && At(match, "a", total) is { } a && At(match, "b", total) is { } b)
            {
                return new TypedListEdit(TypedListEditKind.Swap, a, b);
            }

            match = s_move.Match(typed);
            if (match.Success && At(match, "a", total) is { } from && MoveTarget(match, from, total) is { } to)
            {
                return new TypedListEdit(TypedListEditKind.Move, from, to);
            }

            match = s_remove.Match(typed);
            if (match.Success && At(match, "a", total) is { } removed)
            {
                return new TypedListEdit(TypedListEditKind.Remove, removed);
            }

            match = s_replace.Match(typed);
            if (match.Success && At(match, "a", total) is { } replaced && match.Groups["text"].Value.Trim() is { Length: > 0 } words
                && (words.EndsWith('?') || words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3))
            {
                return new TypedListEdit(TypedListEditKind.Replace, replaced, Text: AsAsked(words));
            }

            if (s_more.IsMatch(typed))
            {
                return new TypedListEdit(TypedListEditKind.More);
            }

            match = s_ask.Match(typed);
            if (match.Success)
            {
                return new TypedListEdit(TypedListEditKind.Add, Text: AsQuestion(match.Groups["text"].Value));
            }

            match = s_addAbout.Match(typed);
            if (match.Success)
            {
                return new TypedListEdit(TypedListEditKind.Add, Text: AsQuestion("about " + match.Groups["text"].Value));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Odd input is simply not an edit; the list asks again.
        }

        return null;
    }

    /// <summary>A question said about the contact, put to them: "how she got into fintech" → "Could you tell me how you got into fintech?".</summary>
    internal static string AsQuestion(string clause)
    {
        string said = SecondPerson.From(clause.Trim().TrimEnd('?', '.', '!', ' '));
        if (said.Length == 0)
        {
            return said;
        }

        // "about what qualifications I'd need" is already a question clause: asked as one, not as "tell me about what…".
        if (s_aboutQuestionClause.IsMatch(said))
        {
            said = said[6..].TrimStart();
        }
        else if (said.StartsWith("about ", StringComparison.OrdinalIgnoreCase))
        {
            return $"What can you tell me {said}?";
        }

        if (said.StartsWith("if ", StringComparison.OrdinalIgnoreCase))
        {
            said = string.Concat("whether ", said.AsSpan(3));
        }

        // "whether bootcamps are worth it" put as "Could you tell me whether…" asks for a yes or no; asking for their view
        // keeps the topic and invites the reasons.
        if (said.StartsWith("whether ", StringComparison.OrdinalIgnoreCase))
        {
            return $"What's your view on {said}?";
        }

        return s_directQuestion.IsMatch(said) ? AsAsked(said + "?") : $"Could you tell me {said}?";
    }

    // A question with its first letter capitalised, as the list shows it.
    private static string AsAsked(string words)
    {
        string capitals = s_lowerI.Replace(words, "I");
        return string.Concat(char.ToUpper(capitals[0], CultureInfo.InvariantCulture).ToString(), capitals[1..]);
    }

    private static readonly Regex s_aboutQuestionClause = Build(@"^about\s+(?:how|what|why|when|where|which|who|whether|if)\b");

    private static readonly Regex s_lowerI = new(@"\bi\b", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);

    private static int? MoveTarget(Match match, int from, int total)
    {
        int count = total - 1;
        if (match.Groups["top"].Success)
        {
            return 1;
        }

        if (match.Groups["bottom"].Success)
        {
            return count;
        }

        if (match.Groups["up"].Success)
        {
            return Math.Max(1, from - 1);
        }

        if (match.Groups["down"].Success)
        {
            return Math.Min(count, from + 1);
        }

        if (At(match, "before", total) is { } before)
        {
            return from < before ? before - 1 : before;
        }

        if (At(match, "after", total) is { } after)
        {
            return from < after ? after : after + 1;
        }

        if (match.Groups["tn"].Success)
        {
            return int.Parse(match.Groups["tn"].Value, CultureInfo.InvariantCulture);
        }

        // "last" as a place to move to is the last question before the referral one, which never moves.
        return match.Groups["tord"].Value.ToLowerInvariant() switch
        {
            "last" => count,
            { Length: > 0 } word => Array.IndexOf(s_ordinals, word) + 1,
            _ => null,
        };
    }

    // Where a position group points, 1-based; "last" is the last line shown, the referral question.
    private static int? At(Match match, string name, int total)
    {
        if (match.Groups[name + "n"].Success)
        {
            return int.Parse(match.Groups[name + "n"].Value, CultureInfo.InvariantCulture);
        }

        string word = match.Groups[name + "w"].Value.ToLowerInvariant();
        if (word.Length == 0)
        {
            return null;
        }

        if (word is "last" or "final" or "bottom")
        {
            return total;
        }

        if (word is "top")
        {
            return 1;
        }

        if (word.StartsWith("second", StringComparison.Ordinal) && word.EndsWith("last", StringComparison.Ordinal)
            || word is "penultimate" || word.StartsWith("last", StringComparison.Ordinal) || word.StartsWith("one", StringComparison.Ordinal))
        {
            return total - 1;
        }

        int index = Array.IndexOf(s_ordinals, word);
        return index >= 0 ? index + 1 : null;
    }

    // "3", "#3", "3rd", "q3", "question 3", "number 3", "the third one", "the last question", "the second to last".
    private static string Position(string name) =>
        @"(?:the\s+)?(?:(?:(?:question|q|number|no\.?|item|line)\s*#?\s*(?<" + name + @"n>\d{1,2}))|(?:#?(?<" + name + @"n>\d{1,2})(?:st|nd|rd|th)?)|(?<" + name
        + @"w>second[\s-](?:to[\s-])?last|last[\s-]but[\s-]one|one[\s-]before[\s-](?:the[\s-])?last|penultimate|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|bottom|top))"
        + @"(?:\s+(?:one|question|q|on\s+the\s+list))?";

    private static Regex Build(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);
}
