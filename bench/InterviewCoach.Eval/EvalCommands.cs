namespace InterviewCoach.Eval;

/// <summary>The evaluation tool's commands, by name.</summary>
internal static class EvalCommands
{
    /// <summary>Command name → what it does with stdin, stdout and stderr; returns the exit code.</summary>
    private static readonly Dictionary<string, Func<string[], TextReader, TextWriter, TextWriter, int>> s_commands = new(StringComparer.Ordinal)
    {
        ["intents"] = IntentsCommand.Run,
        ["pitches"] = PitchesCommand.Run,
        ["emails"] = EmailsCommand.Run,
        ["questions"] = QuestionsCommand.Run,
        ["lists"] = ListsCommand.Run,
        ["checker-bench"] = CheckerBenchCommand.Run,
    };

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || !s_commands.TryGetValue(args[0], out Func<string[], TextReader, TextWriter, TextWriter, int>? command))
        {
            error.WriteLine($"usage: InterviewCoach.Eval <{string.Join('|', s_commands.Keys.Order(StringComparer.Ordinal))}> [options] < items.jsonl > answers.jsonl");
            return 2;
        }

        return command(args[1..], input, output, error);
    }
}
