using System.Collections.Frozen;
using InterviewCoach.Dialogs.Recognition;

namespace InterviewCoach.Coaching.Understanding;

/// <summary>Which command of the command table each <c>cmd.*</c> intent starts, and the exact words that mean each one.</summary>
internal static class IntentCommands
{
    private static readonly FrozenDictionary<string, string> s_intentByKeyword = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["goal"] = IntentIds.Goal,
        ["sketch"] = IntentIds.Sketch,
        ["contacts"] = IntentIds.Contacts,
        ["add contact"] = IntentIds.AddContact,
        ["rehearse"] = IntentIds.Rehearse,
        ["practise"] = IntentIds.Rehearse,
        ["questions"] = IntentIds.Questions,
        ["prep"] = IntentIds.Prep,
        ["debrief"] = IntentIds.Debrief,
        ["reminders"] = IntentIds.Reminders,
        ["progress"] = IntentIds.Progress,
        ["export my data"] = IntentIds.Export,
        ["delete my data"] = IntentIds.DeleteData,
        ["help"] = IntentIds.Help,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The engine's own words (menu, cancel, help) work everywhere already; here they only name intents for the recognizer.
    private static readonly (string Intent, string[] Words)[] s_engineWords =
    [
        (IntentIds.Menu, ["menu", "main menu", "home", "back to menu", "show menu", "start over"]),
        (IntentIds.Cancel, ["cancel", "stop", "quit", "exit", "abort", "never mind", "nevermind", "forget it"]),
        (IntentIds.Help, ["help", "?", "what can i say", "what do i do"]),
    ];

    /// <summary>Normalised command words and aliases to intent ids.</summary>
    public static FrozenDictionary<string, string> ExactWords { get; } = BuildExactWords();

    /// <summary>The intent a command of the table stands for, if any (the voicemail and thank-you shortcuts have none).</summary>
    public static string? IntentOf(CoachCommand command) => s_intentByKeyword.GetValueOrDefault(command.Keyword);

    /// <summary>The command that starts the flow for <paramref name="intent"/>; null for menu, cancel and help, which are not flows.</summary>
    public static CoachCommand? CommandFor(string intent) =>
        intent is IntentIds.Help or IntentIds.Menu or IntentIds.Cancel
            ? null
            : CoachDialogs.Commands.FirstOrDefault(c => s_intentByKeyword.GetValueOrDefault(c.Keyword) == intent);

    private static FrozenDictionary<string, string> BuildExactWords()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CoachCommand command in CoachDialogs.Commands)
        {
            if (IntentOf(command) is not { } intent)
            {
                continue;
            }

            foreach (string phrase in command.Aliases.Prepend(command.Keyword))
            {
                words.TryAdd(TextNormalizer.Normalize(phrase), intent);
            }
        }

        foreach ((string intent, string[] list) in s_engineWords)
        {
            foreach (string word in list)
            {
                string normalized = TextNormalizer.Normalize(word);
                words.TryAdd(normalized.Length == 0 ? word : normalized, intent);
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
